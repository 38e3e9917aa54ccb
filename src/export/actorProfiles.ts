import type { DatasetRecord, EntityRecord } from '../schema/types.js';

/**
 * What kind of actor an entity is, for the field formats' actor types (ACLED inter codes, UCDP
 * sides, PLOVER sectors). Read from the entity's kind and subtype only.
 */
export type ActorClass =
  | 'state'
  | 'state-forces'
  | 'government'
  | 'paramilitary'
  | 'militia'
  | 'rebel'
  | 'multinational'
  | 'media'
  | 'legislators'
  | 'person'
  | 'other';

/** An entity with its {@link ActorClass} and the state it belongs to, when the data says. */
export interface ActorProfile {
  readonly entity: EntityRecord;
  readonly actorClass: ActorClass;
  /** The state itself, or the first state up its `part-of` chain; `null` when the data gives none. */
  readonly homeState: EntityRecord | null;
}

function classOf(e: EntityRecord): ActorClass {
  if (e.kind === 'state') return 'state';
  if (e.kind === 'person') return 'person';
  switch (e.subtype) {
    case 'armed-forces':
    case 'security-forces':
      return 'state-forces';
    case 'government':
    case 'regime':
      return 'government';
    case 'paramilitary-coalition':
      return 'paramilitary';
    case 'armed-group':
    case 'umbrella-coalition':
    case 'armed-groups':
      return 'militia';
    case 'militant-group':
      return 'rebel';
    case 'military-coalition':
    case 'military-alliance':
    case 'military-mission':
      return 'multinational';
    case 'media':
      return 'media';
    case 'legislators':
      return 'legislators';
    default:
      return 'other';
  }
}

/**
 * Builds a lookup from entity id to {@link ActorProfile} for one dataset. The home state follows
 * `part-of` relationships (e.g. US forces part-of the United States), guarding against cycles.
 *
 * @param data - the dataset.
 * @returns a function giving an entity's profile, or `null` for an unknown id.
 * @example
 * actorProfiles(dataset)('us-armed-forces')?.homeState?.id // => 'united-states'
 */
export function actorProfiles(data: DatasetRecord): (id: string) => ActorProfile | null {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const partOf = new Map<string, string>();
  for (const r of data.relationships) if (r.predicate === 'part-of' && !partOf.has(r.subject)) partOf.set(r.subject, r.object);
  const memo = new Map<string, ActorProfile | null>();
  // The home state of every entity walked so far, so a deep part-of chain is walked once in all.
  const home = new Map<string, EntityRecord | null>();
  const homeStateOf = (entity: EntityRecord): EntityRecord | null => {
    const path: EntityRecord[] = [];
    const onPath = new Map<string, number>();
    let tail: EntityRecord | null = null;
    for (let at: EntityRecord | undefined = entity; at !== undefined; at = byId.get(partOf.get(at.id) ?? '')) {
      const done = home.get(at.id);
      if (done !== undefined) {
        tail = done;
        break;
      }
      const k = onPath.get(at.id);
      if (k !== undefined) {
        // A cycle path[k..]: each member's home state is the first state going round from itself.
        const cycle = path.splice(k);
        let ahead: EntityRecord | null = null;
        for (let r = 2 * cycle.length - 1; r >= 0; r--) {
          const e = cycle[r % cycle.length]!;
          if (e.kind === 'state') ahead = e;
          if (r < cycle.length) home.set(e.id, ahead);
        }
        tail = home.get(cycle[0]!.id) ?? null;
        break;
      }
      onPath.set(at.id, path.length);
      path.push(at);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      if (e.kind === 'state') tail = e;
      home.set(e.id, tail);
    }
    return home.get(entity.id) ?? null;
  };
  return (id) => {
    if (memo.has(id)) return memo.get(id)!;
    const entity = byId.get(id);
    const profile: ActorProfile | null = entity === undefined ? null : { entity, actorClass: classOf(entity), homeState: homeStateOf(entity) };
    memo.set(id, profile);
    return profile;
  };
}

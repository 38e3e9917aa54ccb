import { foldChain } from './foldChain.js';
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
  const homeStateOf = (entity: EntityRecord): EntityRecord | null =>
    foldChain<EntityRecord | null>(entity, (e) => byId.get(partOf.get(e.id) ?? ''), (e, ahead) => (e.kind === 'state' ? e : ahead), null, home);
  return (id) => {
    if (memo.has(id)) return memo.get(id)!;
    const entity = byId.get(id);
    const profile: ActorProfile | null = entity === undefined ? null : { entity, actorClass: classOf(entity), homeState: homeStateOf(entity) };
    memo.set(id, profile);
    return profile;
  };
}

import type { Bump, DiffKind, FieldPath } from './types.js';

/** Fields that say what a record *is*: changing one changes what its id names. */
const IDENTITY: { readonly [K in DiffKind]: readonly string[] } = {
  sources: [],
  entities: ['kind'],
  events: ['type'],
  relationships: ['subject', 'predicate', 'object'],
  eventLinks: ['from', 'type', 'to'],
};

/** Keys whose values are our own wording: a change rewords, it does not change a fact. */
const WORDING = new Set(['description', 'summary', 'note', 'dateText', 'text', 'condition', 'content', 'quote', 'title']);

/**
 * The least release a change of one field needs, by the data's semver rule: a record's
 * identity (`kind` of an entity, `type` of an event or event link, a relationship's `subject`,
 * `predicate` or `object`, an event link's `from` or `to`) → `major`; wording (a `description`,
 * `summary`, `note`, `dateText`, `condition`, a statement's `content` or `quote`, an estimate's
 * `text`, a source's `title`) and citations (`evidence`) → `patch`; any other field (a date, a
 * participant, an estimate's numbers, a certainty, a location, a name or alias, a new field)
 * is a changed fact → `minor`.
 *
 * @param kind - the record's kind.
 * @param path - the field's path in the record.
 * @returns `'major'`, `'minor'` or `'patch'`.
 * @example
 * fieldBump('events', ['date']) // => 'minor'
 * fieldBump('events', ['casualties', 'killed', 'text']) // => 'patch'
 * fieldBump('relationships', ['predicate']) // => 'major'
 */
export function fieldBump(kind: DiffKind, path: FieldPath): Exclude<Bump, 'none'> {
  const top = path[0];
  if (typeof top === 'string' && path.length === 1 && (IDENTITY[kind] ?? []).includes(top)) return 'major';
  if (top === 'evidence') return 'patch';
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (last !== undefined && WORDING.has(last)) return 'patch';
  return 'minor';
}

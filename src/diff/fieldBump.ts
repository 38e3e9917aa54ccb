import { bumpOf } from './internal/bumpOf.js';
import { readDiffKind } from './internal/readDiffKind.js';
import { readFieldPath } from './internal/readFieldPath.js';
import type { Bump, DiffKind, FieldPath } from './types.js';

/**
 * The least release a change of one field needs, by the data's semver rule: a record's
 * identity (`kind` of an entity, `type` of an event or event link, a relationship's `subject`,
 * `predicate` or `object`, an event link's `from` or `to`) → `major`; wording (a `description`,
 * `summary`, `note`, `dateText`, `condition`, a statement's `content` or `quote`, an estimate's
 * `text`, a source's `title`) and citations (`evidence`) → `patch`; any other field (a date, a
 * participant, an estimate's numbers, a certainty, a location, a name or alias, a new field)
 * is a changed fact → `minor`.
 *
 * @param kind - the record's kind, one of `DIFF_KINDS`.
 * @param path - the field's path in the record: an array of keys and indexes, as in a
 *   `FieldChange` (`['description']`, never the string `'description'`).
 * @returns `'major'`, `'minor'` or `'patch'`.
 * @throws {ArgumentTypeError} when `kind` is not a string, or `path` is not an array of 1 to 64
 *   keys (strings) and indexes (integers ≥ 0) — a string path included.
 * @throws {ArgumentRangeError} when `kind` is a string but not a record kind.
 * @example
 * fieldBump('events', ['date']) // => 'minor'
 * fieldBump('events', ['casualties', 'killed', 'text']) // => 'patch'
 * fieldBump('relationships', ['predicate']) // => 'major'
 */
export function fieldBump(kind: DiffKind, path: FieldPath): Exclude<Bump, 'none'> {
  return bumpOf(readDiffKind('fieldBump: kind', kind), readFieldPath('fieldBump: path', path));
}

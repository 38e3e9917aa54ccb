import type { Bump, DiffKind, FieldPath } from '../types.js';

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
 * `fieldBump` without its checks, for a kind and path already read (`diffDatasets` makes both).
 *
 * @param kind - a record kind (one of `DIFF_KINDS`).
 * @param path - a non-empty path of strings and indexes.
 * @returns the least bump the change needs.
 */
export function bumpOf(kind: DiffKind, path: FieldPath): Exclude<Bump, 'none'> {
  const top = path[0];
  if (typeof top === 'string' && path.length === 1 && Object.hasOwn(IDENTITY, kind) && IDENTITY[kind].includes(top)) return 'major';
  if (top === 'evidence') return 'patch';
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string') return WORDING.has(p) ? 'patch' : 'minor';
  }
  return 'minor';
}

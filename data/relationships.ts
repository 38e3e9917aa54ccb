import type { RelationshipRecord } from '../src/schema/types.js';

const SRC = 'the-national-2024-06-09';

/** Every relationship the report states or clearly implies, in each predicate's canonical direction. */
export const relationships = [
  {
    id: 'kataib-hezbollah-fought-iraq',
    subject: 'kataib-hezbollah',
    predicate: 'opposes',
    object: 'iraq',
    evidence: [{ source: SRC, paragraphs: [13] }],
    certainty: 'stated',
  },
] as const satisfies readonly RelationshipRecord[];

import type { EventRecord } from '../src/schema/types.js';

const SRC = 'the-national-2024-06-09';

/** Every event the report recounts, background included. */
export const events = [
  {
    id: 'kh-arsenal-boast-2024-01',
    type: 'statement',
    modality: 'actual',
    date: '2024-01',
    participants: [{ entity: 'kataib-hezbollah', role: 'speaker' }],
    summary: "Kataib Hezbollah's spokesman claimed the group holds long-range missiles and drones, cruise missiles among them.",
    statement: { content: 'The group says it has long-range missiles and drones, including cruise missiles.' },
    attributedTo: 'kataib-hezbollah',
    evidence: [{ source: SRC, paragraphs: [20] }],
    certainty: 'stated',
  },
] as const satisfies readonly EventRecord[];

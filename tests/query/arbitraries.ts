import fc from 'fast-check';
import type { DatasetRecord } from '../../src/schema/types.js';
import { EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES } from '../../src/vocab/events.js';
import { PREDICATES } from '../../src/vocab/relationships.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date point at day, month, year or decade precision within 2018–2025 (days kept ≤ 28). */
export const point = fc.oneof(
  fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.integer({ min: 2018, max: 2025 }).map(String),
  fc.constantFrom('201X', '202X'),
);

/** Any EDTF form the parser accepts, open and unknown ends included, with qualifiers sometimes. */
export const edtf = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(point, fc.constantFrom('', '', '', '~', '?')).map(([p, q]) => (p.endsWith('X') ? p : p + q)) },
  {
    weight: 3,
    arbitrary: fc.tuple(point, point).map(([a, b]) => {
      const lo = a < b ? a : b;
      const hi = a < b ? b : a;
      // compare by the first day: a decade may start before a year it contains
      return `${lo}/${hi}`;
    }),
  },
  { weight: 1, arbitrary: point.map((p) => `${p}/..`) },
  { weight: 1, arbitrary: point.map((p) => `../${p}`) },
  { weight: 1, arbitrary: point.map((p) => `/${p}`) },
  { weight: 1, arbitrary: point.map((p) => `${p}/`) },
  { weight: 1, arbitrary: fc.constant('../..') },
);

const NAMES = ['Kataib Hezbollah', "Kata'ib Hizballah", 'Abu Mahdi al-Muhandis', 'Al Nujaba', 'Ṣadr', 'Iran', 'Iraq', 'Group', 'Umbrella', 'Baghdad', 'Hezbollah'];

/**
 * Random datasets of the package's shape: a few entities (some of them places nested by
 * `within`), events with every kind of date, participants (repeats and unknown ids included),
 * relationships biased towards membership and spokesperson links (cycles allowed) with and
 * without `valid`, and event links.
 */
export const datasetArb: fc.Arbitrary<DatasetRecord> = fc
  .integer({ min: 1, max: 10 })
  .chain((nEntities) => {
    const entityIds = Array.from({ length: nEntities }, (_, i) => `e${i}`);
    const entityId = fc.constantFrom(...entityIds);
    const entities = fc.tuple(
      ...entityIds.map((id, i) =>
        fc.record({
          place: fc.boolean(),
          within: i === 0 ? fc.constant(undefined) : fc.option(fc.integer({ min: 0, max: i - 1 }), { nil: undefined }),
          name: fc.constantFrom(...NAMES),
          aliases: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 2 }),
        }).map(({ place, within, name, aliases }) => ({
          id,
          kind: place ? ('place' as const) : ('organization' as const),
          name: `${name} ${id}`,
          aliases: aliases.map((a) => `${a} ${id}x`),
          description: 'Generated.',
          ...(place && within !== undefined ? { within: `e${within}` } : {}),
          evidence: [{ source: 's', paragraphs: [1] }],
          certainty: 'stated' as const,
        })),
      ),
    );
    const participant = fc.record({
      entity: fc.oneof({ weight: 9, arbitrary: entityId }, { weight: 1, arbitrary: fc.constant('ghost') }),
      role: fc.constantFrom(...ROLES),
    });
    const events = fc.array(
      fc.record({
        type: fc.constantFrom(...EVENT_TYPES),
        modality: fc.constantFrom(...MODALITIES),
        date: edtf,
        location: fc.option(entityId, { nil: undefined }),
        participants: fc.array(participant, { maxLength: 3 }),
      }),
      { maxLength: 30 },
    );
    const relationship = fc.record({
      subject: entityId,
      object: entityId,
      predicate: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('member-of' as const, 'part-of' as const) },
        { weight: 1, arbitrary: fc.constant('spokesperson-of' as const) },
        { weight: 2, arbitrary: fc.constantFrom(...PREDICATES) },
      ),
      valid: fc.option(edtf, { nil: undefined }),
    });
    return fc.tuple(entities, events, fc.array(relationship, { maxLength: 14 }), fc.nat({ max: 12 }).chain((k) => fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...EVENT_LINK_TYPES)), { minLength: k, maxLength: k })));
  })
  .map(([entities, events, relationships, links]) => {
    const evs = events.map((e, i) => ({
      id: `v${String(i).padStart(2, '0')}`,
      type: e.type,
      modality: e.modality,
      date: e.date,
      ...(e.location === undefined ? {} : { location: e.location }),
      participants: e.participants,
      summary: 'Generated.',
      attributedTo: null,
      evidence: [{ source: 's', paragraphs: [1] }],
      certainty: 'stated' as const,
    }));
    const rels = relationships
      .filter((r) => r.subject !== r.object)
      .map((r, i) => ({
        id: `r${i}`,
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        ...(r.valid === undefined ? {} : { valid: r.valid }),
        evidence: [{ source: 's', paragraphs: [1] }],
        certainty: 'stated' as const,
      }));
    const eventLinks =
      evs.length < 2
        ? []
        : links
            .map(([a, b, type], i) => ({ id: `l${i}`, from: evs[a % evs.length]!.id, type, to: evs[b % evs.length]!.id }))
            .filter((l) => l.from !== l.to)
            .map((l) => ({ ...l, evidence: [{ source: 's', paragraphs: [1] }], certainty: 'stated' as const }));
    return { schemaVersion: '1.0.0', sources: [], entities, events: evs, relationships: rels, eventLinks } as DatasetRecord;
  });

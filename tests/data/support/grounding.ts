import type { DatasetRecord, EntityRecord, EventRecord } from '../../../src/schema/types.js';
import { firstMentioned, namesOf } from './names.js';

/** One grounding failure, phrased for a maintainer: which record, which paragraph, what was looked for. */
export type GroundingProblem = string;

type Evidence = EventRecord['evidence'];

/** How far (in paragraphs) a reference like "the militia" or "the mission" may sit from a cited paragraph that names it. */
const PASSAGE_REACH = 2;

/**
 * Checks the grounding rule over a whole dataset: each paragraph a record cites exists and names
 * what the record speaks of, or continues a passage the record cites — another cited paragraph at
 * most {@link PASSAGE_REACH} away names it (the report refers back with "the militia", "the
 * mission", "it") —
 * - an entity: its name, an alias, (for a state) a demonym, or the name of one of its members
 *   (a `member-of` relationship: "Sunni MPs" names the parliament they sit in);
 * - an event: one of its participants, its location or the place that location lies `within`;
 * - a relationship: its subject or its object;
 * - an event link: anything that grounds its `from` or its `to` event.
 *
 * @param data - the dataset.
 * @param paragraphsOf - the paragraphs of each source, by source id (index 0 = paragraph 1).
 * @returns every problem found; empty when all is grounded.
 */
export function groundingProblems(
  data: DatasetRecord,
  paragraphsOf: ReadonlyMap<string, readonly string[]>,
): { entities: GroundingProblem[]; events: GroundingProblem[]; relationships: GroundingProblem[]; eventLinks: GroundingProblem[] } {
  const entityById = new Map<string, EntityRecord>(data.entities.map((e) => [e.id, e]));
  const eventById = new Map<string, EventRecord>(data.events.map((e) => [e.id, e]));

  const entityNames = (id: string | undefined, missing: string[]): string[] => {
    if (id === undefined) return [];
    const entity = entityById.get(id);
    if (entity === undefined) {
      missing.push(id);
      return [];
    }
    return namesOf(entity);
  };

  const eventNeedles = (event: EventRecord, missing: string[]): string[] => {
    const location = event.location === undefined ? undefined : entityById.get(event.location);
    return [
      ...event.participants.flatMap((p) => entityNames(p.entity, missing)),
      ...entityNames(event.location, missing),
      ...entityNames(location?.within, missing),
    ];
  };

  const check = (kind: string, id: string, evidence: Evidence, needles: readonly string[], missing: readonly string[]): GroundingProblem[] => {
    const problems: GroundingProblem[] = missing.map((m) => `${kind} ${id}: refers to unknown id '${m}'`);
    const unique = [...new Set(needles)];
    for (const ev of evidence) {
      const paragraphs = paragraphsOf.get(ev.source);
      if (paragraphs === undefined) {
        problems.push(`${kind} ${id}: cites source '${ev.source}', whose text is not available`);
        continue;
      }
      const names = (p: number): boolean => {
        const text = paragraphs[p - 1];
        return text !== undefined && firstMentioned(text, unique) !== undefined;
      };
      for (const p of ev.paragraphs) {
        const text = paragraphs[p - 1];
        if (text === undefined) {
          problems.push(`${kind} ${id}: cites paragraph ${p} of ${ev.source}, which has only ${paragraphs.length}`);
        } else if (!names(p) && !ev.paragraphs.some((q) => q !== p && Math.abs(q - p) <= PASSAGE_REACH && names(q))) {
          const excerpt = text.length > 70 ? `${text.slice(0, 70)}…` : text;
          problems.push(
            `${kind} ${id}: paragraph ${p} of ${ev.source} ("${excerpt}") names none of ${unique.length === 0 ? '(no names)' : unique.map((n) => `"${n}"`).join(', ')}`,
          );
        }
      }
    }
    return problems;
  };

  const memberNames = new Map<string, string[]>();
  for (const r of data.relationships) {
    if (r.predicate !== 'member-of') continue;
    const member = entityById.get(r.subject);
    if (member !== undefined) memberNames.set(r.object, [...(memberNames.get(r.object) ?? []), ...namesOf(member)]);
  }
  const entities = data.entities.flatMap((e) => check('entity', e.id, e.evidence, [...namesOf(e), ...(memberNames.get(e.id) ?? [])], []));
  const events = data.events.flatMap((e) => {
    const missing: string[] = [];
    return check('event', e.id, e.evidence, eventNeedles(e, missing), missing);
  });
  const relationships = data.relationships.flatMap((r) => {
    const missing: string[] = [];
    const needles = [...entityNames(r.subject, missing), ...entityNames(r.object, missing)];
    return check('relationship', r.id, r.evidence, needles, missing);
  });
  const eventLinks = data.eventLinks.flatMap((l) => {
    const missing: string[] = [];
    const needles = [l.from, l.to].flatMap((id) => {
      const event = eventById.get(id);
      if (event === undefined) {
        missing.push(id);
        return [];
      }
      return eventNeedles(event, missing);
    });
    return check('event link', l.id, l.evidence, needles, missing);
  });
  return { entities, events, relationships, eventLinks };
}

import { parseEdtf } from '../dates/parseEdtf.js';
import type { ParsedDate } from '../dates/types.js';
import { withArticle } from '../errors/withArticle.js';
import type { EntityKind } from '../vocab/entities.js';
import type { EventLinkType } from '../vocab/events.js';
import { PREDICATE_INFO } from '../vocab/relationships.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { eachSlot } from './eachSlot.js';
import { IssueList } from './IssueList.js';
import { findCycles, type Cycle, type CycleEdge } from './findCycles.js';
import { quoteId } from './quoteId.js';
import type { ValidParts } from './ValidParts.js';

/** `forEach` over a record array's own elements: a sparse one costs its elements, not its length. */
const each = <T>(list: readonly T[], fn: (record: T, i: number) => void): void => eachSlot(list, (i) => fn(list[i]!, i), () => {});

/** Link types that say `from` came after `to` (it answers it, follows it, or was caused by it). */
const AFTER: ReadonlySet<EventLinkType> = new Set(['retaliation-for', 'response-to', 'caused-by', 'follows']);

const datesOf = (edtf: string | undefined, cache: Map<string, ParsedDate | null>): ParsedDate | null => {
  if (edtf === undefined) return null;
  let parsed = cache.get(edtf);
  if (parsed === undefined) {
    try {
      parsed = parseEdtf(edtf);
    } catch {
      parsed = null;
    }
    cache.set(edtf, parsed);
  }
  return parsed;
};

const describe = (cycle: Cycle, edge: (e: CycleEdge) => string): string => {
  const shown = cycle.edges.slice(0, -1).map(edge);
  if (cycle.length > cycle.edges.length) shown.push(`… (${cycle.length - cycle.edges.length} more)`);
  return [...shown, edge(cycle.edges[cycle.edges.length - 1]!)].join(', ');
};

const list = (kinds: readonly string[]): string =>
  kinds.length === 1 ? withArticle(kinds[0]!) : `${withArticle(kinds[0]!)}${kinds.slice(1, -1).map((k) => `, ${k}`).join('')} or ${kinds[kinds.length - 1]}`;

/**
 * Checks that the records do not contradict one another: no membership cycle (`member-of` /
 * `part-of`, transitively) and no `within` cycle; the ends of each relationship of the kinds its
 * predicate joins (`stationed-in` a place or state, not an organisation); no relationship
 * repeated under another id with an overlapping validity; no cycle of event links that order
 * events in time (`a follows b` and `b follows a`), nor of `part-of` links; and no
 * `retaliation-for`, `response-to`, `caused-by` or `follows` link whose `from` event is dated
 * wholly before its `to` event. Linear in the dataset (plus a sort per repeated relationship).
 *
 * @param dataset - the valid parts of every record.
 * @returns every contradiction found, each at the record that closes or repeats it.
 * @example
 * checkContradictions({ ...dataset, eventLinks: [aFollowsB, bFollowsA] })[0].message
 * // => "cycle of event links: 'a' follows 'b', 'b' follows 'a'"
 */
export function checkContradictions(dataset: ValidParts, issues: IssueList = new IssueList()): DatasetIssue[] {
  const kindOf = new Map<string, EntityKind>();
  each(dataset.entities, (e) => e.id !== undefined && e.kind !== undefined && !kindOf.has(e.id) && kindOf.set(e.id, e.kind));

  // Places within places.
  const within: CycleEdge[] = [];
  each(dataset.entities, (e, i) => {
    if (e.id !== undefined && e.within !== undefined && e.within !== e.id) within.push({ from: e.id, to: e.within, record: i });
  });
  for (const cycle of findCycles(within)) {
    const closing = cycle.edges[cycle.edges.length - 1]!;
    issues.add(
      ['entities', closing.record, 'within'],
      `places within one another in a cycle: ${describe(cycle, (e) => `${quoteId(e.from)} within ${quoteId(e.to)}`)}`,
      );
  }

  // Relationships: kinds of both ends, membership cycles, repeats.
  const membership: CycleEdge[] = [];
  const predicateOf: string[] = [];
  const repeats = new Map<string, { record: number; start: number; end: number }[]>();
  const dates = new Map<string, ParsedDate | null>();
  each(dataset.relationships, (r, i) => {
    if (r.predicate === undefined) return;
    const info = PREDICATE_INFO[r.predicate];
    predicateOf[i] = r.predicate;
    for (const [end, kinds] of [['subject', info.subjectKinds], ['object', info.objectKinds]] as const) {
      const id = r[end];
      const kind = id === undefined ? undefined : kindOf.get(id);
      if (id !== undefined && kind !== undefined && !(kinds as readonly string[]).includes(kind)) {
        issues.add(
          ['relationships', i, end],
          `${quoteId(id)} is ${withArticle(kind)}; the ${end} of '${r.predicate}' must be ${list(kinds)}`,
          );
      }
    }
    if (r.subject === undefined || r.object === undefined || r.subject === r.object) return;
    if (info.membership) membership.push({ from: r.subject, to: r.object, record: i });
    const [a, b] = info.symmetric && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    const valid = r.valid === undefined ? null : datesOf(r.valid, dates);
    if (r.valid !== undefined && valid === null) return;
    const key = `${a}\u0000${r.predicate}\u0000${b}`;
    const entry = { record: i, start: valid?.earliestDay ?? -Infinity, end: valid?.latestDay ?? Infinity };
    const group = repeats.get(key);
    if (group) group.push(entry);
    else repeats.set(key, [entry]);
  });
  for (const cycle of findCycles(membership)) {
    const closing = cycle.edges[cycle.edges.length - 1]!;
    issues.add(
      ['relationships', closing.record],
      `membership cycle: ${describe(cycle, (e) => `${quoteId(e.from)} ${predicateOf[e.record]} ${quoteId(e.to)}`)}`,
      );
  }
  for (const group of repeats.values()) {
    if (group.length < 2) continue;
    group.sort((x, y) => x.start - y.start || x.record - y.record);
    let reach = group[0]!;
    for (const entry of group.slice(1)) {
      if (entry.start <= reach.end) {
        const [first, second] = reach.record < entry.record ? [reach, entry] : [entry, reach];
        const firstId = dataset.relationships[first.record]?.id;
        issues.add(
          ['relationships', second.record],
          `repeats relationships[${first.record}]${firstId === undefined ? '' : ` (${quoteId(firstId)})`}: the same subject, predicate and object over an overlapping time`,
          );
      }
      if (entry.end > reach.end) reach = entry;
    }
  }

  // Event links: cycles, and links against the events' dates.
  // Dates are parsed only for the events a link names.
  const eventDateText = new Map<string, string | undefined>();
  each(dataset.events, (e) => e.id !== undefined && !eventDateText.has(e.id) && eventDateText.set(e.id, e.date));
  const ordering: CycleEdge[] = [];
  const parts: CycleEdge[] = [];
  const typeOf: string[] = [];
  each(dataset.eventLinks, (l, i) => {
    if (l.type === undefined || l.from === undefined || l.to === undefined || l.from === l.to) return;
    typeOf[i] = l.type;
    (l.type === 'part-of' ? parts : ordering).push({ from: l.from, to: l.to, record: i });
    if (!AFTER.has(l.type)) return;
    const from = datesOf(eventDateText.get(l.from), dates);
    const to = datesOf(eventDateText.get(l.to), dates);
    if (from && to && from.latestDay < to.earliestDay) {
      issues.add(
        ['eventLinks', i, 'type'],
        `${quoteId(l.from)} (${from.edtf}) is dated wholly before ${quoteId(l.to)} (${to.edtf}), so it cannot be '${l.type}' it`,
        );
    }
  });
  for (const cycle of [...findCycles(ordering), ...findCycles(parts)]) {
    const closing = cycle.edges[cycle.edges.length - 1]!;
    issues.add(
      ['eventLinks', closing.record],
      `cycle of event links: ${describe(cycle, (e) => `${quoteId(e.from)} ${typeOf[e.record]} ${quoteId(e.to)}`)}`,
      );
  }
  return issues.result();
}

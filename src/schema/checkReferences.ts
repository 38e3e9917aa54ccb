import { withArticle } from '../errors/withArticle.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { eachSlot } from './eachSlot.js';
import { IssueList } from './IssueList.js';
import { idSuggester } from './idSuggester.js';
import { quoteId } from './quoteId.js';
import type { ValidParts } from './ValidParts.js';

/** `forEach` over a record array's own elements: a sparse one costs its elements, not its length. */
const each = <T>(list: readonly T[], fn: (record: T, i: number) => void): void => eachSlot(list, (i) => fn(list[i]!, i), () => {});

type Path = (string | number)[];
type Evidence = readonly { readonly source: string; readonly paragraphs: readonly number[] }[];

/**
 * Checks the rules that span records: ids unique across all record kinds; every reference
 * resolves to a record of the right kind (participants, locations, attributions, containing
 * places, relationship ends, event-link ends, evidence sources); evidence paragraphs exist in
 * their source. Reads only the valid parts of records, so it runs even when some shapes failed.
 * Linear in the dataset: each distinct unknown id gets its "closest" hint once, from a bounded
 * set of candidates ({@link idSuggester}).
 *
 * @param dataset - the valid parts of every record.
 * @returns every problem found (empty when there are none).
 * @example
 * checkReferences({ ...dataset, eventLinks: [{ ...link, to: 'nope' }] })[0].path
 * // => ['eventLinks', 0, 'to']
 */
export function checkReferences(dataset: ValidParts, issues: IssueList = new IssueList()): DatasetIssue[] {
  const firstSeen = new Map<string, Path>();
  const kinds = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;
  for (const kind of kinds) {
    each(dataset[kind], (record, i) => {
      if (record.id === undefined) return;
      const where = firstSeen.get(record.id);
      if (where) {
        issues.add([kind, i, 'id'], `duplicate id ${quoteId(record.id)} (already used at ${where.join('.')})`);
      } else {
        firstSeen.set(record.id, [kind, i]);
      }
    });
  }

  const sources = new Map<string, (typeof dataset.sources)[number]>();
  each(dataset.sources, (s) => s.id !== undefined && !sources.has(s.id) && sources.set(s.id, s));
  const entities = new Map<string, (typeof dataset.entities)[number]>();
  each(dataset.entities, (e) => e.id !== undefined && !entities.has(e.id) && entities.set(e.id, e));
  const events = new Set<string>();
  each(dataset.events, (e) => e.id !== undefined && events.add(e.id));

  const suggest = {
    entity: idSuggester(entities.keys()),
    event: idSuggester(events),
    source: idSuggester(sources.keys()),
  };
  const unknown = (path: Path, id: string, recordKind: keyof typeof suggest): void => {
    // Past the listed issues only the count matters: no hint is searched for.
    if (issues.full) return issues.add(path, `unknown ${recordKind} id`);
    const near = suggest[recordKind](id);
    const hint = near.length > 0 ? `; closest: ${near.map((n) => `'${n}'`).join(', ')}` : '';
    issues.add(path, `unknown ${recordKind} id ${quoteId(id)}${hint}`);
  };
  const entity = (path: Path, id: string | null | undefined): void => {
    if (typeof id === 'string' && !entities.has(id)) unknown(path, id, 'entity');
  };
  const place = (path: Path, id: string | undefined): void => {
    if (id === undefined) return;
    const found = entities.get(id);
    if (!found) return unknown(path, id, 'entity');
    if (found.kind !== undefined && found.kind !== 'place' && found.kind !== 'state') {
      issues.add(path, `${quoteId(id)} is ${withArticle(found.kind)}; a location must be a place or a state`);
    }
  };
  const evidence = (base: Path, list: Evidence | undefined): void => {
    list?.forEach((ev, j) => {
      const source = sources.get(ev.source);
      if (!source) return unknown([...base, 'evidence', j, 'source'], ev.source, 'source');
      const count = source.paragraphs;
      if (count === undefined || source.id === undefined) return;
      ev.paragraphs.forEach((p, k) => {
        if (p > count) {
          issues.add(
            [...base, 'evidence', j, 'paragraphs', k],
            `paragraph ${p} does not exist: source '${source.id}' has paragraphs 1–${count}`,
            );
        }
      });
    });
  };

  each(dataset.entities, (e, i) => {
    evidence(['entities', i], e.evidence);
    if (e.within !== undefined) {
      if (e.within === e.id) issues.add(['entities', i, 'within'], 'a place cannot lie within itself');
      else place(['entities', i, 'within'], e.within);
    }
  });
  each(dataset.events, (e, i) => {
    evidence(['events', i], e.evidence);
    e.participants?.forEach((p, j) => entity(['events', i, 'participants', j, 'entity'], p.entity));
    place(['events', i, 'location'], e.location);
    entity(['events', i, 'attributedTo'], e.attributedTo);
  });
  each(dataset.relationships, (r, i) => {
    evidence(['relationships', i], r.evidence);
    entity(['relationships', i, 'subject'], r.subject);
    entity(['relationships', i, 'object'], r.object);
  });
  each(dataset.eventLinks, (l, i) => {
    evidence(['eventLinks', i], l.evidence);
    if (l.from !== undefined && !events.has(l.from)) unknown(['eventLinks', i, 'from'], l.from, 'event');
    if (l.to !== undefined && !events.has(l.to)) unknown(['eventLinks', i, 'to'], l.to, 'event');
  });
  return issues.result();
}

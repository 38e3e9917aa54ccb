import { nearestIds } from '../dataset/nearestIds.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { withArticle } from '../errors/withArticle.js';
import type { Dataset } from './records.js';

type Path = (string | number)[];

/**
 * Checks the rules that span records (the shape is already valid): ids unique across all
 * record kinds; every reference resolves to a record of the right kind (participants,
 * locations, attributions, containing places, relationship ends, event-link ends, evidence
 * sources); evidence paragraphs exist in their source.
 *
 * @param dataset - a dataset whose shape already passed the `Dataset` schema.
 * @returns every problem found (empty when there are none).
 * @example
 * checkReferences({ ...dataset, eventLinks: [{ ...link, to: 'nope' }] })[0].path
 * // => ['eventLinks', 0, 'to']
 */
export function checkReferences(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const firstSeen = new Map<string, Path>();
  const kinds = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;
  for (const kind of kinds) {
    dataset[kind].forEach((record, i) => {
      const where = firstSeen.get(record.id);
      if (where) {
        issues.push({ path: [kind, i, 'id'], message: `duplicate id '${record.id}' (already used at ${where.join('.')})` });
      } else {
        firstSeen.set(record.id, [kind, i]);
      }
    });
  }

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const events = new Set(dataset.events.map((e) => e.id));

  const refer = (path: Path, id: string, recordKind: string, known: Iterable<string>, has: boolean): void => {
    if (has) return;
    const near = nearestIds(id, known);
    const hint = near.length > 0 ? `; closest: ${near.map((n) => `'${n}'`).join(', ')}` : '';
    issues.push({ path, message: `unknown ${recordKind} id '${id}'${hint}` });
  };
  const entity = (path: Path, id: string): void => refer(path, id, 'entity', entities.keys(), entities.has(id));
  const place = (path: Path, id: string): void => {
    const found = entities.get(id);
    if (!found) return entity(path, id);
    if (found.kind !== 'place' && found.kind !== 'state') {
      issues.push({ path, message: `'${id}' is ${withArticle(found.kind)}; a location must be a place or a state` });
    }
  };
  const evidence = (base: Path, list: Dataset['events'][number]['evidence']): void => {
    list.forEach((ev, j) => {
      const source = sources.get(ev.source);
      if (!source) return refer([...base, 'evidence', j, 'source'], ev.source, 'source', sources.keys(), false);
      ev.paragraphs.forEach((p, k) => {
        if (p > source.paragraphs) {
          issues.push({
            path: [...base, 'evidence', j, 'paragraphs', k],
            message: `paragraph ${p} does not exist: source '${source.id}' has paragraphs 1–${source.paragraphs}`,
          });
        }
      });
    });
  };

  dataset.entities.forEach((e, i) => {
    evidence(['entities', i], e.evidence);
    if (e.within !== undefined) {
      if (e.within === e.id) issues.push({ path: ['entities', i, 'within'], message: 'a place cannot lie within itself' });
      else place(['entities', i, 'within'], e.within);
    }
  });
  dataset.events.forEach((e, i) => {
    evidence(['events', i], e.evidence);
    e.participants.forEach((p, j) => entity(['events', i, 'participants', j, 'entity'], p.entity));
    if (e.location !== undefined) place(['events', i, 'location'], e.location);
    if (e.attributedTo !== null) entity(['events', i, 'attributedTo'], e.attributedTo);
  });
  dataset.relationships.forEach((r, i) => {
    evidence(['relationships', i], r.evidence);
    entity(['relationships', i, 'subject'], r.subject);
    entity(['relationships', i, 'object'], r.object);
  });
  dataset.eventLinks.forEach((l, i) => {
    evidence(['eventLinks', i], l.evidence);
    refer(['eventLinks', i, 'from'], l.from, 'event', events, events.has(l.from));
    refer(['eventLinks', i, 'to'], l.to, 'event', events, events.has(l.to));
  });
  return issues;
}

import type { DatasetRecord, EventRecord } from '../schema/types.js';

/**
 * Names where an event is stated, for a notes column: each source's publisher and title with the
 * cited paragraphs, e.g. `The National, "Iran-backed …", paragraphs 18, 19`; a citation limited to one
 * claim says so: `…, paragraph 24 (for the date)`.
 *
 * @param event - the event.
 * @param sources - the dataset's sources, or (for a whole export, so each lookup is constant-time) a map of them by id.
 * @returns one line citing every source and paragraph.
 * @example
 * citeEvidence(getEvent('tower-22-drone-attack'), dataset.sources).endsWith('paragraphs 18, 19') // => true
 */
export function citeEvidence(event: EventRecord, sources: DatasetRecord['sources'] | ReadonlyMap<string, DatasetRecord['sources'][number]>): string {
  return event.evidence
    .map((ev) => {
      const s = sources instanceof Map ? sources.get(ev.source) : (sources as DatasetRecord['sources']).find((x) => x.id === ev.source);
      const name = s === undefined ? ev.source : `${s.publisher}, "${s.title}"`;
      return `${name}, paragraph${ev.paragraphs.length > 1 ? 's' : ''} ${[...ev.paragraphs].sort((a, b) => a - b).join(', ')}${ev.claim === undefined ? '' : ` (for the ${ev.claim})`}`;
    })
    .join('; ');
}

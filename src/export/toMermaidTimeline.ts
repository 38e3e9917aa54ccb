import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { happened } from '../dataset/happened.js';
import { knownSpan } from '../dates/knownSpan.js';
import { parseEdtf } from '../dates/parseEdtf.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { MODALITIES, type Modality } from '../vocab/events.js';
import { mainActors } from './mainActors.js';
import { resolveDataset } from './resolveDataset.js';
import { readExportOptions } from './readExportOptions.js';
import { checkVocabList } from './checkVocabList.js';

/** Options of {@link toMermaidTimeline}. */
export interface MermaidTimelineOptions {
  /** The dataset (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /**
   * Which modalities to draw. Default: what happened, as the query helpers count it (actual events and
   * the threats made, labelled as threats); list modalities to draw others, labelled by their modality.
   */
  readonly modalities?: readonly Modality[];
  /** The diagram's title (default: the first source's title, else none). */
  readonly title?: string;
}

/** Mermaid's timeline uses `:` to separate entries and `#`/`;` for comments and entities. */
const clean = (s: string): string =>
  s
    .replace(/[:;#`\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const typeLabel = (type: string): string => type.charAt(0).toUpperCase() + type.slice(1).replaceAll('-', ' ');

function label(event: EventRecord, names: ReadonlyMap<string, string>): string {
  const { actor1, actor2 } = mainActors(event);
  const who = [actor1, actor2].filter((p) => p !== null).map((p) => names.get(p.entity) ?? p.entity);
  const where = event.location === undefined ? '' : ` in ${names.get(event.location) ?? event.location}`;
  const mode = event.modality === 'actual' ? '' : ` (${event.modality})`;
  return clean(`${typeLabel(event.type)}${mode}${where}${who.length > 0 ? ` - ${who.join(' → ')}` : ''}`);
}

/**
 * Draws the events as a Mermaid `timeline`: one section per year of each event's first known
 * day, one period per EDTF date (so the precision shows: `2024-01`, `1990/1993`), events in the
 * package's chronological order (that of `timeline()`: first known day, last, id). An event with
 * an unknown start (`/2024-06-09`) is placed at its known end; only one with an open start
 * (`../2020`) falls in a first section `undated`. Each entry reads `Type (modality) in Place - actor1 → actor2` (ACLED-style main actors).
 *
 * @param options - the dataset, the modalities to keep and the title ({@link MermaidTimelineOptions}).
 * @returns the Mermaid source, starting `timeline`.
 * @throws {TypeError} when `options.dataset` is not a dataset.
 * @example
 * toMermaidTimeline().split('\n')[0] // => 'timeline'
 * toMermaidTimeline().includes('2024-04-13 : Missile strike - Iran → Israel') // => true
 */
export function toMermaidTimeline(options: MermaidTimelineOptions = {}): string {
  const opts = readExportOptions('toMermaidTimeline', options, ['dataset', 'modalities', 'title']) as MermaidTimelineOptions;
  const data = resolveDataset(opts.dataset, 'toMermaidTimeline');
  const keep = checkVocabList('toMermaidTimeline', 'modalities', opts.modalities, MODALITIES);
  if (opts.title !== undefined && typeof opts.title !== 'string') {
    throw new ArgumentTypeError('toMermaidTimeline: options.title', opts.title, '', `toMermaidTimeline: option 'title' takes a string, got ${opts.title === null ? 'null' : typeof opts.title}`);
  }
  const names = new Map(data.entities.map((e) => [e.id, e.name]));
  const rows = data.events
    .filter((e) => (keep === null ? happened(e) : keep.has(e.modality)))
    .map((e) => ({ e, k: knownSpan(parseEdtf(e.date)) }))
    // the package's one order (see knownSpan): an unknown start sits at its known end
    .sort((a, b) => a.k.first - b.k.first || a.k.last - b.k.last || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  const title = opts.title ?? data.sources[0]?.title;
  const lines = ['timeline'];
  if (title !== undefined) lines.push(`  title ${clean(title)}`);
  let section: string | undefined;
  let period: string | undefined;
  for (const { e, k } of rows) {
    const year = Number.isFinite(k.first) ? new Date(k.first * 86_400_000).toISOString().slice(0, 4) : 'undated';
    if (year !== section) {
      lines.push(`  section ${year}`);
      section = year;
      period = undefined;
    }
    if (e.date === period) {
      lines.push(`    : ${label(e, names)}`);
    } else {
      lines.push(`    ${e.date} : ${label(e, names)}`);
      period = e.date;
    }
  }
  return `${lines.join('\n')}\n`;
}

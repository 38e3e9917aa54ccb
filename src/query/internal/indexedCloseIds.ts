import { closeIds } from '../../dataset/closeIds.js';

/** Up to this many records, a miss compares the id with every record (as `closeIds` does). */
export const SCAN_LIMIT = 2000;
/** A 3-letter piece found in more records than this tells nothing about which are close: skipped. */
const COMMON_GRAM = 4096;
/** At most this many records are compared in full per miss (those sharing the most pieces). */
const COMPARED = 256;
/** As in `closeIds`: longer inputs get no suggestions. */
const MAX_LENGTH = 80;

const PLAIN = /^[\x20-\x7e]*$/;
const NOT_ALNUM_ASCII = /[^a-z0-9]+/g;

/** The same folding as `closeIds` (case, accents and punctuation away), faster on plain ASCII. */
const fold = (text: string): string =>
  PLAIN.test(text)
    ? text.toLowerCase().replace(NOT_ALNUM_ASCII, '')
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A 3-letter piece as a small integer (exact for ASCII letters and digits; two other pieces may
 * share a number, which only adds candidates: each is compared in full).
 */
const gramAt = (f: string, i: number): number => ((f.charCodeAt(i) << 14) ^ (f.charCodeAt(i + 1) << 7) ^ f.charCodeAt(i + 2)) & 0x3fffffff;

/** What one set of records is looked up by, built on its first miss. */
interface Table {
  readonly pairs: readonly (readonly [string, readonly string[]])[];
  /** every folded id / name / alias, record by record */
  readonly folded: readonly string[];
  /** record r's folded forms are `folded[first[r]]` up to `folded[first[r + 1]]` */
  readonly first: Int32Array;
  /** 3-letter piece of a folded id / name / alias → the records (each once, ascending) */
  readonly grams: ReadonlyMap<number, number[]>;
  /** folded length (1 to 4) → the records with an id / name / alias that long (short inputs have no pieces) */
  readonly short: ReadonlyMap<number, number[]>;
}

const tables = new WeakMap<object, Table>();

function buildTable(pairs: readonly (readonly [string, readonly string[]])[]): Table {
  const folded: string[] = [];
  const first = new Int32Array(pairs.length + 1);
  const grams = new Map<number, number[]>();
  const short = new Map<number, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, record: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [record]);
    else if (list[list.length - 1] !== record) list.push(record);
  };
  const addName = (name: unknown, record: number): void => {
    if (typeof name !== 'string' || name.length > 4 * MAX_LENGTH) return;
    const f = fold(name);
    if (f === '') return;
    folded.push(f);
    if (f.length <= 4) add(short, f.length, record);
    for (let i = 0; i + 3 <= f.length; i++) add(grams, gramAt(f, i), record);
  };
  for (let record = 0; record < pairs.length; record++) {
    first[record] = folded.length;
    const [id, names] = pairs[record]!;
    addName(id, record);
    for (const name of names) addName(name, record);
  }
  first[pairs.length] = folded.length;
  return { pairs, folded, first, grams, short };
}

/** The records with an id, name or alias equal to `q` once folded. */
function exactMatches(table: Table, q: string): number[] {
  // a record bearing `q` holds each of its pieces: look in the shortest list of them
  let candidates: readonly number[] | undefined;
  if (q.length < 3) candidates = table.short.get(q.length);
  else {
    for (let i = 0; i + 3 <= q.length; i++) {
      const list = table.grams.get(gramAt(q, i));
      if (list === undefined) return [];
      if (candidates === undefined || list.length < candidates.length) candidates = list;
    }
  }
  const out: number[] = [];
  for (const r of candidates ?? []) {
    for (let k = table.first[r]!, hi = table.first[r + 1]!; k < hi; k++) {
      if (table.folded[k] === q) {
        out.push(r);
        break;
      }
    }
  }
  return out;
}

/**
 * `closeIds` for many records, at a bounded cost per miss: up to {@link SCAN_LIMIT} records it
 * is `closeIds` itself; above, the records' ids, names and aliases are folded once, on the first
 * miss, into a table (folded forms, 3-letter pieces, short forms), and each miss then compares in
 * full only the few records that share the most pieces with the input (pieces found in thousands
 * of records are skipped as telling nothing). An exact match (once folded) is always found; a
 * near miss is found when it shares an uncommon piece with the input, which nearly every typo
 * of a distinctive id does.
 *
 * @param input - the id that was not found (any value: only strings get suggestions).
 * @param key - the object the table is cached on (the records' array, or an id map): one table per key.
 * @param pairs - the records as `[id, names]` pairs, made only when the table is built (or when scanning).
 * @param size - how many records there are.
 * @returns up to three ids, closest first, as `closeIds` orders them.
 */
export function indexedCloseIds(input: unknown, key: object, pairs: () => readonly (readonly [string, readonly string[]])[], size: number): string[] {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return [];
  if (size <= SCAN_LIMIT) return closeIds(input, pairs());
  const q = fold(input);
  if (q === '') return [];
  let table = tables.get(key);
  if (table === undefined) tables.set(key, (table = buildTable(pairs())));
  const pick = (records: Iterable<number>) => closeIds(input, (function* () { for (const r of records) yield table.pairs[r]!; })());
  const exact = exactMatches(table, q);
  if (exact.length > 0) return pick(exact.slice(0, COMPARED));
  // Records by how many of the input's pieces they share.
  const shared = new Map<number, number>();
  const seen = new Set<number>();
  for (let i = 0; i + 3 <= q.length; i++) {
    const gram = gramAt(q, i);
    if (seen.has(gram)) continue;
    seen.add(gram);
    const list = table.grams.get(gram);
    if (list === undefined || list.length > COMMON_GRAM) continue;
    for (const r of list) shared.set(r, (shared.get(r) ?? 0) + 1);
  }
  const ranked = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, COMPARED).map(([r]) => r);
  if (q.length <= 3) {
    // too short for pieces to tell: the records with an id or name of about its length
    for (let len = Math.max(1, q.length - 1); len <= q.length + 1 && ranked.length < COMPARED; len++) {
      for (const r of table.short.get(len) ?? []) {
        if (ranked.length >= COMPARED) break;
        ranked.push(r);
      }
    }
  }
  return pick(ranked);
}

import { countIssues } from '../schema/countIssues.js';
import { safeText } from '../text/safeText.js';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssuePath, type DatasetIssue } from '../schema/DatasetIssue.js';
import type { DatasetRecord } from '../schema/types.js';
import type { CliIO } from './CliIO.js';
import { quoteArg } from './quoteArg.js';
import { UsageError } from './UsageError.js';

/** A dataset file read and validated, or every problem found in it, each naming the file, path and record. */
export type LoadedDataset =
  | { readonly ok: true; readonly dataset: DatasetRecord; readonly input: unknown }
  | { readonly ok: false; readonly problems: readonly string[]; readonly issues: readonly FileIssue[]; /** Problems found, listed or only counted (see `countIssues`). */ readonly total: number };

/** A problem of a dataset file: a `DatasetIssue` plus the record it is in, when it has an id. */
export interface FileIssue extends DatasetIssue {
  readonly record: { readonly kind: string; readonly id: string } | null;
}

const RECORD: Readonly<Record<string, string>> = {
  sources: 'source',
  entities: 'entity',
  events: 'event',
  relationships: 'relationship',
  eventLinks: 'event link',
};

/** The record an issue's path points into, when it has a string id. */
function recordOf(input: unknown, path: readonly (string | number)[]): FileIssue['record'] {
  const [kind, index] = path;
  if (typeof kind !== 'string' || typeof index !== 'number' || !Object.hasOwn(RECORD, kind)) return null;
  const list = typeof input === 'object' && input !== null && Object.hasOwn(input, kind) ? (input as Record<string, unknown>)[kind] : undefined;
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = typeof record === 'object' && record !== null && Object.hasOwn(record, 'id') ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? { kind, id } : null;
}

/** `(event 'tower-22')`, or nothing. */
const recordText = (record: FileIssue['record']): string =>
  record === null ? '' : ` (${RECORD[record.kind]} ${/^[a-z0-9-]{1,200}$/.test(record.id) ? `'${record.id}'` : quoteArg(record.id)})`;

const oneLine = (s: string, max = 300): string => {
  const line = s.replace(/\s*\n\s*/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
};

/**
 * Reads a JSON dataset file and validates it with `safeParseDataset` (which loads zod, an
 * optional peer, on demand): the frozen dataset, or every problem, each as one line
 * `file: path (record 'id'): message`.
 *
 * @param file - the path as given (relative to `io.cwd`).
 * @param io - the CLI's environment.
 * @param what - the option or command naming the file in messages, e.g. `'--data'`.
 * @returns the dataset, or the problems.
 * @throws {UsageError} when the file cannot be read, or zod is not installed.
 * @example
 * (await loadDatasetFile('mine.json', io, '--data')).ok // => true
 */
export async function loadDatasetFile(file: string, io: Pick<CliIO, 'cwd'>, what: string): Promise<LoadedDataset> {
  let text: string;
  const path = resolve(io.cwd ?? process.cwd(), file);
  try {
    // A device or pipe (/dev/zero, a FIFO) could be endless: only regular files are read.
    if (!(await stat(path)).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${what}: cannot read ${quoteArg(file)} (${code}); give the path of a JSON dataset file`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    const issue: FileIssue = { path: [], message: `not JSON: ${oneLine((error as Error).message, 200)}`, record: null };
    return { ok: false, issues: [issue], problems: [safeText(`${file}: ${issue.message}`)], total: 1 };
  }
  let safeParseDataset: typeof import('../schema/safeParseDataset.js').safeParseDataset;
  try {
    ({ safeParseDataset } = await import('../schema/safeParseDataset.js'));
  } catch (error) {
    if (/zod/.test(String((error as Error).message))) {
      throw new UsageError(`${what}: validating a dataset needs zod, an optional peer dependency; install it: npm install zod`);
    }
    throw error;
  }
  const result = safeParseDataset(input);
  if (result.success) return { ok: true, dataset: result.data as DatasetRecord, input };
  const issues = result.issues.map((i): FileIssue => ({ path: i.path, message: i.message, ...(i.unlisted === undefined ? {} : { unlisted: i.unlisted }), record: recordOf(input, i.path) }));
  // one line each, as a terminal shows it: the data's control characters escaped (the JSON issues keep them exact)
  const problems = issues.map((i) => safeText(`${file}: ${formatIssuePath(i.path)}${recordText(i.record)}: ${oneLine(i.message)}`));
  return { ok: false, issues, problems, total: countIssues(result.issues) };
}

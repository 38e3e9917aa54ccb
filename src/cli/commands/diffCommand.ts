import { diffDatasets } from '../../diff/diffDatasets.js';
import type { DatasetDiff, FieldChange } from '../../diff/types.js';
import type { CliIO } from '../CliIO.js';
import type { Style } from '../createStyle.js';
import { EXIT_CODES } from '../exitCodes.js';
import { loadDatasetFile, type LoadedDataset } from '../loadDatasetFile.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { quoteArg } from '../quoteArg.js';
import { safeText } from '../../text/safeText.js';
import { showChange } from '../showChange.js';
import { UsageError } from '../UsageError.js';

const VALUE_WIDTH = 34;
const fieldLine = (f: FieldChange): string => {
  const [before, after] = showChange(f.old, f.new, VALUE_WIDTH);
  return `      ${safeText(f.field)}: ${safeText(before)} → ${safeText(after)}  (${f.bump})`;
};

function renames(list: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of list ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UsageError(`diff: --rename ${quoteArg(pair)} is not OLD=NEW; e.g. --rename kataib-hezbollah=kataib-hizballah`);
    const from = pair.slice(0, at);
    if (Object.hasOwn(out, from)) throw new UsageError(`diff: --rename ${quoteArg(from)} is given twice; rename each id once`);
    Object.defineProperty(out, from, { value: pair.slice(at + 1), enumerable: true });
  }
  return out;
}

function text(diff: DatasetDiff, oldFile: string, newFile: string, style: Style): string {
  const lines = [`${style.bold(safeText(oldFile))} → ${style.bold(safeText(newFile))}`];
  if (diff.schemaVersion !== null) lines.push(`  schemaVersion ${diff.schemaVersion.old} → ${diff.schemaVersion.new}`);
  for (const r of diff.removed) lines.push(`  removed  ${r.kind}/${style.id(r.id)}`);
  for (const r of diff.renamed) lines.push(`  renamed  ${r.kind}/${style.id(r.from)} → ${style.id(r.to)}`);
  for (const r of diff.added) lines.push(`  added    ${r.kind}/${style.id(r.id)}`);
  for (const c of diff.changed) {
    if (c.changes.length === 0) continue;
    lines.push(`  changed  ${c.kind}/${style.id(c.id)}`, ...c.changes.map(fieldLine));
  }
  const changed = diff.changed.filter((c) => c.renamedFrom === undefined).length;
  const counts = `${diff.removed.length} removed, ${diff.renamed.length} renamed, ${diff.added.length} added, ${changed} changed`;
  lines.push(diff.bump === 'none' ? 'No changes: no release needed.' : `${counts}: needs a ${style.bold(diff.bump)} release`);
  for (const r of diff.reasons) lines.push(`  ${r.bump}: ${r.reason}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `diff <old.json> <new.json>`: validates both files, then prints what changed — records
 * removed, renamed (`--rename OLD=NEW`), added and changed, each changed field with its old and
 * new value — and the least release the change needs, by the data's semver rule; or the whole
 * `diffDatasets` result as JSON (`--format json`).
 *
 * @param args - the parsed arguments.
 * @param io - where to print.
 * @param style - text styles.
 * @returns 0 when the diff was printed (whatever it holds), 1 when a file is not a valid dataset.
 * @throws {UsageError} for an unreadable file, a malformed `--rename` or one that matches no record.
 * @example
 * await diffCommand(parseCommandArgs('diff', ['a.json', 'b.json']), io, style) // => 0
 */
export async function diffCommand(args: ParsedArgs, io: CliIO, style: Style): Promise<number> {
  const [oldFile, newFile] = args.positionals as [string, string];
  const renameMap = renames(args.values['rename'] as readonly string[] | undefined);
  const loaded: LoadedDataset[] = [await loadDatasetFile(oldFile, io, 'diff'), await loadDatasetFile(newFile, io, 'diff')];
  const problems = loaded.flatMap((l) => (l.ok ? [] : l.problems));
  if (problems.length > 0) {
    io.stderr(`iraq-militias: diff: ${problems.length} problem${problems.length === 1 ? '' : 's'}; both files must be valid datasets ('iraq-militias validate FILE' lists them)\n`);
    io.stderr(problems.map((p) => `${p}\n`).join(''));
    return EXIT_CODES.problems;
  }
  const [a, b] = loaded.map((l) => (l as Extract<LoadedDataset, { ok: true }>).dataset) as [never, never];
  let diff: DatasetDiff;
  try {
    diff = diffDatasets(a, b, { renames: renameMap });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`diff: --rename: ${error.message.replace(/^diffDatasets: renames /, '')}`);
    throw error;
  }
  io.stdout(args.values['format'] === 'json' ? `${JSON.stringify({ old: oldFile, new: newFile, ...diff }, null, 2)}\n` : text(diff, oldFile, newFile, style));
  return EXIT_CODES.ok;
}

import { safeText } from '../../text/safeText.js';
import type { CliIO } from '../CliIO.js';
import { EXIT_CODES } from '../exitCodes.js';
import { loadDatasetFile } from '../loadDatasetFile.js';
import type { ParsedArgs } from '../parseCommandArgs.js';

/**
 * `validate <file.json>`: reads a JSON dataset and checks it as `safeParseDataset` does
 * (shape, record rules, cross-record references), printing every problem on its own line with
 * the file, its path and the record's id — or, with `--format json`, `{ file, valid, problems, issues }` (`problems` counts every problem found, listed or not),
 * each issue `{ path, message, record: { kind, id } | null }`.
 *
 * @param args - the parsed arguments.
 * @param io - where to print.
 * @returns 0 when the file is a valid dataset, 1 when it has problems.
 * @throws {UsageError} when the file cannot be read, or zod is not installed.
 * @example
 * await validateCommand(parseCommandArgs('validate', ['mine.json']), io) // => 0
 */
export async function validateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const file = args.positionals[0]!;
  const loaded = await loadDatasetFile(file, io, 'validate');
  if (args.values['format'] === 'json') {
    const issues = loaded.ok ? [] : loaded.issues;
    io.stdout(`${JSON.stringify({ file, valid: loaded.ok, problems: loaded.ok ? 0 : loaded.total, issues }, null, 2)}\n`);
    return loaded.ok ? EXIT_CODES.ok : EXIT_CODES.problems;
  }
  if (loaded.ok) {
    const d = loaded.dataset;
    io.stdout(
      `${safeText(file)}: a valid dataset (schema ${d.schemaVersion}): ${d.sources.length} sources, ${d.entities.length} entities, ${d.events.length} events, ${d.relationships.length} relationships, ${d.eventLinks.length} event links\n`,
    );
    return EXIT_CODES.ok;
  }
  io.stdout(loaded.problems.map((p) => `${p}\n`).join(''));
  io.stdout(`${loaded.total} problem${loaded.total === 1 ? '' : 's'} in ${safeText(file)}\n`);
  return EXIT_CODES.problems;
}

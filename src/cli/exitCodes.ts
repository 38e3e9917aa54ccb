/**
 * The CLI's exit codes: 0 success; 1 no result (`path` found no chain) or problems found
 * (`validate`, or a `--data` file that does not validate); 2 a usage error (unknown command or
 * option, bad value, unknown id, unreadable file); 70 an internal error (a bug: please report
 * it); 74 output could not be written (standard output, or the `--out` file once opened: a full
 * disk, a closed device).
 *
 * @example
 * EXIT_CODES.usage // => 2
 */
export const EXIT_CODES = Object.freeze({ ok: 0, problems: 1, usage: 2, internal: 70, output: 74 } as const);

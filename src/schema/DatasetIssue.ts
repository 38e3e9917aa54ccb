/** One problem found in a dataset: where it is and what is wrong. */
export interface DatasetIssue {
  /** Path from the dataset root, e.g. `['events', 3, 'participants', 0, 'entity']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what is accepted, readable on its own. */
  readonly message: string;
  /**
   * Only on the last issue of a list cut short (more than `MAX_LISTED_ISSUES` problems): how many
   * more problems were found and not listed. That issue stands for them and is not a problem of its
   * own, so the total is the other issues plus this number (see {@link countIssues}).
   */
  readonly unlisted?: number;
}

/**
 * Formats an issue path as `events[3].participants[0].entity`.
 *
 * @param path - the issue's path.
 * @returns the path as one string (`(root)` for the empty path).
 * @example
 * formatIssuePath(['events', 3, 'date']) // => 'events[3].date'
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

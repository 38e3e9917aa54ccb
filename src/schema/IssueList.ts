import type { DatasetIssue } from './DatasetIssue.js';

/** At most this many problems are listed one by one; the rest are counted (see {@link IssueList}). */
export const MAX_LISTED_ISSUES = 10_000;

/**
 * Where validation collects problems: the first {@link MAX_LISTED_ISSUES} are kept with their
 * paths, every later one is only counted, so a dataset broken wholesale (10^5 dangling ids, an
 * array of 10^7 bad items) costs memory for the first problems only and never overflows the
 * call stack (issues are appended one at a time, never spread into a call).
 *
 * @example
 * const list = new IssueList();
 * list.add(['events', 0, 'date'], 'bad date');
 * list.result() // => [{ path: ['events', 0, 'date'], message: 'bad date' }]
 */
export class IssueList {
  /** Every problem seen, listed or not. */
  count = 0;
  private readonly listed: DatasetIssue[] = [];

  /**
   * Records one problem.
   *
   * @param path - where it is, from the dataset root.
   * @param message - what is wrong and what is accepted.
   */
  add(path: readonly (string | number)[], message: string): void {
    if (this.hidden !== undefined && this.isHidden(path)) return;
    this.count++;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push({ path, message });
  }

  /**
   * Records `count` problems of one kind at consecutive indices (the holes of a sparse array),
   * listing as many as there is room for and counting the rest at once.
   *
   * @param from - the first index.
   * @param count - how many.
   * @param pathOf - the path of the problem at an index.
   * @param message - the message of each.
   */
  addRun(from: number, count: number, pathOf: (i: number) => (string | number)[], message: string): void {
    if (this.hidden !== undefined && this.isHidden(pathOf(from))) return;
    const listed = Math.min(count, MAX_LISTED_ISSUES - this.listed.length);
    for (let i = 0; i < listed; i++) this.listed.push({ path: pathOf(from + i), message });
    this.count += count;
  }

  private hidden: Set<string> | undefined;

  /**
   * Drops, until called again, every problem at or below one of `paths` (a value already
   * reported as unreadable, whose placeholder would otherwise be reported again as invalid).
   *
   * @param paths - the paths to hide, or `undefined` to hide nothing.
   */
  hideUnder(paths: readonly (readonly (string | number)[])[] | undefined): void {
    this.hidden = paths === undefined || paths.length === 0 ? undefined : new Set(paths.map((p) => JSON.stringify(p)));
  }

  private isHidden(path: readonly (string | number)[]): boolean {
    for (let k = 1; k <= path.length; k++) if (this.hidden!.has(JSON.stringify(path.slice(0, k)))) return true;
    return false;
  }

  /** Whether a further problem would only be counted, not listed (its message need not be built). */
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ISSUES;
  }

  /**
   * The problems to report: the listed ones, plus, when some were only counted, one last issue
   * at the root saying how many more there are.
   *
   * @returns the issues, in the order found.
   */
  result(): DatasetIssue[] {
    const more = this.count - this.listed.length;
    if (more === 0) return this.listed;
    const n = (x: number): string => x.toLocaleString('en-US');
    return this.listed.concat({
      path: [],
      unlisted: more,
      message: `… and ${n(more)} more problem${more === 1 ? '' : 's'} not listed (${n(this.count)} in all; only the first ${n(MAX_LISTED_ISSUES)} are listed: fix those and validate again)`,
    });
  }
}

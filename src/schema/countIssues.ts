import type { DatasetIssue } from './DatasetIssue.js';

/**
 * How many problems a list of issues stands for: one per issue, except the last issue of a list
 * cut short, which counts the problems that were found and not listed (its `unlisted`).
 *
 * @param issues - the issues of a failed validation.
 * @returns the number of problems found.
 * @example
 * countIssues([{ path: ['events', 0], message: 'bad' }, { path: [], message: '… and 5 more', unlisted: 5 }]) // => 6
 */
export function countIssues(issues: readonly DatasetIssue[]): number {
  let total = 0;
  for (const issue of issues) total += issue.unlisted ?? 1;
  return total;
}

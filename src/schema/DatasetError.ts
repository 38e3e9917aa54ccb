import { formatIssuePath, type DatasetIssue } from './DatasetIssue.js';

/**
 * Thrown by `parseDataset`: lists every problem found, each with its path.
 *
 * @example
 * try { parseDataset({}) } catch (e) { (e as DatasetError).issues.length > 0 } // => true
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  /** Every problem found, in dataset order. */
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const lines = issues.slice(0, 50).map((i) => `  - ${formatIssuePath(i.path)}: ${i.message}`);
    if (issues.length > 50) lines.push(`  … and ${issues.length - 50} more`);
    super(`invalid dataset: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

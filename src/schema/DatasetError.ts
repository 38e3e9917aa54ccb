import { brandedInstanceOf } from '../errors/brandedInstanceOf.js';
import { isBranded } from '../errors/isBranded.js';
import { countIssues } from './countIssues.js';
import { formatIssuePath, type DatasetIssue } from './DatasetIssue.js';

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('iraq-militias.DatasetError') as never;

/**
 * Thrown by `parseDataset`: lists every problem found, each with its path.
 *
 * @example
 * try { parseDataset({}) } catch (e) { (e as DatasetError).issues.length > 0 } // => true
 */
export class DatasetError extends Error {
  /**
   * True for a DatasetError from any copy of this package (its ESM and CJS builds are two copies
   * when both are loaded): checks the `Symbol.for('iraq-militias.DatasetError')` brand, not the prototype chain.
   *
   * @param value - anything, typically a caught error.
   * @returns whether it is a DatasetError, narrowed.
   * @example
   * try { … } catch (e) { if (DatasetError.is(e)) e.message }
   */
  static is(value: unknown): value is DatasetError {
    return isBranded(value, BRAND);
  }

  /** `instanceof` checks the brand too, so it holds across the ESM and CJS copies (see {@link DatasetError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandedInstanceOf(this, value, BRAND);
  }

  /** The brand {@link DatasetError.is} checks. */
  declare readonly [BRAND]: true;

  override readonly name = 'DatasetError';
  /** Every problem found, in dataset order. */
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const lines = issues.slice(0, 50).map((i) => `  - ${formatIssuePath(i.path)}: ${i.message}`);
    const total = countIssues(issues);
    if (issues.length > 50) lines.push(`  … and ${total - 50} more`);
    super(`invalid dataset: ${total} problem${total === 1 ? '' : 's'}\n${lines.join('\n')}`);
    Object.defineProperty(this, BRAND, { value: true });
    this.issues = issues;
  }
}

import { deepFreeze, type DeepReadonly } from '../dataset/deepFreeze.js';
import { checkReferences } from './checkReferences.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { Dataset } from './records.js';

/** The outcome of {@link safeParseDataset}. */
export type SafeParseDatasetResult =
  | { readonly success: true; readonly data: DeepReadonly<Dataset>; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly DatasetIssue[] };

/**
 * Validates a dataset without throwing: its shape (unknown keys rejected) and then every
 * cross-record rule (unique ids, resolvable references, existing paragraphs). Reports all
 * problems at once. The data it returns is a fresh deep-frozen copy; keys such as
 * `__proto__` are rejected as unknown keys and never reach a prototype.
 *
 * @param input - anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * safeParseDataset({ schemaVersion: '1.0.0' }).success // => false
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  let shaped;
  try {
    shaped = Dataset.safeParse(input);
  } catch (error) {
    return { success: false, issues: [{ path: [], message: `could not be read: ${(error as Error).message}` }] };
  }
  if (!shaped.success) {
    const issues = shaped.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    }));
    return { success: false, issues };
  }
  const issues = checkReferences(shaped.data);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: deepFreeze(shaped.data), issues: [] };
}

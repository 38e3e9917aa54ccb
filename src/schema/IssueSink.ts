/**
 * Where a record rule reports a problem: zod's refinement context fits, and so does the
 * collector `safeParseDataset` uses to run the same rules on a record whose shape failed.
 */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; path?: (string | number)[]; message: string }): void;
}

/**
 * Which fields of a record a rule may read: `true` when the field is valid (or absent and
 * optional). A rule skips a check that needs a field this rejects, so one bad field never hides
 * the record's other problems, nor reports a false one.
 */
export type UsableField<T> = (field: keyof T & string) => boolean;

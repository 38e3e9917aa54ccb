/**
 * iraq-militias/diff — a semantic diff of two datasets of the package's shape: records added,
 * removed, renamed and changed, field by field, and the semver bump the change needs. Zod-free.
 *
 * @packageDocumentation
 */
export { diffDatasets } from './diffDatasets.js';
export { fieldBump } from './fieldBump.js';
export { formatDataChanges } from './formatDataChanges.js';
export { DIFF_KINDS } from './types.js';
export type {
  Bump,
  BumpReason,
  DatasetDiff,
  DiffableDataset,
  DiffKind,
  DiffOptions,
  DiffValue,
  FieldChange,
  FieldPath,
  KindCounts,
  RecordChange,
  RecordRef,
  RecordRename,
} from './types.js';

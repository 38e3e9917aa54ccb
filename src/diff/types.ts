/**
 * The record kinds of a dataset, in the order every diff lists them.
 *
 * @example
 * DIFF_KINDS[1] // => 'entities'
 */
export const DIFF_KINDS = Object.freeze(['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const);

/** One of {@link DIFF_KINDS}: a dataset's array of records. */
export type DiffKind = (typeof DIFF_KINDS)[number];

/** A semver bump: what a release must at least declare; `none` when nothing changed. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** A JSON value as found in a dataset (records are plain JSON). */
export type DiffValue = string | number | boolean | null | readonly DiffValue[] | { readonly [key: string]: DiffValue };

/** A path into a record: keys and array indexes, e.g. `['participants', 0, 'role']`. */
export type FieldPath = readonly (string | number)[];

/** Any dataset of the package's shape, validated or not: each kind an array of records with an `id`. */
export type DiffableDataset = { readonly schemaVersion: string } & {
  readonly [K in DiffKind]: readonly { readonly id: string }[];
};

/** One field that differs between the old and the new version of a record. */
export interface FieldChange {
  /** Where, from the record: `['participants', 0, 'role']`. */
  readonly path: FieldPath;
  /** The same path as text: `participants[0].role`. */
  readonly field: string;
  /** The old value; absent when the field was added. */
  readonly old?: DiffValue;
  /** The new value; absent when the field was removed. */
  readonly new?: DiffValue;
  /** The least release this change needs (see the README's "Versioning"). */
  readonly bump: Exclude<Bump, 'none'>;
}

/** A record by kind and id. */
export interface RecordRef {
  readonly kind: DiffKind;
  readonly id: string;
}

/** A record present in both datasets (under the same id, or renamed) whose fields differ. */
export interface RecordChange extends RecordRef {
  /** The id in the old dataset when the record was renamed (given in `renames`). */
  readonly renamedFrom?: string;
  /** Every field that differs, ordered by path. */
  readonly changes: readonly FieldChange[];
  /** The largest bump of its changes (`major` for a rename). */
  readonly bump: Exclude<Bump, 'none'>;
}

/** A rename given in `renames` and found: the old id in the old dataset, the new one in the new. */
export interface RecordRename {
  readonly kind: DiffKind;
  readonly from: string;
  readonly to: string;
}

/** How many records of one kind were added, removed, renamed and changed. */
export interface KindCounts {
  readonly added: number;
  readonly removed: number;
  readonly renamed: number;
  readonly changed: number;
  readonly unchanged: number;
}

/** Why a diff needs its bump: one line per kind of reason, most severe first. */
export interface BumpReason {
  readonly bump: Exclude<Bump, 'none'>;
  readonly reason: string;
}

/** The result of `diffDatasets(old, new)`: deep-frozen, every list in a fixed order (kind, then id, then path). */
export interface DatasetDiff {
  /** The two `schemaVersion`s when they differ, else `null`. */
  readonly schemaVersion: { readonly old: string; readonly new: string } | null;
  /** Records only in the new dataset (and not the target of a rename). */
  readonly added: readonly RecordRef[];
  /** Records only in the old dataset (and not the source of a rename). */
  readonly removed: readonly RecordRef[];
  /** Renames from the `renames` option that apply (old id in the old dataset, new id in the new one). */
  readonly renamed: readonly RecordRename[];
  /** Records in both whose fields differ, and every renamed record (under its new id). */
  readonly changed: readonly RecordChange[];
  /** Counts per kind. */
  readonly counts: { readonly [K in DiffKind]: KindCounts };
  /** The least semver bump a release carrying this change needs. */
  readonly bump: Bump;
  /** What makes it that bump, most severe first. */
  readonly reasons: readonly BumpReason[];
}

/** Options of `diffDatasets`. */
export interface DiffOptions {
  /**
   * Ids renamed from the old dataset to the new one, `{ oldId: newId }`. A pair applies to every
   * kind whose old records hold `oldId` and whose new records hold `newId`; the record is then
   * compared with its new self, and a reference that changed only by the rename is no change.
   * Without it a rename is a removal plus an addition.
   */
  readonly renames?: Readonly<Record<string, string>>;
}

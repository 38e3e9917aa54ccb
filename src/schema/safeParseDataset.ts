import { z } from 'zod';
import { deepFreeze, type DeepReadonly } from '../dataset/deepFreeze.js';
import { checkContradictions } from './checkContradictions.js';
import { checkEntity } from './checkEntity.js';
import { checkEvent } from './checkEvent.js';
import { checkEventLink } from './checkEventLink.js';
import { checkReferences } from './checkReferences.js';
import { checkRelationship } from './checkRelationship.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { parseRecord } from './parseRecord.js';
import { Dataset, EntityShape, EventLinkShape, EventShape, RelationshipShape, Source } from './records.js';
import type { ValidParts } from './ValidParts.js';

/** The outcome of {@link safeParseDataset}. */
export type SafeParseDatasetResult =
  | { readonly success: true; readonly data: DeepReadonly<Dataset>; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly DatasetIssue[] };

/** The dataset's own level: its keys and the version; the records are checked one by one. */
const Top = Dataset.extend({
  sources: z.array(z.unknown()),
  entities: z.array(z.unknown()),
  events: z.array(z.unknown()),
  relationships: z.array(z.unknown()),
  eventLinks: z.array(z.unknown()),
});

const RECORDS = {
  sources: [Source, () => {}],
  entities: [EntityShape, checkEntity],
  events: [EventShape, checkEvent],
  relationships: [RelationshipShape, checkRelationship],
  eventLinks: [EventLinkShape, checkEventLink],
} as const;

/**
 * Validates a dataset without throwing and reports every problem in one pass, each with its
 * path: the shape of every record (unknown keys rejected), the rules within each record (run on
 * the fields that are valid even when others are not: a conditional event without its condition
 * is reported next to its misspelt type), and the rules across records, on the valid parts of
 * all records — unique ids, resolvable references ("closest" ids suggested), existing paragraphs,
 * and no contradictions (membership or `within` cycles, event links in a cycle or against the
 * events' dates, relationship ends of the wrong kind, a relationship repeated under another id).
 * A `schemaVersion` of another major version than this package's is refused. Linear in the size
 * of the dataset. The data it returns is a fresh deep-frozen copy; keys such as `__proto__` are
 * rejected as unknown keys and never reach a prototype.
 *
 * @param input - anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * safeParseDataset({ schemaVersion: '1.0.0' }).success // => false
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  const issues: DatasetIssue[] = [];
  const parts: Record<string, Partial<object>[]> = {};
  try {
    const top = Top.safeParse(input);
    if (!top.success) {
      for (const issue of top.error.issues) {
        issues.push({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message });
      }
    }
    const given = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
    for (const [kind, [shape, check]] of Object.entries(RECORDS)) {
      const records = Object.prototype.hasOwnProperty.call(given, kind) ? given[kind] : undefined;
      const valid: Partial<object>[] = [];
      if (Array.isArray(records)) {
        valid.length = records.length;
        records.forEach((raw, i) => {
          const part = parseRecord(shape, check as (r: object) => void, raw, [kind, i], issues);
          if (part !== undefined) valid[i] = part;
        });
      }
      parts[kind] = valid;
    }
  } catch (error) {
    // A getter or proxy that throws, a cyclic structure …: nothing more can be read safely.
    return { success: false, issues: [...issues, { path: [], message: `could not be read: ${(error as Error).message}` }] };
  }
  const valid = parts as unknown as ValidParts;
  issues.push(...checkReferences(valid), ...checkContradictions(valid));
  if (issues.length > 0) return { success: false, issues };
  // No issue at all: every record parsed whole, so `parts` is the dataset.
  const { schemaVersion } = input as { schemaVersion: string };
  return { success: true, data: deepFreeze({ schemaVersion, ...(valid as Omit<Dataset, 'schemaVersion'>) }), issues: [] };
}

import { z } from 'zod';
import { parseEdtf } from '../dates/parseEdtf.js';
import { CERTAINTIES } from '../vocab/provenance.js';
import { checkEstimateOrder } from './checkEstimateOrder.js';
import type { Estimate as ShapesEstimate, Evidence as ShapesEvidence, Quantity as ShapesQuantity } from './shapes.js';

// The types of Evidence, Estimate and Quantity are written out in ./shapes.ts (zod-free); tests/schema/shapes.test-d.ts
// proves each identical to its schema's output type.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable kebab-case id: lowercase ASCII letters and digits in words joined by single hyphens. */
export const Slug = z
  .string()
  .regex(SLUG, { error: 'must be a kebab-case slug: lowercase letters and digits joined by single hyphens' });
export type Slug = z.infer<typeof Slug>;

/** `stated`, `inferred` or `external` (see {@link CERTAINTIES}). */
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof Certainty>;

/**
 * The claims of a record a citation can be limited to (see {@link Evidence}): `date` — the
 * paragraph gives the date (or a date bound) the record's date rests on; `location` — it gives the
 * record's place.
 *
 * @example
 * EVIDENCE_CLAIMS[0] // => 'date'
 */
export const EVIDENCE_CLAIMS = /* @__PURE__ */ Object.freeze(['date', 'location'] as const);

/**
 * Where a fact is stated: a source id and the 1-based paragraph numbers (headline = 1). Without
 * `claim` the paragraphs support the record as a whole (they name what it speaks of); with `claim`
 * they support only that claim, e.g. `{ source, paragraphs: [24], claim: 'date' }` for a paragraph
 * that gives the date a record's date bound is taken from but does not name the record's subject.
 */
export const Evidence = z
  .strictObject({
    source: Slug,
    paragraphs: z.array(z.int().positive()).min(1, { error: 'must cite at least one paragraph' }),
    /** The one claim these paragraphs support (absent = the whole record): one of `EVIDENCE_CLAIMS`. */
    claim: z.enum(EVIDENCE_CLAIMS, { error: `must be one of ${EVIDENCE_CLAIMS.map((c) => `'${c}'`).join(', ')} (or absent for the whole record)` }).optional(),
  })
  .superRefine((ev, ctx) => {
    if (new Set(ev.paragraphs).size !== ev.paragraphs.length) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'cites a paragraph twice' });
    }
  });
export type Evidence = ShapesEvidence;

/** An EDTF date or interval of the subset {@link parseEdtf} accepts, checked by parsing it. */
export const EdtfDate = z.string().superRefine((value, ctx) => {
  try {
    parseEdtf(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
export type EdtfDate = z.infer<typeof EdtfDate>;

/** A count: a whole number, never negative; `null` when unknown. */
const count = z.int({ error: 'must be a whole number (a count), or null when unknown' }).nonnegative().nullable();

/**
 * A number as an estimate: `low` / `best` / `high` (UCDP GED style), each `null` when the source
 * gives none (never 0 for unknown), and `text`, the source's own few words ("nearly 200", "scores").
 */
export const Estimate = z
  .strictObject({
    low: count,
    best: count,
    high: count,
    text: z.string().min(1).optional(),
    /** Whether the report gives this number itself (absent = `stated`); see `checkClaimCertainty`. */
    certainty: Certainty.optional(),
    /** How an inferred number follows from the report, or where an external one comes from. */
    note: z.string().min(1).optional(),
  })
  .superRefine(checkEstimateOrder);
export type Estimate = ShapesEstimate;

/** An {@link Estimate} of a count of something, with its unit ("attacks", "troops", "missiles"). */
export const Quantity = z
  .strictObject({
    low: count,
    best: count,
    high: count,
    text: z.string().min(1).optional(),
    unit: z.string().min(1),
    /** Whether the report gives this number itself (absent = `stated`); see `checkClaimCertainty`. */
    certainty: Certainty.optional(),
    /** How an inferred number follows from the report, or where an external one comes from. */
    note: z.string().min(1).optional(),
  })
  .superRefine(checkEstimateOrder);
export type Quantity = ShapesQuantity;

/** Fields every entity, event, relationship and event link carries. */
export const recordBase = {
  id: Slug,
  evidence: z.array(Evidence).min(1, { error: 'must cite at least one source paragraph' }),
  certainty: Certainty,
  /** How an inferred fact follows from the report, or where an external one comes from. */
  note: z.string().min(1).optional(),
} as const;


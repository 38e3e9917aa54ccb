import { MODALITY_LIST, TYPE_LIST } from './frozenVocab.js';

const ACTUAL = MODALITY_LIST.indexOf('actual');
const THREATENED = MODALITY_LIST.indexOf('threatened');
const CONDITIONAL = MODALITY_LIST.indexOf('conditional');
const THREAT = TYPE_LIST.indexOf('threat');

/**
 * `happened` (src/dataset/happened.ts) on the index's codes: modality `actual`, or a `threat`
 * that was `threatened` or `conditional`.
 *
 * @param typeCode - the event's type code (index into `EVENT_TYPES`).
 * @param modalityCode - its modality code (index into `MODALITIES`).
 * @returns whether the event counts as having happened.
 */
export function happenedCode(typeCode: number, modalityCode: number): boolean {
  return modalityCode === ACTUAL || (typeCode === THREAT && (modalityCode === THREATENED || modalityCode === CONDITIONAL));
}

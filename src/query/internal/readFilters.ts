import { PREDICATE_INFO } from '../../vocab/relationships.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import type { IndexData } from './IndexData.js';
import type { EventQuery } from './EventQuery.js';
import { entityPosition } from './entityPosition.js';
import { MODALITY_LIST, ROLE_LIST, TYPE_LIST } from './frozenVocab.js';
import { optionChoice } from './optionChoice.js';
import { placePosition } from './placePosition.js';
import { predicateMask } from './predicateMask.js';
import { resolveWindow } from './resolveWindow.js';
import { vocabCodes } from './vocabCodes.js';

/** A role bit no role uses: an empty `roles` list keeps nothing. */
const NO_ROLE = 1 << 15;
const MEMBERSHIP = predicateMask((p) => PREDICATE_INFO[p].membership);

/** An own property or `undefined`: nothing inherited is ever read. */
const own = (o: Readonly<Record<string, unknown>>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * Validates and resolves event filters (already checked for unknown names by `checkOptions`).
 *
 * `modality` absent means **what happened** (see `happened`): `actual` events and the threats
 * that were made; `'any'` keeps every modality; one or several modalities keep exactly those.
 *
 * @param ix - the index.
 * @param fn - the helper's name, for errors.
 * @param o - the filters: `actor`, `roles`, `includeMembers`, `from`, `to`, `mode`, `type`, `place`, `modality`.
 * @returns the resolved query.
 * @throws {UnknownIdError} for an unknown actor or place.
 * @throws {DateFormatError} for an unparseable `from` / `to`.
 * @throws {ArgumentRangeError} when `from` is after `to`, a value is outside a vocabulary, or the place is not a place.
 * @throws {ArgumentTypeError} for a value of the wrong type, or `roles` / `includeMembers` without an actor.
 */
export function readFilters(ix: IndexData, fn: string, o: Readonly<Record<string, unknown>>): EventQuery {
  const actorArg = own(o, 'actor');
  const actor = actorArg === undefined ? null : entityPosition(ix, actorArg, `${fn}: actor`);
  const roles = vocabCodes(fn, 'roles', own(o, 'roles'), ROLE_LIST);
  const includeMembers = optionChoice(fn, 'includeMembers', own(o, 'includeMembers'), [true, false], false);
  if (actor === null && (roles !== null || own(o, 'includeMembers') !== undefined)) {
    throw new ArgumentTypeError(`${fn}: options`, o, '', `${fn}: options 'roles' and 'includeMembers' apply to an actor; give 'actor' too`);
  }
  const [w0, w1] = resolveWindow(fn, own(o, 'from'), own(o, 'to'));
  const mode = optionChoice(fn, 'mode', own(o, 'mode'), ['overlap', 'within'], 'overlap');
  const placeArg = own(o, 'place');
  const modality = own(o, 'modality');
  return {
    actor,
    roleMask: roles === null ? 0 : roles.length === 0 ? NO_ROLE : roles.reduce((m, c) => m | (1 << c), 0),
    expand: includeMembers ? MEMBERSHIP : null,
    w0,
    w1,
    within: mode === 'within',
    types: vocabCodes(fn, 'type', own(o, 'type'), TYPE_LIST),
    place: placeArg === undefined ? null : placePosition(ix, placeArg, `${fn}: place`),
    modalities: modality === 'any' ? null : vocabCodes(fn, 'modality', modality, MODALITY_LIST, ", or 'any' (every modality); absent: what happened"),
    happenedOnly: modality === undefined,
  };
}

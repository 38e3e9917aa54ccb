import { EVENT_TYPES, MODALITIES, ROLES } from '../../vocab/events.js';
import { PREDICATE_INFO } from '../../vocab/relationships.js';
import type { IndexData } from './IndexData.js';
import type { EventQuery } from './EventQuery.js';
import { entityPosition } from './entityPosition.js';
import { optionChoice } from './optionChoice.js';
import { predicateMask } from './predicateMask.js';
import { resolveWindow } from './resolveWindow.js';
import { vocabCodes } from './vocabCodes.js';

/** A role bit no role uses: an empty `roles` list keeps nothing. */
const NO_ROLE = 1 << 15;
const MEMBERSHIP = predicateMask((p) => PREDICATE_INFO[p].membership);

/**
 * Validates and resolves event filters (already checked for unknown names by `checkOptions`).
 *
 * @param ix - the index.
 * @param fn - the helper's name, for errors.
 * @param o - the filters: `actor`, `roles`, `includeMembers`, `from`, `to`, `mode`, `type`, `place`, `modality`.
 * @returns the resolved query.
 * @throws {UnknownIdError} for an unknown actor or place.
 * @throws {DateFormatError} for an unparseable `from` / `to`.
 * @throws {RangeError} when `from` is after `to`, or for a value outside a vocabulary.
 * @throws {TypeError} for a value of the wrong type, or `roles` / `includeMembers` without an actor.
 */
export function readFilters(ix: IndexData, fn: string, o: Readonly<Record<string, unknown>>): EventQuery {
  const actor = o['actor'] === undefined ? null : entityPosition(ix, o['actor'], `${fn}: actor`);
  const roles = vocabCodes(fn, 'roles', o['roles'], ROLES);
  const includeMembers = optionChoice(fn, 'includeMembers', o['includeMembers'], [true, false], false);
  if (actor === null && (roles !== null || o['includeMembers'] !== undefined)) {
    throw new TypeError(`${fn}: options 'roles' and 'includeMembers' apply to an actor; give 'actor' too`);
  }
  const [w0, w1] = resolveWindow(fn, o['from'], o['to']);
  const mode = optionChoice(fn, 'mode', o['mode'], ['overlap', 'within'], 'overlap');
  return {
    actor,
    roleMask: roles === null ? 0 : roles.length === 0 ? NO_ROLE : roles.reduce((m, c) => m | (1 << c), 0),
    expand: includeMembers ? MEMBERSHIP : null,
    w0,
    w1,
    within: mode === 'within',
    types: vocabCodes(fn, 'type', o['type'], EVENT_TYPES),
    place: o['place'] === undefined ? null : entityPosition(ix, o['place'], `${fn}: place`),
    modalities: vocabCodes(fn, 'modality', o['modality'], MODALITIES),
  };
}

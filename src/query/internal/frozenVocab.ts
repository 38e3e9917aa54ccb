import { CAUSAL_LINK_TYPES, EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES } from '../../vocab/events.js';
import { PREDICATE_INFO, PREDICATES } from '../../vocab/relationships.js';

// Private, frozen copies of the vocabularies, taken when the module loads: whatever a caller
// does to the exported constants afterwards, the query helpers' answers do not change.

/** `EVENT_TYPES`, frozen. */
export const TYPE_LIST: readonly string[] = Object.freeze([...EVENT_TYPES]);
/** `MODALITIES`, frozen. */
export const MODALITY_LIST: readonly string[] = Object.freeze([...MODALITIES]);
/** `ROLES`, frozen. */
export const ROLE_LIST: readonly string[] = Object.freeze([...ROLES]);
/** `EVENT_LINK_TYPES`, frozen. */
export const LINK_TYPE_LIST: readonly string[] = Object.freeze([...EVENT_LINK_TYPES]);
/** Codes (indices into `LINK_TYPE_LIST`) of `CAUSAL_LINK_TYPES`. */
export const CAUSAL_LINK_CODES: readonly number[] = Object.freeze(CAUSAL_LINK_TYPES.map((t) => LINK_TYPE_LIST.indexOf(t)));
/** Per predicate code: the name read from the object's side (the predicate itself when symmetric). */
export const INVERSE_NAMES: readonly string[] = Object.freeze(PREDICATES.map((p) => PREDICATE_INFO[p].inverse as string));

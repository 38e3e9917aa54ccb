import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import type { Role } from '../vocab/events.js';
import type { EventRecord } from '../schema/types.js';
import { describeThrown } from '../errors/describeThrown.js';

type Participant = EventRecord['participants'][number];

/**
 * Roles that make a participant the event's first actor, best first (ACLED's `actor1`).
 *
 * @example
 * ACTOR1_ROLES[0] // => 'perpetrator'
 */
export const ACTOR1_ROLES: readonly Role[] = /* @__PURE__ */ Object.freeze(['perpetrator', 'claimant', 'speaker', 'subject', 'negotiating-party', 'participant']);
/**
 * Roles that make a participant the event's second actor, best first (ACLED's `actor2`).
 *
 * @example
 * ACTOR2_ROLES[0] // => 'target'
 */
export const ACTOR2_ROLES: readonly Role[] = /* @__PURE__ */ Object.freeze(['target', 'victim', 'addressee', 'joined', 'negotiating-party', 'participant']);

/** A participant as read once: its entity and role, and the record itself (what is returned). */
type Read = { readonly entity: string; readonly role: string; readonly record: Participant };

function pick(participants: readonly Read[], roles: readonly Role[], not: Read | null): Read | null {
  for (const role of roles) {
    const found = participants.find((p) => p.role === role && p !== not && p.entity !== not?.entity);
    if (found !== undefined) return found;
  }
  return null;
}

const reason = describeThrown;

/** Reads the participants once (each entity and role once), naming any that is not one, or a getter that throws. */
function readParticipants(event: object): Read[] {
  let where = 'mainActors: event.participants';
  try {
    const list: unknown = (event as { participants?: unknown }).participants;
    if (!isArraySafe(list)) throw new ArgumentTypeError(where, list, 'an array of participants ({ entity, role })');
    const items = list as readonly unknown[];
    const n = items.length;
    const out: Read[] = [];
    for (let i = 0; i < n; i++) {
      where = `mainActors: event.participants[${i}]`;
      const p = items[i];
      if (typeof p !== 'object' || p === null) throw new ArgumentTypeError(where, p, 'a participant ({ entity, role })');
      const entity: unknown = (p as Participant).entity;
      const role: unknown = (p as Participant).role;
      if (typeof entity !== 'string') throw new ArgumentTypeError(`${where}.entity`, entity, 'an entity id (a string)');
      if (typeof role !== 'string') throw new ArgumentTypeError(`${where}.role`, role, 'a role (a string)');
      out.push({ entity, role, record: p as Participant });
    }
    return out;
  } catch (error) {
    if (ArgumentTypeError.is(error)) throw error;
    const e = new ArgumentTypeError(where, undefined, 'data that can be read', `${where}: could not be read (reading it threw ${reason(error)}); accepted: a plain event record`);
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
}

/**
 * The event's two main actors, ACLED style: `actor1` is the first perpetrator (else claimant,
 * speaker, subject, negotiating party, participant); `actor2` is the first target (else victim,
 * addressee, joined organisation, other negotiating party, participant), never the same entity.
 *
 * @param event - an event record.
 * @returns the two participants, each `null` when the event has none in those roles.
 * @throws {TypeError} when given anything but an event record (an id, say); an `ArgumentTypeError`
 *   naming the participant when one is not `{ entity, role }` or cannot be read.
 * @example
 * mainActors(getEvent('tower-22-drone-attack')).actor1?.entity // => 'islamic-resistance-in-iraq'
 */
export function mainActors(event: EventRecord): { readonly actor1: Participant | null; readonly actor2: Participant | null } {
  if (event === null || typeof event !== 'object') {
    throw new ArgumentTypeError(
      'mainActors: event',
      event,
      '',
      `mainActors: takes an event record (an object with participants), got ${typeof event === 'string' ? `the string '${(event as string).slice(0, 60)}' (pass getEvent(id))` : event === null ? 'null' : typeof event}`,
    );
  }
  const participants = readParticipants(event);
  const actor1 = pick(participants, ACTOR1_ROLES, null);
  const actor2 = pick(participants, ACTOR2_ROLES, actor1);
  return { actor1: actor1?.record ?? null, actor2: actor2?.record ?? null };
}

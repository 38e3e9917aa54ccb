import type { Role } from '../vocab/events.js';
import type { EventRecord } from '../schema/types.js';

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

function pick(participants: EventRecord['participants'], roles: readonly Role[], not: Participant | null): Participant | null {
  for (const role of roles) {
    const found = participants.find((p) => p.role === role && p !== not && p.entity !== not?.entity);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The event's two main actors, ACLED style: `actor1` is the first perpetrator (else claimant,
 * speaker, subject, negotiating party, participant); `actor2` is the first target (else victim,
 * addressee, joined organisation, other negotiating party, participant), never the same entity.
 *
 * @param event - an event record.
 * @returns the two participants, each `null` when the event has none in those roles.
 * @throws {TypeError} when given anything but an event record (an id, say).
 * @example
 * mainActors(getEvent('tower-22-drone-attack')).actor1?.entity // => 'islamic-resistance-in-iraq'
 */
export function mainActors(event: EventRecord): { readonly actor1: Participant | null; readonly actor2: Participant | null } {
  if (event === null || typeof event !== 'object' || !Array.isArray((event as { participants?: unknown }).participants)) {
    throw new TypeError(
      `mainActors: takes an event record (an object with participants), got ${typeof event === 'string' ? `the string '${(event as string).slice(0, 60)}' (pass getEvent(id))` : event === null ? 'null' : typeof event}`,
    );
  }
  const actor1 = pick(event.participants, ACTOR1_ROLES, null);
  const actor2 = pick(event.participants, ACTOR2_ROLES, actor1);
  return { actor1, actor2 };
}

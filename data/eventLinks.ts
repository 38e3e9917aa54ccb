import type { EventLinkRecord } from '../src/schema/types.js';

/** Event-to-event links: `from` is a retaliation for / follows / is part of `to`. */
export const eventLinks = [] as const satisfies readonly EventLinkRecord[];

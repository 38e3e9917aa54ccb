import { SCHEMA_VERSION } from '../src/vocab/provenance.js';
import { entities } from './entities.js';
import { eventLinks } from './eventLinks.js';
import { events } from './events.js';
import { relationships } from './relationships.js';
import { sources } from './sources.js';

/** The report's records as one dataset literal (not yet frozen; the main entry freezes it). */
export const rawDataset = {
  schemaVersion: SCHEMA_VERSION,
  sources,
  entities,
  events,
  relationships,
  eventLinks,
} as const;

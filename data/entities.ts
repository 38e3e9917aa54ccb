import type { EntityRecord } from '../src/schema/types.js';

const SRC = 'the-national-2024-06-09';

/** Every entity the report names. */
export const entities = [
  {
    id: 'kataib-hezbollah',
    kind: 'organization',
    subtype: 'armed-group',
    name: 'Kataib Hezbollah',
    aliases: ["Kata'ib Hizballah", 'Kataib Hizbullah', 'Hezbollah Brigades', 'KH'],
    description: 'An Iraqi Shiite militia backed by Iran and counted among its most violent and best-armed proxies in Iraq.',
    evidence: [{ source: SRC, paragraphs: [13, 14, 20] }],
    certainty: 'stated',
  },
  {
    id: 'iraq',
    kind: 'state',
    name: 'Iraq',
    aliases: ['Republic of Iraq'],
    description: 'The state where the militias operate and where US-led coalition troops are based.',
    iso: { alpha2: 'IQ', alpha3: 'IRQ', certainty: 'external', source: 'ISO 3166-1' },
    coordinates: { lat: 33.22, lon: 43.68, precision: 'country', certainty: 'external', source: 'approximate country centroid (Natural Earth)' },
    evidence: [{ source: SRC, paragraphs: [1, 5] }],
    certainty: 'stated',
  },
] as const satisfies readonly EntityRecord[];

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A Date argument stands for its UTC calendar day, whatever the machine's time zone. Each zone
// runs in its own node process (the zone is read when the process starts).
const ENTRY = resolve(import.meta.dirname, '../../src/index.ts');
const ZONES = ['UTC', 'Asia/Baghdad', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

const SCRIPT = `
import { between, relationsOf, membersOf } from ${JSON.stringify(ENTRY)};
const ids = (xs) => xs.map((x) => x.id);
const within = { mode: 'within' };
const local = new Date(2024, 3, 13); // local midnight, April 13 where the process runs
const localDay = local.toISOString().slice(0, 10);
console.log(JSON.stringify({
  offsetMinutes: local.getTimezoneOffset(),
  utcBuilt: ids(between(new Date(Date.UTC(2024, 3, 13)), new Date(Date.UTC(2024, 3, 13)), within)),
  isoParsed: ids(between(new Date('2024-04-13'), new Date('2024-04-13'), within)),
  lateInDay: ids(between(new Date('2024-04-13T23:59:59Z'), new Date('2024-04-13T00:00:00Z'), within)),
  string: ids(between('2024-04-13', '2024-04-13', within)),
  asOf: relationsOf('islamic-resistance-in-iraq', { asOf: new Date(Date.UTC(2023, 9, 7)) }).map((r) => r.relationship.id),
  members: membersOf('islamic-resistance-in-iraq', { asOf: new Date(Date.UTC(2020, 0, 1)) }).map((m) => m.entity.id),
  localDay,
  local: ids(between(local, local, within)),
  localAsItsUtcDay: ids(between(localDay, localDay, within)),
}));
`;

function run(zone: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`TZ=${zone}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('a Date stands for its UTC day, in every time zone', () => {
  const results = Object.fromEntries(ZONES.map((z) => [z, run(z)]));

  it('runs in really different zones', () => {
    expect(new Set(ZONES.map((z) => results[z]!['offsetMinutes'])).size).toBe(ZONES.length);
  });

  it('gives the same answers for dates built in UTC, everywhere', () => {
    const keys = ['utcBuilt', 'isoParsed', 'lateInDay', 'string', 'asOf', 'members'] as const;
    for (const z of ZONES) for (const k of keys) expect(results[z]![k], `${z} ${k}`).toEqual(results.UTC![k]);
    expect(results.UTC!['utcBuilt']).toEqual(['iran-attack-on-israel-2024-04-13']);
    expect(results.UTC!['isoParsed']).toEqual(results.UTC!['string']);
  });

  it('reads a local-midnight Date as the UTC day it falls on: April 12 in Baghdad and Kiritimati, April 13 in Los Angeles', () => {
    for (const z of ZONES) expect(results[z]!['local'], z).toEqual(results[z]!['localAsItsUtcDay']);
    expect(results['Asia/Baghdad']!['localDay']).toBe('2024-04-12');
    expect(results['Asia/Baghdad']!['local']).toEqual([]);
    expect(results['Pacific/Kiritimati']!['localDay']).toBe('2024-04-12');
    expect(results['America/Los_Angeles']!['localDay']).toBe('2024-04-13');
    expect(results['America/Los_Angeles']!['local']).toEqual(['iran-attack-on-israel-2024-04-13']);
  });
});

import { describe, expect, it } from 'vitest';
import { toACLED } from '../../src/export/toACLED.js';
import { toACLEDRows } from '../../src/export/toACLEDRows.js';
import { toPLOVER } from '../../src/export/toPLOVER.js';
import { toUCDPGED } from '../../src/export/toUCDPGED.js';
import { toUCDPGEDRows } from '../../src/export/toUCDPGEDRows.js';
import { run } from './runCliHarness.js';

describe('export --format acled|ucdp-ged|plover', () => {
  it('prints the same text as the export functions, exit 0', async () => {
    const acled = await run(['export', '--format', 'acled']);
    expect([acled.code, acled.stdout]).toEqual([0, toACLED()]);
    const ged = await run(['export', '--format', 'ucdp-ged']);
    expect([ged.code, ged.stdout]).toEqual([0, toUCDPGED()]);
    const plover = await run(['export', '--format', 'plover']);
    expect([plover.code, plover.stdout]).toEqual([0, toPLOVER()]);
  });

  it('says on stderr how many events were left out, by reason', async () => {
    const { stderr } = await run(['export', '--format', 'acled']);
    const omitted = toACLEDRows().omitted;
    expect(stderr).toMatch(new RegExp(`^export: ${omitted.length} events left out of --format acled \\(`));
    const notActual = omitted.filter((o) => o.reason === 'not-actual').length;
    expect(stderr).toContain(`${notActual} not-actual`);
    expect((await run(['export', '--format', 'ucdp-ged'])).stderr).toContain(`export: ${toUCDPGEDRows().omitted.length} events left out of --format ucdp-ged`);
  });

  it('lists the formats in its usage error', async () => {
    const r = await run(['export', '--format', 'acledd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/acled, ucdp-ged, plover/);
  });
});

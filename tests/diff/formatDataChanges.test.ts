import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { formatDataChanges } from '../../src/diff/formatDataChanges.js';

describe('formatDataChanges', () => {
  it('says so when nothing changed', () => {
    expect(formatDataChanges(diffDatasets(dataset, dataset))).toBe('### Data changes\n\nNo data changes.\n');
  });

  it('lists counts per kind and the ids, grouped, with the fields that changed and the bump', () => {
    const next = JSON.parse(JSON.stringify(dataset));
    const [major, minor] = dataset.schemaVersion.split('.').map(Number) as [number, number];
    next.schemaVersion = `${major}.${minor + 1}.0`;
    next.entities = next.entities.filter((e: { id: string }) => e.id !== 'saddam-hussein');
    next.events.find((e: { id: string }) => e.id === 'tower-22-drone-attack').date = '2024-01-28';
    next.events.push({ ...next.events[0], id: 'a-new-event' });
    next.relationships = next.relationships.map((r: { id: string }) => (r.id === dataset.relationships[0].id ? { ...r, id: 'renamed-rel' } : r));
    const md = formatDataChanges(diffDatasets(dataset, next, { renames: { [dataset.relationships[0].id]: 'renamed-rel' } }), '#### Data');
    expect(md.startsWith(`#### Data\n\nSchema version \`${dataset.schemaVersion}\` → \`${next.schemaVersion}\`.\n`)).toBe(true);
    expect(md).toContain(`| entities | 0 | 1 | 0 | 0 | ${dataset.entities.length - 1} |`);
    expect(md).toContain(`| events | 1 | 0 | 0 | 1 | ${dataset.events.length - 1} |`);
    expect(md).toContain('**Removed**\n\n- entities: `saddam-hussein`\n');
    expect(md).toContain(`**Renamed**\n\n- relationships: \`${dataset.relationships[0].id}\` → \`renamed-rel\`\n`);
    expect(md).toContain('**Added**\n\n- events: `a-new-event`\n');
    expect(md).toContain('**Changed**\n\n- events: `tower-22-drone-attack` (date)\n');
    expect(md.endsWith('Least release these changes need: **major**.\n')).toBe(true);
  });

  it('writes ids, field names and versions so that nothing in them breaks the Markdown (backticks, line breaks, escapes)', () => {
    const base = JSON.parse(JSON.stringify(dataset));
    const next = JSON.parse(JSON.stringify(dataset));
    next.schemaVersion = '1.9.0\n# forged';
    next.events.push({ ...next.events[0], id: 'x`y\n\n## forged heading' });
    next.events.push({ ...next.events[0], id: '`edge`' });
    const md = formatDataChanges(diffDatasets(base, next));
    expect(md).not.toMatch(/\n#+ forged/);
    expect(md).toContain('Schema version `' + base.schemaVersion + '` → `1.9.0\\u{a}# forged`.');
    expect(md).toContain('``x`y\\u{a}\\u{a}## forged heading``');
    expect(md).toContain('`` `edge` ``');
    // every line is still one of the section's own kinds of line
    for (const line of md.trimEnd().split('\n')) expect(line).toMatch(/^(?:### Data changes|Schema version .*|\|.*\||- .*|\*\*\w+\*\*|Least release .*|)$/);
  });
});

import { describe, expect, it } from 'vitest';
import { createStyle } from '../../src/cli/createStyle.js';
import { formatTable } from '../../src/cli/formatTable.js';

const plain = createStyle({ isTTY: false, env: {} });
const width = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('formatTable', () => {
  it('aligns columns two spaces apart with no trailing spaces', () => {
    expect(formatTable([{ header: 'ID' }, { header: 'NAME' }], [['iraq', 'Iraq'], ['us-armed-forces', 'US forces']], plain)).toBe(
      'ID               NAME\niraq             Iraq\nus-armed-forces  US forces\n',
    );
  });

  it('shortens the flex column first, with an ellipsis, to fit the width', () => {
    const out = formatTable([{ header: 'ID' }, { header: 'TEXT', flex: true }], [['a', 'x'.repeat(100)]], plain, 40);
    expect(width(out)).toBe(40);
    expect(out.split('\n')[1]).toBe(`a   ${'x'.repeat(35)}…`);
  });

  it('then shortens the widest other columns, never below six', () => {
    const out = formatTable([{ header: 'A' }, { header: 'B' }, { header: 'C', flex: true }], [['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]], plain, 30);
    expect(width(out)).toBeLessThanOrEqual(30);
    const tiny = formatTable([{ header: 'A' }, { header: 'B' }], [['a'.repeat(20), 'b'.repeat(20)]], plain, 5);
    expect(tiny.split('\n')[1]).toBe('aaaaa…  bbbbb…');
  });

  it('makes headers bold only with colour on', () => {
    const colour = createStyle({ isTTY: true, env: {} });
    expect(formatTable([{ header: 'ID' }], [['x']], colour)).toBe('\u001b[1mID\u001b[22m\nx\n');
  });
});

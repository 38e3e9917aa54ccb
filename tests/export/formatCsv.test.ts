import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/export/formatCsv.js';

describe('formatCsv', () => {
  it('writes a header row and CRLF after every line, the last one too', () => {
    expect(formatCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('quotes fields with a comma, a double quote, CR or LF, and doubles inner quotes', () => {
    expect(formatCsv(['x'], [['a,b'], ['say "hi"'], ['line\nbreak'], ['cr\rhere'], ['plain text']])).toBe(
      'x\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\nplain text\r\n',
    );
  });

  it('writes null and undefined as empty cells, numbers and booleans as text, 0 as 0', () => {
    expect(formatCsv(['n', 'u', 'z', 'b', 'f'], [[null, undefined, 0, true, 1.5]])).toBe('n,u,z,b,f\r\n,,0,true,1.5\r\n');
  });

  it('prefixes a UTF-8 BOM only when asked', () => {
    expect(formatCsv(['é'], [['ü']], true)).toBe('\uFEFFé\r\nü\r\n');
    expect(formatCsv(['é'], [['ü']]).startsWith('\uFEFF')).toBe(false);
  });
});

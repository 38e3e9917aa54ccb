import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { DatasetError } from '../../src/schema/DatasetError.js';
import { parseDataset } from '../../src/schema/parseDataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

// A message quotes a short prefix of a huge key and names a few keys, never the whole input.

function messagesOf(input: unknown): string[] {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues.map((i) => i.message);
}
function errorOf(input: unknown): DatasetError {
  try {
    parseDataset(input);
  } catch (error) {
    if (error instanceof DatasetError) return error;
  }
  throw new Error('expected a DatasetError');
}

describe('unknown keys in messages', () => {
  it('quotes a short prefix of a 10^6-character key, with its length', () => {
    const d = structuredClone(dataset) as any;
    d.events[0]['k'.repeat(1_000_000)] = 1;
    const [message] = messagesOf(d);
    expect(message).toMatch(/^Unrecognized key: "k+"… \(1000000 characters\)$/);
    expect(message!.length).toBeLessThan(200);
    expect(errorOf(d).message.length).toBeLessThan(1_000);
  });

  it('names at most five of 10^5 unknown keys, then how many more', () => {
    const d = structuredClone(dataset) as any;
    for (let i = 0; i < 100_000; i++) d.events[0][`k${i}`] = 1;
    const messages = messagesOf(d);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe('Unrecognized keys: "k0", "k1", "k2", "k3", "k4" and 99,995 more');
    expect(errorOf(d).message.length).toBeLessThan(1_000);
  });

  it('escapes control characters in a key', () => {
    const d = structuredClone(dataset) as any;
    d.events[0]['a\nb'] = 1;
    expect(messagesOf(d)).toEqual(['Unrecognized key: "a\\nb"']);
  });

  it('does the same for keys below a record and at the top level', () => {
    const d = structuredClone(dataset) as any;
    const event = d.events.find((e: any) => e.casualties !== undefined) ?? d.events[0];
    event.casualties = { killed: { low: 1, ['z'.repeat(1_000_000)]: 1 } };
    d['t'.repeat(1_000_000)] = 1;
    const messages = messagesOf(d);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(300);
    expect(messages.some((m) => /"z+"… \(1000000 characters\)/.test(m))).toBe(true);
    expect(messages.some((m) => /"t+"… \(1000000 characters\)/.test(m))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../src/schema/issueMessage.js';
import { unrecognizedKeys } from '../../src/schema/unrecognizedKeys.js';

describe('unrecognizedKeys', () => {
  it('names one key as JSON', () => expect(unrecognizedKeys(['colour'])).toBe('Unrecognized key: "colour"'));
  it('names five keys then counts the rest', () =>
    expect(unrecognizedKeys(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('Unrecognized keys: "a", "b", "c", "d", "e" and 2 more'));
  it('cuts a long key to a prefix with its length', () =>
    expect(unrecognizedKeys(['x'.repeat(1000)])).toBe(`Unrecognized key: "${'x'.repeat(48)}"… (1000 characters)`));
  it('is what issueMessage gives for zod unknown-key issues, and passes other messages through', () => {
    expect(issueMessage({ code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: 'long', input: {} } as never)).toBe('Unrecognized keys: "a", "b"');
    expect(issueMessage({ code: 'custom', path: [], message: 'as is', input: 1 } as never)).toBe('as is');
  });
});

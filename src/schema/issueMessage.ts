import type { z } from 'zod';
import { unrecognizedKeys } from './unrecognizedKeys.js';

/**
 * A zod issue's message, with unknown keys named the short way: zod quotes every key whole, so
 * a 10^6-character key or 10^5 unknown keys would give a message of a megabyte.
 *
 * @param issue - a zod issue.
 * @returns its message; for unknown keys, at most five named, each cut to a short prefix.
 * @example
 * issueMessage({ code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: '', input: {} }) // => 'Unrecognized keys: "a", "b"'
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? unrecognizedKeys(issue.keys) : issue.message;
}

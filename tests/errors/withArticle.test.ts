import { expect, it } from 'vitest';
import { withArticle } from '../../src/errors/withArticle.js';

it('chooses "an" before a vowel and "a" otherwise', () => {
  expect(withArticle('organization')).toBe('an organization');
  expect(withArticle('Event')).toBe('an Event');
  expect(withArticle('place')).toBe('a place');
});

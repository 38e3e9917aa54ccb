import { describe, expect, it } from 'vitest';
import { fieldBump } from '../../src/diff/fieldBump.js';

describe('fieldBump (the data semver rule, field by field)', () => {
  it.each([
    ['entities', ['kind'], 'major'],
    ['events', ['type'], 'major'],
    ['relationships', ['predicate'], 'major'],
    ['relationships', ['subject'], 'major'],
    ['relationships', ['object'], 'major'],
    ['eventLinks', ['type'], 'major'],
    ['eventLinks', ['from'], 'major'],
    ['events', ['date'], 'minor'],
    ['events', ['participants', 0, 'entity'], 'minor'],
    ['events', ['participants'], 'minor'],
    ['events', ['casualties', 'killed', 'best'], 'minor'],
    ['events', ['certainty'], 'minor'],
    ['events', ['location'], 'minor'],
    ['events', ['modality'], 'minor'],
    ['entities', ['name'], 'minor'],
    ['entities', ['aliases', 2], 'minor'],
    ['entities', ['subtype'], 'minor'],
    ['sources', ['paragraphs'], 'minor'],
    ['events', ['somethingNew'], 'minor'],
    ['entities', ['description'], 'patch'],
    ['events', ['summary'], 'patch'],
    ['events', ['note'], 'patch'],
    ['events', ['dateText'], 'patch'],
    ['events', ['participants', 1, 'note'], 'patch'],
    ['events', ['casualties', 'killed', 'text'], 'patch'],
    ['events', ['statement', 'content'], 'patch'],
    ['events', ['condition'], 'patch'],
    ['events', ['evidence', 0, 'paragraphs', 1], 'patch'],
    ['sources', ['title'], 'patch'],
    // `kind` is identity only at the top of an entity
    ['events', ['kind'], 'minor'],
  ] as const)('%s %j → %s', (kind, path, bump) => {
    expect(fieldBump(kind, path)).toBe(bump);
  });
});

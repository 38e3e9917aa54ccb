import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/schema/DatasetError.js';
import { countIssues } from '../../src/schema/countIssues.js';
import { MAX_LISTED_ISSUES } from '../../src/schema/IssueList.js';
import { parseDataset } from '../../src/schema/parseDataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

// Every door is as strict on hostile input as on good input, stays linear in its size, and
// answers with issues at their paths — never a stack overflow or a bare error from inside.

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

/** The summary issue that closes a list cut at MAX_LISTED_ISSUES, with the count it gives. */
function total(issues: readonly { path: readonly (string | number)[]; message: string }[]): number {
  const last = issues[issues.length - 1]!;
  expect(last.path).toEqual([]);
  const m = /^… and ([\d,]+) more problems? not listed \(([\d,]+) in all; only the first 10,000 are listed/.exec(last.message);
  expect(m, last.message).not.toBeNull();
  return Number(m![2]!.replaceAll(',', ''));
}

describe('a dataset with more problems than can be listed', () => {
  it('lists the first 10,000 of 260,000 problems and counts the rest, instead of overflowing the stack', () => {
    // 130,000 copies of one event (cheap to build): each a duplicate id and a dangling participant.
    const d = copyMini();
    const event = { ...d.events[0], id: 'copy', participants: [{ entity: 'nobody', role: 'perpetrator' }] };
    d.events = new Array(130_000).fill(event);
    d.eventLinks = [];
    const issues = issuesOf(d);
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    // Duplicate ids are found first, then the dangling participants.
    expect(issues[0]).toEqual({ path: ['events', 1, 'id'], message: "duplicate id 'copy' (already used at events.0)" });
    expect(issues[9_999]!.path).toEqual(['events', 10_000, 'id']);
    expect(total(issues)).toBe(130_000 - 1 + 130_000);
    // the summary carries the count, and every reader of the list gives the whole total
    expect(issues[MAX_LISTED_ISSUES]!.unlisted).toBe(130_000 - 1 + 130_000 - MAX_LISTED_ISSUES);
    expect(countIssues(issues)).toBe(130_000 - 1 + 130_000);
    expect(() => parseDataset(d)).toThrow(/^invalid dataset: 259999 problems\n/);
    expect(() => parseDataset(d)).toThrow(DatasetError);
  });

  it('reports every bad item of one huge array at its own path (not "(root): could not be read")', () => {
    const d = copyMini();
    d.events[0].evidence[0].paragraphs = new Array(200_000).fill('x');
    const issues = issuesOf(d);
    expect(issues[0]).toEqual({ path: ['events', 0, 'evidence', 0, 'paragraphs', 0], message: 'Invalid input: expected number, received string' });
    expect(issues[9_999]!.path).toEqual(['events', 0, 'evidence', 0, 'paragraphs', 9_999]);
    // 200,000 bad items, and nothing else: the only citation is invalid, which is not also
    // reported as "every citation is limited to one claim".
    expect(total(issues)).toBe(200_000);
    expect(issues.some((i) => /could not be read/.test(i.message))).toBe(false);
  });

  it('the same for an array field of a record', () => {
    const d = copyMini();
    d.entities[1].aliases = new Array(150_000).fill(7);
    const issues = issuesOf(d);
    expect(issues[0]).toEqual({ path: ['entities', 1, 'aliases', 0], message: 'Invalid input: expected string, received number' });
    expect(total(issues)).toBe(150_000);
  });

  it('counts the holes of a 10^7-long sparse array in runs, without walking or listing them all', () => {
    const d = copyMini();
    d.entities[0].aliases = new Array(10_000_000);
    d.entities[0].aliases[5] = 'Five';
    const issues = issuesOf(d);
    expect(issues[0]).toEqual({ path: ['entities', 0, 'aliases', 0], message: expect.stringMatching(/hole in a sparse array/) });
    expect(issues.some((i) => i.path.join('.') === 'entities.0.aliases.5')).toBe(false);
    expect(total(issues)).toBe(10_000_000 - 1);
  });

  it('still checks a long array that is valid, refinements included', () => {
    const d = copyMini();
    d.sources[0].paragraphs = 20_000;
    d.events[0].evidence[0].paragraphs = Array.from({ length: 12_000 }, (_, i) => i + 1);
    expect(safeParseDataset(d).success).toBe(true);
    d.events[0].evidence[0].paragraphs[11_999] = 1;
    expect(issuesOf(d)).toContainEqual({ path: ['events', 0, 'evidence', 0, 'paragraphs'], message: 'cites a paragraph twice' });
  });
});

describe('holes in the record arrays', () => {
  it('are problems at their paths, not records that pass', () => {
    const d = copyMini();
    const n = d.events.length;
    d.events.length += 2;
    const issues = issuesOf(d);
    expect(issues).toEqual([
      { path: ['events', n], message: 'missing event record (a hole in a sparse array): every element must be an event object' },
      { path: ['events', n + 1], message: 'missing event record (a hole in a sparse array): every element must be an event object' },
    ]);
    expect(() => parseDataset(d)).toThrow(/events\[\d+\]: missing event record/);
  });

  it('an element inherited from Array.prototype is a hole too', () => {
    const d = copyMini();
    const n = d.entities.length;
    d.entities.length += 1;
    const planted = { ...d.entities[0], id: 'planted' };
    Object.defineProperty(Array.prototype, n, { value: planted, configurable: true, writable: true });
    try {
      expect(issuesOf(d)).toContainEqual({ path: ['entities', n], message: expect.stringMatching(/^missing entity record/) });
    } finally {
      delete (Array.prototype as unknown as Record<number, unknown>)[n];
    }
  });

  it('a length of 4·10^9 is reported at once, not walked', () => {
    const d = copyMini();
    const n = d.relationships.length;
    d.relationships.length = 4_000_000_000;
    const issues = issuesOf(d);
    expect(issues[0]!.path).toEqual(['relationships', n]);
    expect(total(issues)).toBe(4_000_000_000 - n);
  });
});

describe('only own properties are read', () => {
  it('a record array behind a class getter is reported, not dropped', () => {
    class MyData {
      readonly #events: unknown;
      constructor(d: Record<string, unknown>) {
        const { events, ...rest } = d;
        Object.assign(this, rest);
        this.#events = events;
      }
      get events(): unknown {
        return this.#events;
      }
    }
    const input = new MyData(copyMini());
    const issues = issuesOf(input);
    expect(issues[0]).toEqual({ path: ['events'], message: expect.stringMatching(/^is inherited \(from a prototype, e\.g\. a class getter\), not the dataset's own property/) });
    // Not read, so the links to its events dangle; nothing else.
    expect(issues.slice(1).map((i) => i.message)).toEqual(["unknown event id 'threat-one'", "unknown event id 'attack-one'"]);
    expect(() => parseDataset(input)).toThrow(DatasetError);
  });

  it('a record array on the prototype is reported, not dropped', () => {
    const { events, ...rest } = copyMini();
    const input = Object.assign(Object.create({ events }), rest);
    expect(issuesOf(input)[0]).toEqual({ path: ['events'], message: expect.stringMatching(/^is inherited/) });
    expect(issuesOf(input)).toHaveLength(3);
  });

  it('an own getter is read once, and its records kept', () => {
    const d = copyMini();
    const events = d.events;
    let reads = 0;
    Object.defineProperty(d, 'events', { enumerable: true, get: () => (reads++, events) });
    const parsed = parseDataset(d);
    expect(parsed.events.map((e) => e.id)).toEqual(events.map((e: { id: string }) => e.id));
    expect(reads).toBe(1);
  });

  it("a record's field inherited from a class is reported at its path", () => {
    const d = copyMini();
    const { summary, ...rest } = d.events[0];
    class Ev {
      constructor() {
        Object.assign(this, rest);
      }
      get summary(): string {
        return summary;
      }
    }
    d.events[0] = new Ev();
    expect(issuesOf(d)).toEqual([{ path: ['events', 0, 'summary'], message: expect.stringMatching(/^is inherited .* not the record's own property/) }]);
  });

  it('a polluted Object.prototype lends no field (a conditional event still needs its own condition)', () => {
    const d = copyMini();
    const i = d.events.findIndex((e: { modality: string }) => e.modality === 'conditional');
    expect(i).toBeGreaterThanOrEqual(0);
    delete d.events[i].condition;
    (Object.prototype as Record<string, unknown>)['condition'] = 'planted';
    try {
      expect(issuesOf(d)).toEqual([{ path: ['events', i, 'condition'], message: 'a conditional event needs its condition' }]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['condition'];
    }
  });

  it('a getter that throws inside a record is reported at its field', () => {
    const d = copyMini();
    Object.defineProperty(d.events[0], 'summary', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(issuesOf(d)).toContainEqual({ path: ['events', 0, 'summary'], message: 'could not be read: Error: boom' });
  });
});

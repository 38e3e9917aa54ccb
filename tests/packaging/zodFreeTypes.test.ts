import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationFileFor, declarationGraph, declarationSpecifiersIn } from './support/declarationGraph.js';
import { isZod } from './support/importGraph.js';
import { distDir, ensureBuilt, rootPackageJson } from './support/project.js';

// The main entry and /diff are zod-free at runtime (zodFree.test.ts), and so must their types be:
// zod is an optional peer, so a TypeScript user without it would get `Cannot find module 'zod'`
// (skipLibCheck: false) or, worse, every record type silently `any` (skipLibCheck: true). Checked
// on the built declarations, following every import from each entry's .d.ts / .d.cts.
beforeAll(() => ensureBuilt());

describe('the declarations of the zod-free entries do not import zod', () => {
  it('the declaration reader sees every kind of reference, and maps each runtime file to its declarations', () => {
    const code = [
      '/// <reference types="zod" />',
      `import { z } from 'zod';`,
      `import type { A } from "./a.cjs";`,
      `export type * from './b.js';`,
      `export { c as C } from './c.cjs';`,
      `type D = import('zod/v4').ZodType;`,
    ].join('\n');
    expect(declarationSpecifiersIn(code).sort()).toEqual(['./a.cjs', './b.js', './c.cjs', 'zod', 'zod/v4']);
    expect(declarationFileFor(path.join(distDir, 'index.d.ts'), './index.cjs')).toBe(path.join(distDir, 'index.d.cts'));
    expect(() => declarationFileFor(path.join(distDir, 'index.d.ts'), './no-such-file.cjs')).toThrow(/no-such-file\.d\.cts/);
  });

  const dependencies = Object.keys(rootPackageJson().dependencies ?? {});
  for (const entry of ['index.d.ts', 'index.d.cts', 'diff.d.ts', 'diff.d.cts']) {
    it(`dist/${entry} and every declaration file it imports name no zod module, only dependencies npm installs`, () => {
      const graph = declarationGraph(path.join(distDir, entry));
      expect(graph.files.length).toBeGreaterThan(0);
      expect(graph.bare.filter(isZod)).toEqual([]);
      expect(graph.bare.filter((s) => !dependencies.some((d) => s === d || s.startsWith(`${d}/`)))).toEqual([]);
      // The .d.ts re-exports its .d.cts: the walk reached the file that declares the types.
      if (entry.endsWith('.d.ts')) expect(graph.files).toContain(path.join(distDir, entry.replace(/\.d\.ts$/, '.d.cts')));
    });
  }

  it('the record types the main entry exports are declared in what the walk reached, as plain object types', () => {
    const graph = declarationGraph(path.join(distDir, 'index.d.ts'));
    const text = graph.files.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of ['Entity', 'Event', 'Relationship', 'EventLink', 'Source', 'Dataset', 'Evidence', 'Estimate', 'Quantity']) {
      expect(text, name).toMatch(new RegExp(`^type ${name} = \\{$`, 'm'));
    }
    expect(text).not.toMatch(/z\.infer|z\.output|\bZod[A-Z]\w*</);
  });

  for (const entry of ['schema.d.ts', 'schema.d.cts']) {
    it(`(control) dist/${entry} does import zod, so the walk can see it`, () => {
      expect(declarationGraph(path.join(distDir, entry)).bare.filter(isZod)).toEqual(['zod']);
    });
  }
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every module specifier in a built JS file: static `import … from` / `export … from`, bare
 * `import '…'`, dynamic `import('…')` and `require('…')` with a string literal.
 */
export function specifiersIn(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
    /\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  const found = new Set<string>();
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[2]!);
  return [...found];
}

/** The files reached from `entry` through relative imports, and every bare specifier they import. */
export interface ImportGraph {
  readonly files: readonly string[];
  readonly bare: readonly string[];
}

/** Follows the relative imports of a built file (and of every chunk it reaches). */
export function importGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of specifiersIn(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('./') || spec.startsWith('../')) {
        const target = path.resolve(path.dirname(file), spec);
        if (!existsSync(target)) throw new Error(`${file} imports ${spec}, which does not exist`);
        visit(target);
      } else {
        bare.add(spec);
      }
    }
  };
  visit(path.resolve(entry));
  return { files: [...files], bare: [...bare].sort() };
}

/** True for `zod` and any of its subpaths (`zod/v4`, `zod/mini` …). */
export function isZod(specifier: string): boolean {
  return specifier === 'zod' || specifier.startsWith('zod/');
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { specifiersIn, type ImportGraph } from './importGraph.js';

/**
 * Every module a declaration file names: what {@link specifiersIn} finds (`import … from`,
 * `export … from`, `import '…'`, `import('…')` types) plus `/// <reference types="…" />` and
 * `/// <reference path="…" />` directives.
 */
export function declarationSpecifiersIn(code: string): string[] {
  const found = new Set(specifiersIn(code));
  for (const m of code.matchAll(/^\/\/\/\s*<reference\s+(types|path)\s*=\s*(['"])([^'"]+)\2/gm)) {
    found.add(m[1] === 'path' && !m[3]!.startsWith('.') ? `./${m[3]}` : m[3]!);
  }
  return [...found];
}

/** The declaration file TypeScript reads for a relative specifier: `./x.cjs` → `x.d.cts`, `./x.js` → `x.d.ts`. */
export function declarationFileFor(fromFile: string, specifier: string): string {
  const target = path.resolve(path.dirname(fromFile), specifier);
  const candidates = /\.d\.[cm]?ts$/.test(target)
    ? [target]
    : /\.cjs$/.test(target)
      ? [target.replace(/\.cjs$/, '.d.cts')]
      : /\.mjs$/.test(target)
        ? [target.replace(/\.mjs$/, '.d.mts')]
        : /\.js$/.test(target)
          ? [target.replace(/\.js$/, '.d.ts')]
          : [`${target}.d.ts`, path.join(target, 'index.d.ts')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`${fromFile} imports ${specifier}, which has no declaration file (looked for ${candidates.join(', ')})`);
  return found;
}

/** Follows the relative imports of a built declaration file (and of every chunk it reaches). */
export function declarationGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of declarationSpecifiersIn(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('./') || spec.startsWith('../')) visit(declarationFileFor(file, spec));
      else bare.add(spec);
    }
  };
  visit(path.resolve(entry));
  return { files: [...files], bare: [...bare].sort() };
}

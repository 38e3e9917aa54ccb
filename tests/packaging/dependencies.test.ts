import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph } from './support/importGraph.js';
import { distDir, ensureBuilt, projectRoot } from './support/project.js';

// What a user installs is what the built files import, and nothing more: every runtime
// dependency is loaded by some shipped file, and every package a shipped file loads is declared.

beforeAll(() => {
  ensureBuilt();
});

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** `zod/v4` → `zod`, `@scope/pkg/x` → `@scope/pkg`. */
const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const builtin = (spec: string): boolean => spec.startsWith('node:') || builtinModules.includes(packageOf(spec));
/**
 * A specifier that names a package (npm's name rules). The reader of specifiers is a pattern over
 * the code, so it also sees the words of strings that merely look like imports (the CLI carries
 * package.json's scripts, `--import tsx …`): those are not packages.
 */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(?:\/[^\s]*)?$/;
const packagesImportedBy = (file: string): string[] =>
  importGraph(path.join(distDir, file))
    .bare.filter((s) => PACKAGE_NAME.test(s) && !builtin(s))
    .map(packageOf);

describe('declared dependencies match what dist/ imports', () => {
  const entries = (): string[] => readdirSync(distDir).filter((f) => /^(?:index|schema|export|diff|cli)\.(?:c?js)$/.test(f));

  it('every package a shipped file imports is a dependency or a peer dependency', () => {
    const imported = new Set(entries().flatMap(packagesImportedBy));
    expect(imported.size).toBeGreaterThan(0); // zod, from /schema and /export
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    expect([...imported].filter((p) => !declared.has(p))).toEqual([]);
  });

  it('every runtime dependency is imported by a shipped file (none is installed for nothing)', () => {
    const imported = new Set(entries().flatMap(packagesImportedBy));
    expect(Object.keys(pkg.dependencies ?? {}).filter((p) => !imported.has(p))).toEqual([]);
  });
});

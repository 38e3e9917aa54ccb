// Removes from dist/ what tsup emits but no user needs. Run after tsup (`npm run build`).
//
// - The CommonJS copy of the CLI: the "bin" is dist/cli.js (ESM).
// - The second copy of every declaration: tsup writes the same declarations twice, as `.d.ts`
//   (for `import`) and `.d.cts` (for `require`) — 158 kB each for the main entry, most of it the
//   bundled records' literal types. Each entry's `.d.ts` becomes a one-line re-export of its
//   `.d.cts` (an ES module may import a CommonJS one; the reverse is not allowed), so the types
//   are printed once and are the same types under both conditions; the `.d.ts` chunks nothing
//   imports any more go.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
for (const file of ['cli.cjs']) rmSync(join(dist, file), { force: true });

const ENTRIES = ['index', 'schema', 'export', 'diff'];
for (const entry of ENTRIES) {
  const cts = readFileSync(join(dist, `${entry}.d.cts`), 'utf8');
  if (/export\s+default\b|export\s*\{[^}]*\bdefault\b/.test(cts)) throw new Error(`pruneDist: dist/${entry}.d.cts has a default export, which 'export *' would not carry`);
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from './${entry}.cjs';\n`);
}
// Declaration chunks (`types-….d.ts`) are imported only by the `.d.ts` files just rewritten.
const kept = new Set(ENTRIES.map((e) => `${e}.d.ts`));
for (const file of readdirSync(dist)) {
  if (file.endsWith('.d.ts') && !kept.has(file)) rmSync(join(dist, file));
}

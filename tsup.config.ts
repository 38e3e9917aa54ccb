import { defineConfig } from 'tsup';

// Typed entries (package.json "exports"); the CLI is an entry too, but has no types.
const typed = { index: 'src/index.ts', schema: 'src/schema/index.ts', export: 'src/export/index.ts', diff: 'src/diff/index.ts' };

export default defineConfig({
  // The bundled records are an entry of their own only so that code splitting gives them a chunk
  // of their own: then `import { createIndex }` (code only) leaves the data out of a bundle.
  entry: { ...typed, cli: 'src/cli/bin.ts', 'bundled-data': 'src/bundled/records.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: typed },
  clean: true,
  target: 'node20',
  treeshake: true,
  splitting: true,
});

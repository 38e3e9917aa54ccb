import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { events as bundledEvents } from '../../src/bundled/records.js';
import { importGraph } from './support/importGraph.js';
import { distDir, ensureBuilt } from './support/project.js';

// What importing the package costs is measured by hand (bench/import-time.ts); these tests
// check the structure that keeps it low, on the built files.

beforeAll(() => {
  ensureBuilt();
});

/** Bundles `import { names } from 'dist/index.js'` the way an app's bundler would (tree-shaken, minified). */
async function bundleOf(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './index.js';`, resolveDir: distDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('import cost, by structure', () => {
  for (const entry of ['index.js', 'index.cjs']) {
    it(`dist/${entry} loads only the package's own files: no dependency at all (no date-fns, no zod)`, () => {
      const graph = importGraph(path.join(distDir, entry));
      expect(graph.files.length).toBeGreaterThan(0);
      expect(graph.bare).toEqual([]);
    });
  }

  it('the bundled records sit in a module of their own: `{ createIndex }` alone carries none of them', async () => {
    const ids = bundledEvents.map((e) => e.id);
    const [codeOnly, withData] = await Promise.all([bundleOf('createIndex'), bundleOf('byActor')]);
    expect(ids.filter((id) => codeOnly.includes(`"${id}"`))).toEqual([]);
    // (control) a helper over the bundled data does carry them, so the check can see them
    expect(ids.filter((id) => !withData.includes(`"${id}"`))).toEqual([]);
  });
});

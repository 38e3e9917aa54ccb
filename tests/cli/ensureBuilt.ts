import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The package root. */
export const ROOT = resolve(import.meta.dirname, '../..');

const NEEDED = ['dist/cli.js', 'dist/export.js', 'dist/index.js', 'dist/data/dataset.json', 'dist/dataset.schema.json'];

const missing = (): string[] => NEEDED.filter((f) => !existsSync(join(ROOT, f)));

/**
 * Makes sure the built package is in dist/ (`npm test` builds before the unit tests; a bare
 * `vitest run` may not have). Builds at most once at a time across test files, using a lock
 * directory, and waits for a build another file started.
 */
export function ensureBuilt(): void {
  if (missing().length === 0) return;
  const lock = join(tmpdir(), `iraq-militias-build-${ROOT.replaceAll(/[^a-z0-9]/gi, '_')}.lock`);
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (missing().length === 0) return;
      if (Date.now() > deadline) throw new Error(`gave up waiting for the build lock ${lock}`);
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 500)']);
    }
  }
  try {
    if (missing().length > 0) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  const still = missing();
  if (still.length > 0) throw new Error(`the build did not produce ${still.join(', ')}`);
}

import { execFile as execFileCb } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { it } from 'vitest';

/** The project root (this file is tests/packaging/support/project.ts). */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDir = path.join(projectRoot, 'dist');

export const execFile = promisify(execFileCb);

/** The project's package.json, read fresh. */
export function rootPackageJson(): PackageJson {
  return JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
}

export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/**
 * Makes sure dist/ is built: `npm test` builds before vitest; a bare `npx vitest run tests/packaging`
 * builds once. Shared with the CLI tests (one lock, so two test files never build at once).
 */
export { ensureBuilt } from '../../cli/ensureBuilt.js';

/** Headless Chromium for the browser consumer (Debian's package; never downloaded). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Gate for tests that need something from the machine. When it is missing, a developer's run skips
 * the tests with a printed reason; under CI (`process.env.CI` set) a failing test is registered
 * instead, because CI always provides it (.ci/run installs chromium).
 *
 * @returns true when the gated tests should run.
 */
export function requireEnvironment(available: boolean, what: string, reason: string): boolean {
  if (available) return true;
  if (process.env.CI) {
    it(`has what ${what} needs`, () => {
      throw new Error(`${what} cannot run under CI: ${reason}`);
    });
  } else {
    console.warn(`[skip] ${what}: ${reason}`);
    it.skip(`${what} (skipped: ${reason})`, () => {});
  }
  return false;
}

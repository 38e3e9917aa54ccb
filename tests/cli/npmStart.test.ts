import { execFile as execFileCb } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './ensureBuilt.js';

const execFile = promisify(execFileCb);

describe('npm start', () => {
  it('prints the timeline and nothing of the build (beyond npm’s own two-line banner)', async () => {
    ensureBuilt();
    // A copy of the project, so its build (tsup cleans dist/) cannot disturb other test files.
    const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-start-'));
    try {
      for (const f of ['package.json', 'tsup.config.ts', 'tsconfig.json', 'src', 'data', 'scripts']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const started = await execFile('npm', ['start'], { cwd: dir, maxBuffer: 1 << 24 });
      const timeline = await execFile(process.execPath, [join(ROOT, 'dist/cli.js'), 'timeline'], { cwd: ROOT });
      const banner = /^\n> iraq-militias@\S+ start\n> [^\n]+\n\n/;
      expect(started.stdout).toMatch(banner);
      expect(started.stdout.replace(banner, '')).toBe(timeline.stdout);
      expect(started.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

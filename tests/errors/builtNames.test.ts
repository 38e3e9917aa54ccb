import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ensureBuilt, execFile } from '../packaging/support/project.js';

// The bundler renames a class whose body refers to itself (`var X = class _X`): its `.name`, and
// the header Node prints for an uncaught error of it, would show `_X`. Checked on the BUILT files.
beforeAll(() => ensureBuilt());

const CLASSES: Record<string, readonly string[]> = {
  index: ['ArgumentTypeError', 'ArgumentRangeError', 'UnknownIdError', 'DateFormatError'],
  schema: ['DatasetError'],
};

/** Runs `body` in a child node with `m` bound to the built entry (ESM import or CJS require). */
async function run(entry: string, format: 'esm' | 'cjs', body: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(distDir, `${entry}.${format === 'esm' ? 'js' : 'cjs'}`);
  const args =
    format === 'esm'
      ? ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(file).href)});\n${body}`]
      : ['-e', `const m = require(${JSON.stringify(file)});\n${body}`];
  try {
    const { stdout, stderr } = await execFile(process.execPath, args);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('built error classes keep their names', () => {
  for (const format of ['esm', 'cjs'] as const) {
    for (const [entry, names] of Object.entries(CLASSES)) {
      it(`dist/${entry} (${format}): each class's .name, an instance's name and String(error)`, async () => {
        const { stdout } = await run(
          entry,
          format,
          `const out = {}; for (const n of ${JSON.stringify(names)}) { const C = m[n]; const e = n === 'DatasetError' ? new C([]) : n === 'DateFormatError' ? new C('x', 'bad') : n === 'UnknownIdError' ? new C('entity', 'x', []) : new C('f: a', 1, 'what'); out[n] = [C.name, e.name, String(e).split(':')[0], e instanceof C, C.is(e)]; } console.log(JSON.stringify(out));`,
        );
        const out = JSON.parse(stdout) as Record<string, unknown>;
        for (const n of names) expect(out[n]).toEqual([n, n, n, true, true]);
      });
    }

    it(`an uncaught ArgumentTypeError (${format}) prints its own name in the header`, async () => {
      const { code, stderr } = await run('index', format, `m.getEntity(42);`);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/^ArgumentTypeError: getEntity: id: expected an entity id/m);
      expect(stderr).not.toMatch(/_ArgumentTypeError|\[ArgumentTypeError\]/);
    });

    it(`an uncaught UnknownIdError (${format}) prints its own name in the header`, async () => {
      const { stderr } = await run('index', format, `m.getEntity('kataib-hezbolah');`);
      expect(stderr).toMatch(/^UnknownIdError: getEntity: id: unknown entity id/m);
      expect(stderr).not.toMatch(/_UnknownIdError/);
    });
  }
});

/**
 * README.md's code blocks are run as tests against the built package, so they cannot rot:
 * every ```ts block is typechecked (strict, NodeNext) and run with tsx, every ```js block is run
 * with node as CommonJS. A line `expression // => value` becomes an assertion that the
 * expression deep-equals the value. `npm test` builds before it runs vitest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, '.tmp', 'readme-blocks');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Block {
  readonly lang: 'ts' | 'js';
  readonly line: number;
  readonly code: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /^```(ts|js)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ lang: m[1] as 'ts' | 'js', line: text.slice(0, m.index).split('\n').length + 1, code: m[2]! });
  }
  return out;
}

/** Turns each `expression // => value` line into an assertion. */
function withAssertions(block: Block): string {
  const lines = block.code.split('\n').map((line, i) => {
    const m = /^(\s*)(.+?);?\s*\/\/ => (.+)$/.exec(line);
    if (!m) return line;
    return `${m[1]}__check(() => (${m[2]}), ${m[3]}, ${block.line + i});`;
  });
  const helper =
    block.lang === 'ts'
      ? "import { deepStrictEqual as __eq } from 'node:assert';\nfunction __check(actual: () => unknown, expected: unknown, line: number): void { try { __eq(actual(), expected); } catch (e) { throw new Error(`README.md line ${line}: ${(e as Error).message}`); } }\n"
      : "const { deepStrictEqual: __eq } = require('node:assert');\nfunction __check(actual, expected, line) { try { __eq(actual(), expected); } catch (e) { throw new Error(`README.md line ${line}: ${e.message}`); } }\n";
  // Imports must stay first in an ES module: hoist them above the helper.
  const body = lines.join('\n');
  const imports = body.match(/^import[\s\S]*?from\s+'[^']+';$/gm) ?? [];
  let rest = body;
  for (const imp of imports) rest = rest.replace(imp, '');
  return `${imports.join('\n')}\n${helper}${rest}\n${block.lang === 'ts' ? 'export {};\n' : ''}`;
}

const all = blocks(readme);

describe('README code blocks', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    all.forEach((b, i) => writeFileSync(join(work, `block-${i}.${b.lang === 'ts' ? 'ts' : 'cjs'}`), withAssertions(b)));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] },
        include: ['*.ts'],
      }),
    );
  });

  it('exist: the quick start, the data model and the API are shown in code', () => {
    expect(all.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(4);
    expect(all.some((b) => b.lang === 'js' && b.code.includes("require('iraq-militias')"))).toBe(true);
    expect(all.reduce((n, b) => n + (b.code.match(/\/\/ => /g)?.length ?? 0), 0)).toBeGreaterThanOrEqual(20);
  });

  it('typecheck against the built package (strict, NodeNext)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', work], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it.each(all.map((b, i) => [i, b] as const))('block %i runs and its results are as shown', (i, b) => {
    const file = join(work, `block-${i}.${b.lang === 'ts' ? 'ts' : 'cjs'}`);
    const args = b.lang === 'ts' ? ['--import', 'tsx', file] : [file];
    let stderr = '';
    try {
      execFileSync(process.execPath, args, { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(stderr, `README.md block at line ${b.line}`).toBe('');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/ensureBuilt.js';

// Issue 11: an honest publish path, and a README whose links resolve in the published package.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  publishConfig?: { provenance?: boolean };
  repository?: unknown;
  scripts: Record<string, string>;
  files: string[];
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every link target in Markdown outside code: `[text](target)`, `[ref]: target`, `<a href>`, `<img src>`. */
function markdownLinks(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/\]\(\s*(?:<([^>\n]+)>|([^)\s]+))(?:\s+["'][^)]*["'])?\s*\)/g)) out.push((m[1] ?? m[2])!);
  for (const m of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1]!);
  for (const m of prose.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)=["']([^"']+)["']/gi)) out.push(m[1]!);
  return out;
}

/** A link that points into the package (not a URL, an anchor or a mail address), as a package path. */
const packagePath = (target: string): string | null =>
  /^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target) ? null : posix.normalize(decodeURI(target.replace(/[?#].*$/, ''))).replace(/^\.\//, '');

describe('the README links', () => {
  let packed: string[];
  beforeAll(() => {
    ensureBuilt();
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    packed = (JSON.parse(out.slice(out.indexOf('['))) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  });

  it('the link reader sees inline, reference and HTML links, and skips code', () => {
    const md = '[a](docs/a.md "t") [b](<./b c.md>) [u](https://x.org/y) [h](#api)\n[r]: ref.md\n<img src="img.png"> `[c](code.md)`\n```\n[d](block.md)\n```\n';
    expect(markdownLinks(md)).toEqual(['docs/a.md', './b c.md', 'https://x.org/y', '#api', 'ref.md', 'img.png']);
    expect(['docs/a.md', 'https://x.org/y', '#api', 'mailto:a@b.c', './x/../LICENSE#top'].map(packagePath)).toEqual(['docs/a.md', null, null, null, 'LICENSE']);
  });

  it('every relative link of the README is a file in the packed tarball (npm shows the README from it)', () => {
    const local = markdownLinks(readme).map(packagePath).filter((p): p is string => p !== null);
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((p) => !packed.includes(p))).toEqual([]);
  });
});

describe('the publish path', () => {
  it('provenance is off, as a release from a maintainer machine cannot carry it, or the package has a repository and a CI workflow with id-token', () => {
    const workflows = existsSync(join(ROOT, '.github/workflows')) ? readdirSync(join(ROOT, '.github/workflows')).map((f) => readFileSync(join(ROOT, '.github/workflows', f), 'utf8')) : [];
    if (pkg.publishConfig?.provenance === true) {
      expect(pkg.repository, 'provenance needs a repository field matching the CI repository').toBeDefined();
      expect(workflows.some((w) => /id-token:\s*write/.test(w) && /changesets\/action/.test(w))).toBe(true);
    } else {
      expect(pkg.publishConfig?.provenance).not.toBe(true);
      expect(readme).toMatch(/by hand[^\n]*without provenance/i);
    }
  });

  it('a clean clone can publish: prepack builds dist/, and release runs the release check and the tests first', () => {
    expect(pkg.scripts['prepack']).toBe('npm run build');
    expect(pkg.scripts['release']).toMatch(/^npm run release:check && npm test && changeset publish$/);
    expect(pkg.scripts['version-packages']).toMatch(/^changeset version && tsx scripts\/recordRelease\.ts\b/);
    expect(pkg.files).toContain('CHANGELOG.md');
  });

  it('npm publish --dry-run accepts the package', () => {
    ensureBuilt();
    const out = execFileSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json', '--offline'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const result = (JSON.parse(out.slice(out.indexOf('{'))) as Record<string, { name: string; files: { path: string }[] }>)['iraq-militias']!;
    expect(result.name).toBe('iraq-militias');
    expect(result.files.map((f) => f.path)).toContain('dist/cli.js');
  });
});

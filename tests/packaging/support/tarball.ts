import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt, execFile, projectRoot, rootPackageJson, type PackageJson } from './project.js';

/** A temp project with the packed tarball (and its peer zod) installed from the registry client. */
export interface InstalledProject {
  /** The temp folder holding the tarball and the project. */
  readonly work: string;
  readonly tarball: string;
  /** The consumer project root (node_modules/iraq-militias inside). */
  readonly dir: string;
  /** The package as installed. */
  readonly pkgDir: string;
  /** A second project with only the tarball: zod, an optional peer, is not installed there. */
  readonly withoutZod: string;
  readonly pkg: PackageJson;
}

/**
 * Packs the project (`npm pack`) and installs the tarball into a fresh temp project, with the
 * zod the project develops against, or `options.zod` (e.g. the peer range's floor).
 */
export async function packAndInstall(options: { readonly zod?: string } = {}): Promise<InstalledProject> {
  ensureBuilt();
  const root = rootPackageJson();
  const work = mkdtempSync(path.join(tmpdir(), 'iraq-militias-pack-'));
  const { stdout } = await execFile('npm', ['pack', '--pack-destination', work, '--json', '--ignore-scripts'], { cwd: projectRoot });
  const packed = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string }[];
  const tarball = path.join(work, packed[0]!.filename);
  const dir = path.join(work, 'project');
  mkdirSync(dir);
  const zodVersion = options.zod ?? (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/zod/package.json'), 'utf8')) as { version: string }).version;
  writeJson(path.join(dir, 'package.json'), {
    name: 'iraq-militias-consumer',
    private: true,
    dependencies: { [root.name]: `file:${tarball}`, zod: zodVersion },
  });
  const withoutZod = path.join(work, 'without-zod');
  mkdirSync(withoutZod);
  writeJson(path.join(withoutZod, 'package.json'), {
    name: 'iraq-militias-consumer-without-zod',
    private: true,
    dependencies: { [root.name]: `file:${tarball}` },
  });
  const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  await Promise.all([execFile('npm', install, { cwd: dir }), execFile('npm', install, { cwd: withoutZod })]);
  const pkgDir = path.join(dir, 'node_modules', root.name);
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as PackageJson;
  return { work, tarball, dir, pkgDir, pkg, withoutZod };
}

export function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes `files` (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | object>>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'string') writeFileSync(file, content);
    else writeJson(file, content);
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Every concrete subpath of an `exports` map ('.', './schema', './package.json' …), with each
 * `*` pattern expanded to the files the installed package really has.
 */
export function concreteSubpaths(pkg: PackageJson, pkgDir: string): string[] {
  const out: string[] = [];
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    if (!key.includes('*')) {
      out.push(key);
      continue;
    }
    if (typeof target !== 'string') throw new Error(`exports pattern ${key}: only a string target is handled here`);
    const [tPre, tPost] = target.split('*') as [string, string];
    const [kPre, kPost] = key.split('*') as [string, string];
    const base = path.join(pkgDir, tPre);
    const baseDir = tPre.endsWith('/') ? base : path.dirname(base);
    for (const file of filesUnder(baseDir)) {
      const rel = `./${path.relative(pkgDir, file).split(path.sep).join('/')}`;
      if (rel.startsWith(tPre) && rel.endsWith(tPost) && rel.length >= tPre.length + tPost.length) {
        out.push(`${kPre}${rel.slice(tPre.length, rel.length - tPost.length)}${kPost}`);
      }
    }
  }
  return out;
}

/** The bare specifier for a subpath: '.' → 'name', './schema' → 'name/schema'. */
export function specifierFor(name: string, subpath: string): string {
  return subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
}

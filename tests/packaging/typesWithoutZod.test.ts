import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, projectRoot } from './support/project.js';
import { packAndInstall, writeFiles, type InstalledProject } from './support/tarball.js';

// A TypeScript user who installs only the data (zod is an optional peer, so npm leaves it out)
// gets real types from the main entry and /diff: the packed tarball, in a project without zod,
// type-checks a strict consumer with skipLibCheck off (so the shipped declarations are checked
// too, and one naming zod fails), and the deliberate mistakes in `mistakes.ts` are reported, each
// where it is made, with skipLibCheck off and on (on, declarations naming the missing zod used to
// make every record type `any`, and none of the mistakes was reported).
const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');

/** A dataset of the package's shape, made by hand, and one Entity. */
const DATASET_TS = `import type { DatasetRecord, Entity } from 'iraq-militias';

export const mine = {
  schemaVersion: '1.1.0',
  sources: [
    { id: 'src-a', title: 'A report', publisher: 'A publisher', author: 'A writer', url: 'https://example.org/a', published: '2024-06-09', language: 'en', paragraphs: 4 },
  ],
  entities: [
    { id: 'group-a', kind: 'organization', subtype: 'armed-group', name: 'Group A', aliases: ['GA'], description: 'An armed group.', evidence: [{ source: 'src-a', paragraphs: [1] }], certainty: 'stated' },
    { id: 'land', kind: 'state', name: 'Land', aliases: [], description: 'A state.', evidence: [{ source: 'src-a', paragraphs: [2] }], certainty: 'stated' },
  ],
  events: [
    {
      id: 'strike-one',
      type: 'drone-strike',
      modality: 'actual',
      date: '2024-01',
      participants: [{ entity: 'group-a', role: 'perpetrator' }, { entity: 'land', role: 'target' }],
      summary: 'Group A struck Land.',
      quantity: { low: null, best: 2, high: null, unit: 'drones' },
      attributedTo: null,
      evidence: [{ source: 'src-a', paragraphs: [3], claim: 'date' }, { source: 'src-a', paragraphs: [4] }],
      certainty: 'stated',
    },
  ],
  relationships: [],
  eventLinks: [],
} as const satisfies DatasetRecord;

export const person: Entity = {
  id: 'someone',
  kind: 'person',
  name: 'Someone',
  aliases: [],
  description: 'A person.',
  note: undefined,
  evidence: [{ source: 'src-a', paragraphs: [1] }],
  certainty: 'inferred',
};
`;

const INDEX_TS = `import { byActor, createIndex, dataset, type Entity, type EntityRecord, type EventRecord } from 'iraq-militias';
import { diffDatasets } from 'iraq-militias/diff';
import { mine, person } from './dataset.js';

const ix = createIndex(mine);
const strikes = ix.byActor('group-a');
const first: EventRecord | undefined = strikes[0];
const firstId: 'strike-one' | undefined = strikes[0]?.id;
const kindOf = (e: Entity | EntityRecord): Entity['kind'] => e.kind;
const kinds: readonly ('person' | 'organization' | 'state' | 'place' | 'group')[] = [kindOf(person), ...mine.entities.map(kindOf)];
const bundled: readonly EventRecord[] = byActor('kataib-hezbollah');
const diff = diffDatasets(dataset, mine);
console.log(JSON.stringify({ strikes: strikes.length, firstId, type: first?.type, kinds, bundled: bundled.length, bump: diff.bump }));
`;

/** Each line ending in `// TSnnnn` must be reported with that error, and nothing else. */
const MISTAKES_TS = `import { createIndex, type DatasetRecord, type Entity, type EventRecord } from 'iraq-militias';
import { mine, person } from './dataset.js';

export const notAnEvent: EventRecord = 42; // TS2322
export const planet: Entity = { ...person, kind: 'planet' }; // TS2322
export const unknownActor = createIndex(mine).byActor('no-such-actor'); // TS2345
export const noEvents: DatasetRecord = { schemaVersion: '1.1.0', sources: [], entities: [], relationships: [], eventLinks: [] }; // TS2741
export const maybeNone: EventRecord = createIndex(mine).byActor('group-a')[0]; // TS2322
export const wrongKind = (e: Entity): 'person' => e.kind; // TS2322
export const frozen = (e: EventRecord): void => { e.participants[0]!.role = 'target'; }; // TS2540
`;

interface Flavour {
  readonly name: string;
  readonly type: 'module' | 'commonjs';
  readonly typesFrom: string;
}
const FLAVOURS: readonly Flavour[] = [
  { name: 'esm', type: 'module', typesFrom: 'index.d.ts' },
  { name: 'cjs', type: 'commonjs', typesFrom: 'index.d.cts' },
];

function tsconfig(include: readonly string[], noEmit: boolean, skipLibCheck = false): object {
  return {
    compilerOptions: {
      target: 'es2022',
      module: 'node16',
      moduleResolution: 'node16',
      lib: ['es2022', 'dom'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck,
      noEmit,
      outDir: 'out',
      rootDir: '.',
    },
    include,
  };
}

let project: InstalledProject;
let pkgDir: string;

beforeAll(async () => {
  project = await packAndInstall();
  pkgDir = path.join(project.withoutZod, 'node_modules', project.pkg.name);
  for (const f of FLAVOURS) {
    writeFiles(path.join(project.withoutZod, f.name), {
      'package.json': { name: `types-without-zod-${f.name}`, private: true, type: f.type },
      'tsconfig.json': tsconfig(['dataset.ts', 'index.ts'], false),
      'tsconfig.mistakes.json': tsconfig(['dataset.ts', 'mistakes.ts'], true),
      // The common setting, under which declarations naming a missing zod made every record type `any`.
      'tsconfig.mistakes.skiplib.json': tsconfig(['dataset.ts', 'mistakes.ts'], true, true),
      'dataset.ts': DATASET_TS,
      'index.ts': INDEX_TS,
      'mistakes.ts': MISTAKES_TS,
    });
  }
}, 240_000);

afterAll(() => {
  if (project) rmSync(project.work, { recursive: true, force: true });
});

/** Runs tsc; resolves with its output and exit code (tsc exits 2 on type errors). */
async function runTsc(dir: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await execFile(process.execPath, [tsc, ...args], { cwd: dir });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? String(error) };
  }
}

describe.concurrent('types from the tarball, in a project without zod (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)', () => {
  it('the project really has no zod', () => {
    expect(existsSync(path.join(project.withoutZod, 'node_modules/zod'))).toBe(false);
    expect(existsSync(path.join(pkgDir, 'dist/index.d.cts'))).toBe(true);
  });

  for (const flavour of FLAVOURS) {
    it(`"type": "${flavour.type}": a consumer of Entity, EventRecord, DatasetRecord, createIndex, byActor and /diff compiles and runs`, async () => {
      const dir = path.join(project.withoutZod, flavour.name);
      const compiled = await runTsc(dir, '-p', '.', '--listFiles');
      expect(compiled.stdout.split('\n').filter((l) => /error TS/.test(l))).toEqual([]);
      expect(compiled.code).toBe(0);
      const read = compiled.stdout.split('\n');
      expect(read).toContain(path.join(pkgDir, 'dist', flavour.typesFrom));
      expect(read.filter((f) => /[/\\]zod[/\\]/.test(f))).toEqual([]);
      const { stdout } = await execFile(process.execPath, [path.join(dir, 'out/index.js')], { cwd: dir });
      const result = JSON.parse(stdout) as { strikes: number; firstId: string; type: string; kinds: string[]; bundled: number; bump: string };
      expect(result).toMatchObject({ strikes: 1, firstId: 'strike-one', type: 'drone-strike', kinds: ['person', 'organization', 'state'] });
      expect(result.bundled).toBeGreaterThan(0);
      expect(result.bump).toBe('major');
    });

    for (const config of ['tsconfig.mistakes.json', ...(flavour.type === 'module' ? ['tsconfig.mistakes.skiplib.json'] : [])]) {
      it(`"type": "${flavour.type}": every deliberate type error is reported, on its line (the types are not any), with ${config}`, async () => {
        const dir = path.join(project.withoutZod, flavour.name);
        const { code, stdout } = await runTsc(dir, '-p', config);
        expect(code).toBe(2);
        const expected = readFileSync(path.join(dir, 'mistakes.ts'), 'utf8')
          .split('\n')
          .flatMap((line, i) => {
            const m = /\/\/ (TS\d+)$/.exec(line);
            return m ? [`mistakes.ts:${i + 1} ${m[1]}`] : [];
          });
        expect(expected.length).toBe(7);
        const reported = [...stdout.matchAll(/^([^\s(]+)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
        expect(reported).toEqual(expected);
      });
    }
  }
});

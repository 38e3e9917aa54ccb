/**
 * TypeScript consumer projects, generated into the temp project (a `.ts` fixture in this repo would
 * be type-checked by the project's own `tsc -p .`, before dist/ exists).
 */

/** How a TypeScript consumer resolves and emits modules. */
export interface TsFlavour {
  /** Folder name in the temp project. */
  readonly name: string;
  readonly module: 'node16' | 'esnext' | 'commonjs';
  /** `node10` (written `node` in older tsconfigs) knows no `exports`: the package's `typesVersions` must lead it to the subpaths. */
  readonly moduleResolution: 'node16' | 'bundler' | 'node10';
  /** The consumer package's "type". */
  readonly type: 'module' | 'commonjs';
  /** The declaration file of the main entry tsc must pick from the tarball. */
  readonly expectTypesFrom: 'index.d.ts' | 'index.d.cts';
  /**
   * Also type-check the declaration files themselves (`skipLibCheck: false`). That checks zod's
   * large declarations too (about 5 s), so only one flavour does it; the others still prove
   * resolution and literal types through their use.
   */
  readonly checkDeclarations: boolean;
}

export const TS_FLAVOURS: readonly TsFlavour[] = [
  { name: 'ts-node16-esm', module: 'node16', moduleResolution: 'node16', type: 'module', expectTypesFrom: 'index.d.ts', checkDeclarations: true },
  { name: 'ts-node16-cjs', module: 'node16', moduleResolution: 'node16', type: 'commonjs', expectTypesFrom: 'index.d.cts', checkDeclarations: false },
  { name: 'ts-bundler', module: 'esnext', moduleResolution: 'bundler', type: 'module', expectTypesFrom: 'index.d.ts', checkDeclarations: false },
  { name: 'ts-node10', module: 'commonjs', moduleResolution: 'node10', type: 'commonjs', expectTypesFrom: 'index.d.ts', checkDeclarations: false },
];

/**
 * The files of one TypeScript consumer. Its program uses literal-typed lookups, and two
 * `@ts-expect-error` lines that only hold when the ids and values are literal types from the
 * tarball's declarations (with `any` types, tsc reports the directive as unused).
 *
 * @param subpaths - the package's JS subpaths besides '.', each imported as a namespace.
 */
export function tsConsumerFiles(flavour: TsFlavour, pkgName: string, subpaths: readonly string[]): Record<string, string | object> {
  const imports = subpaths.map((s, i) => `import * as sub${i} from '${pkgName}/${s.slice(2)}';`).join('\n');
  const program = `import { dataset, events, getEntity, type EntityId, type EventId } from '${pkgName}';
${imports}

const iraq = getEntity('iraq');
const alpha3: 'IRQ' = iraq.iso.alpha3;
// @ts-expect-error -- the ISO code is the literal 'IRQ', not just any string
const notIraq: 'IRN' = iraq.iso.alpha3;
/** Never called: the wrong id below must fail to compile, not throw at runtime. */
function typeOnly(): void {
  // @ts-expect-error -- a misspelt entity id is a compile error
  getEntity('iraqq');
}
// @ts-expect-error -- an unknown event id is not an EventId
const badEvent: EventId = 'no-such-event';
const firstEvent: EventId | undefined = events[0]?.id;
const someEntity: EntityId = 'iraq';
${subpaths.some((s) => s === './schema') ? `const parsed = sub${subpaths.indexOf('./schema')}.parseDataset(dataset);\nconst parsedEvents: number = parsed.events.length;` : 'const parsedEvents: number = -1;'}

console.log(JSON.stringify({
  alpha3,
  someEntity,
  firstEvent,
  events: dataset.events.length,
  parsedEvents,
  subpathExports: [${subpaths.map((_, i) => `Object.keys(sub${i}).length`).join(', ')}],
  unused: [typeof notIraq, typeof badEvent, typeof typeOnly],
}));
`;
  return {
    'package.json': { name: `consumer-${flavour.name}`, private: true, type: flavour.type },
    'tsconfig.json': {
      compilerOptions: {
        target: 'es2022',
        module: flavour.module,
        moduleResolution: flavour.moduleResolution,
        lib: ['es2022', 'dom'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: !flavour.checkDeclarations,
        outDir: 'out',
        rootDir: '.',
      },
      include: ['index.ts'],
    },
    'index.ts': program,
  };
}

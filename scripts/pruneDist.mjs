// Removes from dist/ what tsup emits but no user runs: the CommonJS copy of the CLI (the "bin"
// is dist/cli.js, ESM). Run after tsup (`npm run build`).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
for (const file of ['cli.cjs']) rmSync(join(dist, file), { force: true });

/** Rewrites the README's generated pictures (see readmePictures.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withPictures } from './readmePictures.js';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withPictures(before);
writeFileSync(path, after);
console.log(before === after ? 'README pictures were up to date' : 'README pictures updated');

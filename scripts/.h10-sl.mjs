import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [,, file, names] = process.argv;
const r = await build({ stdin: { contents: names ? `export { ${names} } from '${file}'` : `export * from '${file}'`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false, external: ['zod'], metafile: true, logLevel: 'error', platform: 'browser' });
const code = r.outputFiles[0].contents;
console.log(names ?? '*', code.length, gzipSync(code, { level: 9 }).length);
if (process.env.SHOW) for (const [k, v] of Object.entries(r.metafile.outputs)) for (const [f, i] of Object.entries(v.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,40)) console.log(i.bytesInOutput, f);

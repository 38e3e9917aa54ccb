/**
 * The README's pictures, generated from the data by the library's own exports. `npm run
 * readme:pictures` rewrites them in place; tests/readme/pictures.test.ts fails when they are stale.
 */
import { toMermaid } from '../src/export/toMermaid.js';
import { toMermaidTimeline } from '../src/export/toMermaidTimeline.js';

/** Each picture: the marker name in README.md and its Mermaid source. */
export function readmePictures(): { readonly name: string; readonly mermaid: string }[] {
  return [
    { name: 'network', mermaid: toMermaid({ entities: (e) => e.kind !== 'place' }) },
    { name: 'timeline', mermaid: toMermaidTimeline({ modalities: ['actual'], title: 'What happened, by the report' }) },
  ];
}

/** The README text with every picture block (between its markers) replaced by fresh output. */
export function withPictures(readme: string): string {
  let out = readme;
  for (const { name, mermaid } of readmePictures()) {
    const start = `<!-- picture:${name}:start -->`;
    const end = `<!-- picture:${name}:end -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i === -1 || j < i) throw new Error(`README.md has no ${start} … ${end} block`);
    out = `${out.slice(0, i + start.length)}\n\n\`\`\`mermaid\n${mermaid}\`\`\`\n\n${out.slice(j)}`;
  }
  return out;
}

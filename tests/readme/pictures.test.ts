import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmePictures, withPictures } from '../../scripts/readmePictures.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('the README pictures', () => {
  it('are the current output of the library’s own Mermaid exports (run `npm run readme:pictures` if not)', () => {
    expect(withPictures(readme)).toBe(readme);
  });

  it('show the actor network and the timeline', () => {
    const [network, timeline] = readmePictures();
    expect(network!.mermaid.startsWith('flowchart LR')).toBe(true);
    expect(network!.mermaid).toContain('n_kataib_hezbollah -->|member-of| n_islamic_resistance_in_iraq');
    expect(timeline!.mermaid.startsWith('timeline')).toBe(true);
    expect(readme).toContain(network!.mermaid);
    expect(readme).toContain(timeline!.mermaid);
  });

  it('fails loudly when a marker is missing', () => {
    expect(() => withPictures('no markers here')).toThrow(/README.md has no <!-- picture:network:start -->/);
  });
});

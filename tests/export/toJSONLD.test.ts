import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { JSONLD_CONTEXT, JSONLD_VOCABULARY } from '../../src/export/jsonldVocabulary.js';
import { toJSONLD } from '../../src/export/toJSONLD.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { miniDataset } from '../fixtures/miniDataset.js';

/** Fails the test if the processor tries to fetch anything: the context must be inline. */
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`no network: tried to load ${url}`);
};

async function nquads(doc: object): Promise<string[]> {
  const text = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
  return text.split('\n').filter((l) => l !== '');
}

/** How many RDF triples the data implies, counted plainly from the records (the mapping in the README). */
function expectedTriples(d: DatasetRecord): number {
  const known = (v: unknown): number => (v === undefined || v === null ? 0 : 1);
  const cites = (r: { evidence: readonly { source: string }[] }): number => new Set(r.evidence.map((e) => e.source)).size;
  const estimate = (e: { low: number | null; best: number | null; high: number | null } | undefined): number =>
    e === undefined ? 0 : known(e.low) + known(e.best) + known(e.high);
  let n = 0;
  for (const s of d.sources) n += 13 + known(s.updated);
  for (const e of d.entities) {
    n += 5 + cites(e) + e.aliases.length + known(e.subtype) + known(e.note) + (e.iso ? 2 : 0) + known(e.within) + (e.coordinates ? 5 : 0);
  }
  n += new Set(d.relationships.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).size;
  for (const r of d.relationships) n += 6 + cites(r) + known(r.valid) + known(r.note) + estimate(r.quantity) + known(r.quantity?.unit);
  for (const ev of d.events) {
    n += 7 + cites(ev) + known(ev.location) + known(ev.attributedTo) + known(ev.condition) + known(ev.note);
    n += known(ev.statement?.content) + known(ev.statement?.quote);
    n += new Set(ev.participants.map((p) => `${p.role} ${p.entity}`)).size;
    n += estimate(ev.casualties?.killed) + estimate(ev.casualties?.wounded) + estimate(ev.quantity) + known(ev.quantity?.unit);
    // Per-claim certainty: the location's, each participant not stated, the estimates'.
    n += known(ev.locationCertainty) + known(ev.locationNote) + ev.participants.filter((p) => (p.certainty ?? 'stated') !== 'stated').length;
    n += known(ev.casualties?.killed?.certainty) + known(ev.quantity?.certainty);
    // startDate / endDate: the interval's bounded ends, read plainly from the EDTF text.
    const [start, end = start] = ev.date.split('/');
    n += (start !== '' && start !== '..' ? 1 : 0) + (end !== '' && end !== '..' ? 1 : 0);
  }
  n += new Set(d.eventLinks.map((l) => `${l.from} ${l.type} ${l.to}`)).size;
  return n;
}

describe('toJSONLD', () => {
  it('uses schema.org types and an inline @context', () => {
    const doc = toJSONLD({ dataset: miniDataset });
    expect(doc['@context']).toBe(JSONLD_CONTEXT);
    const types = Object.fromEntries(doc['@graph'].map((n) => [n['@id'], n['@type']]));
    expect(types).toMatchObject({
      'urn:iraq-militias:source:src-a': 'NewsArticle',
      'urn:iraq-militias:entity:land': 'Country',
      'urn:iraq-militias:entity:town': 'City',
      'urn:iraq-militias:entity:group-a': 'Organization',
      'urn:iraq-militias:event:attack-one': 'Event',
      'urn:iraq-militias:relationship:group-a-member-of-umbrella': 'Relationship',
    });
  });

  it('expands offline into schema.org and our own vocabulary', async () => {
    const expanded = (await jsonld.expand(toJSONLD({ dataset: miniDataset }) as never, { documentLoader } as never)) as unknown as Record<string, unknown>[];
    const group = expanded.find((n) => n['@id'] === 'urn:iraq-militias:entity:group-a')!;
    expect(group['@type']).toEqual(['https://schema.org/Organization']);
    expect(group['urn:iraq-militias:vocab:memberOf']).toEqual([{ '@id': 'urn:iraq-militias:entity:umbrella' }]);
    expect(group['https://schema.org/alternateName']).toEqual([{ '@value': 'GA' }]);
    const attack = expanded.find((n) => n['@id'] === 'urn:iraq-militias:event:attack-one')!;
    expect(attack['urn:iraq-militias:vocab:perpetrator']).toEqual([{ '@id': 'urn:iraq-militias:entity:group-a' }]);
    expect(attack['https://schema.org/startDate']).toEqual([{ '@value': '2024-01-01', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
    expect(attack['https://schema.org/location']).toEqual([{ '@id': 'urn:iraq-militias:entity:town' }]);
    const threat = expanded.find((n) => n['@id'] === 'urn:iraq-militias:event:threat-one')!;
    expect(threat['urn:iraq-militias:vocab:follows']).toEqual([{ '@id': 'urn:iraq-militias:event:attack-one' }]);
    expect(threat['https://schema.org/startDate']).toBeUndefined();
  });

  it('converts to N-Quads with as many quads as the mini data implies', async () => {
    const quads = await nquads(toJSONLD({ dataset: miniDataset }));
    expect(quads).toHaveLength(expectedTriples(miniDataset));
    expect(quads).toContain('<urn:iraq-militias:entity:group-a> <urn:iraq-militias:vocab:memberOf> <urn:iraq-militias:entity:umbrella> .');
  });

  it('converts the bundled data to N-Quads with as many quads as the data implies', async () => {
    const quads = await nquads(toJSONLD());
    expect(quads.length).toBe(expectedTriples(dataset));
    expect(quads.every((q) => q.endsWith(' .'))).toBe(true);
  });

  it('keeps only the given events, and only links between them', async () => {
    const doc = toJSONLD({ dataset: miniDataset, events: [miniDataset.events[1]] });
    const threat = doc['@graph'].find((n) => n['@id'] === 'urn:iraq-militias:event:threat-one')!;
    expect(threat['follows']).toBeUndefined();
    expect(doc['@graph'].some((n) => n['@id'] === 'urn:iraq-militias:event:attack-one')).toBe(false);
  });

  it('documents every term of our vocabulary that the context defines', () => {
    const ours = Object.entries(JSONLD_CONTEXT)
      .filter(([, v]) => (typeof v === 'string' ? v : (v as { '@id': string })['@id']).startsWith('im:'))
      .map(([k]) => k);
    for (const term of ours) expect(JSONLD_VOCABULARY[term]?.description, term).toBeTruthy();
    expect(JSONLD_VOCABULARY['retaliationFor']!.iri).toBe('urn:iraq-militias:vocab:retaliationFor');
  });
});

/**
 * A dataset built to stress validation: `nEntities` valid organisations and `nRefs` events, each
 * naming one participant that does not exist. `distinct` of the missing ids are different (the
 * rest repeat them), each a near miss of a real id, so every one has a "did you mean" answer.
 */
export function danglingDataset(nEntities: number, nRefs: number, distinct = nRefs): Record<string, unknown> {
  const pad = (n: number) => String(n).padStart(7, '0');
  const evidence = [{ source: 'synthetic', paragraphs: [1] }];
  const entities = Array.from({ length: nEntities }, (_, i) => ({
    id: `group-${pad(i)}`,
    kind: 'organization',
    name: `Group ${i}`,
    aliases: [],
    description: `Synthetic group ${i}.`,
    evidence,
    certainty: 'stated',
  }));
  const events = Array.from({ length: nRefs }, (_, i) => ({
    id: `evt-${pad(i)}`,
    type: 'attack',
    modality: 'actual',
    date: '2024-01-01',
    participants: [{ entity: `grup-${pad((i % distinct) % Math.max(1, nEntities))}-x${i % distinct}`, role: 'perpetrator' }],
    summary: `Synthetic event ${i}.`,
    attributedTo: null,
    evidence,
    certainty: 'stated',
  }));
  const sources = [
    {
      id: 'synthetic',
      title: 'Synthetic',
      publisher: 'Bench',
      author: 'Bench',
      url: 'https://example.org/synthetic',
      published: '2024-01-01',
      language: 'en',
      paragraphs: 1,
    },
  ];
  return { schemaVersion: '1.0.0', sources, entities, events, relationships: [], eventLinks: [] };
}

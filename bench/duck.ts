/**
 * Peer 3 of the benchmark: DuckDB in-process (`@duckdb/node-api`). The events are loaded once
 * (from a CSV written to a temporary directory; load time reported apart) into tables ordered by
 * chronological rank, with an ART index on the looked-up columns, and every query is a prepared
 * statement, bound and run per call. Open ends are stored as ±1e9 days.
 *
 * The library's default question is asked in SQL: every event is loaded (type, modality, its
 * known span and which ends are unknown), and each query keeps only the events that happened
 * (modality `actual`, or a `threat` that was `threatened` or `conditional`); in `within` mode an
 * unknown start (end) lies inside a window only when the window's start (end) is open.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, INTEGER, LIST, listValue, type DuckDBPreparedStatement } from '@duckdb/node-api';
import { knownSpan } from '../src/dates/knownSpan.js';
import { parseEdtf } from '../src/dates/parseEdtf.js';
import type { DatasetRecord } from '../src/schema/types.js';

const clamp = (x: number) => Math.max(-1e9, Math.min(1e9, x));
const COLUMNS = "'rank': 'INTEGER', 'id': 'VARCHAR', 's': 'DOUBLE', 'e': 'DOUBLE', 'su': 'BOOLEAN', 'eu': 'BOOLEAN', 'type': 'VARCHAR', 'modality': 'VARCHAR'";
/** The library's `happened` rule, in SQL. */
const HAPPENED = "(modality = 'actual' OR (type = 'threat' AND modality IN ('threatened', 'conditional')))";
/** In `within` mode, an unknown start (end) only when the window's start (end) is open (±1e9). */
const UNKNOWN_WITHIN = '(NOT su OR $1 <= -1e9) AND (NOT eu OR $2 >= 1e9)';

export async function duckPeer(d: DatasetRecord) {
  const rows = d.events.map((e) => {
    const k = knownSpan(parseEdtf(e.date));
    return { e, s: k.first, t: k.last, su: k.startUnknown, eu: k.endUnknown };
  });
  rows.sort((a, b) => (a.s !== b.s ? (a.s < b.s ? -1 : 1) : a.t !== b.t ? (a.t < b.t ? -1 : 1) : a.e.id < b.e.id ? -1 : 1));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iraq-militias-bench-'));
  const entityPos = new Map(d.entities.map((e, i) => [e.id, i]));
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, lines.join('\n'));
    return file;
  };
  const eventsCsv = write('events', rows.map((r, rank) => `${rank},${r.e.id},${clamp(r.s)},${clamp(r.t)},${r.su},${r.eu},${r.e.type},${r.e.modality}`));
  const actorCsv = write(
    'actor_events',
    rows.flatMap((r, rank) => [...new Set(r.e.participants.map((p) => p.entity))].map((a) => `${a},${rank},${r.e.id},${clamp(r.s)},${clamp(r.t)},${r.su},${r.eu},${r.e.type},${r.e.modality}`)),
  );
  const adjCsv = write('adj', d.relationships.flatMap((r) => [`${entityPos.get(r.subject)},${entityPos.get(r.object)}`, `${entityPos.get(r.object)},${entityPos.get(r.subject)}`]));

  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(`CREATE TABLE events AS SELECT * FROM read_csv('${eventsCsv}', header = false, columns = {${COLUMNS}}) ORDER BY rank`);
  await db.run(`CREATE TABLE actor_events AS SELECT * FROM read_csv('${actorCsv}', header = false, columns = {'entity': 'VARCHAR', ${COLUMNS}}) ORDER BY entity, rank`);
  await db.run(`CREATE TABLE adj AS SELECT * FROM read_csv('${adjCsv}', header = false, columns = {'src': 'INTEGER', 'dst': 'INTEGER'}) ORDER BY src`);
  await db.run('CREATE INDEX events_s ON events (s)');
  await db.run('CREATE INDEX actor_events_entity ON actor_events (entity)');
  await db.run('CREATE INDEX adj_src ON adj (src)');
  rmSync(dir, { recursive: true, force: true });

  const byActor = await db.prepare(`SELECT id FROM actor_events WHERE entity = $1 AND ${HAPPENED} ORDER BY rank`);
  const overlap = await db.prepare(`SELECT id FROM events WHERE s <= $1 AND e >= $2 AND ${HAPPENED} ORDER BY rank`);
  const within = await db.prepare(`SELECT id FROM events WHERE s >= $1 AND e <= $2 AND ${UNKNOWN_WITHIN} AND ${HAPPENED} ORDER BY rank`);
  const actorWindow = await db.prepare(`SELECT id FROM actor_events WHERE entity = $1 AND s <= $2 AND e >= $3 AND ${HAPPENED} ORDER BY rank`);
  const step = await db.prepare('SELECT DISTINCT dst FROM adj WHERE src IN (SELECT unnest($1))');
  const ids = async (stmt: DuckDBPreparedStatement): Promise<string[]> => (await stmt.runAndReadAll()).getColumnsJS()[0] as string[] ?? [];
  return {
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
    async byActor(actor: string): Promise<string[]> {
      byActor.bindVarchar(1, actor);
      return ids(byActor);
    },
    async between(w0: number, w1: number, inside = false): Promise<string[]> {
      const stmt = inside ? within : overlap;
      stmt.bindDouble(1, inside ? clamp(w0) : clamp(w1));
      stmt.bindDouble(2, inside ? clamp(w1) : clamp(w0));
      return ids(stmt);
    },
    async actorWindow(actor: string, w0: number, w1: number): Promise<string[]> {
      actorWindow.bindVarchar(1, actor);
      actorWindow.bindDouble(2, clamp(w1));
      actorWindow.bindDouble(3, clamp(w0));
      return ids(actorWindow);
    },
    /** Breadth-first, one prepared query per level (the frontier bound as a list). */
    async pathLength(a: string, b: string): Promise<number | null> {
      const target = entityPos.get(b)!;
      const seen = new Set([entityPos.get(a)!]);
      let frontier = [entityPos.get(a)!];
      for (let depth = 0; frontier.length > 0; depth++) {
        if (seen.has(target) && frontier.includes(target)) return depth;
        step.bindList(1, listValue(frontier), LIST(INTEGER));
        const next: number[] = [];
        for (const x of (await step.runAndReadAll()).getColumnsJS()[0] as number[] ?? []) if (!seen.has(x)) (seen.add(x), next.push(x));
        frontier = next;
      }
      return null;
    },
  };
}

import { CSV_TABLES } from '../export/csvTable.js';
import { EVENT_TYPES } from '../vocab/events.js';

/** One option of a command, in `node:util` `parseArgs` terms plus its help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in help, e.g. `DATE`. */
  readonly value?: string;
  readonly help: string;
  /** The accepted values, when fixed. */
  readonly choices?: readonly string[];
}

/** A command's usage, help and options. */
export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly positionals: readonly [min: number, max: number];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly example: string;
}

const help: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };
const EVENT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
const filters: Readonly<Record<string, OptionSpec>> = {
  actor: { type: 'string', value: 'ID|NAME', help: 'events in which this entity takes part' },
  'include-members': { type: 'boolean', help: "with --actor: also its member groups' events" },
  from: { type: 'string', value: 'DATE', help: 'events overlapping this EDTF date or later (2024, 2024-01, 2024-01-28)' },
  to: { type: 'string', value: 'DATE', help: 'events overlapping this EDTF date or earlier' },
  type: { type: 'string', multiple: true, value: 'TYPE', help: 'event type (repeatable)', choices: EVENT_TYPES },
  place: { type: 'string', value: 'ID|NAME', help: 'events at this place or anywhere within it' },
  format: { type: 'string', value: 'FORMAT', help: 'output format (default table)', choices: EVENT_FORMATS },
  help,
};

/** The formats of the `export` command. */
export const EXPORT_FORMATS = ['csv', 'ndjson', 'json', 'geojson', 'jsonld', 'jsonschema', 'mermaid', 'dot', 'graphology', 'acled', 'ucdp-ged', 'plover'] as const;
/** The formats of the `graph` command. */
export const GRAPH_FORMATS = ['mermaid', 'dot', 'graphology'] as const;

/** Every command of the CLI, in help order. */
export const COMMANDS = {
  timeline: {
    usage: 'timeline [filters] [--format table|json|ndjson|csv]',
    summary: "the report's events in chronological order",
    positionals: [0, 0],
    options: filters,
    example: 'iraq-militias timeline --from 2024-01 --to 2024-06',
  },
  events: {
    usage: 'events [--actor ID] [--from DATE] [--to DATE] [--type TYPE] [--place ID] [--include-members] [--format table|json|ndjson|csv]',
    summary: 'events matching every filter given, with their ids',
    positionals: [0, 0],
    options: filters,
    example: 'iraq-militias events --actor kataib-hezbollah --from 2024 --format csv',
  },
  entity: {
    usage: 'entity <id or name> [--format text|json]',
    summary: 'one entity: kind, aliases, description, relationships and event count',
    positionals: [1, 1],
    options: { format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] }, help },
    example: "iraq-militias entity 'Kataib Hezbollah'",
  },
  relations: {
    usage: 'relations <id> [--as-of DATE] [--format table|json]',
    summary: 'relationships of an entity, both directions, inverses named',
    positionals: [1, 1],
    options: {
      'as-of': { type: 'string', value: 'DATE', help: 'only relationships valid at this EDTF date' },
      format: { type: 'string', value: 'FORMAT', help: 'output format (default table)', choices: ['table', 'json'] },
      help,
    },
    example: 'iraq-militias relations kataib-hezbollah --as-of 2024',
  },
  path: {
    usage: 'path <a> <b> [--format text|json]',
    summary: 'the shortest chain of relationships between two entities (exit 1 if none)',
    positionals: [2, 2],
    options: { format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] }, help },
    example: 'iraq-militias path kataib-sayyid-al-shuhada iran',
  },
  graph: {
    usage: 'graph [--format mermaid|dot|graphology] [--events] [--predicate P]',
    summary: 'the actor network as Mermaid, Graphviz DOT or graphology JSON',
    positionals: [0, 0],
    options: {
      format: { type: 'string', value: 'FORMAT', help: 'graph format (default mermaid)', choices: GRAPH_FORMATS },
      events: { type: 'boolean', help: 'also draw events and who took part in them' },
      predicate: { type: 'string', multiple: true, value: 'P', help: 'only relationships with this predicate (repeatable)' },
      help,
    },
    example: 'iraq-militias graph --format dot --predicate member-of > members.dot',
  },
  export: {
    usage: `export --format ${EXPORT_FORMATS.join('|')} [--table T] [--out FILE]`,
    summary: 'the whole dataset in a format other tools read',
    positionals: [0, 0],
    options: {
      format: { type: 'string', value: 'FORMAT', help: 'export format (required)', choices: EXPORT_FORMATS },
      table: { type: 'string', value: 'T', help: 'csv / ndjson: which table (default events)', choices: CSV_TABLES },
      out: { type: 'string', value: 'FILE', help: 'write to this file instead of standard output' },
      help,
    },
    example: 'iraq-militias export --format csv --table participants --out participants.csv',
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command name. */
export type CommandName = keyof typeof COMMANDS;

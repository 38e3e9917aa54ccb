import { CSV_TABLES } from '../export/csvTable.js';
import { EVENT_TYPES, MODALITIES, ROLES } from '../vocab/events.js';

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
  /** A repeatable option whose values may also be given comma-separated (`--roles a,b`). */
  readonly commas?: boolean;
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
const data: OptionSpec = { type: 'string', value: 'FILE', help: 'run on this JSON dataset (validated first) instead of the bundled report' };
const EVENT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
/** The window modes of `--mode`. */
export const WINDOW_MODES = ['overlap', 'within'] as const;
const filters: Readonly<Record<string, OptionSpec>> = {
  actor: { type: 'string', value: 'ID|NAME', help: 'events in which this entity takes part' },
  'include-members': { type: 'boolean', help: "with --actor: also its member groups' events" },
  roles: { type: 'string', multiple: true, commas: true, value: 'ROLE', help: 'with --actor: only where it takes one of these roles (repeatable or comma-separated)', choices: ROLES },
  from: { type: 'string', value: 'DATE', help: "start of the window: an EDTF date (2024, 2024-01, 2024-01-28) or '..' for open" },
  to: { type: 'string', value: 'DATE', help: "end of the window: an EDTF date or '..' for open" },
  mode: { type: 'string', value: 'MODE', help: 'how an event meets the window: overlap it (default), or lie wholly within it', choices: WINDOW_MODES },
  type: { type: 'string', multiple: true, commas: true, value: 'TYPE', help: 'event type (repeatable or comma-separated)', choices: EVENT_TYPES },
  modality: {
    type: 'string',
    multiple: true,
    commas: true,
    value: 'M',
    help: "only events of this modality (repeatable or comma-separated), or 'any'; default: what happened (actual events and threats made)",
    choices: [...MODALITIES, 'any'],
  },
  place: { type: 'string', value: 'ID|NAME', help: 'events at this place or state, or anywhere within it' },
  format: { type: 'string', value: 'FORMAT', help: 'output format (default table)', choices: EVENT_FORMATS },
  data,
  help,
};

/** The formats of the `export` command. */
export const EXPORT_FORMATS = ['csv', 'ndjson', 'json', 'geojson', 'jsonld', 'jsonschema', 'mermaid', 'dot', 'graphology', 'acled', 'ucdp-ged', 'plover'] as const;
/** The formats of the `graph` command. */
export const GRAPH_FORMATS = ['mermaid', 'dot', 'graphology'] as const;

/** Every command of the CLI, in help order. */
export const COMMANDS = {
  timeline: {
    usage: 'timeline [filters, as for events] [--data FILE] [--format table|json|ndjson|csv]',
    summary: "the report's events in chronological order",
    positionals: [0, 0],
    options: filters,
    example: 'iraq-militias timeline --from 2024-01 --to 2024-06',
  },
  events: {
    usage: 'events [--actor ID [--include-members] [--roles R]] [--from DATE] [--to DATE] [--mode overlap|within] [--type T] [--modality M] [--place ID] [--data FILE] [--format table|json|ndjson|csv]',
    summary: 'events matching every filter given, with their ids',
    positionals: [0, 0],
    options: filters,
    example: 'iraq-militias events --actor kataib-hezbollah --from 2024 --format csv',
  },
  entity: {
    usage: 'entity <id or name> [--data FILE] [--format text|json]',
    summary: 'one entity: kind, aliases, description, relationships and event count',
    positionals: [1, 1],
    options: { format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] }, data, help },
    example: "iraq-militias entity 'Kataib Hezbollah'",
  },
  relations: {
    usage: 'relations <id> [--as-of DATE] [--data FILE] [--format table|json]',
    summary: 'relationships of an entity, both directions, inverses named',
    positionals: [1, 1],
    options: {
      'as-of': { type: 'string', value: 'DATE', help: 'only relationships valid at this EDTF date' },
      format: { type: 'string', value: 'FORMAT', help: 'output format (default table)', choices: ['table', 'json'] },
      data,
      help,
    },
    example: 'iraq-militias relations kataib-hezbollah --as-of 2024',
  },
  path: {
    usage: 'path <a> <b> [--data FILE] [--format text|json]',
    summary: 'the shortest chain of relationships between two entities (exit 1 if none)',
    positionals: [2, 2],
    options: { format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] }, data, help },
    example: 'iraq-militias path kataib-sayyid-al-shuhada iran',
  },
  graph: {
    usage: 'graph [--format mermaid|dot|graphology] [--events] [--predicate P] [--data FILE]',
    summary: 'the actor network as Mermaid, Graphviz DOT or graphology JSON',
    positionals: [0, 0],
    options: {
      format: { type: 'string', value: 'FORMAT', help: 'graph format (default mermaid)', choices: GRAPH_FORMATS },
      events: { type: 'boolean', help: 'also draw events and who took part in them' },
      predicate: { type: 'string', multiple: true, commas: true, value: 'P', help: 'only relationships with this predicate (repeatable or comma-separated)' },
      data,
      help,
    },
    example: 'iraq-militias graph --format dot --predicate member-of > members.dot',
  },
  export: {
    usage: `export --format ${EXPORT_FORMATS.join('|')} [--table T] [--out FILE] [--data FILE]`,
    summary: 'the whole dataset in a format other tools read',
    positionals: [0, 0],
    options: {
      format: { type: 'string', value: 'FORMAT', help: 'export format (required)', choices: EXPORT_FORMATS },
      table: { type: 'string', value: 'T', help: 'csv / ndjson: which table (default events)', choices: CSV_TABLES },
      out: { type: 'string', value: 'FILE', help: 'write to this file instead of standard output' },
      data,
      help,
    },
    example: 'iraq-militias export --format csv --table participants --out participants.csv',
  },
  validate: {
    usage: 'validate <file.json> [--format text|json]',
    summary: 'check a JSON dataset of the same shape: every problem with its path (exit 1 if any)',
    positionals: [1, 1],
    options: { format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] }, help },
    example: 'iraq-militias validate mine.json',
  },
  diff: {
    usage: 'diff <old.json> <new.json> [--rename OLD=NEW]… [--format text|json]',
    summary: 'what changed between two datasets, field by field, and the release it needs',
    positionals: [2, 2],
    options: {
      rename: { type: 'string', multiple: true, value: 'OLD=NEW', help: 'an id renamed from OLD to NEW (repeatable): compared, not removed and added' },
      format: { type: 'string', value: 'FORMAT', help: 'output format (default text)', choices: ['text', 'json'] },
      help,
    },
    example: 'iraq-militias diff released.json mine.json --format json',
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command name. */
export type CommandName = keyof typeof COMMANDS;

import type { DatasetRecord, EntityRecord } from '../schema/types.js';
import type { QueryIndex } from '../query/types.js';
import type { CliIO } from './CliIO.js';
import type { Style } from './createStyle.js';

/** What every command gets: the output, the styles, the dataset and its query index. */
export interface CommandContext {
  readonly io: CliIO;
  readonly style: Style;
  readonly dataset: DatasetRecord;
  readonly index: QueryIndex<DatasetRecord>;
  /** The entity named by an id, or an exact name or alias (see `resolveEntityArg`). */
  readonly entity: (text: string, what: string) => EntityRecord;
}

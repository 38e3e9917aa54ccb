import type { DatasetRecord } from '../schema/types.js';
import type { EventLinkType, EventType, Modality, Role } from '../vocab/events.js';
import type { Predicate, PREDICATE_INFO } from '../vocab/relationships.js';

/** The entity records of a dataset `D`, with their literal types. */
export type EntityOf<D extends DatasetRecord> = D['entities'][number];
/** The event records of a dataset `D`, with their literal types. */
export type EventOf<D extends DatasetRecord> = D['events'][number];
/** The relationship records of a dataset `D`. */
export type RelationshipOf<D extends DatasetRecord> = D['relationships'][number];
/** The event-link records of a dataset `D`. */
export type EventLinkOf<D extends DatasetRecord> = D['eventLinks'][number];
/** An entity id of a dataset `D` (a literal union when `D` is a literal). */
export type EntityIdOf<D extends DatasetRecord> = EntityOf<D>['id'];
/** An event id of a dataset `D` (a literal union when `D` is a literal). */
export type EventIdOf<D extends DatasetRecord> = EventOf<D>['id'];
/**
 * The id of a place or a state of a dataset `D` (entities of kind `place` or `state`: the ones
 * an event can be located at), derived from the data: with a literal dataset, the id of an
 * armed group is not a `PlaceIdOf<D>`.
 */
export type PlaceIdOf<D extends DatasetRecord> =
  EntityOf<D> extends infer E ? (E extends { readonly id: infer I; readonly kind: infer K } ? ([Extract<K, 'place' | 'state'>] extends [never] ? never : I) : never) : never;

/**
 * A date argument of a window or an `asOf`: a `Date` (its UTC calendar day), an EDTF string
 * (`'2024'`, `'2024-01'`, `'2024-01-21'`, `'199X'`, `'2024-01/2024-03'` …), or `null`,
 * `undefined` or `'..'` for an open end.
 */
export type DateInput = Date | string | null | undefined;

/** The name of a relationship predicate read from its object's side (`backed-by` → `backs`). */
export type InversePredicate = Exclude<(typeof PREDICATE_INFO)[Predicate]['inverse'], Predicate>;

/** A predicate as read from one end of a relationship: the canonical name or its derived inverse. */
export type DirectedPredicate = Predicate | InversePredicate;

/** One value or several (any of them matches). */
export type OneOrMore<T> = T | readonly T[];

/** How an event's date interval must relate to a window: overlap it (default) or lie wholly inside it. */
export type WindowMode = 'overlap' | 'within';

/** Filters that every event helper accepts; they compose (all must hold). */
export interface EventFilters<D extends DatasetRecord = DatasetRecord> {
  /** Start of the window (inclusive; a month or year starts on its first day). Open when absent. */
  readonly from?: DateInput;
  /** End of the window (inclusive; `'2024-01'` ends on January 31). Open when absent. */
  readonly to?: DateInput;
  /** `'overlap'` (default): the event's interval overlaps the window; `'within'`: lies wholly inside it. */
  readonly mode?: WindowMode;
  /** Event type(s) from `EVENT_TYPES`. */
  readonly type?: OneOrMore<EventType>;
  /** A place or state id: events located there or in any place within it. */
  readonly place?: PlaceIdOf<D>;
  /**
   * Modality (or modalities): `actual`, `threatened`, `conditional`, `expected`, `claimed`, or
   * `'any'`. When absent, only what **happened**: `actual` events and the threats that were made
   * (a `threat` that is `threatened` or `conditional`); expected, claimed and merely threatened
   * acts are left out unless asked for.
   */
  readonly modality?: OneOrMore<Modality> | 'any';
}

/** Options of `byActor`: the roles to keep, whether to include member groups, plus the common filters. */
export interface ActorOptions<D extends DatasetRecord = DatasetRecord> extends EventFilters<D> {
  /** Keep only events where the entity (or a member) takes one of these roles. */
  readonly roles?: OneOrMore<Role>;
  /**
   * Also the events of its member groups, transitively, through membership relationships
   * (`member-of`, `part-of`) valid at each event's date.
   */
  readonly includeMembers?: boolean;
}

/** The filters of `query` / `timeline`: the common ones plus an optional actor. */
export interface QueryFilters<D extends DatasetRecord = DatasetRecord> extends ActorOptions<D> {
  /** An entity id: events in which it takes part (see `roles` and `includeMembers`, which need it). */
  readonly actor?: EntityIdOf<D>;
}

/** Options of `between`: every filter of `query` except the window ends, which are its arguments. */
export type BetweenOptions<D extends DatasetRecord = DatasetRecord> = Omit<QueryFilters<D>, 'from' | 'to'>;
/** Options of `byType`: every filter of `query` except `type`, which is its argument. */
export type ByTypeOptions<D extends DatasetRecord = DatasetRecord> = Omit<QueryFilters<D>, 'type'>;
/** Options of `byPlace`: every filter of `query` except `place`, which is its argument. */
export type ByPlaceOptions<D extends DatasetRecord = DatasetRecord> = Omit<QueryFilters<D>, 'place'>;

/** Options of `statementsBy`. */
export interface StatementOptions<D extends DatasetRecord = DatasetRecord> extends EventFilters<D> {
  /** Also the statements of its spokespersons (`spokesperson-of`, valid at the date). Default `true`. */
  readonly includeSpokespersons?: boolean;
  /** Also the statements of its member groups (transitively, valid at the date). Default `false`. */
  readonly includeMembers?: boolean;
}

/** Which way a relationship is read from the entity asked about. */
export type Direction = 'outgoing' | 'incoming' | 'both';

/** Options of `relationsOf`, `neighbors` and `path`. */
export interface RelationOptions {
  /**
   * A canonical predicate (matches its relationships in either direction) or a derived inverse
   * name such as `'backs'` or `'has-member'` (matches them read from the object's side).
   */
  readonly predicate?: OneOrMore<DirectedPredicate>;
  /** `'outgoing'` (the entity is the subject), `'incoming'` (the object) or `'both'` (default). */
  readonly direction?: Direction;
  /** Keep relationships valid at this date (overlapping it); no `valid` means always. */
  readonly asOf?: DateInput;
}

/** A relationship as seen from one of its ends. */
export interface RelationView<D extends DatasetRecord = DatasetRecord> {
  /** The stored relationship (one canonical direction). */
  readonly relationship: RelationshipOf<D>;
  /** `'outgoing'` when the entity asked about is the subject, `'incoming'` when it is the object. */
  readonly direction: 'outgoing' | 'incoming';
  /** The predicate read from the entity asked about: canonical when outgoing, the inverse when incoming. */
  readonly predicate: DirectedPredicate;
  /** The entity at the other end. */
  readonly other: EntityOf<D>;
}

/** One step of a {@link PathResult}: `from predicate to` as read along the path. */
export interface PathStep<D extends DatasetRecord = DatasetRecord> {
  readonly from: EntityOf<D>;
  readonly predicate: DirectedPredicate;
  readonly to: EntityOf<D>;
  readonly relationship: RelationshipOf<D>;
}

/** The shortest chain of relationships between two entities. */
export interface PathResult<D extends DatasetRecord = DatasetRecord> {
  /** The entities along the chain, from the first argument to the second. */
  readonly entities: readonly EntityOf<D>[];
  /** The relationships along the chain, each read in the path's direction. */
  readonly steps: readonly PathStep<D>[];
}

/** Options of `membersOf` / `membershipsOf`. */
export interface MembershipOptions {
  /** Only memberships valid at this date (every link of the chain); all when absent. */
  readonly asOf?: DateInput;
  /** Follow chains (default `true`); `false` gives direct members / memberships only. */
  readonly transitive?: boolean;
}

/** A member (or a membership) reached through a chain of membership relationships. */
export interface MembershipEntry<D extends DatasetRecord = DatasetRecord> {
  /** The member (for `membersOf`) or the group it belongs to (for `membershipsOf`). */
  readonly entity: EntityOf<D>;
  /** 1 for a direct link, 2 for a member of a member, … (always `via.length`). */
  readonly depth: number;
  /**
   * The relationships of the chain, starting from the entity asked about (the first chain found, breadth-first): the
   * whole chain, built when first read (then the same frozen array); the call itself does not pay for it.
   */
  readonly via: readonly RelationshipOf<D>[];
}

/** Options of `findEntity`. */
export interface FindEntityOptions {
  /** At most this many results (default: all). */
  readonly limit?: number;
}

/** How a {@link EntityMatch} matched, best first. */
export type MatchKind = 'exact-name' | 'exact-alias' | 'prefix' | 'word' | 'substring';

/** One hit of `findEntity`. */
export interface EntityMatch<D extends DatasetRecord = DatasetRecord> {
  readonly entity: EntityOf<D>;
  /** Higher is better: 100 exact name, 90 exact alias, 70 prefix, 50 whole words, 30 substring. */
  readonly score: number;
  /** Why it matched. */
  readonly match: MatchKind;
  /** The name or alias that matched. */
  readonly matched: string;
}

/** Options of `causes` / `consequences`. */
export interface ChainOptions {
  /** Link types to follow (default: `CAUSAL_LINK_TYPES`: retaliation-for, response-to, caused-by; `follows` and `part-of` only when asked). */
  readonly types?: OneOrMore<EventLinkType>;
  /** Follow chains (default `true`); `false` gives direct links only. */
  readonly transitive?: boolean;
}

/**
 * An event reached through a chain of event links: the same shape as a {@link MembershipEntry}
 * (the record reached, its `depth` and the whole `via` chain), plus `link`, the chain's last link.
 */
export interface ChainEntry<D extends DatasetRecord = DatasetRecord> {
  readonly event: EventOf<D>;
  /** 1 for a direct link, 2 for a link of a link, … (always `via.length`). */
  readonly depth: number;
  /**
   * The links of the chain, starting from the event asked about (the first chain found, breadth-first): the whole
   * chain, built when first read (then the same frozen array); the call itself does not pay for it.
   */
  readonly via: readonly EventLinkOf<D>[];
  /** The last link of `via`: the one that reaches `event`. */
  readonly link: EventLinkOf<D>;
}

/**
 * The query helpers over one dataset, built by `createIndex`; every id parameter is typed by
 * the dataset's own ids. Each method behaves as the top-level helper of the same name.
 */
export interface QueryIndex<D extends DatasetRecord> {
  /** The dataset the index was built from. */
  readonly dataset: D;
  /** Events in which `actor` takes part (see `byActor`). */
  byActor(actor: EntityIdOf<D>, options?: ActorOptions<D>): readonly EventOf<D>[];
  /** Events whose date interval overlaps (or lies within) `[from, to]` (see `between`). */
  between(from: DateInput, to: DateInput, options?: BetweenOptions<D>): readonly EventOf<D>[];
  /** Events of a type or types (see `byType`). */
  byType(type: OneOrMore<EventType>, options?: ByTypeOptions<D>): readonly EventOf<D>[];
  /** Events located at a place or anywhere within it (see `byPlace`). */
  byPlace(place: PlaceIdOf<D>, options?: ByPlaceOptions<D>): readonly EventOf<D>[];
  /** Relationships of an entity, both directions, inverses derived (see `relationsOf`). */
  relationsOf(entity: EntityIdOf<D>, options?: RelationOptions): readonly RelationView<D>[];
  /** Entities one relationship away (see `neighbors`). */
  neighbors(entity: EntityIdOf<D>, options?: RelationOptions): readonly EntityOf<D>[];
  /** The shortest chain of relationships from `a` to `b`, or `null` (see `path`). */
  path(a: EntityIdOf<D>, b: EntityIdOf<D>, options?: RelationOptions): PathResult<D> | null;
  /** Members of an entity, transitively (see `membersOf`). */
  membersOf(entity: EntityIdOf<D>, options?: MembershipOptions): readonly MembershipEntry<D>[];
  /** What an entity is a member or part of, transitively (see `membershipsOf`). */
  membershipsOf(entity: EntityIdOf<D>, options?: MembershipOptions): readonly MembershipEntry<D>[];
  /** Entities by name or alias, ranked (see `findEntity`). */
  findEntity(text: string, options?: FindEntityOptions): readonly EntityMatch<D>[];
  /** What led to an event, transitively (see `causes`). */
  causes(event: EventIdOf<D>, options?: ChainOptions): readonly ChainEntry<D>[];
  /** What an event led to, transitively (see `consequences`). */
  consequences(event: EventIdOf<D>, options?: ChainOptions): readonly ChainEntry<D>[];
  /** Statements and threats made by an entity (see `statementsBy`). */
  statementsBy(entity: EntityIdOf<D>, options?: StatementOptions<D>): readonly EventOf<D>[];
  /** Events in chronological order, optionally filtered (see `timeline`). */
  timeline(filters?: QueryFilters<D>): readonly EventOf<D>[];
  /** Events matching every filter, in chronological order (see `query`). */
  query(filters: QueryFilters<D>): readonly EventOf<D>[];
}

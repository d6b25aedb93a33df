/**
 * Zod schemas for every stand-off annotation layer of a Doc.
 *
 * Every item has end-exclusive UTF-16 `start`/`end` offsets into `Doc.text`
 * and a `source` naming the component and rule that produced it
 * ("component/rule"). Fields beyond the public `annotate` contract
 * (docs/annotate-contract.md) are optional extras.
 */
import { z } from 'zod';

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span that also carries the text it covers. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

const provenance = { source: z.string().optional() };

export const SentenceSchema = SpanSchema.extend({ ...provenance });
export type Sentence = z.infer<typeof SentenceSchema>;

export const TokenSchema = SpanSchema.extend({
  /** Universal POS tag from wink-nlp. */
  pos: z.string(),
  /** Index of the sentence that holds this token. */
  sentence: z.number().int().nonnegative(),
});
export type Token = z.infer<typeof TokenSchema>;

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** PLOVER actor sector codes (with the CAMEO-style additions we use). */
export const SectorSchema = z.string().regex(/^[A-Z]{3}$/);

export const EntitySchema = TextSpanSchema.extend({
  type: EntityTypeSchema,
  /** Canonical name of the entity this mention refers to (in-document linking). */
  name: z.string().optional(),
  /** Mentions of one entity share a cluster id. */
  cluster: z.number().int().optional(),
  role: z.string().optional(),
  /** ISO 3166-1 alpha-3 country of the entity or its affiliation. */
  country: z.string().length(3).optional(),
  sector: SectorSchema.optional(),
  /** True when the mention is a pronoun or nominal ("he", "the minister") resolved to a name. */
  anaphor: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  ...provenance,
});
export type Entity = z.infer<typeof EntitySchema>;

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const TimexTypeSchema = z.enum(TIMEX_TYPES);

export const TimeSchema = TextSpanSchema.extend({
  type: TimexTypeSchema,
  /** TIMEX3 value, e.g. 2024-01-25, 2023-10, P3D, PRESENT_REF. */
  value: z.string(),
  /** The interval the expression denotes, as ISO dates (inclusive), when it has one. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** True when any part of the value was inferred from the anchor (publication date) rather than stated. */
  inferred: z.boolean().optional(),
  ...provenance,
});
export type Time = z.infer<typeof TimeSchema>;

export const SpeakerSchema = TextSpanSchema.extend({
  /** Resolved full name of the speaker. */
  name: z.string().optional(),
  type: EntityTypeSchema.optional(),
  role: z.string().optional(),
  country: z.string().length(3).optional(),
});

export const QuoteSchema = SpanSchema.extend({
  /** True for verbatim quotes in quotation marks; false for indirect speech. */
  direct: z.boolean(),
  /** The speech verb or phrase ("said", "according to"). */
  cue: SpanSchema.nullable(),
  speaker: SpeakerSchema.nullable(),
  text: z.string().optional(),
  /**
   * The quoted pieces of a quote interrupted by its attribution
   * (`"A," he said, "B."`): start/end then run from the first piece to the
   * last, and `text` is the pieces joined by a space. Absent for one-piece quotes.
   */
  parts: z.array(SpanSchema).optional(),
  /** Date the statement was made (ISO), and whether it came from the text or the publication date. */
  date: z.string().optional(),
  dateSource: z.enum(['text', 'published']).optional(),
  ...provenance,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const PlaceSchema = TextSpanSchema.extend({
  /** Gazetteer name of the resolved place. */
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().length(2).nullable(),
  admin1: z.string().optional(),
  geonameId: z.number().int().optional(),
  /** GeoNames feature class: A (country, region), P (populated place), L (area), ... */
  featureClass: z.string().optional(),
  /** Places we recognise but cannot geocode keep the nearest resolvable container. */
  resolved: z.boolean().optional(),
  container: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** An adjectival reference to the place ("Israeli", "Texans") rather than its name. */
  demonym: z.boolean().optional(),
  ...provenance,
});
export type Place = z.infer<typeof PlaceSchema>;

export const EventActorSchema = TextSpanSchema.extend({
  /** ISO 3166-1 alpha-3. */
  country: z.string().length(3).optional(),
  sector: SectorSchema.optional(),
  name: z.string().optional(),
  /** Other countries linked to the actor ("Iran-linked"). */
  links: z.array(z.string().length(3)).optional(),
  /** Not named in the text: inferred (e.g. an unattributed attack's actor from the country where it happened). */
  inferred: z.boolean().optional(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

export const EventSchema = SpanSchema.extend({
  sentence: SpanSchema,
  plover: z.object({ type: z.string(), mode: z.string().optional() }),
  cameo: z.string().optional(),
  acled: z.object({ eventType: z.string(), subEventType: z.string() }).optional(),
  actor: EventActorSchema.optional(),
  target: EventActorSchema.optional(),
  place: PlaceSchema.partial().extend(TextSpanSchema.shape).optional(),
  /** ISO date or interval start of the event. */
  date: z.string().optional(),
  dateTo: z.string().optional(),
  dateSource: z.enum(['text', 'published']).optional(),
  count: z.number().optional(),
  countQualifier: z.string().optional(),
  counts: z
    .object({
      attacks: z.number().optional(),
      killed: z.number().optional(),
      injured: z.number().optional(),
      arrested: z.number().optional(),
      troops: z.number().optional(),
    })
    .optional(),
  negated: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  future: z.boolean().optional(),
  claimed: z.boolean().optional(),
  /** The pattern or features that produced this event, for explanation. */
  evidence: z.string().optional(),
  ...provenance,
});
export type Event = z.infer<typeof EventSchema>;

/** Layer names and the schema of their items. */
export const LAYER_SCHEMAS = {
  sentences: SentenceSchema,
  tokens: TokenSchema,
  entities: EntitySchema,
  times: TimeSchema,
  quotes: QuoteSchema,
  places: PlaceSchema,
  events: EventSchema,
} as const;

export type LayerName = keyof typeof LAYER_SCHEMAS;
export const LAYER_NAMES = Object.keys(LAYER_SCHEMAS) as LayerName[];

export interface LayerItems {
  sentences: Sentence;
  tokens: Token;
  entities: Entity;
  times: Time;
  quotes: Quote;
  places: Place;
  events: Event;
}

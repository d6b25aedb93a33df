/**
 * The actors of one sentence, for roles.ts: its noun-phrase chunks and, on
 * demand, the actor each chunk denotes (actors.ts), with the links and the
 * identity an apposition gives it ("The Islamic Resistance in Iraq, a loose
 * alliance of Iran-linked groups, ..."; "Kenzo Oshima, the United Nations
 * relief coordinator, ..."). Actors are computed lazily and memoised: role
 * finding looks at a few chunks near each trigger, not at all of them.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, EventActor } from '../../model/layers.js';
import { actorFromChunk, type ActorContext } from './actors.js';
import { findChunks, type Chunk } from './chunks.js';
import type { Proposal } from './propose.js';
import type { SentenceActors } from './roles.js';
import type { SentenceUnits } from './units.js';
import { itemsWithin } from '../../model/span-search.js';

export function sentenceActors(doc: Doc, s: SentenceUnits, contextCountry: () => string | undefined, proposals: readonly Proposal[]): SentenceActors {
  const entities = itemsWithin(doc.get('entities'), s.sentence.start, s.sentence.end);
  const ctx: ActorContext = new LazyActorContext(doc.text, entities, contextCountry);
  const chunks = findChunks(s.units, entities);
  const base = memoise(chunks.length, (i) => actorFromChunk(chunks[i]!, s.units, ctx));
  const actor = memoise(chunks.length, (i) => withApposition(s, chunks, base, i));
  return {
    units: s.units,
    chunks,
    actor,
    text: doc.text,
    triggerUnits: new Set(proposals.map((p) => p.first)),
    partial: (first, last) =>
      actorFromChunk({ first, last, start: s.units[first]!.start, end: s.units[last - 1]!.end, named: undefined }, s.units, ctx),
  };
}

/**
 * The actor context with its country computed on first use. A class, not an object
 * literal with a getter: such literals are built slowly, once per sentence.
 */
class LazyActorContext implements ActorContext {
  constructor(
    readonly text: string,
    readonly entities: readonly Entity[],
    private readonly country: () => string | undefined,
  ) {}
  get contextCountry(): string | undefined {
    return this.country();
  }
}

/** `f` over 0..n-1, each value computed once on first use. */
function memoise<T>(n: number, f: (i: number) => T): (i: number) => T {
  const done = new Array<boolean>(n).fill(false);
  const values = new Array<T>(n);
  return (i) => {
    if (i < 0 || i >= n) return undefined as T;
    if (!done[i]) {
      values[i] = f(i);
      done[i] = true;
    }
    return values[i]!;
  };
}

/**
 * Chunk `i`'s actor followed by a comma takes the links of the chunks after it up
 * to the next comma or verb, and the country or sector of an apposition.
 */
function withApposition(s: SentenceUnits, chunks: readonly Chunk[], base: (i: number) => EventActor | undefined, i: number): EventActor | undefined {
  const c = chunks[i]!;
  let actor = base(i);
  if (!actor || s.units[c.last]?.text !== ',') return actor;
  const own = actor;
  const links = new Set(own.links ?? []);
  // The units between the comma and each next chunk are scanned once, not again per chunk.
  let scanned = c.last + 1;
  for (let j = i + 1; j < chunks.length; j++) {
    const next = chunks[j]!;
    let stop = false;
    for (; scanned < next.first && !stop; scanned++) stop = s.units[scanned]!.text === ',' || s.units[scanned]!.pos === 'VERB';
    if (stop) break;
    for (const l of base(j)?.links ?? []) if (l !== own.country) links.add(l);
  }
  // Object.assign, not a spread: the same keys in the same order, faster for actors of many shapes.
  if (links.size) actor = Object.assign({}, own, { links: [...links] });
  // "Kenzo Oshima, the United Nations relief coordinator," / "Ali Benali, Algeria's leading activist,": the appositive says who the actor is.
  const appositive = apposedActor(s, chunks, base, i);
  if (appositive && !own.country) {
    const merged: EventActor = Object.assign({}, actor);
    if (appositive.country) merged.country = appositive.country;
    if (/^(IGO|NGO)$/.test(appositive.sector ?? '') && !appositive.country) merged.sector = appositive.sector;
    else if (!merged.sector && appositive.sector) merged.sector = appositive.sector;
    actor = merged;
  }
  return actor;
}

/** The actor of the chunk right after `i`'s comma, when it is a noun phrase closed by another comma (an apposition). */
function apposedActor(s: SentenceUnits, chunks: readonly Chunk[], base: (i: number) => EventActor | undefined, i: number): EventActor | undefined {
  const next = chunks[i + 1];
  if (!next || next.first !== chunks[i]!.last + 1) return undefined;
  if (s.units[next.last]?.text !== ',') return undefined;
  return base(i + 1);
}

/**
 * Pipeline component: named entities (PER, ORG, LOC, MISC).
 *
 * Order:
 *  1. propose — the perceptron tagger (models/ner.json.gz) over the wink
 *     tokens of each sentence;
 *  2. resolve — tidy span edges and drop implausible spans; apply the rules
 *     of rules.ts (known names, country names as LOC, organisation names
 *     split by the model, honorifics; a name after a courtesy title is a
 *     person's, honorifics.ts); link mentions of one name into clusters
 *     (link.ts); read roles, countries and sectors (affiliation.ts) and
 *     share them across each cluster.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, EntityType } from '../../model/layers.js';
import type { Component } from '../../pipeline/component.js';
import { repoPath } from '../../paths.js';
import { NO_AFFILIATION, namedThingAffiliation, personAffiliation, type Affiliation, type EarlierRole } from './affiliation.js';
import { tokenView, type TokenView } from './context.js';
import { linkMentions } from './link.js';
import { loadModel } from './model-file.js';
import { personsAfterTitles } from './honorifics.js';
import { applyKnownNames, mergeOrganisationParts, retypeCountryNames, stripHonorifics } from './rules.js';
import { NerTagger, type TaggedSpan } from './tagger.js';

export const NER_MODEL_PATH = repoPath('models', 'ner.json.gz');

let tagger: NerTagger | undefined;

/** The tagger, loaded on first use and kept for the life of the process. */
export function getTagger(): NerTagger {
  tagger ??= new NerTagger(loadModel(NER_MODEL_PATH));
  return tagger;
}

/** Curly quotes and dashes as the ASCII the model was trained on (same lengths, so offsets hold). */
const NEEDS_NORMALIZING = /[“”„‘’–—]/;
/** The code units NEEDS_NORMALIZING matches. */
const mayNormalize = (c: number) => c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0x2019 || c === 0x2013 || c === 0x2014;
const normalizeForModel = (s: string) => (NEEDS_NORMALIZING.test(s) ? s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-') : s);

/** Step 1: tagger spans over the doc's sentences. */
export function proposeEntities(doc: Doc, model: NerTagger = getTagger()): TaggedSpan[] {
  // One test of the whole text spares most documents a test per token. Tokens come in text
  // order, so a sentence's tokens are contiguous.
  return model.tagTextTokens(doc.text, doc.get('tokens'), normalizeForModel, mayNormalize, NEEDS_NORMALIZING.test(doc.text));
}

const EDGE_JUNK = /^["'“”‘’([{\-–—.,;:]+|(?:["'“”‘’)\]}\-–—,;:]+|[’']s)$/u;
const LEAD_JUNK = /^["'“”‘’([{\-–—.,;:]+\s*/u;
const TRAIL_JUNK = /\s*(?:["'“”‘’)\]}\-–—,;:]+|[’']s)$/u;

/** Step 2a: trims quotes, brackets and possessive endings from span edges; drops spans with no capital letter. */
export function tidySpans(doc: Doc, spans: readonly TaggedSpan[]): Entity[] {
  const out: Entity[] = [];
  for (const s of spans) {
    let start = s.start;
    let end = s.end;
    for (let guard = 0; guard < 4; guard++) {
      const text = doc.text.slice(start, end);
      const lead = LEAD_JUNK.exec(text);
      const trail = TRAIL_JUNK.exec(text);
      if (lead && lead[0].length < text.length) start += lead[0].length;
      else if (trail && trail[0].length < text.length) end -= trail[0].length;
      else break;
    }
    const text = doc.text.slice(start, end);
    if (!/\p{Lu}/u.test(text) || EDGE_JUNK.test(text)) continue;
    out.push({ start, end, text, type: s.type as EntityType, source: 'entities/perceptron', confidence: round(s.confidence) });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The role of the last person before mention `at` who is of another cluster
 * and has one. An object whose method `personAffiliation` calls, not a
 * closure per mention: a call site meeting ever new closures is deoptimised
 * ('wrong call target') and its large function compiled again.
 */
class RoleBefore implements EarlierRole {
  at = 0;

  constructor(
    private readonly mentions: readonly Entity[],
    private readonly found: ReadonlyMap<Entity, Affiliation>,
  ) {}

  lastRole(): Affiliation | undefined {
    const cluster = this.mentions[this.at]!.cluster;
    for (let k = this.at - 1; k >= 0; k--) {
      const prev = this.mentions[k]!;
      const a = this.found.get(prev);
      if (prev.type === 'PER' && prev.cluster !== cluster && a?.role) return a;
    }
    return undefined;
  }
}

/** Step 2c: roles, countries, sectors per mention, then shared across each cluster. */
export function addAffiliations(view: TokenView, entities: readonly Entity[]): Entity[] {
  // Object.assign, not spread: properties added to a spread copy (role, sector, country below) take V8's slow path.
  const out = entities.map((e) => Object.assign({}, e));
  const found = new Map<Entity, Affiliation>();
  const earlier = new RoleBefore(out, found);
  out.forEach((e, k) => {
    earlier.at = k;
    found.set(e, e.type === 'PER' ? personAffiliation(view, e, earlier) : namedThingAffiliation(view, e));
  });
  // The first mention that states a role or country speaks for its whole cluster.
  const byCluster = new Map<number, Affiliation>();
  for (const e of out) {
    const a = found.get(e)!;
    const c = byCluster.get(e.cluster ?? -1) ?? NO_AFFILIATION;
    byCluster.set(e.cluster ?? -1, { role: c.role ?? a.role, sector: c.sector ?? a.sector, country: c.country ?? a.country });
  }
  for (const e of out) {
    const own = found.get(e)!;
    const shared = e.type === 'PER' && e.cluster !== undefined ? byCluster.get(e.cluster)! : NO_AFFILIATION;
    const role = own.role ?? shared.role;
    const sector = own.sector ?? shared.sector;
    const country = own.country ?? shared.country;
    if (role) e.role = role;
    if (sector) e.sector = sector;
    if (country) e.country = country;
  }
  return out;
}

export const entitiesComponent: Component = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run(doc) {
    const proposed = proposeEntities(doc);
    const tidy = tidySpans(doc, proposed);
    const corrected = stripHonorifics(mergeOrganisationParts(doc.text, personsAfterTitles(doc.text, retypeCountryNames(applyKnownNames(doc.text, tidy)))));
    const linked = linkMentions(corrected);
    doc.set('entities', addAffiliations(tokenView(doc), linked));
  },
};

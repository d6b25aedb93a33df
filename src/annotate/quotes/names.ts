/**
 * Resolving a speaker mention to the Speaker item: the entity's linked name
 * (entities/link.ts);
 * pronouns and definite role nouns ("the minister") to the most recent
 * compatible PER before them; organisation nouns ("the ministry") to the
 * most recent ORG that contains the noun; indefinite ones ("a security
 * official") stay unnamed.
 */
import type { Entity, EntityType } from '../../model/layers.js';
import { firstStartingFrom } from '../../model/span-search.js';
import type { QuoteView } from './context.js';
import { ORG_HEADS, PERSON_HEADS } from './lexicon.js';
import type { SpeakerMention } from './speaker.js';

export interface Speaker {
  start: number;
  end: number;
  text: string;
  name?: string;
  type?: EntityType;
  role?: string;
  country?: string;
}

/** How many paragraphs back an antecedent may be. */
const PARAGRAPHS_BACK = 3;
const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
const ORG_PRONOUNS = new Set(['it']);

/** The speaker with the entity's details; its full name is the one the entity layer linked (entities/link.ts). */
function withEntity(speaker: Speaker, e: Entity): Speaker {
  return speakerItem(speaker.start, speaker.end, speaker.text, e.name ?? e.text, e.type, e.role || undefined, e.country || undefined);
}

/**
 * Every speaker has all seven fields, in the layer's order, undefined when unknown
 * (JSON leaves those out, as it left out the absent keys): one hidden class for
 * all speakers, where the literals and spreads made one per combination.
 */
function speakerItem(start: number, end: number, text: string, name?: string, type?: EntityType, role?: string, country?: string): Speaker {
  return { start, end, text, name, type, role, country };
}

/** The speaker marked as a person or an organisation, with no name. */
function typed(speaker: Speaker, type: EntityType): Speaker {
  return speakerItem(speaker.start, speaker.end, speaker.text, undefined, type);
}

function insideQuote(view: QuoteView, e: Entity): boolean {
  // Names inside quotations ("Mr. President, will you ...") are rarely the speaker.
  // Pieces are sorted and disjoint: the last one starting at or before e.
  const piece = view.pieces[firstStartingFrom(view.pieces, e.start + 1) - 1];
  return piece !== undefined && e.start < piece.end;
}

/** The most recent entity before `offset`, within a few paragraphs, that passes `accept`. */
function antecedent(view: QuoteView, offset: number, paragraph: number, accept: (e: Entity) => boolean): Entity | undefined {
  const earliest = view.paragraphs[Math.max(0, paragraph - PARAGRAPHS_BACK)]!.start;
  const entities = view.doc.get('entities');
  // Entities are sorted by start: begin at the last one starting before `offset`.
  for (let i = firstStartingFrom(entities, offset) - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.end > offset) continue;
    if (e.start < earliest) break;
    if (accept(e) && !insideQuote(view, e)) return e;
  }
  return undefined;
}

function roleMatches(view: QuoteView, e: Entity, role: string): boolean {
  if (e.role && e.role.toLowerCase().includes(role)) return true;
  // "Foreign Minister Jose Manuel Albares": the role word just before the first mention.
  const before = view.text.slice(Math.max(0, e.start - 40), e.start).toLowerCase();
  return before.includes(role);
}

/** The Speaker item for a proposed mention. */
export function resolveSpeaker(view: QuoteView, m: SpeakerMention): Speaker {
  const start = view.tokens[m.first]!.start;
  const end = view.tokens[m.last - 1]!.end;
  const speaker = speakerItem(start, end, view.text.slice(start, end));
  const paragraph = view.paragraphOfToken[m.first]!;
  if (m.entity && (m.kind === 'entity' || m.entity.type !== 'LOC')) {
    if (m.entity.anaphor && m.entity.name) return withEntity(speaker, m.entity);
    if (m.kind === 'entity') return withEntity(speaker, m.entity);
  }
  const head = view.lower.get(m.head)!;
  if (m.kind === 'pronoun') {
    if (PERSON_PRONOUNS.has(head)) {
      const e = antecedent(view, start, paragraph, (x) => x.type === 'PER' && !x.anaphor);
      return e ? withEntity(speaker, e) : typed(speaker, 'PER');
    }
    if (ORG_PRONOUNS.has(head)) {
      const e = antecedent(view, start, paragraph, (x) => x.type === 'ORG');
      return e ? withEntity(speaker, e) : speaker;
    }
    return speaker;
  }
  const definite = view.lower.get(m.first) === 'the';
  if (PERSON_HEADS.has(head) && !ORG_HEADS.has(head)) {
    if (!definite) return typed(speaker, 'PER');
    const e = antecedent(view, start, paragraph, (x) => x.type === 'PER' && !x.anaphor && roleMatches(view, x, head));
    return e ? withEntity(speaker, e) : typed(speaker, 'PER');
  }
  if (ORG_HEADS.has(head)) {
    if (m.entity && m.entity.type === 'ORG') return withEntity(speaker, m.entity);
    if (!definite) return typed(speaker, 'ORG');
    const e = antecedent(view, start, paragraph, (x) => x.type === 'ORG' && x.text.toLowerCase().includes(head));
    return e ? withEntity(speaker, e) : typed(speaker, 'ORG');
  }
  return speaker;
}

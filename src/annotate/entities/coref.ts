/**
 * Resolving a pronoun or nominal mention ("he", "she", "the minister", "the
 * general", "the group") to the entity it most likely refers to: the most
 * recent compatible entity before it, looking back a few sentences.
 *
 *   resolveMention(doc, span) → an Entity for the span (anaphor: true) that
 *   carries the antecedent's name, cluster, role, country and sector; or
 *   undefined when nothing compatible is near.
 *
 * Compatibility: personal pronouns and person nouns want PER; a nominal
 * with a role word ("the foreign minister") prefers a PER with that role;
 * "it"/"the group"/"the ministry" want ORG (or LOC for "the country").
 * Requires the entities layer (run after the entities component).
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, EntityType, Span } from '../../model/layers.js';
import { roleAtEnd, ROLE_SECTORS } from './roles.js';

/** How many sentences back an antecedent may be. */
const MAX_SENTENCES_BACK = 3;

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const PERSON_NOUNS = new Set(['man', 'woman', 'leader', 'official', 'spokesman', 'spokeswoman', 'politician', 'diplomat', 'president', 'minister', 'general', 'commander']);
const ORG_NOUNS = new Set(['group', 'organisation', 'organization', 'party', 'movement', 'ministry', 'government', 'company', 'agency', 'alliance', 'coalition', 'army', 'militia', 'it', 'its']);
const PLACE_NOUNS = new Set(['country', 'city', 'town', 'nation', 'region', 'province', 'capital']);

export interface MentionKind {
  types: EntityType[];
  /** Role words the antecedent should have ("foreign minister"), if the mention names one. */
  role?: string;
}

/** What kind of entity a pronoun or nominal can refer to; undefined when it is neither. */
export function mentionKind(text: string): MentionKind | undefined {
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && w !== 'this' && w !== 'that');
  const head = words[words.length - 1];
  if (!head) return undefined;
  if (PERSON_PRONOUNS.has(head)) return { types: ['PER'] };
  const role = roleAtEnd(words);
  if (role && ROLE_SECTORS[role.role.toLowerCase()] !== undefined) return { types: ['PER'], role: role.role };
  if (PERSON_NOUNS.has(head)) return { types: ['PER'] };
  if (ORG_NOUNS.has(head)) return { types: ['ORG'] };
  if (PLACE_NOUNS.has(head)) return { types: ['LOC'] };
  return undefined;
}

/** The entity mention a pronoun or nominal refers to, or undefined. */
export function antecedentOf(doc: Doc, span: Span, kind = mentionKind(doc.slice(span))): Entity | undefined {
  if (!kind) return undefined;
  const sentences = doc.get('sentences');
  const sentenceIndex = sentences.findIndex((s) => span.start >= s.start && span.start < s.end);
  const earliest = sentenceIndex >= 0 ? sentences[Math.max(0, sentenceIndex - MAX_SENTENCES_BACK)]!.start : 0;
  const candidates = doc
    .get('entities')
    .filter((e) => e.end <= span.start && e.start >= earliest && kind.types.includes(e.type) && !e.anaphor)
    .sort((a, b) => b.start - a.start);
  if (kind.role) {
    const wanted = kind.role.toLowerCase();
    const withRole = candidates.find((e) => e.role && (e.role.toLowerCase() === wanted || e.role.toLowerCase().endsWith(` ${wanted}`)));
    if (withRole) return withRole;
  }
  return candidates[0];
}

/** An entity item for the mention itself, carrying what is known about its antecedent. */
export function resolveMention(doc: Doc, span: Span): Entity | undefined {
  const antecedent = antecedentOf(doc, span);
  if (!antecedent) return undefined;
  const resolved: Entity = {
    start: span.start,
    end: span.end,
    text: doc.slice(span),
    type: antecedent.type,
    name: antecedent.name ?? antecedent.text,
    anaphor: true,
    source: 'entities/coref',
  };
  if (antecedent.cluster !== undefined) resolved.cluster = antecedent.cluster;
  if (antecedent.role) resolved.role = antecedent.role;
  if (antecedent.country) resolved.country = antecedent.country;
  if (antecedent.sector) resolved.sector = antecedent.sector;
  return resolved;
}

/**
 * Noun-phrase chunks of a sentence, the candidate actors and targets.
 * A chunk is a run of determiners, adjectives, nouns, names, numbers and
 * hyphen compounds; "of"/"in" join two capitalised names ("Islamic
 * Resistance in Iraq", "Government of Iraq"), and entity spans are never cut.
 */
import type { Entity } from '../../model/layers.js';
import type { Unit } from './units.js';

export interface Chunk {
  /** Unit range, end-exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Memo of component.ts `mayName` (whether a unit of the chunk has a capital letter). */
  named?: boolean;
}

const CHUNK_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

function isCapitalised(u: Unit | undefined): boolean {
  return !!u && /^[A-Z]/.test(u.text);
}

function chunkable(u: Unit): boolean {
  if (u.text.includes('-') && u.text.length > 2) return true;
  if (u.lower === "'s" || u.lower === "'") return true;
  return CHUNK_POS.has(u.pos) && !NOT_CHUNKED.has(u.lower);
}
const NOT_CHUNKED = new Set(['which', 'that', 'who', 'whose', 'this', 'these', 'those', 'it', 'its']);
const JOINING = new Set(['of', 'in', 'for']);

function joinsNames(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  if (u.lower !== 'of' && u.lower !== 'in' && u.lower !== 'for') return false;
  const prev = units[i - 1];
  return isCapitalised(prev) && prev!.pos !== 'DET' && isCapitalised(units[i + 1]) && i > 0;
}

/**
 * ", wounding five civilians", ", killing the driver": an -ing word after a
 * comma that takes a determiner or number is a participle opening a clause
 * (often tagged as a gerund noun), not the first word of a noun phrase.
 */
function clauseParticiple(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  if (!u.lower.endsWith('ing') || units[i - 1]?.text !== ',') return false;
  const next = units[i + 1];
  return !!next && (next.pos === 'DET' || next.pos === 'NUM');
}

export function findChunks(units: readonly Unit[], entities: readonly Entity[]): Chunk[] {
  const inside: boolean[] = [];
  const entityJoin: boolean[] = [];
  for (let i = 0; i < units.length; i++) {
    inside.push((chunkable(units[i]!) || joinsNames(units, i)) && !clauseParticiple(units, i));
    entityJoin.push(false);
  }
  // Units strictly inside an entity mention stay in one chunk.
  for (const e of entities) {
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (u.start > e.start && u.end <= e.end) entityJoin[i] = true;
    }
  }
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < units.length) {
    if (!inside[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length && (inside[j] || entityJoin[j])) j++;
    // A chunk never ends on a joining word.
    let end = j;
    while (end > i + 1 && JOINING.has(units[end - 1]!.lower)) end--;
    chunks.push({ first: i, last: end, start: units[i]!.start, end: units[end - 1]!.end });
    i = j;
  }
  return chunks;
}

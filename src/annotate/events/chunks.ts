/**
 * Noun-phrase chunks of a sentence, the candidate actors and targets.
 * A chunk is a run of determiners, adjectives, nouns, names, numbers and
 * hyphen compounds; "of"/"in" join two capitalised names ("Islamic
 * Resistance in Iraq", "Government of Iraq"), and entity spans are never cut.
 */
import type { Entity } from '../../model/layers.js';
import { firstStartingFrom } from '../../model/span-search.js';
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
  const word = u.word;
  // What the spelling alone decides is kept on the shared word.
  const kind = word ? (word.chunk ??= chunkKind(u.text, u.lower)) : chunkKind(u.text, u.lower);
  return kind === 1 || (kind === 2 && CHUNK_POS.has(u.pos));
}

/** 1: chunked whatever its tag (hyphen compounds, possessive "'s"); 0: never ("which", "its"); 2: by its tag. */
function chunkKind(text: string, lower: string): 0 | 1 | 2 {
  if (text.includes('-') && text.length > 2) return 1;
  if (lower === "'s" || lower === "'") return 1;
  return NOT_CHUNKED.has(lower) ? 0 : 2;
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
  const n = units.length;
  const inside = new Uint8Array(n);
  // Units strictly inside an entity mention stay in one chunk.
  const entityJoin = new Uint8Array(n);
  for (let i = 0; i < n; i++) inside[i] = (chunkable(units[i]!) || joinsNames(units, i)) && !clauseParticiple(units, i) ? 1 : 0;
  for (const e of entities) {
    // Units are sorted and do not overlap: only those starting inside the mention (or a zero-length one at its end) can lie in it.
    for (let i = firstStartingFrom(units, e.start + 1); i < n && units[i]!.start <= e.end; i++) {
      if (units[i]!.end <= e.end) entityJoin[i] = 1;
    }
  }
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < n) {
    if (!inside[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (inside[j] || entityJoin[j])) j++;
    // A chunk never ends on a joining word.
    let end = j;
    while (end > i + 1 && JOINING.has(units[end - 1]!.lower)) end--;
    // named set now (undefined) rather than by the first mayName: the chunk keeps one hidden class.
    chunks.push({ first: i, last: end, start: units[i]!.start, end: units[end - 1]!.end, named: undefined });
    i = j;
  }
  return chunks;
}

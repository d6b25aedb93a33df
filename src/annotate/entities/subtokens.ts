/**
 * One token splitting rule shared by training (CoNLL tokens) and run time
 * (wink tokens): words are split at hyphens between letters, so "U.S.-led",
 * "pro-Iranian" and "al-Sudani" look the same to the model whichever
 * tokenizer produced them (wink splits some of these and not others).
 * Numbers and scores ("1996-97", "3-1") stay whole.
 */

export interface Piece {
  text: string;
  /** Offset of the piece inside the original token. */
  offset: number;
}

const SPLIT_AT = /(?<=[\p{L}.])-(?=\p{L})/gu;

/** False for a token `splitToken` certainly leaves whole (most tokens): callers may skip it. */
export const maySplit = (token: string): boolean => token.length >= 3 && token.includes('-');

export function splitToken(token: string): Piece[] {
  if (!maySplit(token)) return [{ text: token, offset: 0 }];
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of token.matchAll(SPLIT_AT)) {
    const at = m.index;
    if (at > last) pieces.push({ text: token.slice(last, at), offset: last });
    pieces.push({ text: '-', offset: at });
    last = at + 1;
  }
  if (last === 0) return [{ text: token, offset: 0 }];
  pieces.push({ text: token.slice(last), offset: last });
  return pieces;
}

/** Lower-case particles that belong inside Arabic, Spanish, Dutch, ... names ("al-Sudani", "bin Laden"). */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e',
]);

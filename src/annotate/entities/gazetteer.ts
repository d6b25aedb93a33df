/**
 * Name lists the tagger uses as features: countries, demonyms, cities, first
 * and last names, organisations and other places. Lists are stored inside the
 * model file when it is trained, so
 * run time needs no other data and training and tagging always see the same
 * lists. Entries are lower-cased and split into pieces like the text is.
 */
import { splitToken } from './subtokens.js';

export type GazetteerKind = 'country' | 'demonym' | 'city' | 'first' | 'last' | 'org' | 'place';

export type GazetteerLists = Record<GazetteerKind, string[]>;

const MAX_WORDS = 4;

/** Lower-cased pieces of a name, joined with single spaces. */
export function gazetteerKey(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => splitToken(w).map((p) => p.text))
    .join(' ')
    .toLowerCase();
}

/** Per kind, its "kind:U" / "kind:B" / "kind:I" labels, made once (match() hands out these strings). */
const LABELS = new Map<string, { U: string; B: string; I: string }>();
const labelsOf = (kind: GazetteerKind) => {
  let l = LABELS.get(kind);
  if (!l) LABELS.set(kind, (l = { U: `${kind}:U`, B: `${kind}:B`, I: `${kind}:I` }));
  return l;
};

const NO_LABELS: readonly string[] = Object.freeze([]);

/** A word's own gazetteer facts: the lists it is an entry of, and whether longer entries start with it. */
export interface GazetteerWord {
  kinds: GazetteerKind[] | undefined;
  prefix: boolean;
  /**
   * When `prefix`: the phrases one word longer, by their last word (a trie
   * over the phrases: matching steps to the next word with one look-up of a
   * piece string it already has, instead of building "the <next>" and
   * hashing it, for every "the" and "a" of a text).
   */
  next: ReadonlyMap<string, GazetteerWord> | undefined;
}

interface PhraseRecord extends GazetteerWord {
  next: Map<string, PhraseRecord> | undefined;
}

/** A phrase that is neither an entry nor the start of one (shared, read only). */
const NOWHERE: GazetteerWord = Object.freeze({ kinds: undefined, prefix: false, next: undefined });

export class Gazetteer {
  /**
   * Per lower-cased phrase: the lists it is an entry of (`kinds`), and
   * whether it is a proper prefix (in words) of a multi-word entry
   * (`prefix`, so matching stops as soon as no entry can follow). One record
   * per phrase, so a word's two facts cost one look-up.
   */
  private readonly phrases = new Map<string, PhraseRecord>();

  constructor(readonly lists: GazetteerLists) {
    const recordOf = (key: string) => {
      let r = this.phrases.get(key);
      if (!r) this.phrases.set(key, (r = { kinds: undefined, prefix: false, next: undefined }));
      return r;
    };
    for (const kind of Object.keys(lists) as GazetteerKind[]) {
      for (const name of lists[kind]) {
        const key = gazetteerKey(name);
        if (!key || key.split(' ').length > MAX_WORDS) continue;
        const r = recordOf(key);
        if (!r.kinds) r.kinds = [kind];
        else if (!r.kinds.includes(kind)) r.kinds.push(kind);
        for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) recordOf(key.slice(0, at)).prefix = true;
      }
    }
    // Each phrase of several words under the phrase before its last space (recorded above, as a prefix).
    for (const [key, r] of this.phrases) {
      const at = key.lastIndexOf(' ');
      if (at <= 0) continue;
      const parent = this.phrases.get(key.slice(0, at))!;
      (parent.next ??= new Map()).set(key.slice(at + 1), r);
    }
  }

  /** What matching needs to know about one lower-cased word (callers may cache it per word; read only). */
  word(lower: string): GazetteerWord {
    return this.phrases.get(lower) ?? NOWHERE;
  }

  /** Whether a lower-cased word or phrase is in any list. */
  has(lower: string): boolean {
    return this.phrases.get(lower)?.kinds !== undefined;
  }

  /**
   * Per piece, the gazetteer features it takes part in: "city:B", "city:I",
   * "country:U", ... from the longest match starting at each piece. Pieces
   * in no match share one frozen empty array. `words[i]`, when given, is
   * `word(lowerPieces[i])` (or a copy of its fields), saving the one-word lookups.
   */
  match(lowerPieces: readonly string[], words?: readonly GazetteerWord[]): (readonly string[])[] {
    const out: (readonly string[])[] = new Array(lowerPieces.length).fill(NO_LABELS);
    const push = (i: number, label: string) => {
      if (out[i] === NO_LABELS) out[i] = [label];
      else (out[i] as string[]).push(label);
    };
    for (let i = 0; i < lowerPieces.length; i++) {
      // The record of the phrase of pieces i .. i+n-1, as n grows.
      let phrase = words ? words[i]! : this.word(lowerPieces[i]!);
      let bestLen = phrase.kinds ? 1 : 0;
      let bestKinds = phrase.kinds;
      for (let n = 2; n <= MAX_WORDS && i + n <= lowerPieces.length; n++) {
        // An entry of n words exists only if its first n-1 words are a prefix.
        if (!phrase.prefix) break;
        const piece = lowerPieces[i + n - 1]!;
        // A piece holding a space is no word of the trie, but may join the words of a longer phrase: look the phrase up whole.
        phrase = piece.includes(' ') ? this.word(lowerPieces.slice(i, i + n).join(' ')) : (phrase.next?.get(piece) ?? NOWHERE);
        if (phrase.kinds) {
          bestLen = n;
          bestKinds = phrase.kinds;
        }
      }
      if (!bestKinds) continue;
      for (const kind of bestKinds) {
        const labels = labelsOf(kind);
        if (bestLen === 1) push(i, labels.U);
        else for (let k = 0; k < bestLen; k++) push(i + k, k === 0 ? labels.B : labels.I);
      }
    }
    return out;
  }
}

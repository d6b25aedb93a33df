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
}

/** A phrase that is neither an entry nor the start of one (shared, read only). */
const NOWHERE: GazetteerWord = Object.freeze({ kinds: undefined, prefix: false });

export class Gazetteer {
  /**
   * Per lower-cased phrase: the lists it is an entry of (`kinds`), and
   * whether it is a proper prefix (in words) of a multi-word entry
   * (`prefix`, so matching stops as soon as no entry can follow). One record
   * per phrase, so a word's two facts cost one look-up.
   */
  private readonly phrases = new Map<string, GazetteerWord>();

  constructor(readonly lists: GazetteerLists) {
    const recordOf = (key: string) => {
      let r = this.phrases.get(key);
      if (!r) this.phrases.set(key, (r = { kinds: undefined, prefix: false }));
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
   * `word(lowerPieces[i])`, saving the one-word lookups.
   */
  match(lowerPieces: readonly string[], words?: readonly GazetteerWord[]): (readonly string[])[] {
    const out: (readonly string[])[] = new Array(lowerPieces.length).fill(NO_LABELS);
    const push = (i: number, label: string) => {
      if (out[i] === NO_LABELS) out[i] = [label];
      else (out[i] as string[]).push(label);
    };
    for (let i = 0; i < lowerPieces.length; i++) {
      let key = lowerPieces[i]!;
      let bestLen = 0;
      let bestKinds: GazetteerKind[] | undefined;
      for (let n = 1; n <= MAX_WORDS && i + n <= lowerPieces.length; n++) {
        if (n > 1) {
          // An entry of n words exists only if its first n-1 words are a prefix.
          if (!(n === 2 && words ? words[i]!.prefix : this.word(key).prefix)) break;
          key = `${key} ${lowerPieces[i + n - 1]!}`;
        }
        const kinds = n === 1 && words ? words[i]!.kinds : this.word(key).kinds;
        if (kinds) {
          bestLen = n;
          bestKinds = kinds;
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

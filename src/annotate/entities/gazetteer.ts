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

export class Gazetteer {
  private readonly entries = new Map<string, GazetteerKind[]>();

  constructor(readonly lists: GazetteerLists) {
    for (const kind of Object.keys(lists) as GazetteerKind[]) {
      for (const name of lists[kind]) {
        const key = gazetteerKey(name);
        if (!key || key.split(' ').length > MAX_WORDS) continue;
        const kinds = this.entries.get(key);
        if (!kinds) this.entries.set(key, [kind]);
        else if (!kinds.includes(kind)) kinds.push(kind);
      }
    }
  }

  /** Whether a lower-cased word or phrase is in any list. */
  has(lower: string): boolean {
    return this.entries.has(lower);
  }

  /**
   * Per piece, the gazetteer features it takes part in: "city:B", "city:I",
   * "country:U", ... from the longest match starting at each piece.
   */
  match(lowerPieces: readonly string[]): string[][] {
    const out: string[][] = lowerPieces.map(() => []);
    for (let i = 0; i < lowerPieces.length; i++) {
      let key = '';
      let best: { len: number; kinds: GazetteerKind[] } | undefined;
      for (let n = 1; n <= MAX_WORDS && i + n <= lowerPieces.length; n++) {
        key = n === 1 ? lowerPieces[i]! : `${key} ${lowerPieces[i + n - 1]!}`;
        const kinds = this.entries.get(key);
        if (kinds) best = { len: n, kinds };
      }
      if (!best) continue;
      for (const kind of best.kinds) {
        if (best.len === 1) out[i]!.push(`${kind}:U`);
        else for (let k = 0; k < best.len; k++) out[i + k]!.push(`${kind}:${k === 0 ? 'B' : 'I'}`);
      }
    }
    return out;
  }
}

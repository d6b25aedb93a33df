/**
 * Each token's text in lower case, with ’ as ', made when first asked for.
 * Most tokens are only ever tested for being a possible cue word, which
 * needs just the word's first character, length and hash (test()): for a
 * token of ASCII characters (and ’) these are read from the text, and no
 * string is made.
 *
 * Each token is lower-cased on its own. That is what lower-casing the whole
 * text and slicing gives whenever the slices line up with the tokens: the
 * only mapping that looks at neighbouring letters is the final sigma, and
 * texts with a capital sigma or a mapping that changes the length were
 * always lower-cased token by token.
 */
import type { Token } from '../../model/layers.js';
import { FNV_OFFSET, FNV_PRIME, hashString } from '../../util/fnv.js';

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 39;

export class TokenWords {
  private readonly words: (string | undefined)[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {
    this.words = new Array<string | undefined>(tokens.length);
  }

  /** The lower-case word of token k; undefined outside the tokens (as an array read would be). */
  get(k: number): string | undefined {
    if (!(k >= 0 && k < this.tokens.length)) return undefined;
    let w = this.words[k];
    if (w === undefined) {
      const t = this.tokens[k]!;
      const alone = this.text.slice(t.start, t.end).toLowerCase();
      w = alone.includes('’') ? alone.replace(/’/g, "'") : alone;
      this.words[k] = w;
    }
    return w;
  }

  /**
   * The (first code, length, hash) test of a cue word, in one pass over the
   * token: `accept(firstCode, length, hash)` with the values get(k)! has
   * (charCodeAt(0), length, hashString). The hash is worked out only when
   * `shapeOk(firstCode, length)` passes.
   */
  test(k: number, shapeOk: (firstCode: number, length: number) => boolean, hashOk: (hash: number) => boolean): boolean {
    const t = this.tokens[k]!;
    const text = this.text;
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 && c !== RIGHT_SINGLE_QUOTE) return this.testWord(k, shapeOk, hashOk);
    }
    // ASCII (and ’) only: the word is the text with A-Z folded and ’ as ', one code unit for one.
    const length = t.end - t.start;
    if (!shapeOk(length > 0 ? lowerCode(text.charCodeAt(t.start)) : NaN, length)) return false;
    let h = FNV_OFFSET;
    for (let i = t.start; i < t.end; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), FNV_PRIME);
    return hashOk(h >>> 0);
  }

  /** test() on the word itself, for tokens whose lower case may differ in length or letters beyond ASCII. */
  private testWord(k: number, shapeOk: (firstCode: number, length: number) => boolean, hashOk: (hash: number) => boolean): boolean {
    const w = this.get(k)!;
    return shapeOk(w.charCodeAt(0), w.length) && hashOk(hashString(w));
  }
}

/** The lower-case word's code unit for an ASCII or ’ code unit of the text. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === RIGHT_SINGLE_QUOTE ? APOSTROPHE : c;
}


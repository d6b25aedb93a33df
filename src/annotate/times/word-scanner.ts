/**
 * Every occurrence of every one of a fixed set of ASCII words in a text, in
 * one pass (an Aho–Corasick automaton over the ASCII alphabet). Replaces a
 * zero-width lookahead alternation run at every position of the text, which
 * cost most of the times step's gate look-up.
 *
 * Occurrences may overlap ("day" inside "days", "am" inside "name"); all
 * are reported. A character outside ASCII cannot be part of any word, so it
 * sends the automaton back to its root. Optionally ASCII upper case is read
 * as lower case, as if the text had been lower-cased (only in ASCII).
 */

const ALPHABET = 128;

export class WordScanner {
  readonly words: readonly string[];
  /** Next state for (state, character): `delta[state * ALPHABET + code]`. */
  private readonly delta: Int32Array;
  /** Word index ending at a state (-1: none). */
  private readonly wordAt: Int32Array;
  /** Nearest state along the failure links where some word ends (-1: none). */
  private readonly outputLink: Int32Array;
  /** The state itself when a word ends there, else its outputLink: the first state to report (-1: nothing to report). */
  private readonly firstOutput: Int32Array;

  /** With foldCase, A-Z are read as a-z: the text need not be lower-cased first (words must then be lower case). */
  constructor(words: readonly string[], foldCase = false) {
    for (const w of words) {
      if (!w || [...w].some((ch) => ch.charCodeAt(0) >= ALPHABET)) throw new Error(`WordScanner: words must be non-empty ASCII, got ${JSON.stringify(w)}`);
    }
    if (new Set(words).size !== words.length) throw new Error('WordScanner: words must be distinct');
    this.words = words;
    const trie = buildTrie(words);
    const n = trie.children.length;
    this.delta = new Int32Array(n * ALPHABET);
    this.wordAt = Int32Array.from(trie.wordAt);
    this.outputLink = new Int32Array(n).fill(-1);
    this.link(trie.children);
    if (foldCase) {
      if (words.some((w) => /[A-Z]/.test(w))) throw new Error('WordScanner: words must be lower case to fold case');
      for (let state = 0; state < n; state++) {
        for (let c = 65; c <= 90; c++) this.delta[state * ALPHABET + c] = this.delta[state * ALPHABET + c + 32]!;
      }
    }
    this.firstOutput = this.wordAt.map((w, state) => (w >= 0 ? state : this.outputLink[state]!));
  }

  /** Start offsets of every occurrence, per word (same order as `words`), ascending; undefined for a word that does not occur. */
  scan(text: string): (number[] | undefined)[] {
    const found: (number[] | undefined)[] = new Array<number[] | undefined>(this.words.length);
    const { delta, wordAt, outputLink, firstOutput, words } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? delta[state * ALPHABET + code]! : 0;
      for (let s = firstOutput[state]!; s >= 0; s = outputLink[s]!) {
        const w = wordAt[s]!;
        (found[w] ??= []).push(i + 1 - words[w]!.length);
      }
    }
    return found;
  }

  /** Failure links breadth first, folded into a full transition table and output links. */
  private link(children: Map<number, number>[]): void {
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const child = children[0]!.get(c);
      this.delta[c] = child ?? 0;
      if (child !== undefined) queue.push(child); // fail[child] = 0 (root)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      this.outputLink[state] = this.wordAt[f]! >= 0 ? f : this.outputLink[f]!;
      for (let c = 0; c < ALPHABET; c++) {
        const child = children[state]!.get(c);
        if (child === undefined) {
          this.delta[state * ALPHABET + c] = this.delta[f * ALPHABET + c]!;
          continue;
        }
        fail[child] = this.delta[f * ALPHABET + c]!;
        this.delta[state * ALPHABET + c] = child;
        queue.push(child);
      }
    }
  }
}

function buildTrie(words: readonly string[]): { children: Map<number, number>[]; wordAt: number[] } {
  const children: Map<number, number>[] = [new Map()];
  const wordAt: number[] = [-1];
  words.forEach((w, index) => {
    let state = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        wordAt.push(-1);
        children[state]!.set(c, next);
      }
      state = next;
    }
    wordAt[state] = index;
  });
  return { children, wordAt };
}

/**
 * Feature ids of the word-keyed feature groups (a word's own features, and
 * what it lends to the pieces ±1, ±2) without building the feature strings:
 * the vocabulary is split by template ("p3", "w-1", ...) into one Map per
 * template keyed by the value, so a new word costs a few short-string
 * look-ups instead of ~20 concatenations and look-ups in one large Map.
 *
 * This mirrors features.ts (`selfFeatures`, `WORD_GROUP_FEATURES`) exactly,
 * id for id and in the same order (the run time sums rows in that order);
 * runtime.test.ts checks it against the string path.
 */
import { SENTENCE_END, SENTENCE_START, shortShape, wordShape } from './features.js';

const MAX_SHAPE = 6;
const NONE: ReadonlyMap<string, number> = new Map();

export class WordFeatureIds {
  private readonly byTemplate = new Map<string, Map<string, number>>();
  private readonly bias: number;
  // The templates read per word, resolved once.
  private readonly w;
  private readonly lw;
  private readonly sh;
  private readonly ss;
  private readonly sc;
  private readonly prefix: ReadonlyMap<string, number>[];
  private readonly suffix: ReadonlyMap<string, number>[];
  private readonly prev;
  private readonly prevShape;
  private readonly prevSuffix;
  private readonly prev2;
  private readonly next;
  private readonly nextShape;
  private readonly nextSuffix;
  private readonly next2;

  constructor(vocabulary: ReadonlyMap<string, number>) {
    for (const [f, id] of vocabulary) {
      const eq = f.indexOf('=');
      if (eq < 0) continue;
      const template = f.slice(0, eq);
      let m = this.byTemplate.get(template);
      if (!m) this.byTemplate.set(template, (m = new Map()));
      m.set(f.slice(eq + 1), id);
    }
    this.bias = vocabulary.get('b') ?? -1;
    const t = (name: string): ReadonlyMap<string, number> => this.byTemplate.get(name) ?? NONE;
    this.w = t('w');
    this.lw = t('lw');
    this.sh = t('sh');
    this.ss = t('ss');
    this.sc = t('sc');
    this.prefix = [1, 2, 3, 4].map((k) => t(`p${k}`));
    this.suffix = [1, 2, 3, 4].map((k) => t(`s${k}`));
    this.prev = t('w-1');
    this.prevShape = t('ss-1');
    this.prevSuffix = t('s3-1');
    this.prev2 = t('w-2');
    this.next = t('w+1');
    this.nextShape = t('ss+1');
    this.nextSuffix = t('s3+1');
    this.next2 = t('w+2');
  }

  /** Ids of `selfFeatures(word, sentCase)`, appended to `out`. */
  self(word: string, lower: string, sentCase: string, out: number[]): void {
    if (this.bias >= 0) out.push(this.bias);
    const shape = wordShape(word);
    const short = shortShape(shape);
    if (sentCase === 'n') add(out, this.w, word);
    add(out, this.lw, lower);
    add(out, this.sh, shape.length > MAX_SHAPE ? short : shape);
    add(out, this.ss, short);
    add(out, this.sc, `${sentCase}|${short}`);
    for (let k = 1; k <= 4 && k <= lower.length; k++) {
      add(out, this.prefix[k - 1]!, lower.slice(0, k));
      add(out, this.suffix[k - 1]!, lower.slice(-k));
    }
  }

  /** Ids of the features `word` lends to the piece after it (`asPreviousFeatures`). */
  asPrevious(word: string, lower: string, short: string, out: number[]): void {
    const lw = word === SENTENCE_START ? word : lower;
    add(out, this.prev, lw);
    add(out, this.prevShape, word === SENTENCE_START ? word : short);
    add(out, this.prevSuffix, lw.slice(-3));
  }

  asSecondPrevious(word: string, lower: string, out: number[]): void {
    add(out, this.prev2, word === SENTENCE_START ? word : lower);
  }

  /** Ids of the features `word` lends to the piece before it (`asNextFeatures`). */
  asNext(word: string, lower: string, short: string, out: number[]): void {
    const lw = word === SENTENCE_END ? word : lower;
    add(out, this.next, lw);
    add(out, this.nextShape, word === SENTENCE_END ? word : short);
    add(out, this.nextSuffix, lw.slice(-3));
  }

  asSecondNext(word: string, lower: string, out: number[]): void {
    add(out, this.next2, word === SENTENCE_END ? word : lower);
  }
}

function add(out: number[], table: ReadonlyMap<string, number>, value: string): void {
  const id = table.get(value);
  if (id !== undefined) out.push(id);
}

/**
 * Id tables for the run time's multi-part features (`w-1w=a|b`, `ww+1=a|b`,
 * `ss-1ss+1=a|b|c`): each part (a word or a short shape) gets a small
 * integer once, when a word is first met, so looking a feature up per piece
 * is integer arithmetic plus one Map (pairs) or array (triples) read, with
 * no string built or hashed.
 *
 * Features whose parts hold '|' cannot be split unambiguously and are not
 * indexed; the run time looks those up by string (see `hasBar` in runtime.ts).
 */

/** The parts seen in a set of features, numbered from 0; unknown parts are -1. */
export class PartIds {
  private readonly ids = new Map<string, number>();

  add(part: string): number {
    let id = this.ids.get(part);
    if (id === undefined) this.ids.set(part, (id = this.ids.size));
    return id;
  }

  get(part: string): number {
    return this.ids.get(part) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }

  keys(): IterableIterator<string> {
    return this.ids.keys();
  }
}

/** Splits `${template}parts` features into their '|' parts (exactly `arity` of them), with their ids. */
function splitFeatures(vocabulary: ReadonlyMap<string, number>, template: string, arity: number): [string[], number][] {
  const out: [string[], number][] = [];
  for (const [f, id] of vocabulary) {
    if (!f.startsWith(template)) continue;
    const parts = f.slice(template.length).split('|');
    if (parts.length === arity) out.push([parts, id]);
  }
  return out;
}

/**
 * Ids of the two-part features of some templates, by the part ids of a and
 * b: per template an open-addressing table over Int32Arrays (a, b, id per
 * slot), read twice per piece. A Map keyed by a * parts + b cost a builtin
 * call per look-up, ~1.5 % of the pipeline; here a look-up (usually a miss)
 * is a hash and a read or two of one array.
 */
export class PairTable {
  /** Per template, slots of [a, b, id] (a = -1: empty); a power-of-two count, at most half full. */
  private readonly slots: Int32Array[];
  private readonly mask: number;

  /** `parts` receives every part of the templates' features. */
  constructor(vocabulary: ReadonlyMap<string, number>, templates: readonly string[], parts: PartIds) {
    const split = templates.map((t) => splitFeatures(vocabulary, t, 2));
    for (const features of split) {
      for (const [[a, b]] of features) {
        parts.add(a!);
        parts.add(b!);
      }
    }
    const most = Math.max(0, ...split.map((features) => features.length));
    let size = 16;
    while (size < 2 * most) size *= 2;
    this.mask = size - 1;
    this.slots = split.map((features) => {
      const slots = new Int32Array(3 * size).fill(-1);
      // Feature strings are unique, so each (a, b) is placed once.
      for (const [[a, b], id] of features) this.place(slots, parts.get(a!), parts.get(b!), id);
      return slots;
    });
  }

  private place(slots: Int32Array, a: number, b: number, id: number): void {
    let at = pairHash(a, b) & this.mask;
    while (slots[3 * at] !== -1 && !(slots[3 * at] === a && slots[3 * at + 1] === b)) at = (at + 1) & this.mask;
    slots[3 * at] = a;
    slots[3 * at + 1] = b;
    slots[3 * at + 2] = id;
  }

  /** The feature id of template `which` (index into the constructor's list) for parts a, b, or -1. */
  get(which: number, a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    const slots = this.slots[which]!;
    for (let at = pairHash(a, b) & this.mask; ; at = (at + 1) & this.mask) {
      const sa = slots[3 * at]!;
      if (sa === -1) return -1;
      if (sa === a && slots[3 * at + 1] === b) return slots[3 * at + 2]!;
    }
  }
}

/** Mixes two part ids (non-negative int32) into a well-spread int32. */
const pairHash = (a: number, b: number) => {
  const h = Math.imul(a, 0x9e3779b1) ^ b;
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (h >>> 13);
};

/** Ids of a three-part template's features, in a dense array over part ids (few parts: short shapes). */
export class TripleTable {
  readonly parts = new PartIds();
  /** Dense while small (a model has ~70 short shapes: 343k cells); a Map beyond that. */
  private readonly ids: Int32Array | Map<number, number>;
  private readonly n: number;
  private static readonly MAX_DENSE = 1 << 22;

  constructor(vocabulary: ReadonlyMap<string, number>, template: string) {
    const features = splitFeatures(vocabulary, template, 3);
    for (const [parts] of features) for (const p of parts) this.parts.add(p);
    this.n = this.parts.size;
    const cells = this.n * this.n * this.n;
    this.ids = cells <= TripleTable.MAX_DENSE ? new Int32Array(cells).fill(-1) : new Map();
    for (const [[a, b, c], id] of features) {
      const at = this.index(this.parts.get(a!), this.parts.get(b!), this.parts.get(c!));
      if (this.ids instanceof Map) this.ids.set(at, id);
      else this.ids[at] = id;
    }
  }

  private index(a: number, b: number, c: number): number {
    return (a * this.n + b) * this.n + c;
  }

  get(a: number, b: number, c: number): number {
    if (a < 0 || b < 0 || c < 0) return -1;
    const at = this.index(a, b, c);
    return this.ids instanceof Map ? (this.ids.get(at) ?? -1) : this.ids[at]!;
  }
}

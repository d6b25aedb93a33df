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

/** Ids of the two-part features of some templates, by the part ids of a and b. */
export class PairTable {
  private readonly byKey: Map<number, number>[];

  /** `parts` receives every part of the templates' features. */
  constructor(
    vocabulary: ReadonlyMap<string, number>,
    templates: readonly string[],
    private readonly parts: PartIds,
  ) {
    const split = templates.map((t) => splitFeatures(vocabulary, t, 2));
    for (const features of split) {
      for (const [[a, b]] of features) {
        parts.add(a!);
        parts.add(b!);
      }
    }
    this.byKey = split.map((features) => new Map(features.map(([[a, b], id]) => [this.key(parts.get(a!), parts.get(b!)), id])));
  }

  // Part ids are < parts.size, fixed once the tables are built; the key stays a small integer.
  private key(a: number, b: number): number {
    return a * this.parts.size + b;
  }

  /** The feature id of template `which` (index into the constructor's list) for parts a, b, or -1. */
  get(which: number, a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    return this.byKey[which]!.get(this.key(a, b)) ?? -1;
  }
}

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

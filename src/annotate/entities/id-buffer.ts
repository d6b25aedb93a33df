/** Feature ids per piece: piece i's ids are ids[offsets[i] .. offsets[i+1]). */
export interface PieceIds {
  ids: Int32Array;
  offsets: Int32Array;
}

/**
 * Growable feature-id lists of a run of pieces, reused from call to call
 * (the `PieceIds` it returns are views onto it: read them before the next
 * `start`).
 */
export class IdBuffer {
  private ids: Int32Array;
  private offsets: Int32Array;
  private length = 0;

  constructor(ids = 256, pieces = 64) {
    this.ids = new Int32Array(ids);
    this.offsets = new Int32Array(pieces);
  }

  /** Empties the buffer for n pieces. */
  start(n: number): void {
    this.length = 0;
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(Math.max(n + 1, 2 * this.offsets.length));
  }

  startPiece(i: number): void {
    this.offsets[i] = this.length;
  }

  /** Adds a feature id; -1 (unknown feature) is skipped. */
  push(id: number): void {
    if (id < 0) return;
    if (this.length === this.ids.length) {
      const grown = new Int32Array(2 * this.ids.length);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  finish(n: number): PieceIds {
    this.offsets[n] = this.length;
    return { ids: this.ids, offsets: this.offsets };
  }
}

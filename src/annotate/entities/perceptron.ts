/**
 * Averaged perceptron training over a growable weight table. Feature ids are
 * rows of `weights`; `updates` accumulates step-weighted changes so that the
 * averaged weights are `weights - updates / steps` (Daumé's trick: no per-step
 * averaging loop).
 */
import { N_TAGS, type WeightTable } from './decode.js';

export class PerceptronTable implements WeightTable {
  weights = new Float32Array(1 << 16);
  private updates = new Float64Array(1 << 16);
  readonly ids = new Map<string, number>();
  /** When false, unknown features are ignored rather than added (after the static vocabulary is fixed). */
  growable = true;
  steps = 1;

  idOf(feature: string): number {
    const id = this.ids.get(feature);
    if (id !== undefined) return id;
    if (!this.growable) return -1;
    return this.add(feature);
  }

  add(feature: string): number {
    const existing = this.ids.get(feature);
    if (existing !== undefined) return existing;
    const id = this.ids.size;
    this.ids.set(feature, id);
    const need = (id + 1) * N_TAGS;
    if (need > this.weights.length) {
      const size = Math.max(need, this.weights.length * 2);
      const w = new Float32Array(size);
      w.set(this.weights);
      this.weights = w;
      const u = new Float64Array(size);
      u.set(this.updates);
      this.updates = u;
    }
    return id;
  }

  /** Moves weight from the wrong tag to the right one for every active feature. */
  update(featureIds: ArrayLike<number>, gold: number, predicted: number): void {
    const c = this.steps;
    for (let k = 0; k < featureIds.length; k++) {
      const base = featureIds[k]! * N_TAGS;
      this.weights[base + gold]! += 1;
      this.updates[base + gold]! += c;
      this.weights[base + predicted]! -= 1;
      this.updates[base + predicted]! -= c;
    }
  }

  /** Adds `delta` to one tag's weight for every given feature. */
  updateOne(featureIds: readonly number[], tag: number, delta: number): void {
    const c = this.steps;
    for (const id of featureIds) {
      this.weights[id * N_TAGS + tag]! += delta;
      this.updates[id * N_TAGS + tag]! += c * delta;
    }
  }

  tick(): void {
    this.steps++;
  }

  /** The averaged weights, as a new array. */
  averaged(): Float32Array {
    const n = this.ids.size * N_TAGS;
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.weights[i]! - this.updates[i]! / this.steps;
    return out;
  }
}

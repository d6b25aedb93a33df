/**
 * A compiled build of sitrep (a `dist` folder made by `npx tsc -p . --outDir
 * DIR`) loaded by path, so scripts can run two builds side by side in one
 * process: before/after comparisons of output (dump-layers.ts) and speed
 * (bench-ab.ts) that do not depend on the load of a shared machine.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ComponentLike {
  name: string;
  assigns: readonly string[];
  run(doc: unknown): void;
}

export interface DocLike {
  get(name: string): readonly unknown[];
  set(name: string, items: readonly unknown[]): void;
}

export interface CompiledBuild {
  dir: string;
  Doc: new (id: string, text: string, meta: object) => DocLike;
  /** The build's default pipeline, in order. */
  components: readonly ComponentLike[];
}

export async function loadBuild(dir: string): Promise<CompiledBuild> {
  const root = pathToFileURL(resolve(dir) + '/').href;
  const { Doc } = (await import(root + 'src/model/doc.js')) as { Doc: CompiledBuild['Doc'] };
  const { createDefaultPipeline } = (await import(root + 'src/pipeline/default.js')) as { createDefaultPipeline: () => { components: ComponentLike[] } };
  return { dir, Doc, components: createDefaultPipeline().components };
}

/** The component called `name`, or a clear error naming the build and the components it has. */
export function componentOf(build: CompiledBuild, name: string): ComponentLike {
  const c = build.components.find((x) => x.name === name);
  if (!c) throw new Error(`${build.dir}: no component "${name}" (has ${build.components.map((x) => x.name).join(', ')})`);
  return c;
}

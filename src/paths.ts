/**
 * Locates files that ship with sitrep (models, gazetteers, samples, web assets)
 * whether code runs from `src/` via tsx or from compiled `dist/src/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The repository root: the nearest folder above this file holding package.json. */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sitrep: cannot find the repository root (package.json)');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** Path of a file under the repository root, e.g. repoPath('models', 'ner.json'). */
export function repoPath(...parts: string[]): string {
  return join(repoRoot(), ...parts);
}

/** The shared development data folder (../shared/data from the repo root), or SITREP_DATA. */
export function sharedDataPath(...parts: string[]): string {
  const base = process.env.SITREP_DATA ?? join(repoRoot(), '..', 'shared', 'data');
  return join(base, ...parts);
}

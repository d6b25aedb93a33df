/**
 * Opens the store a `--db` spec names: a postgres:// (or postgresql://) URL
 * opens PostgreSQL, anything else is a SQLite file path.
 */
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openStore(spec: string): Promise<Store> {
  if (isPostgresSpec(spec)) return openPostgresStore(spec);
  return openSqliteStore(spec);
}

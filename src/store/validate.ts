/**
 * Record validation at the store boundary: nothing invalid goes in, and a
 * stored record that no longer parses is reported, not silently served.
 */
import { SitrepError } from '../errors.js';
import { ArticleRecordSchema, type ArticleRecord } from '../model/record.js';

export function validateRecord(record: unknown, context: string): ArticleRecord {
  const parsed = ArticleRecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
  throw new SitrepError('E031', `${context}: ${where}`);
}

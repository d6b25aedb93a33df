/**
 * Helpers the export formats share: iterating events with their record,
 * dates in compact forms, stable numeric ids, and CAMEO code parts.
 */
import type { Event } from '../model/layers.js';
import { hashString } from '../util/fnv.js';
import type { ArticleRecord } from '../model/record.js';

export interface RecordEvent {
  record: ArticleRecord;
  event: Event;
  /** Position of the event in its record. */
  index: number;
}

export function eachEvent(records: readonly ArticleRecord[]): RecordEvent[] {
  return records.flatMap((record) => record.events.map((event, index) => ({ record, event, index })));
}

/** The event's date (ISO day), else the record's publication day, else ''. */
export function eventDay(re: RecordEvent): string {
  const d = re.event.date ?? re.record.published ?? '';
  return /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : '';
}

/** 32-bit FNV-1a, for stable numeric event ids derived from record id + index. */
export function stableNumber(s: string): number {
  return hashString(s);
}

export function cameoRoot(code: string | undefined): string {
  return code ? code.slice(0, 2) : '';
}

/** CAMEO base code: the first three digits. */
export function cameoBase(code: string | undefined): string {
  return code ? code.slice(0, 3) : '';
}

export function sentenceText(re: RecordEvent): string {
  return re.record.text.slice(re.event.sentence.start, re.event.sentence.end);
}

/**
 * JSON Lines in the annotate contract, read line by line from a stream so
 * files of any size work; a bad line is an InputError and reading goes on.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { contractRecord } from './records.js';
import type { InputItem } from './types.js';

export async function* readJsonLines(stream: Readable, path: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const origin = `${path}#${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { origin, error: `line ${n} is not valid JSON: ${(err as Error).message}` };
      continue;
    }
    yield contractRecord(value, origin, line);
  }
}

/** A .json file: one contract document or an array of them. */
export function* readJsonDocument(raw: string, path: string): Generator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    yield { origin: path, error: `not valid JSON: ${(err as Error).message}` };
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const origin = `${path}#${i + 1}`;
      yield contractRecord(value[i], origin, JSON.stringify(value[i]));
    }
  } else yield contractRecord(value, path, raw);
}

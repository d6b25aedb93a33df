/**
 * Lists input files under the given paths (folders recursively, sorted so runs
 * are repeatable), and says how each file is read from its name.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type FileFormat = 'html' | 'text' | 'jsonl' | 'json' | 'feed' | 'warc';

export interface InputFile {
  path: string;
  format: FileFormat;
  gzipped: boolean;
}

/** The format of a file from its name, or undefined for files we do not read. */
function formatOf(path: string): { format: FileFormat; gzipped: boolean } | undefined {
  const lower = path.toLowerCase();
  const gzipped = lower.endsWith('.gz');
  const name = gzipped ? lower.slice(0, -3) : lower;
  if (name.endsWith('.warc')) return { format: 'warc', gzipped };
  if (name.endsWith('.html') || name.endsWith('.htm') || name.endsWith('.xhtml')) return { format: 'html', gzipped };
  if (name.endsWith('.txt')) return { format: 'text', gzipped };
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return { format: 'jsonl', gzipped };
  if (name.endsWith('.json')) return { format: 'json', gzipped };
  if (name.endsWith('.xml') || name.endsWith('.rss') || name.endsWith('.atom')) return { format: 'feed', gzipped };
  // A bare .gz: sniff later as HTML or text.
  if (gzipped) return { format: 'html', gzipped };
  return undefined;
}

export type ListedPath = InputFile | { path: string; error: string };

/** Files under each path, depth-first without recursion; unreadable paths become errors. */
export async function* listInputFiles(paths: string[]): AsyncGenerator<ListedPath> {
  for (const top of paths) {
    const stack = [top];
    while (stack.length > 0) {
      const path = stack.pop()!;
      let info;
      try {
        info = await stat(path);
      } catch (err) {
        yield { path, error: `cannot read: ${(err as Error).message}` };
        continue;
      }
      if (info.isDirectory()) {
        let names: string[];
        try {
          names = await readdir(path);
        } catch (err) {
          yield { path, error: `cannot list folder: ${(err as Error).message}` };
          continue;
        }
        // Reverse-sorted onto the stack so files come out in name order.
        for (const n of names.filter((n) => !n.startsWith('.')).sort().reverse()) stack.push(join(path, n));
        continue;
      }
      const f = formatOf(path);
      if (f) yield { path, ...f };
      else if (path === top) yield { path, error: 'unsupported file type (expected .html, .htm, .txt, .jsonl, .json, .xml, .warc, .warc.gz or .gz)' };
    }
  }
}

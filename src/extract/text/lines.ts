/**
 * Splits a text capture into trimmed lines that remember where they sit in the
 * raw input, so body paragraphs can be mapped back to raw offsets.
 */
export interface RawLine {
  /** The line without surrounding whitespace. */
  text: string;
  /** Offset of `text` in the raw input. */
  start: number;
  /** True when the line is empty or whitespace. */
  blank: boolean;
}

export function splitLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let pos = 0;
  while (pos <= raw.length) {
    let nl = raw.indexOf('\n', pos);
    if (nl < 0) nl = raw.length;
    const line = raw.slice(pos, nl);
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    lines.push({ text, start: pos + lead, blank: text.length === 0 });
    pos = nl + 1;
  }
  return lines;
}

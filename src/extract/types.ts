/**
 * The contract of the extract stage: a page (HTML or a plain-text page capture)
 * in, clean article text and metadata out. Cleaning happens here, before the
 * Doc exists; `offsets` maps the clean text back to the raw input.
 */
import type { DocMeta } from '../model/meta.js';

export interface ExtractedPage {
  /** Article body: paragraphs separated by a blank line ("\n\n"). */
  text: string;
  meta: DocMeta;
  /**
   * Segments of `text` copied from the raw input: text[start,end) came from
   * raw[rawStart, rawStart + (end - start)). Absent when the text was rebuilt
   * from markup (HTML), where the map is to DOM nodes instead.
   */
  offsets?: { start: number; end: number; rawStart: number }[];
}

export interface ExtractOptions {
  url?: string;
  /** Publication date given by the caller; wins over what the page says. */
  published?: string;
  title?: string;
}

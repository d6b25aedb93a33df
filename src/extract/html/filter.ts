/**
 * Resolve step for HTML paragraphs: drops link lists, furniture lines and
 * header lines (headline, bylines, date lines) that slipped into the container.
 */
import { isDateLine } from '../dates.js';
import { parseByline } from '../text/header.js';
import { isCopyrightLine, isResidueLine, isTailHeading } from '../text/residue.js';
import type { Paragraph } from './paragraphs.js';

export function filterParagraphs(paragraphs: Paragraph[], title: string | undefined): Paragraph[] {
  const normTitle = title?.toLowerCase().replace(/\s+/g, ' ').trim();
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    const len = p.text.length;
    const density = len ? p.linkChars / len : 0;
    if ((density > 0.5 && (len < 200 || density > 0.8)) || (density > 0.3 && len < 80)) continue;
    if (isResidueLine(p.text) || isCopyrightLine(p.text)) continue;
    if (p.tag === 'h1' && normTitle && p.text.toLowerCase() === normTitle) continue;
    if (kept.length === 0 && normTitle && p.text.toLowerCase() === normTitle) continue;
    if (len < 100 && (isDateLine(p.text) || (kept.length < 3 && /^by\s/i.test(p.text) && parseByline(p.text)))) continue;
    kept.push(p);
  }
  // A "Read more"/"Related" heading near the end starts a list of other stories.
  for (let i = Math.floor(kept.length / 2); i < kept.length; i++) {
    if (isTailHeading(kept[i]!.text)) return kept.slice(0, i);
  }
  return kept;
}

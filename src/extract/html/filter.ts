/**
 * Resolve step for HTML paragraphs: drops link lists, furniture lines and
 * header lines (headline, bylines, date lines) that slipped into the container.
 */
import { isDateLine } from '../dates.js';
import { parseByline } from '../text/header.js';
import { isCopyrightLine, isPromoLine, isResidueLine, isTailHeading } from '../text/residue.js';
import { namesAfterLabel } from './metadata.js';
import type { Paragraph } from './paragraphs.js';

export function filterParagraphs(paragraphs: Paragraph[], title: string | undefined): Paragraph[] {
  const normTitle = title?.toLowerCase().replace(/\s+/g, ' ').trim();
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    const len = p.text.length;
    const density = len ? p.linkChars / len : 0;
    // Table cells naming a linked product or ingredient are data, not navigation.
    const cell = p.tag === 'td' || p.tag === 'th';
    if (!cell && ((density > 0.5 && (len < 200 || density > 0.8)) || (density > 0.3 && len < 80))) continue;
    if (isResidueLine(p.text) || isCopyrightLine(p.text) || isCreditLine(p.text)) continue;
    if (p.tag === 'h1' && normTitle && p.text.toLowerCase() === normTitle) continue;
    if (kept.length === 0 && normTitle && p.text.toLowerCase() === normTitle) continue;
    if (len < 100 && (isDateLine(p.text) || (kept.length < 3 && isLeadingByline(p.text)))) continue;
    kept.push(p);
  }
  return dropPromoTail(cutRecirculationTail(kept));
}

/**
 * A "Read more"/"Related" heading in the second half (by paragraphs, or by
 * characters: such lists are many short lines) starts a list of other stories.
 */
function cutRecirculationTail(kept: Paragraph[]): Paragraph[] {
  const total = kept.reduce((n, p) => n + p.text.length, 0);
  let before = 0;
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    const secondHalf = i >= Math.floor(kept.length / 2) || before >= total / 2;
    if (secondHalf && (isTailHeading(p.text) || isRecirculationHeading(p))) return kept.slice(0, i);
    before += p.text.length;
  }
  return kept;
}

/** "Follow us on Twitter", "Subscribe to our e-paper": asks closing the story, dropped from the end back. */
function dropPromoTail(kept: Paragraph[]): Paragraph[] {
  let end = kept.length;
  while (end > 1 && isPromoLine(kept[end - 1]!.text)) end--;
  return end === kept.length ? kept : kept.slice(0, end);
}

/** "By Jane Doe" (with agencies), or another labelled byline naming people: "VON Anna Berg", "Par Jean Dupont". */
function isLeadingByline(text: string): boolean {
  if (/^by\s/i.test(text) && parseByline(text)) return true;
  return BYLINE_LABEL.test(text) && namesAfterLabel(text).length > 0;
}

const BYLINE_LABEL = /^(?:by|von|par|por|autor(?:in)?|author|auteur|text(?: von)?)\b\s*:?\s/i;

/** "Foto: X", "Titelbild: X", "Crédits photos : X": picture credits standing alone. */
function isCreditLine(text: string): boolean {
  return text.length < 100 && /^(?:fotos?|bild(?:er)?|titelbild|photos?|credits?(?: photos?)?|crédits? photos?|image|picture)\s*:/i.test(text);
}

/**
 * Headings (as marked up, so prose sentences do not match) that open
 * recirculation boxes and page tails: "Mehr aus dem Ressort", "Weitere
 * Beiträge", "Explore further", "Most commented", "Sources:".
 */
const RECIRCULATION_HEADING = new RegExp(
  '^(?:' +
    [
      'mehr (?:aus|zu|zum|von|über|vom|im) .*',
      'weitere (?:beiträge|artikel|themen|nachrichten|news|meldungen|informationen|infos|links|rezepte|tipps)\\b.*',
      'empfohlene (?:beiträge|artikel)',
      'empfehlungen(?: .*)?',
      'das (?:thema )?könnte (?:sie|dich) auch interessieren.*',
      'meistkommentiert',
      'meist(?:gelesen|geklickt)',
      'beliebte (?:beiträge|artikel)',
      'neueste (?:beiträge|artikel)',
      'aktuelle (?:beiträge|artikel)',
      'quellen(?:angaben)?',
      'explore further',
      'more (?:articles|posts|reading)',
      'popular (?:posts|articles|stories)',
      'recent (?:posts|articles)',
      'leave a (?:reply|comment)',
      'sources?',
      'über (?:den|die) autor(?:in)?',
      'about the author',
      'meist-?diskutiert',
      'weitere tipps',
      'en savoir plus',
      'sur le même thème',
      'dernières (?:news|actualités|infos)\\b.*',
    ].join('|') +
    ')[:.!]?$',
  'i',
);

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function isRecirculationHeading(p: Paragraph): boolean {
  return HEADING_TAGS.has(p.tag) && p.text.length <= 80 && RECIRCULATION_HEADING.test(p.text.trim());
}

/**
 * Serializes the chosen containers to paragraphs: block elements start a new
 * paragraph, inline text joins the current one, furniture is skipped. Each
 * paragraph remembers how much of its text sat in links, so link lists can
 * be dropped. Iterative (explicit stack), so nesting depth does not matter.
 */
import type { ElementNode, TreeNode } from './tree.js';

export interface Paragraph {
  text: string;
  linkChars: number;
  /** Tag of the block the paragraph came from (p, h2, li, ...). */
  tag: string;
}

const BREAKS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dd', 'dt', 'header', 'hr', 'br', 'figcaption', 'address', 'center', 'caption']);

type Frame = { node: TreeNode; exit: boolean; inLink: boolean };

const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'header', '#root', 'body']);

/** A <time> standing alone between blocks is a date stamp, not prose; inside a sentence it stays. */
function isStandaloneTime(el: ElementNode): boolean {
  return el.tag === 'time' && el.parent !== undefined && CONTAINER_TAGS.has(el.parent.tag);
}

export function toParagraphs(containers: ElementNode[], removed: ReadonlySet<ElementNode>): Paragraph[] {
  const out: Paragraph[] = [];
  let buf = '';
  let linkChars = 0;
  let blockTag = 'p';
  const flush = (): void => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, linkChars: Math.min(linkChars, text.length), tag: blockTag });
    buf = '';
    linkChars = 0;
  };
  for (const container of containers) {
    const stack: Frame[] = [{ node: container, exit: false, inLink: false }];
    while (stack.length > 0) {
      const f = stack.pop()!;
      const n = f.node;
      if (typeof n === 'string') {
        buf += n;
        if (f.inLink) linkChars += n.trim().length;
        continue;
      }
      const isBreak = BREAKS.has(n.tag);
      if (f.exit) {
        if (isBreak) flush();
        continue;
      }
      if (n !== container && (removed.has(n) || isStandaloneTime(n))) continue;
      if (isBreak) {
        flush();
        blockTag = n.tag;
      }
      stack.push({ node: n, exit: true, inLink: f.inLink });
      const inLink = f.inLink || n.tag === 'a';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i]!, exit: false, inLink });
    }
    flush();
  }
  return out;
}

/** figcaption texts under the given roots, furniture included (figures are furniture for the body). */
export function findCaptions(roots: ElementNode[]): { text: string; credit?: string }[] {
  const out: { text: string; credit?: string }[] = [];
  const stack: ElementNode[] = [...roots];
  while (stack.length > 0 && out.length < 50) {
    const el = stack.pop()!;
    if (el.tag === 'figcaption') {
      const caption = captionOf(el);
      if (caption && !out.some((c) => c.text === caption.text)) out.push(caption);
      continue;
    }
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  return out.reverse();
}

const CREDIT_HINT = /credit|copyright|photographer|byline|source|attribution/i;

/** Caption text with its credit kept apart: from a credit-classed child, or a trailing "Photo: X" / "— X". */
function captionOf(el: ElementNode): { text: string; credit?: string } | undefined {
  let credit: string | undefined;
  const parts: string[] = [];
  const stack: TreeNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n !== el && CREDIT_HINT.test(`${n.attrs.class ?? ''} ${n.attrs.itemprop ?? ''}`)) {
      credit = flatText(n);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  let text = parts.join('').replace(/\s+/g, ' ').trim();
  if (!credit) {
    const m = /^(.*?)[\s.]*(?:\((?:photo|picture|image|foto|bild)[^)]*?:?\s*([^()]{2,80})\)|(?:photo|picture|image|foto|bild):\s*(.{2,80})|\s[—–|]\s*([^—–|]{2,60}))$/i.exec(text);
    if (m && m[1]) {
      text = m[1].trim();
      credit = (m[2] ?? m[3] ?? m[4])?.trim();
    }
  }
  credit = credit?.replace(/^(?:photo|picture|image|foto|bild|credit)s?\s*(?:by)?:?\s*/i, '').replace(/^©\s*/, '').trim();
  if (!text) return undefined;
  return credit ? { text, credit } : { text };
}

function flatText(el: ElementNode): string {
  const parts: string[] = [];
  const stack: TreeNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') parts.push(n);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

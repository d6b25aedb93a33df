/**
 * Per-element text statistics over the non-furniture tree, computed once
 * bottom-up without recursion: text length, text inside links, commas,
 * and how many paragraph-like children an element has.
 */
import { hasFurnitureHint, declaredBodies, isStructuralFurniture } from './boilerplate.js';
import type { ElementNode } from './tree.js';

export interface NodeStats {
  textLength: number;
  linkLength: number;
  commas: number;
  /** Length of text directly in this element (not in child elements). */
  ownTextLength: number;
}

export interface TreeStats {
  stats: Map<ElementNode, NodeStats>;
  /** Non-furniture elements in document (pre-)order. */
  order: ElementNode[];
  /** Elements removed as furniture (their subtrees are not in `order`). */
  removed: Set<ElementNode>;
  /** Elements declaring themselves the article body (itemprop=articleBody, a single "entry-content"). */
  declared: ElementNode[];
}

/**
 * Share of the page's text above which a class hint alone does not remove an
 * element: themes put words like "sidebar" or "modal" on the article wrapper.
 */
const HINT_OVERRIDE_SHARE = 0.4;

/**
 * Order, in one place: remove structural furniture, measure; remove elements
 * whose class names furniture unless they hold much of the text; measure again.
 */
export function computeStats(root: ElementNode, useClassHints = true): TreeStats {
  const removed = new Set<ElementNode>();
  const first = measure(root, removed, (el) => isStructuralFurniture(el));
  const declared = declaredBodies(first.order);
  if (!useClassHints) return { ...first, removed, declared };
  const total = first.stats.get(root)?.textLength ?? 0;
  // The declared article body and everything around it stay, whatever their class says.
  const protectedEls = new Set<ElementNode>();
  for (const el of declared) {
    for (let p: ElementNode | undefined = el; p && !protectedEls.has(p); p = p.parent) protectedEls.add(p);
  }
  const hinted = new Set<ElementNode>();
  for (const el of first.order) {
    if (el === root || protectedEls.has(el) || !hasFurnitureHint(el)) continue;
    if ((first.stats.get(el)?.textLength ?? 0) < total * HINT_OVERRIDE_SHARE) hinted.add(el);
  }
  if (hinted.size === 0) return { ...first, removed, declared };
  const second = measure(root, removed, (el) => hinted.has(el) || isStructuralFurniture(el));
  return { ...second, removed, declared };
}

const COMMA = /[,،、，]/g;

function measure(root: ElementNode, removed: Set<ElementNode>, isFurniture: (el: ElementNode) => boolean): { stats: Map<ElementNode, NodeStats>; order: ElementNode[] } {
  removed.clear();
  const order: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== root && isFurniture(el)) {
      removed.add(el);
      continue;
    }
    order.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  const stats = new Map<ElementNode, NodeStats>();
  for (const el of order) {
    let own = 0;
    let commas = 0;
    for (const c of el.children) {
      if (typeof c === 'string') {
        const t = c.trim();
        if (t) {
          own += t.length + 1;
          commas += t.match(COMMA)?.length ?? 0;
        }
      }
    }
    stats.set(el, { textLength: own, linkLength: el.tag === 'a' ? own : 0, commas, ownTextLength: own });
  }
  // Children come after parents in pre-order, so a reverse pass sums children into parents.
  for (let i = order.length - 1; i > 0; i--) {
    const el = order[i]!;
    const s = stats.get(el)!;
    const p = el.parent && stats.get(el.parent);
    if (!p) continue;
    p.textLength += s.textLength;
    p.commas += s.commas;
    p.linkLength += el.tag === 'a' ? s.textLength : s.linkLength;
  }
  return { stats, order };
}

export function linkDensity(s: NodeStats | undefined): number {
  if (!s || s.textLength === 0) return 0;
  return Math.min(1, s.linkLength / s.textLength);
}

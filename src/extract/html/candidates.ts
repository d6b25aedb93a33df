/**
 * Readability-style scoring: paragraph-like elements give points to their
 * parent and grandparents; the best-scoring container is the article, and
 * siblings that look like more of it are added.
 */
import { classWeight, hintOf } from './boilerplate.js';
import { linkDensity, type TreeStats } from './stats.js';
import type { ElementNode } from './tree.js';

const SCORED_BLOCKS = new Set(['p', 'pre', 'td', 'blockquote', 'section', 'h2', 'h3', 'h4', 'dd']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dd', 'dt', 'figure', 'header', 'footer', 'aside', 'nav', 'form', 'hr', 'br']);

function tagWeight(el: ElementNode): number {
  switch (el.tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** A div holding text directly (no block children) counts as a paragraph, as in Readability. */
function isParagraphLike(el: ElementNode, tree: TreeStats): boolean {
  if (SCORED_BLOCKS.has(el.tag)) return true;
  // Long list items are prose (recipe steps, numbered explanations), not link lists.
  if (el.tag === 'li') return (tree.stats.get(el)?.ownTextLength ?? 0) >= 80;
  if (el.tag !== 'div') return false;
  const own = tree.stats.get(el)?.ownTextLength ?? 0;
  if (own < 25) return false;
  return !el.children.some((c) => typeof c !== 'string' && BLOCK_TAGS.has(c.tag) && c.tag !== 'br');
}

export interface ScoredCandidate {
  el: ElementNode;
  score: number;
}

export function scoreCandidates(tree: TreeStats): ScoredCandidate[] {
  const scores = new Map<ElementNode, number>();
  const init = (el: ElementNode): void => {
    if (!scores.has(el)) scores.set(el, tagWeight(el) + classWeight(el));
  };
  for (const el of tree.order) {
    if (!isParagraphLike(el, tree)) continue;
    const s = tree.stats.get(el)!;
    if (s.textLength < 25) continue;
    const points = 1 + s.commas + Math.min(Math.floor(s.textLength / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; level < 3 && ancestor && ancestor.tag !== '#root'; level++) {
      init(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
      ancestor = ancestor.parent;
    }
  }
  const out: ScoredCandidate[] = [];
  for (const [el, score] of scores) out.push({ el, score: score * (1 - linkDensity(tree.stats.get(el))) });
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * The top candidate, moved up to its parent while the parent scores nearly as
 * well (the article is split over several wrappers), then its siblings that
 * look like more article.
 */
export function pickContainers(candidates: ScoredCandidate[], tree: TreeStats): ElementNode[] {
  const top = candidates[0];
  if (!top) return [];
  const scoreOf = new Map(candidates.map((c) => [c.el, c.score]));
  let best = top.el;
  let bestScore = top.score;
  // Readability: when several top candidates share an ancestor, that ancestor is the article.
  const strong = candidates.slice(1, 6).filter((c) => c.score >= bestScore * 0.75).map((c) => c.el);
  if (strong.length >= 2) {
    let parent = best.parent;
    while (parent && parent.tag !== '#root' && parent.tag !== 'body') {
      const within = strong.filter((s) => isAncestor(parent!, s)).length;
      if (within >= 2) {
        best = parent;
        break;
      }
      parent = parent.parent;
    }
  }
  bestScore = Math.max(bestScore, scoreOf.get(best) ?? 0);
  const threshold = Math.max(10, bestScore * 0.2);
  const parent = best.parent;
  if (!parent) return [best];
  const out: ElementNode[] = leadsBefore(best, tree);
  for (const sib of parent.children) {
    if (typeof sib === 'string') continue;
    if (sib === best) {
      out.push(sib);
      continue;
    }
    if (!tree.stats.has(sib)) continue;
    let bonus = 0;
    if (hintOf(sib).trim() && hintOf(sib) === hintOf(best)) bonus += bestScore * 0.2;
    if ((scoreOf.get(sib) ?? 0) + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.tag === 'p') {
      const s = tree.stats.get(sib)!;
      const ld = linkDensity(s);
      if (s.textLength > 80 && ld < 0.25) out.push(sib);
    }
  }
  // A lead inside a sibling that joined whole would be serialized twice.
  return out.filter((el) => !out.some((o) => o !== el && isAncestor(o, el)));
}

/** Class names of a lead paragraph (standfirst, intro, teaser) set apart from the body. */
const LEAD_HINT = /\b(?:lead|lede|intro|teaser|abstract|excerpt|summary|standfirst|subtitle|subheadline|preface|vorspann|leadin|chapo|deck|description|synopsis|einleitung|anriss|kicker)/i;
const LEAD_LEVELS = 4;

/**
 * Lead paragraphs placed before the container: prose in the header of the
 * enclosing <article>, and lead-classed blocks among the preceding siblings
 * of the container and its near ancestors (sites set the standfirst apart).
 */
function leadsBefore(best: ElementNode, tree: TreeStats): ElementNode[] {
  const out: ElementNode[] = [];
  let branch = best;
  let level = 0;
  for (let p = best.parent; p && p.tag !== '#root' && p.tag !== 'body'; branch = p, p = p.parent, level++) {
    const inArticle = p.tag === 'article' || p.tag === 'main';
    if (level >= LEAD_LEVELS && !inArticle) continue;
    const found: ElementNode[] = [];
    for (const c of p.children) {
      if (c === branch) break;
      if (typeof c === 'string' || !tree.stats.has(c)) continue;
      if (inArticle && c.tag === 'header') found.push(...leadParagraphs(c, tree));
      else found.push(...leadHinted(c, tree));
    }
    out.unshift(...found);
    if (inArticle) break;
  }
  return out;
}

function isLeadText(el: ElementNode, tree: TreeStats): boolean {
  const s = tree.stats.get(el);
  return s !== undefined && s.textLength >= 40 && linkDensity(s) < 0.3;
}

/** The outermost lead-classed elements under `root` (itself included). */
function leadHinted(root: ElementNode, tree: TreeStats): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (!tree.stats.has(el)) continue;
    if (LEAD_HINT.test(hintOf(el))) {
      if (isLeadText(el, tree)) out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

/** Prose paragraphs (not the headline, byline or date stamp) inside an article header. */
function leadParagraphs(header: ElementNode, tree: TreeStats): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: ElementNode[] = [header];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const s = tree.stats.get(el);
    if (!s) continue;
    if (el.tag === 'p' || (el !== header && LEAD_HINT.test(hintOf(el)))) {
      if (s.textLength >= 60 && linkDensity(s) < 0.3) out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

function isAncestor(a: ElementNode, b: ElementNode): boolean {
  for (let p: ElementNode | undefined = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

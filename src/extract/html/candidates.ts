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

/** Text length (characters) below which a candidate's score is scaled down by sqrt(length / MASS). */
const MASS = 500;
/**
 * Class names give ±25 whatever the element holds, so a rating widget or a
 * gallery caption called "post-content" could outscore the article; an
 * element with little text keeps only a share of its score.
 */
function massFactor(textLength: number): number {
  return Math.min(1, Math.sqrt(textLength / MASS));
}

/**
 * Share of the top score from which another candidate counts as strong; two
 * strong candidates under one ancestor make that ancestor the article
 * (Readability uses 0.75 with three; article sections often score unevenly).
 */
const STRONG_SHARE = 0.65;

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
  for (const [el, score] of scores) {
    const s = tree.stats.get(el);
    out.push({ el, score: score * (1 - linkDensity(s)) * massFactor(s?.textLength ?? 0) });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * Resolve, in this order: the top candidate; out of a table's rows; up to
 * the ancestor shared by several strong candidates; then the lead paragraphs
 * before it, its siblings that look like more article, and its "cousins"
 * (the same grid cell repeated in the next grid row).
 */
export function pickContainers(candidates: ScoredCandidate[], tree: TreeStats): ElementNode[] {
  const top = candidates[0];
  if (!top) return [];
  const scoreOf = new Map(candidates.map((c) => [c.el, c.score]));
  let best = liftOutOfTableRows(top.el, top.score, scoreOf);
  best = liftToSharedAncestor(best, candidates);
  best = liftToDeclaredBody(best, tree);
  const bestScore = Math.max(top.score, scoreOf.get(best) ?? 0);
  if (!best.parent) return [best];
  const out: ElementNode[] = [...leadsBefore(best, tree), ...joinSiblings(best, bestScore, scoreOf, tree), ...joinCousins(best, scoreOf, tree)];
  // A lead inside a sibling that joined whole would be serialized twice.
  return out.filter((el) => !out.some((o) => o !== el && isAncestor(o, el)));
}

const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/**
 * A table row scoring highest (a list of signatories, a data table with
 * commas) is part of the article, not the article, when the block holding
 * the table scores at least half as well.
 */
function liftOutOfTableRows(best: ElementNode, bestScore: number, scoreOf: Map<ElementNode, number>): ElementNode {
  if (!TABLE_PARTS.has(best.tag)) return best;
  let p = best.parent;
  while (p && TABLE_PARTS.has(p.tag)) p = p.parent;
  return p && (scoreOf.get(p) ?? 0) >= bestScore * 0.5 ? p : best;
}

/**
 * A page that names its article body (itemprop=articleBody, a single
 * "entry-content") whose winning candidate is one box inside it (an FAQ, a
 * recipe card): the declared body is the article when it holds clearly more
 * prose.
 */
function liftToDeclaredBody(best: ElementNode, tree: TreeStats): ElementNode {
  const bestLength = tree.stats.get(best)?.textLength ?? 0;
  for (const body of tree.declared) {
    if (body === best || isAncestor(best, body)) continue;
    const s = tree.stats.get(body);
    if (!s || linkDensity(s) >= 0.3) continue;
    if (!isAncestor(body, best)) continue;
    if (s.textLength >= bestLength * 2 && s.textLength >= 500) return body;
  }
  return best;
}

/** Readability: when several top candidates share an ancestor, that ancestor is the article. */
function liftToSharedAncestor(best: ElementNode, candidates: ScoredCandidate[]): ElementNode {
  const bestScore = candidates[0]!.score;
  const strong = candidates.slice(1, 6).filter((c) => c.score >= bestScore * STRONG_SHARE && c.el !== best).map((c) => c.el);
  if (strong.length < 2) return best;
  for (let parent = best.parent; parent && parent.tag !== '#root' && parent.tag !== 'body'; parent = parent.parent) {
    if (strong.filter((s) => isAncestor(parent!, s)).length >= 2) return parent;
  }
  return best;
}

/** The container and its siblings scoring like article (or long, link-poor paragraphs), in page order. */
function joinSiblings(best: ElementNode, bestScore: number, scoreOf: Map<ElementNode, number>, tree: TreeStats): ElementNode[] {
  const threshold = Math.max(10, bestScore * 0.2);
  const out: ElementNode[] = [];
  for (const sib of best.parent!.children) {
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
      if (s.textLength > 80 && linkDensity(s) < 0.25) out.push(sib);
    }
  }
  return out;
}

const sameShape = (a: ElementNode, b: ElementNode): boolean => a.tag === b.tag && (a.attrs.class ?? '') === (b.attrs.class ?? '');

/**
 * Grid layouts repeat "row > column" for each stretch of the article: the
 * same-shaped column under the following same-shaped rows joins when it
 * reads as prose (scores, little link text).
 */
function joinCousins(best: ElementNode, scoreOf: Map<ElementNode, number>, tree: TreeStats): ElementNode[] {
  const parent = best.parent!;
  const grand = parent.parent;
  if (!grand || !best.attrs.class || !parent.attrs.class) return [];
  const out: ElementNode[] = [];
  let after = false;
  for (const uncle of grand.children) {
    if (uncle === parent) {
      after = true;
      continue;
    }
    if (!after || typeof uncle === 'string' || !sameShape(uncle, parent) || !tree.stats.has(uncle)) continue;
    for (const c of uncle.children) {
      if (typeof c === 'string' || !sameShape(c, best)) continue;
      const s = tree.stats.get(c);
      if (s && (scoreOf.get(c) ?? 0) >= 10 && linkDensity(s) < 0.3) out.push(c);
    }
  }
  return out;
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

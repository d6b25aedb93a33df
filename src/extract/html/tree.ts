/**
 * A light element tree built with htmlparser2's streaming callbacks, so pages
 * of any nesting depth parse without recursion. Scripts, styles and other
 * non-content elements are dropped while parsing, except JSON-LD, which is
 * kept for metadata.
 */
import { Parser } from 'htmlparser2';
import { limitNesting } from './nesting.js';

export interface ElementNode {
  tag: string;
  attrs: Record<string, string>;
  children: TreeNode[];
  parent: ElementNode | undefined;
  /** Depth in the tree, root = 0. */
  depth: number;
}
export type TreeNode = ElementNode | string;

export interface ParsedPage {
  root: ElementNode;
  /** Text of <script type="application/ld+json"> blocks. */
  jsonLd: string[];
  /** <meta> attributes in document order. */
  metas: Record<string, string>[];
  /** <link> attributes in document order. */
  links: Record<string, string>[];
  /** Text of <title>. */
  titleText: string;
  /** lang attribute of <html>. */
  lang?: string;
}

/** Elements whose content never is article text. */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'title']);
/** Attributes we keep (the rest only cost memory). */
const KEEP_ATTRS = new Set(['class', 'id', 'itemprop', 'itemtype', 'role', 'datetime', 'href', 'rel', 'property', 'name', 'content', 'aria-hidden', 'hidden', 'style', 'type', 'lang', 'charset', 'http-equiv', 'data-testid']);

export function parseHtml(html: string): ParsedPage {
  const root: ElementNode = { tag: '#root', attrs: {}, children: [], parent: undefined, depth: 0 };
  const page: ParsedPage = { root, jsonLd: [], metas: [], links: [], titleText: '' };
  let current = root;
  // While > 0 we are inside an element whose content we drop.
  let skipDepth = 0;
  let inTitle = false;
  let jsonLdBuffer: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') page.metas.push(attribs);
        else if (name === 'link') page.links.push(attribs);
        else if (name === 'html' && attribs.lang && !page.lang) page.lang = attribs.lang;
        if (name === 'title' && skipDepth === 0) inTitle = true;
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) jsonLdBuffer = '';
        if (skipDepth > 0 || SKIP_CONTENT.has(name)) {
          skipDepth++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEEP_ATTRS.has(k)) attrs[k] = attribs[k]!;
        const el: ElementNode = { tag: name, attrs, children: [], parent: current, depth: current.depth + 1 };
        current.children.push(el);
        current = el;
      },
      ontext(text) {
        if (inTitle) page.titleText += text;
        if (jsonLdBuffer !== undefined) jsonLdBuffer += text;
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLdBuffer !== undefined) {
          page.jsonLd.push(jsonLdBuffer);
          jsonLdBuffer = undefined;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(limitNesting(html));
  parser.end();
  return page;
}

/** Pre-order walk without recursion; `enter` returning false skips a subtree. */
export function walk(root: ElementNode, enter: (el: ElementNode) => boolean | void): void {
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (enter(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** Whitespace-collapsed text of a subtree, iteratively. */
export function textOf(root: ElementNode): string {
  const parts: string[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n.tag === 'br') parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Text of a subtree when it is at most `limit` characters (before whitespace
 * collapsing), else undefined; stops early, so probing big containers is cheap.
 */
export function shortTextOf(root: ElementNode, limit: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      length += n.length;
      if (length > limit * 3) return undefined;
      parts.push(n);
      continue;
    }
    if (n.tag === 'br') parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length <= limit ? text : undefined;
}

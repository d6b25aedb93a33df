/**
 * Guard against very deep markup. htmlparser2 keeps its open-element stack
 * with Array.unshift, so each tag costs O(depth) and 100k nested elements
 * take tens of seconds. A linear pre-scan estimates the depth; past the
 * limit, open tags (and their matching closers) beyond it are dropped.
 * Real pages stay far below the limit and are passed through untouched.
 */

const MAX_NESTING = 1500;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'tr', 'dd', 'dt']);
// Tags only (no attributes with ">" inside quotes handled: an estimate is enough here).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

function isCounted(name: string, selfClosing: string): boolean {
  return selfClosing === '' && !VOID.has(name.toLowerCase());
}

/** Largest depth of counted (non-void, non-implied) elements, stopping early past `limit`. */
function estimateDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!isCounted(m[2]!, m[3]!)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}

export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  if (estimateDepth(html, maxDepth) <= maxDepth) return html;
  let depth = 0;
  // Per tag name, how many dropped opens still await their closer.
  const dropped = new Map<string, number>();
  return html.replace(TAG, (whole, close: string, rawName: string, selfClosing: string) => {
    if (!isCounted(rawName, selfClosing)) return whole;
    const name = rawName.toLowerCase();
    if (close) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        return '';
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return '';
    }
    depth++;
    return whole;
  });
}

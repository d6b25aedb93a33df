/**
 * Regex alternations of many words as prefix trees: the same language as the
 * plain alternation, built for the long word lists (filter keys, number words)
 * that the events step tests against raw text.
 */
import { escapeRegExp } from '../../util/regexp.js';

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex group matching exactly the strings of `words`, common prefixes shared
 * ("attack|attempt" → "att(?:ack|empt)"): the same language as their plain
 * alternation, but the engine follows one branch per character instead of
 * trying every word (several hundred) at every position of the text.
 */
export function alternationTrie(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeRegExp(ch) + trieSource(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A word ends here: the longer words are optional (greedy, so tried first, as longest-first alternation does).
  return `${branches.length === 1 ? `(?:${body})` : body}?`;
}

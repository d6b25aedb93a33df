/**
 * text.startsWith(word, start), compared code unit by code unit: the words
 * compared in hash-table probes are short, and this inlined loop costs less
 * than a call into the startsWith builtin.
 */
export function sameChars(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

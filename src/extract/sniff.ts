/**
 * Decides whether a raw page is HTML or a plain-text capture, from its first
 * few kilobytes.
 */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 4096).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<!--)/.test(head)) return true;
  // Text with several common tags reads as a fragment of HTML.
  const tags = head.match(/<\/?(?:p|div|span|a|br|h[1-6]|article|section|meta|title|script|li|ul|img)\b[^>]*>/g);
  return (tags?.length ?? 0) >= 3;
}

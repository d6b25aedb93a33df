/**
 * Navigation and page-furniture lines that page captures carry around the
 * story: skip links, share buttons, cookie and newsletter prompts, and the
 * headings that start "Read more" lists after the story.
 */

/** Lines that are page furniture wherever they appear. */
const RESIDUE_LINE = new RegExp(
  '^(?:' +
    [
      'skip to (?:main )?content',
      'skip to navigation',
      'jump to (?:main )?content',
      'share(?: this)?(?: article| story| on \\w+)?',
      'share via \\w+',
      '(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|copy link|reddit|telegram|pinterest)',
      'tweet',
      'advertisement',
      'ad',
      'sponsored(?: content)?',
      'scroll to continue(?: with content)?',
      'continue reading',
      'listen to (?:this )?article.*',
      'open in app',
      'menu',
      'search',
      'sign in',
      'log ?in',
      'subscribe(?: now)?',
      'sign up(?: for .*)?',
      'accept(?: all)?(?: cookies)?',
      'reject all',
      'manage (?:cookies|preferences|consent)',
      '.*\\bcookies?\\b.*\\b(?:accept|consent|use|policy|settings)\\b.*',
      '.*\\bnewsletter\\b.*',
      'close',
      'back to top',
      'comments?(?: \\(\\d+\\))?',
      'kommentare?(?: \\(\\d+\\))?',
      'kommentieren',
      'teilen',
      'drucken',
      'artikel teilen',
      'zum seitenanfang',
      'nach oben',
      'anmelden',
      'einloggen',
      'follow us(?: on .*)?',
      'download (?:the|our) app.*',
      '\\d+ min(?:ute)? read',
    ].join('|') +
    ')$',
  'i',
);

/** Headings after which the rest of a capture is other stories, not this one. */
const TAIL_HEADING = new RegExp(
  '^(?:' +
    [
      'read more',
      'read next',
      'more (?:from|on|stories|news|in) .*',
      'more stories',
      'related(?: articles| stories| content| news| coverage)?',
      'you (?:may|might) also like',
      'recommended(?: for you| stories)?',
      'most (?:read|popular|viewed)',
      'trending(?: now)?',
      'latest (?:news|stories)',
      'top stories',
      'also read',
      'see also',
      'related tutorials',
      // German, French, Spanish equivalents (the web-extraction set is mostly German).
      'auch interessant',
      'mehr zum thema',
      'weitere artikel',
      'das könnte (?:sie|dich) auch interessieren!?',
      'lesen sie auch',
      'lies auch',
      'meistgelesen(?:e artikel)?',
      'ähnliche (?:artikel|beiträge)',
      'verwandte (?:artikel|beiträge)',
      'lade weitere inhalte',
      'articles les plus lus',
      'à lire aussi',
      'lire aussi',
      'sur le même sujet',
      'noticias relacionadas',
      'te puede interesar',
    ].join('|') +
    ')[:.]?$',
  'i',
);

export function isResidueLine(line: string): boolean {
  return line.length <= 200 && RESIDUE_LINE.test(line);
}

export function isTailHeading(line: string): boolean {
  return line.length <= 60 && TAIL_HEADING.test(line);
}

/** A copyright or "All rights reserved" line closing a capture. */
export function isCopyrightLine(line: string): boolean {
  return line.length <= 200 && /^(?:©|\(c\)|copyright\b)|all rights reserved/i.test(line);
}

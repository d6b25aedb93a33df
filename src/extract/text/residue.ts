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
      'explore further',
      'latest (?:articles|posts)',
      'letzte (?:artikel|beiträge)',
      'zum weiterlesen',
      'weiterführende(?:r)? (?:links?|informationen|artikel|inhalte|beiträge)',
      'mehr themen',
      'schon gelesen\\??',
      'lesen sie (?:auch|mehr)\\b.*',
      'das (?:thema )?könnte (?:sie|dich) auch interessieren!?',
      'aktuelle (?:berichte|artikel|beiträge|meldungen) aus .*',
      'temas relacionados',
      'artículos relacionados',
      'lee también',
      'leia também',
      'veja também',
      'leggi anche',
      'voir aussi',
      'czytaj (?:też|także)',
      'zobacz (?:też|także)',
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

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|all rights reserved|copyrighted (?:property|material)|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|chroniony prawem autorskim|urheberrechtlich geschützt/i;

/** A copyright or "All rights reserved" line closing a capture. */
export function isCopyrightLine(line: string): boolean {
  return line.length <= 200 && COPYRIGHT.test(line);
}

/** Verbs of an ask to follow, subscribe or join ("Follow us on", "Síguenos en", "Abonnieren Sie"). */
const ASK = /\b(?:follow|subscribe|join|sign up|download|folg(?:e|en sie)|abonnier|melde dich|síguenos|siguenos|suscr[íi]bete|nos siga|siga-nos|assine|suivez|abonnez|seguici|iscriviti|zapraszamy|obserwuj)|\b(?:mira lo que tiene|ya sabías)/i;
/** What such an ask points to: a channel, an edition, an app. */
const CHANNEL = /\b(?:twitter|facebook|instagram|youtube|telegram|whatsapp|tiktok|linkedin|google news|newsletter|e-?paper|edition|channel|canal|kanal|app|podcast|subskrypcj\w*|updates?)\b/i;

/** The site speaking of itself: "us", "our", "uns", "nuestro", "notre", ... */
const FIRST_PERSON = /\b(?:us|our|uns|unser\w*|nos|nuestr[oa]s?|nous|notre|nossa|nosso)\b/i;

/**
 * A short line asking the reader to follow, subscribe or download: the
 * page's tail, not the story. The ask opens the line (imperative) or the
 * site names itself, so a story sentence about an app or Twitter stays.
 */
export function isPromoLine(line: string): boolean {
  if (line.length > 250 || !CHANNEL.test(line)) return false;
  const start = line.replace(/^[\s¡¿»«"„“*>-]+/, '');
  const ask = ASK.exec(start);
  return ask !== null && (ask.index === 0 || FIRST_PERSON.test(line));
}

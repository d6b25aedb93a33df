/**
 * Candidate base forms of an English word, enough to match event-verb and
 * noun lemmas ("targeted" → target, "strikes" → strike, "held" → hold)
 * without a full morphological analyser.
 */

/** Null-prototype: a word like "constructor" must not find Object's own properties. */
export const IRREGULAR: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  held: 'hold', met: 'meet', gave: 'give', given: 'give', sent: 'send', fought: 'fight', struck: 'strike',
  shot: 'shoot', began: 'begin', begun: 'begin', led: 'lead', threw: 'throw', thrown: 'throw', took: 'take',
  taken: 'take', sought: 'seek', won: 'win', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake',
  made: 'make', said: 'say', told: 'tell', came: 'come', went: 'go', gone: 'go', left: 'leave', brought: 'bring',
  broke: 'break', broken: 'break', blew: 'blow', blown: 'blow', stole: 'steal', stolen: 'steal', spoke: 'speak',
  spoken: 'speak', swore: 'swear', sworn: 'swear', forbade: 'forbid', forbidden: 'forbid', froze: 'freeze',
  frozen: 'freeze', drove: 'drive', driven: 'drive', wrote: 'write', written: 'write', rose: 'rise', risen: 'rise',
  fled: 'flee', fell: 'fall', fallen: 'fall', hit: 'hit', put: 'put', set: 'set', cut: 'cut', shut: 'shut',
  lost: 'lose', paid: 'pay', laid: 'lay', built: 'build', beat: 'beat', beaten: 'beat', bore: 'bear', kept: 'keep',
  forgave: 'forgive', forgiven: 'forgive', overthrew: 'overthrow', overthrown: 'overthrow', saw: 'see', seen: 'see',
  seized: 'seize', overran: 'overrun', retook: 'retake', overtook: 'overtake', split: 'split', ran: 'run', has: 'have', had: 'have', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', did: 'do', does: 'do',
  women: 'woman', men: 'man', people: 'people', children: 'child', casualties: 'casualty', militia: 'militia',
});

/** Lemma candidates are asked for the same few thousand words again and again; cache them (bounded). */
const CACHE = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/** All plausible base forms of `word` (lower-cased), the word itself first. */
export function lemmaCandidates(word: string): string[] {
  const cached = CACHE.get(word);
  if (cached) return cached;
  const out = computeCandidates(word);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(word, out);
  return out;
}

/** Every miss of the cache (each new word of an article) lands here: no Set, closure or array literal per call. */
function computeCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  // The word itself first, then each form once, in the order they are found.
  const out = [w];
  const irregular = IRREGULAR[w];
  if (irregular && !out.includes(irregular)) out.push(irregular);
  if (w.endsWith('ies')) addForm(out, w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) addForm(out, w.slice(0, -3) + 'y');
  if (w.endsWith('es')) addForm(out, w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) addForm(out, w.slice(0, -1));
  addStems(out, w, 'ed');
  addStems(out, w, 'ing');
  if (w.endsWith('d') && w.endsWith('ed')) addForm(out, w.slice(0, -1));
  // Participles in -en: "retaken", "overtaken", "forgiven".
  if (w.endsWith('en') && w.length > 5) addForm(out, w.slice(0, -1));
  return out;
}

function addForm(out: string[], s: string): void {
  if (s.length >= 2 && !out.includes(s)) out.push(s);
}

function addStems(out: string[], w: string, suffix: string): void {
  if (!w.endsWith(suffix) || w.length <= suffix.length + 2) return;
  const stem = w.slice(0, -suffix.length);
  addForm(out, stem);
  addForm(out, stem + 'e');
  // Doubled final consonant: "shelled" → shell stays, "planned" → plan.
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) addForm(out, stem.slice(0, -1));
}

/** True when `word` can be an inflection of `lemma`. */
export function hasLemma(word: string, lemma: string): boolean {
  const w = word.toLowerCase();
  if (w === lemma) return true;
  if (!w.startsWith(lemma.slice(0, Math.min(2, lemma.length))) && !IRREGULAR[w]) return false;
  return lemmaCandidates(w).includes(lemma);
}

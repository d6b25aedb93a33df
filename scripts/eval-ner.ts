/**
 * npm run eval:ner — entity-level exact-match P/R/F1 per type (conlleval
 * style) of the committed model on CoNLL-2003 dev, through the run-time
 * piece path. Options: --model PATH, --errors N (print N mistakes in context).
 */
import { readConll } from '../src/annotate/entities/conll.js';
import { docAsTokens, evaluate, formatScores, spanKey } from '../src/annotate/entities/evaluate.js';
import { loadModel } from '../src/annotate/entities/model-file.js';
import { NerTagger } from '../src/annotate/entities/tagger.js';
import { repoPath, sharedDataPath } from '../src/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const modelPath = opt('model', repoPath('models', 'ner.json.gz'));
const showErrors = Number(opt('errors', '0'));

const dev = readConll(sharedDataPath('conll2003', 'dev.txt'));
const tagger = new NerTagger(loadModel(modelPath));
console.log(`CoNLL-2003 dev (${dev.length} docs), model ${modelPath}`);
console.log(formatScores(evaluate(tagger, dev)));

if (showErrors > 0) {
  let shown = 0;
  for (const doc of dev) {
    const { sentences, gold } = docAsTokens(doc);
    const text = sentences.map((s) => s.map((t) => t.text).join(' ')).join(' ');
    const predicted = tagger.tagTokens(sentences).map(spanKey);
    const goldSet = new Set(gold);
    const predSet = new Set(predicted);
    const show = (key: string, kind: string) => {
      const [a, b, type] = key.split(':');
      const s = Number(a);
      const e = Number(b);
      console.log(`${kind} ${type}: [${text.slice(s, e)}]  …${text.slice(Math.max(0, s - 40), s)}⟦${text.slice(s, e)}⟧${text.slice(e, e + 40)}…`);
    };
    for (const g of goldSet) if (!predSet.has(g) && shown++ < showErrors) show(g, 'MISS');
    for (const p of predSet) if (!goldSet.has(p) && shown++ < showErrors) show(p, 'FALSE');
    if (shown >= showErrors) break;
  }
}

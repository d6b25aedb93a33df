/**
 * Training the entity tagger: CoNLL documents → pieces with BILOU tags →
 * static feature ids (features seen fewer than `minCount` times dropped) →
 * structured averaged-perceptron epochs (Viterbi decode, update where the
 * best path differs from the gold path) in a fixed shuffled order.
 *
 * Two stages: stage 1 uses local features; stage 2 adds document-consistency
 * features computed from stage-1 tags. So that stage 2 learns from stage-1
 * tags as noisy as at run time, its training tags come from stage-1 models
 * trained on the other folds (jackknifing).
 */
import type { LabelledDoc } from './conll.js';
import { decodeSentence, historyFeatures, type Decoded } from './decode.js';
import { docFeatures, shortShape, wordShape } from './features.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import type { NerModelData, StageWeights } from './model-file.js';
import { labelPieces, type PieceSentence } from './pieces.js';
import { PerceptronTable } from './perceptron.js';
import { seededRandom, shuffleInPlace } from '../../util/seeded-random.js';
import { combinedFeatures, decodeDoc, stageTable } from './stages.js';
import { TAGS, TAG_INDEX, encodeBilou } from './tags.js';

export interface TrainOptions {
  epochs: number;
  minCount: number;
  seed: number;
  /** Train the document-consistency stage (0 or 1 folds = no). */
  folds?: number;
  /** Epochs of the fold models that produce stage-1 tags for stage 2. */
  foldEpochs?: number;
  log?: (message: string) => void;
}

interface TrainSentence {
  words: string[];
  gold: number[];
  featureStrings: string[][];
}

type PieceDocs = PieceSentence[][];

export function trainTagger(docs: readonly LabelledDoc[], lists: GazetteerLists, opts: TrainOptions): NerModelData {
  const log = opts.log ?? (() => {});
  const gazetteer = new Gazetteer(lists);
  const pieceDocs: PieceDocs = docs.map((doc) => doc.map(labelPieces));
  const statics = (d: PieceSentence[]) =>
    docFeatures(
      d.map((s) => s.words),
      gazetteer,
    );

  log('stage 1');
  const stage1 = trainStage(sentencesOf(pieceDocs, statics), opts.epochs, opts);
  const stages = [stage1];

  const folds = opts.folds ?? 0;
  if (folds > 1) {
    const firstPass = new Array<Decoded[]>(pieceDocs.length);
    for (let k = 0; k < folds; k++) {
      log(`stage 1, fold ${k + 1}/${folds}`);
      const inFold = (i: number) => i % folds === k;
      const model = trainStage(
        sentencesOf(
          pieceDocs.filter((_, i) => !inFold(i)),
          statics,
        ),
        opts.foldEpochs ?? opts.epochs,
        opts,
      );
      const table = stageTable(model);
      pieceDocs.forEach((d, i) => {
        if (inFold(i)) firstPass[i] = decodeDoc(d.map((s) => s.words), statics(d), table);
      });
    }
    log('stage 2');
    const withContext = (d: PieceSentence[], i: number) =>
      combinedFeatures(
        statics(d),
        d.map((s) => s.words),
        firstPass[i]!,
      );
    stages.push(trainStage(sentencesOf(pieceDocs, withContext), opts.epochs, opts));
  }
  return {
    tags: TAGS,
    stages,
    gazetteer: lists,
    info: { epochs: opts.epochs, minCount: opts.minCount, seed: opts.seed, folds, foldEpochs: opts.foldEpochs, docs: docs.length },
  };
}

function sentencesOf(docs: PieceDocs, features: (d: PieceSentence[], i: number) => string[][][]): TrainSentence[] {
  const out: TrainSentence[] = [];
  docs.forEach((doc, d) => {
    const feats = features(doc, d);
    doc.forEach((s, k) => {
      const gold = encodeBilou(s.words.length, s.spans).map((t) => TAG_INDEX.get(t)!);
      out.push({ words: s.words, gold, featureStrings: feats[k]! });
    });
  });
  return out;
}

function trainStage(sentences: TrainSentence[], epochs: number, opts: TrainOptions): StageWeights {
  const table = new PerceptronTable();
  const ids = indexStaticFeatures(sentences, table, opts.minCount);
  table.growable = false;
  const order = sentences.map((_, i) => i);
  const random = seededRandom(opts.seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const si of order) errors += trainSentence(sentences[si]!, ids[si]!, table);
    opts.log?.(`  epoch ${epoch}: ${errors} errors`);
  }
  return { features: [...table.ids.keys()], weights: table.averaged() };
}

/** One structured-perceptron step; returns the number of wrong pieces. */
function trainSentence(s: TrainSentence, staticIds: Int32Array[], table: PerceptronTable): number {
  const { tags } = decodeSentence(s.words, staticIds, table);
  let errors = 0;
  for (let i = 0; i < s.words.length; i++) {
    const gold = s.gold[i]!;
    const pred = tags[i]!;
    const goldPrev = i === 0 ? 0 : s.gold[i - 1]! + 1;
    const predPrev = i === 0 ? 0 : tags[i - 1]! + 1;
    if (gold !== pred) {
      table.update(staticIds[i]!, gold, pred);
      errors++;
    }
    if (gold !== pred || goldPrev !== predPrev) {
      const lw = s.words[i]!.toLowerCase();
      const ss = shortShape(wordShape(s.words[i]!));
      table.updateOne(
        historyFeatures(goldPrev, lw, ss).map((f) => table.add(f)),
        gold,
        +1,
      );
      table.updateOne(
        historyFeatures(predPrev, lw, ss).map((f) => table.add(f)),
        pred,
        -1,
      );
    }
  }
  table.tick();
  return errors;
}

/** Ids of static features seen at least `minCount` times, per sentence and piece. */
function indexStaticFeatures(sentences: TrainSentence[], table: PerceptronTable, minCount: number): Int32Array[][] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const fs of s.featureStrings) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  return sentences.map((s) => {
    const ids = s.featureStrings.map((fs) => {
      const out: number[] = [];
      for (const f of fs) if ((counts.get(f) ?? 0) >= minCount) out.push(table.add(f));
      return Int32Array.from(out);
    });
    // The strings are no longer needed; free them early on the big corpus.
    s.featureStrings = [];
    return ids;
  });
}

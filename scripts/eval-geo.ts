/**
 * Geoparsing evaluation on the shared gold sets (read at run time, never copied):
 *   - geo/lgl.xml: 588 US local-news articles (Lieberman et al.);
 *   - geo/GeoVirus.xml: 229 WikiNews articles.
 * Reports recognition recall (gold toponyms overlapped by a predicted place),
 * precision (predicted places overlapping a gold toponym), accuracy within
 * 161 km and mean error on recognised gold toponyms (unresolved = miss).
 *
 * Run: npm run eval:geo [-- --set lgl|geovirus] [--limit N] [--errors N] [--no-ner] [--cache]
 * (--cache keeps the NER output in the OS temp dir and reuses it on the next run.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataPath } from '../src/paths.js';
import { Doc } from '../src/model/doc.js';
import type { Entity, Place } from '../src/model/layers.js';
import { textComponent } from '../src/annotate/text/component.js';
import { placesComponent } from '../src/annotate/places/component.js';
import { overlaps } from '../src/annotate/places/mentions.js';
import { geoDistanceKm } from '../src/geo/distance.js';
import { timeGazetteer } from './gazetteer-timing.js';
import type { Component } from '../src/pipeline/component.js';
import { isDemonym } from '../src/lexicon/countries.js';

interface GoldToponym { start: number; end: number; lat: number; lon: number; phrase: string }
interface GoldArticle { id: string; text: string; toponyms: GoldToponym[] }

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ACCURACY_KM = 161;

const cdata = (s: string) => s.replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const tag = (s: string, name: string) => new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(s)?.[1];

function readLgl(): GoldArticle[] {
  const xml = readFileSync(sharedDataPath('geo', 'lgl.xml'), 'utf8');
  const out: GoldArticle[] = [];
  for (const m of xml.matchAll(/<article docid="(\d+)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]!;
    const text = cdata(tag(body, 'text') ?? '');
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const lat = tag(t[1]!, 'lat');
      const lon = tag(t[1]!, 'lon');
      if (lat === undefined || lon === undefined) continue;
      toponyms.push({ start: Number(tag(t[1]!, 'start')), end: Number(tag(t[1]!, 'end')), lat: Number(lat), lon: Number(lon), phrase: tag(t[1]!, 'phrase') ?? '' });
    }
    out.push({ id: m[1]!, text, toponyms });
  }
  return out;
}

function readGeoVirus(): GoldArticle[] {
  const xml = readFileSync(sharedDataPath('geo', 'GeoVirus.xml'), 'utf8');
  const out: GoldArticle[] = [];
  let n = 0;
  for (const m of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const body = m[1]!;
    const text = decode(cdata(tag(body, 'text') ?? ''));
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      toponyms.push({ start: Number(tag(t[1]!, 'start')), end: Number(tag(t[1]!, 'end')), lat: Number(tag(t[1]!, 'lat')), lon: Number(tag(t[1]!, 'lon')), phrase: tag(t[1]!, 'name') ?? '' });
    }
    out.push({ id: `gv${n++}`, text, toponyms });
  }
  return out;
}

async function entitiesComponentOrNone(): Promise<Component | undefined> {
  if (args.includes('--no-ner')) return undefined;
  try {
    const mod = (await import('../src/annotate/entities/component.js')) as { entitiesComponent?: Component };
    return mod.entitiesComponent;
  } catch (e) {
    console.warn(`entities component unavailable (${(e as Error).message}); using the capitalised-sequence proposer only`);
    return undefined;
  }
}

interface Tally { demonymGold: number; demonymRecognised: number; gold: number; recognised: number; predicted: number; predictedTrue: number; predictedDemonym: number; predictedDemonymTrue: number; within: number; errorSum: number; errorN: number; ms: number }

async function evaluate(name: string, articles: GoldArticle[], showErrors: number): Promise<void> {
  const entities = await entitiesComponentOrNone();
  const t: Tally = { demonymGold: 0, demonymRecognised: 0, gold: 0, recognised: 0, predicted: 0, predictedTrue: 0, predictedDemonym: 0, predictedDemonymTrue: 0, within: 0, errorSum: 0, errorN: 0, ms: 0 };
  // --cache: reuse the NER output of an earlier run (kept in /tmp) to iterate on places quickly.
  const cachePath = join(tmpdir(), `sitrep-geo-entities-${name}.json`);
  const cache: Record<string, Entity[]> = args.includes('--cache') && existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : {};
  const fresh: Record<string, Entity[]> = {};
  const errors: string[] = [];
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  for (const a of articles) {
    const doc = new Doc(a.id, a.text, {});
    textComponent.run(doc);
    if (cache[a.id]) doc.set('entities', cache[a.id]!);
    else if (entities) entities.run(doc);
    else doc.set('entities', []);
    fresh[a.id] = [...doc.get('entities')];
    const t0 = performance.now();
    placesComponent.run(doc);
    t.ms += performance.now() - t0;
    const places = doc.get('places');
    score(a, places, t, errors, missed, spurious);
  }
  if (args.includes('--cache') && entities) writeFileSync(cachePath, JSON.stringify(fresh));
  const r = (x: number) => x.toFixed(3);
  console.log(`\n${name}: ${articles.length} articles, ${t.gold} gold toponyms, ${t.predicted} predicted places${entities ? '' : ' (no NER)'}`);
  console.log(`  recall ${r(t.recognised / t.gold)}  precision ${r(t.predictedTrue / t.predicted)}  F1 ${r((2 * (t.recognised / t.gold) * (t.predictedTrue / t.predicted)) / (t.recognised / t.gold + t.predictedTrue / t.predicted))}`);
  console.log(`  precision without demonym places (${t.predictedDemonym} predicted, ${t.predictedDemonymTrue} tagged in gold) ${r((t.predictedTrue - t.predictedDemonymTrue) / (t.predicted - t.predictedDemonym))}`);
  console.log(`  recall without demonym gold (${t.demonymGold} of them) ${r((t.recognised - t.demonymRecognised) / (t.gold - t.demonymGold))}`);
  console.log(`  accuracy@${ACCURACY_KM}km ${r(t.within / t.recognised)} (of recognised)  mean error ${(t.errorSum / Math.max(1, t.errorN)).toFixed(0)} km  end-to-end ${r(t.within / t.gold)}`);
  console.log(`  places component ${(t.ms / articles.length).toFixed(1)} ms/doc`);
  if (showErrors > 0) {
    console.log('  resolution errors:');
    for (const e of errors.slice(0, showErrors)) console.log(`    ${e}`);
    const top = (m: Map<string, number>) => [...m.entries()].sort((x, y) => y[1] - x[1]).slice(0, showErrors).map(([k, v]) => `${k}×${v}`).join(', ');
    console.log(`  most missed: ${top(missed)}`);
    console.log(`  most spurious: ${top(spurious)}`);
  }
}

function score(a: GoldArticle, places: readonly Place[], t: Tally, errors: string[], missed: Map<string, number>, spurious: Map<string, number>): void {
  for (const g of a.toponyms) {
    t.gold++;
    // Our contract: demonyms ("Iraqi") are not places; LGL tags some. Counted apart to show their share.
    const demonym = isDemonym(g.phrase);
    if (demonym) t.demonymGold++;
    const p = places.find((q) => overlaps(q, g));
    if (p && demonym) t.demonymRecognised++;
    if (!p) {
      missed.set(g.phrase, (missed.get(g.phrase) ?? 0) + 1);
      continue;
    }
    t.recognised++;
    if (p.lat === null || p.lon === null) {
      errors.push(`${a.id} "${g.phrase}" unresolved`);
      continue;
    }
    const d = geoDistanceKm(p.lat, p.lon, g.lat, g.lon);
    t.errorSum += d;
    t.errorN++;
    if (d <= ACCURACY_KM) t.within++;
    else errors.push(`${a.id} "${g.phrase}" → ${p.name} ${p.country}/${p.admin1 ?? ''} (${p.lat},${p.lon}) gold (${g.lat},${g.lon}) ${d.toFixed(0)} km [${p.source}]`);
  }
  for (const p of places) {
    t.predicted++;
    const tagged = a.toponyms.some((g) => overlaps(p, g));
    if (p.demonym) t.predictedDemonym++;
    if (p.demonym && tagged) t.predictedDemonymTrue++;
    if (tagged) t.predictedTrue++;
    else spurious.set(p.text, (spurious.get(p.text) ?? 0) + 1);
  }
}

/** Issue #7: load CPU, then 10k lookups of names from across the file, first round (cold) and warm rounds apart. */
function gazetteerSpeed(): void {
  const { size, loadMs, roundsMs, hits } = timeGazetteer(4);
  const warm = roundsMs.slice(1);
  console.log(
    `gazetteer: ${size} places, load ${loadMs.toFixed(0)} ms CPU, 10k lookups ${roundsMs[0]!.toFixed(1)} ms CPU first round, ` +
      `${Math.min(...warm).toFixed(1)}–${Math.max(...warm).toFixed(1)} ms warm (${hits} hits per round)`,
  );
}

async function main(): Promise<void> {
  const set = opt('set') ?? 'both';
  const limit = opt('limit') ? Number(opt('limit')) : Infinity;
  const showErrors = opt('errors') ? Number(opt('errors')) : 0;
  gazetteerSpeed();
  if (set === 'lgl' || set === 'both') await evaluate('LGL', readLgl().slice(0, limit), showErrors);
  if (set === 'geovirus' || set === 'both') await evaluate('GeoVirus', readGeoVirus().slice(0, limit), showErrors);
}

await main();

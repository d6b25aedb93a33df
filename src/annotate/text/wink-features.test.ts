import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipUnreadFeatures } from './wink-features.js';

const extractors = () => {
  const calls: string[] = [];
  const record = (name: string) => (word: string) => {
    calls.push(name);
    return `${name}:${word}`;
  };
  const methods: Record<string, unknown> = {
    prefix: record('prefix'),
    suffix: record('suffix'),
    shape: record('shape'),
    lutCase: record('lutCase'),
    isAbbrev: record('isAbbrev'),
    pos: record('pos'),
  };
  return { methods, calls };
};
const features = { prefix: { list: ['$oov$', 'ab'] }, suffix: { list: ['$oov$', 'ing'] }, shape: { list: ['$oov$', 'Xxxx'] } };

test('wink features: prefix, suffix, shape and lutCase answer a constant without computing', () => {
  const { methods, calls } = extractors();
  skipUnreadFeatures(methods, features);
  const call = (name: string, word: string) => (methods[name] as (w: string, c: number, cache: unknown) => unknown)(word, 0, null);
  assert.equal(call('prefix', 'Okonjo'), '$oov$');
  assert.equal(call('suffix', 'Okonjo'), '$oov$');
  assert.equal(call('shape', 'Okonjo'), '$oov$');
  assert.equal(call('lutCase', 'Okonjo'), 0);
  assert.deepEqual(calls, []);
});

test('wink features: the features that are read back (isAbbrev, pos) are left alone', () => {
  const { methods, calls } = extractors();
  const { isAbbrev, pos } = methods;
  skipUnreadFeatures(methods, features);
  assert.equal(methods.isAbbrev, isAbbrev);
  assert.equal(methods.pos, pos);
  assert.equal((methods.pos as (w: string) => unknown)('Kidal'), 'pos:Kidal');
  assert.deepEqual(calls, ['pos']);
});

test('wink features: a model without one of the features, or its list, is refused', () => {
  const { methods } = extractors();
  delete methods.shape;
  assert.throws(() => skipUnreadFeatures(methods, features), /no "shape" feature/);
  assert.throws(() => skipUnreadFeatures(extractors().methods, { ...features, suffix: {} }), /"suffix" feature has no list/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../model/doc.js';
import type { Component } from './component.js';
import { Pipeline } from './pipeline.js';

const noop = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
  name,
  requires,
  assigns,
  run: () => {},
});

test('pipeline: a component that requires an unassigned layer is refused at construction', () => {
  assert.throws(() => new Pipeline([noop('quotes', ['entities'], ['quotes'])]), /E002.*quotes requires "entities"/);
});

test('pipeline: requirements met by an earlier component are accepted', () => {
  const p = new Pipeline([noop('ner', [], ['entities']), noop('quotes', ['entities'], ['quotes'])]);
  assert.deepEqual(p.describe().map((c) => c.name), ['ner', 'quotes']);
});

test('pipeline: duplicate names and unknown layers are refused', () => {
  assert.throws(() => new Pipeline([noop('a', [], []), noop('a', [], [])]), /E004/);
  assert.throws(() => new Pipeline([noop('a', [], ['nonsense' as never])]), /E003/);
});

test('pipeline: components run in order on the doc', () => {
  const seen: string[] = [];
  const mk = (name: string): Component => ({ name, requires: [], assigns: [], run: () => void seen.push(name) });
  new Pipeline([mk('first'), mk('second')]).run(new Doc('d', 'x'));
  assert.deepEqual(seen, ['first', 'second']);
});

test('doc: items outside the text are refused', () => {
  const doc = new Doc('d', 'short');
  assert.throws(() => doc.set('sentences', [{ start: 0, end: 99 }]), /E001.*doc "d"/);
  doc.set('sentences', [{ start: 3, end: 5 }, { start: 0, end: 2 }]);
  assert.deepEqual(doc.get('sentences').map((s) => s.start), [0, 3]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocMetaSchema } from '../../model/meta.js';
import { extractFromTextCapture } from './text-capture.js';

// A capture written for this test, with the residue kinds real captures carry.
const CAPTURE = [
  'Skip to main content',
  '',
  'Flooding forces thousands from homes in river valley',
  '',
  'Agence France-Presse',
  'Agence France-Presse',
  'Mar 3, 2024',
  'Residents wade through a flooded street in the lower town after the river burst its banks overnight',
  'Residents wade through a flooded street in the lower town after the river burst its banks overnight — MARIA EXAMPLE',
  '',
  'RIVERTOWN (AFP) - Emergency crews on Sunday evacuated more than 4,000 people after heavy rain, officials said.',
  '',
  '"The water rose faster than anyone expected," regional governor Ana Lopez told reporters.',
  '',
  'Share this article',
  '',
  'More rain is forecast for Monday.',
  '',
  'Read more',
  'Drought hits farmers in the south',
  'Markets close higher on Friday',
].join('\n');

test('text capture: headline, agency, date, caption and dateline are read and kept out of the body', () => {
  const page = extractFromTextCapture(CAPTURE);
  assert.equal(page.meta.title, 'Flooding forces thousands from homes in river valley');
  assert.equal(page.meta.agency, 'AFP');
  assert.deepEqual(page.meta.authors, ['Agence France-Presse']);
  assert.equal(page.meta.published, '2024-03-03');
  assert.equal(page.meta.dateline, 'RIVERTOWN');
  assert.deepEqual(page.meta.captions, [
    { text: 'Residents wade through a flooded street in the lower town after the river burst its banks overnight', credit: 'MARIA EXAMPLE' },
  ]);
  assert.equal(page.meta.origins?.published, 'visible-text');
  assert.ok(page.text.startsWith('RIVERTOWN (AFP) - Emergency crews'));
  for (const junk of ['Skip to', 'Agence France-Presse', 'Residents wade', 'Share this', 'Read more', 'Drought hits']) {
    assert.ok(!page.text.includes(junk), `body should not contain "${junk}"`);
  }
  assert.equal(page.text.split('\n\n').length, 3);
  assert.doesNotThrow(() => DocMetaSchema.parse(page.meta));
});

test('text capture: offsets map every body paragraph back to the raw text', () => {
  const page = extractFromTextCapture(CAPTURE);
  assert.ok(page.offsets && page.offsets.length === 3);
  for (const o of page.offsets!) {
    assert.equal(page.text.slice(o.start, o.end), CAPTURE.slice(o.rawStart, o.rawStart + (o.end - o.start)));
  }
  assert.deepEqual(page.meta.paragraphs?.map((p) => page.text.slice(p.start, p.end).slice(0, 9)), ['RIVERTOWN', '"The wate', 'More rain']);
});

test('text capture: bylines with people and an agency', () => {
  const page = extractFromTextCapture('Talks resume in the capital\n\nBy Jane Doe and John Roe, Reuters\n\nNegotiators met again on Tuesday.\n');
  assert.equal(page.meta.title, 'Talks resume in the capital');
  assert.deepEqual(page.meta.authors, ['Jane Doe', 'John Roe']);
  assert.equal(page.meta.agency, 'Reuters');
  assert.equal(page.text, 'Negotiators met again on Tuesday.');
});

test('text capture: plain prose without a header keeps every line as body', () => {
  const text = 'The council met on Monday.\nIt approved the budget.';
  const page = extractFromTextCapture(text);
  assert.equal(page.meta.title, undefined);
  assert.equal(page.text, 'The council met on Monday.\n\nIt approved the budget.');
});

test('text capture: caller options win', () => {
  const page = extractFromTextCapture(CAPTURE, { published: '2024-03-04', url: 'https://example.org/a' });
  assert.equal(page.meta.published, '2024-03-04');
  assert.equal(page.meta.origins?.published, 'input');
  assert.equal(page.meta.url, 'https://example.org/a');
});

test('extractFromTextCapture: an unknown outlet repeated as a byline is dropped from the body', () => {
  const capture = [
    'Floods cut road to northern port',
    '',
    'Coastal Herald Staff',
    'Coastal Herald Staff',
    'Jun 3, 2024',
    '',
    'Heavy rain washed away a bridge on the coast road on Sunday, officials said.',
    '',
    'Repair crews were expected to reach the site within two days.',
  ].join('\n');
  const page = extractFromTextCapture(capture);
  assert.equal(page.meta.title, 'Floods cut road to northern port');
  assert.deepEqual(page.meta.authors, ['Coastal Herald Staff']);
  assert.ok(page.text.startsWith('Heavy rain washed away'));
  assert.ok(!page.text.includes('Coastal Herald Staff'));
});

test('extractFromTextCapture: a repeated sentence in the body is not taken for a byline', () => {
  const capture = ['Talks resume', '', 'Jun 3, 2024', '', 'The talks resumed on Monday.', '', 'The talks resumed on Monday.'].join('\n');
  const page = extractFromTextCapture(capture);
  assert.ok(page.text.includes('The talks resumed on Monday.'));
  assert.equal(page.meta.authors, undefined);
});

test('text capture: an outlet name above the headline is neither the title nor the story', () => {
  const capture = [
    'Menu',
    'Harbour Gazette',
    '',
    'Dock strike ends after port agrees to new shift pattern',
    '',
    'PORTVILLE - Dock workers returned to work on Saturday after a ten-day strike, the union said.',
    '',
    'The port authority agreed to a shift pattern that the union had demanded since spring.',
    '',
    'Share this article',
    'Copyright 2024 Harbour Gazette',
  ].join('\n');
  const page = extractFromTextCapture(capture);
  assert.equal(page.meta.title, 'Dock strike ends after port agrees to new shift pattern');
  assert.ok(!page.text.includes('Harbour Gazette'), page.text);
  assert.ok(page.text.startsWith('PORTVILLE - Dock workers'), page.text);
});

test('text capture: a short name-like headline with no headline after it stays the title', () => {
  const capture = ['Election Day', '', 'Voters in the northern province queued from dawn on Sunday to choose a new assembly, officials said.', '', 'Turnout was higher than in the last vote.'].join('\n');
  assert.equal(extractFromTextCapture(capture).meta.title, 'Election Day');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearDuplicateIndex, signature, signatureFromHex, signatureToHex, similarity } from './minhash.js';

const wire =
  'Gunmen attacked a police checkpoint on the outskirts of the northern city early on Sunday, killing three officers and wounding five, ' +
  'a provincial spokesman said. No group immediately claimed responsibility for the attack, the third on security forces in the province this month. ' +
  'The interior ministry said reinforcements had been sent and a curfew imposed until further notice.';

test('minhash: a syndicated copy with a changed headline and an extra line is a near duplicate', () => {
  const copy = 'Three police killed in checkpoint attack\n\n' + wire + ' Read more: our coverage of the region.';
  assert.ok(similarity(signature(wire), signature(copy)) > 0.7);
});

test('minhash: a different story on the same topic is not', () => {
  const other =
    'Protesters marched through the capital on Saturday demanding the release of detained journalists, and police used tear gas ' +
    'to disperse the crowd near the parliament building, witnesses said.';
  assert.ok(similarity(signature(wire), signature(other)) < 0.2);
});

test('minhash: the index finds the stored story for a copy, and nothing for a new one', () => {
  const index = new NearDuplicateIndex(0.7);
  index.add('story-1', signature(wire));
  assert.equal(index.match(signature(wire.replace('Sunday', 'Sunday morning')))?.id, 'story-1');
  assert.equal(index.match(signature('An entirely unrelated report about football results and transfer rumours this weekend.')), undefined);
});

test('minhash: signatures survive a hex round trip', () => {
  const sig = signature(wire);
  assert.deepEqual(signatureFromHex(signatureToHex(sig)), sig);
});

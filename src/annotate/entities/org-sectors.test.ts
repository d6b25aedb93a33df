import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orgSector } from './org-sectors.js';

test('org-sectors: the first matching keyword rule decides; names with no keyword get none', () => {
  const expected: [string, string | undefined][] = [
    ['Riverton Rovers', undefined],
    ['Westfield United', undefined],
    ['Coastal Freight Group', 'BUS'],
    ['Riverton Police Brigade', 'COP'], // police (COP) comes before brigade (MIL)
    ['Port Workers Front Party', 'REB'], // front (REB) before party (PTY)
    ['Harbour Authority Bank', 'BUS'],
    ['Valdarno Health Foundation', 'HLH'], // health (HLH) before foundation (NGO)
    ['Riverton Gazette', 'MED'],
    ['RIVERTON UNIVERSITY', 'EDU'],
    ['Rivertonian', undefined],
  ];
  for (const [name, sector] of expected) assert.equal(orgSector(name), sector, name);
});

test('orgSector: names that are Object property names are not known sectors', () => {
  assert.equal(orgSector('Constructor'), undefined);
  assert.equal(orgSector('toString'), undefined);
  assert.equal(orgSector('Hasownproperty'), undefined);
});

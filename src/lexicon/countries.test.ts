import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByCapital, countryByIso2, countryByIso3, isDemonym, lookupCountry } from './countries.js';

test('lookupCountry: names, alternates and demonyms', () => {
  assert.equal(lookupCountry('Iraq')?.iso3, 'IRQ');
  assert.equal(lookupCountry('Iraqi')?.iso3, 'IRQ');
  assert.equal(lookupCountry('Spanish')?.iso3, 'ESP');
  assert.equal(lookupCountry('U.S.')?.iso3, 'USA');
  assert.equal(lookupCountry('US')?.iso3, 'USA');
  assert.equal(lookupCountry('Britain')?.iso2, 'GB');
  assert.equal(lookupCountry('the Netherlands')?.iso3, 'NLD');
  assert.equal(lookupCountry('Malians')?.iso3, 'MLI');
});

test('lookupCountry: lowercase words and ISO codes in prose are not countries', () => {
  assert.equal(lookupCountry('us'), undefined);
  assert.equal(lookupCountry('IN'), undefined);
  assert.equal(lookupCountry('minister'), undefined);
});

test('isDemonym tells adjectives from names', () => {
  assert.equal(isDemonym('Iranian'), true);
  assert.equal(isDemonym('Iran'), false);
});

test('codes and capitals', () => {
  assert.equal(countryByIso2('iq')?.name, 'Iraq');
  assert.equal(countryByIso3('SYR')?.capitals[0], 'Damascus');
  assert.equal(countryByCapital('Washington')?.iso3, 'USA');
  assert.equal(countryByCapital('Baghdad')?.iso3, 'IRQ');
});

test('lookupCountry: older and ethnic names news still uses', () => {
  assert.equal(lookupCountry('Turkey')?.iso3, 'TUR');
  assert.equal(lookupCountry('Turkish')?.iso3, 'TUR');
  assert.equal(lookupCountry('Serbs')?.iso3, 'SRB');
  assert.equal(lookupCountry('Croat')?.iso3, 'HRV');
});

test('lookupCountry: shared demonyms go to the main country', () => {
  assert.equal(lookupCountry('American')?.iso3, 'USA');
  assert.equal(lookupCountry('Dutch')?.iso3, 'NLD');
});

test('mayStartCountryName rules out names no country name or demonym starts like', async () => {
  const { mayStartCountryName } = await import('./countries.js');
  const starts = (s: string) => mayStartCountryName(s.charCodeAt(0), s.charCodeAt(1));
  for (const name of ['Iraqi', 'Israelis', 'Spanish', 'Americans', 'Britain', 'Saudi', 'Kenyan']) {
    assert.ok(starts(name), name);
    assert.ok(lookupCountry(name), name);
  }
  for (const name of ['Xq', 'Qx', 'Zz']) assert.equal(starts(name), false, name);
});

test('mayEndTwoWordCountryName rules out second words no two-word country name or demonym has', async () => {
  const { asciiLowerHash, mayEndTwoWordCountryName } = await import('./countries.js');
  const ends = (phrase: string) => mayEndTwoWordCountryName(asciiLowerHash(phrase, phrase.indexOf(' ') + 1, phrase.length));
  for (const name of ['Sri Lankan', 'South Africans', 'North Korean', 'New Zealand', 'Saudi Arabia', 'SRI LANKAN']) {
    assert.ok(ends(name), name);
    assert.ok(lookupCountry(name), name);
  }
  for (const phrase of ['Iraqi forces', 'Israeli officials', 'Sri Lank']) {
    assert.equal(ends(phrase), false, phrase);
    assert.equal(lookupCountry(phrase), undefined, phrase);
  }
});

test('asciiLowerHash is the hash of the lower-case word, and -1 beyond ASCII', async () => {
  const { asciiLowerHash } = await import('./countries.js');
  const { hashSpan } = await import('../util/fnv.js');
  assert.equal(asciiLowerHash('in Sri Lankan hands', 7, 13), hashSpan('lankan', 0, 6));
  assert.equal(asciiLowerHash('Côte', 0, 4), -1);
});

/**
 * The event lexicon: trigger words (as lemma sequences) with the PLOVER type,
 * mode, CAMEO code and ACLED type they signal. Written in the spirit of the
 * PETRARCH CAMEO verb dictionaries, but our own and much smaller.
 *
 * `words` are matched on lemma candidates; ".." skips up to three tokens
 * ("hold .. talks" matches "held direct talks"). `after` must match the
 * lower-cased text following the trigger in the sentence (the object), which
 * is how "call for a ceasefire" and "call for talks" get different codes.
 */
import type { PloverType } from './plover.js';

export type AcledPair = readonly [eventType: string, subEventType: string];

export interface EventPattern {
  id: string;
  words: string[];
  /** 'V' needs the first word tagged VERB/AUX, 'N' NOUN/PROPN; undefined accepts any tag. */
  pos?: 'V' | 'N';
  type: PloverType;
  mode?: string;
  cameo: string;
  acled?: AcledPair;
  after?: RegExp;
  /** Special roles: a responsibility claim, or a deployment fact ("has 300 soldiers in"). */
  kind?: 'claim' | 'deploy';
  /** Ranks competing triggers; higher wins as the sentence's primary event. Default 1. */
  weight?: number;
}

const EXPLOSION = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';
const SD = 'Strategic developments';
export const ACLED = {
  chemical: [EXPLOSION, 'Chemical weapon'],
  air: [EXPLOSION, 'Air/drone strike'],
  shelling: [EXPLOSION, 'Shelling/artillery/missile attack'],
  ied: [EXPLOSION, 'Remote explosive/landmine/IED'],
  suicide: [EXPLOSION, 'Suicide bomb'],
  grenade: [EXPLOSION, 'Grenade'],
  clash: ['Battles', 'Armed clash'],
  overtake: ['Battles', 'Non-state actor overtakes territory'],
  regain: ['Battles', 'Government regains territory'],
  attack: [VAC, 'Attack'],
  abduction: [VAC, 'Abduction/forced disappearance'],
  sexual: [VAC, 'Sexual violence'],
  peaceful: ['Protests', 'Peaceful protest'],
  intervention: ['Protests', 'Protest with intervention'],
  excessive: ['Protests', 'Excessive force against protesters'],
  riot: ['Riots', 'Violent demonstration'],
  mob: ['Riots', 'Mob violence'],
  arrests: [SD, 'Arrests'],
  agreement: [SD, 'Agreement'],
  change: [SD, 'Change to group/activity'],
  base: [SD, 'Headquarters or base established'],
  looting: [SD, 'Looting/property destruction'],
  transfer: [SD, 'Non-violent transfer of territory'],
  other: [SD, 'Other'],
  disrupted: [SD, 'Disrupted weapons use'],
} as const satisfies Record<string, AcledPair>;

type Options = Partial<Omit<EventPattern, 'id' | 'words' | 'type' | 'cameo'>>;

function p(words: string, type: PloverType, cameo: string, opts: Options = {}): EventPattern {
  const id = `${type.toLowerCase()}/${words.replace(/ \.\. /g, '_').replace(/ /g, '-')}${opts.after ? '+obj' : ''}`;
  return eventPattern(id, words.split(' '), type, cameo, opts);
}

/**
 * Every field present (undefined when not given), in one order: the ~400 patterns,
 * with a dozen combinations of options, then share one hidden class, and the
 * resolver's reads of `pattern.after`, `.weight`, ... stay monomorphic.
 */
export function eventPattern(id: string, words: string[], type: PloverType, cameo: string, opts: Options): EventPattern {
  return { id, words, pos: opts.pos, type, mode: opts.mode, cameo, acled: opts.acled, after: opts.after, kind: opts.kind, weight: opts.weight };
}

/** The same coding for several triggers (spellings, synonyms). */
function ps(words: readonly string[], type: PloverType, cameo: string, opts: Options = {}): EventPattern[] {
  return words.map((w) => p(w, type, cameo, opts));
}

const CEASEFIRE = /\b(cease-?fire|truce|halt to the fighting|end to the (fighting|violence|war)|de-?escalat)/;
const TALKS = /\b(talks|negotiations?|dialogue|meeting|summit|conference)\b/;
const WITHDRAWAL = /\bwithdraw/;
/** What is taken when territory changes hands ("seized the town", "captured two oil fields"). */
const PLACE_TAKEN = /\b(towns?|city|cities|villages?|stronghold|territory|district|province|areas?|bases?|airport|control|positions?|mosque|stations?|(oil|gas) ?fields?|facilit(y|ies)|bridges?|checkpoints?|ports?|border crossings?|hills?|hilltops?|outposts?|camps?|barracks|headquarters|junctions?|highways?|region|settlements?|localit(y|ies))\b/;
/** People taken ("seized 12 passengers"): an abduction, not territory. */
const PEOPLE_TAKEN = /^\s*(\w+\s+){0,3}?(passengers|people|civilians|villagers|hostages|workers|students|pupils|schoolchildren|children|women|girls|boys|men|travell?ers|farmers|worshippers|tourists|residents|journalists|missionaries|nationals|foreigners|crew)\b/;
/** Weapons taken ("seized a cache of weapons"): ACLED's disrupted weapons use. */
const WEAPONS_TAKEN = /^\s*(\w+\s+){0,5}?(weapons|arms|explosives|ammunition|caches?|rifles|guns|grenades|detonators|bomb-making|munitions)\b/;
/**
 * Aerial platforms as the subject of an attack verb ("A Turkish drone hit a vehicle").
 * Not across a modal or negation ("jets could strike"): the verb then carries the modality.
 */
const AIR_ATTACK_VERB = /^\s*((?!(could|would|may|might|will|can|should|must|to|not|did|does|do|never)\b)\w+\s+){0,2}?(struck|strikes?|striking|hit|hits|hitting|pounded|pounds?|pounding|bombed|bombs?|bombing|targeted|targets?|targeting|attacked|attacks?|attacking|fired|raided|killed|kills?|killing|shelled|rocketed)\b/;
const AID_OBJ = /\b(aid|assistance|help|support|funds?|loans?|relief)\b/;

export const EVENT_PATTERNS: readonly EventPattern[] = [
  // ASSAULT: military and unconventional violence. CAMEO sub-codes follow the codebook:
  // 182 physical assault (1821 sexual, 1822 torture), 183 bombing (1831 suicide,
  // 1832 vehicle, 1833 roadside/IED), 186 assassination, 190 fight, 192 occupy,
  // 193 small arms, 194 artillery and tanks, 195 aerial, 20x mass violence.
  ...ps(['air strike', 'airstrike', 'air raid', 'drone strike', 'drone attack'], 'ASSAULT', '195', { mode: 'aerial', acled: ACLED.air, weight: 3 }),
  p('bomb', 'ASSAULT', '195', { pos: 'V', mode: 'aerial', acled: ACLED.air, weight: 2, after: /^\s*(\w+\s+){0,6}?(positions?|targets?|areas?|bases?|city|town|villages?|depots?|camps?|hideouts?|convoys?|facilit(y|ies)|bridges?|airports?|districts?)/ }),
  p('strike', 'ASSAULT', '195', { pos: 'N', mode: 'aerial', acled: ACLED.air, after: /^\s*(on|against|targeting|in)\b/ }),
  // An aerial platform that hits something is an air strike ("Russian warplanes pounded", "US aircraft struck").
  ...ps(['drone', 'warplane', 'aircraft', 'jet', 'fighter jet', 'helicopter', 'gunship', 'helicopter gunship', 'bomber'], 'ASSAULT', '195', { pos: 'N', mode: 'aerial', acled: ACLED.air, weight: 2.4, after: AIR_ATTACK_VERB }),
  ...ps(['aerial bombardment', 'aerial attack', 'aerial bombing', 'barrel bomb'], 'ASSAULT', '195', { mode: 'aerial', acled: ACLED.air, weight: 3 }),
  // Chemical weapons (CAMEO 2041, ACLED "Chemical weapon").
  ...ps(['chemical weapon', 'chemical attack', 'chemical agent', 'chlorine', 'sarin', 'nerve agent', 'mustard gas', 'toxic gas', 'poison gas', 'chlorine gas', 'sarin gas'], 'ASSAULT', '2041', { mode: 'chemical', acled: ACLED.chemical, weight: 3.2 }),
  p('strike', 'ASSAULT', '190', { pos: 'V', acled: ACLED.attack, after: /^\s*(at|against)?\s*(the\s+)?\w+/ , weight: 0.5 }),
  ...ps(['suicide bombing', 'suicide bomber', 'suicide attack', 'suicide attacker', 'suicide blast', 'suicide .. bomber', 'suicide .. bomb', 'suicide vest', 'explosive vest', 'explosive belt', 'suicide belt', 'blow himself up', 'blow herself up', 'blow themselves up'], 'ASSAULT', '1831', { mode: 'suicide', acled: ACLED.suicide, weight: 3 }),
  p('car bomb', 'ASSAULT', '1832', { mode: 'explosives', acled: ACLED.ied, weight: 3 }),
  ...ps(['roadside bomb', 'roadside bombing', 'improvise explosive device'], 'ASSAULT', '1833', { mode: 'explosives', acled: ACLED.ied, weight: 3 }),
  ...ps(['ied', 'landmine', 'minefield', 'explosive device', 'booby trap', 'sticky bomb', 'magnetic bomb'], 'ASSAULT', '1833', { mode: 'explosives', acled: ACLED.ied, weight: 2 }),
  // "A bomb went off", "a bomb hidden in a motorcycle": a bomb nobody is said to have dropped is planted.
  p('bomb', 'ASSAULT', '183', { pos: 'N', mode: 'explosives', acled: ACLED.ied, weight: 1.3, after: /^(?!\s*(threat|scare|squad|disposal|-?proof|shelter)\b)/ }),
  // Petrol bombs are thrown by rioters ("threw petrol bombs at police").
  ...ps(['petrol bomb', 'molotov cocktail', 'firebomb', 'fire bomb'], 'PROTEST', '145', { mode: 'riot', acled: ACLED.riot, weight: 2.2 }),
  p('explode', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.ied, weight: 2 }),
  p('explosion', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.ied, weight: 1.5 }),
  p('blast', 'ASSAULT', '183', { pos: 'N', mode: 'explosives', acled: ACLED.ied, weight: 1.5 }),
  p('bombing', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.ied, weight: 1.5 }),
  p('bomb attack', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.ied, weight: 2 }),
  p('grenade', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.grenade, weight: 2.1 }),
  // "a grenade attack", "a mortar attack": the weapon says which kind of attack (longer than "attack", so it wins).
  p('grenade attack', 'ASSAULT', '183', { mode: 'explosives', acled: ACLED.grenade, weight: 2.5 }),
  ...ps(['mortar attack', 'rocket attack', 'missile attack'], 'ASSAULT', '194', { mode: 'artillery', acled: ACLED.shelling, weight: 2.5 }),
  p('detonate', 'ASSAULT', '183', { pos: 'V', mode: 'explosives', acled: ACLED.ied, weight: 1.8 }),
  p('shell', 'ASSAULT', '194', { pos: 'V', mode: 'artillery', acled: ACLED.shelling, weight: 2 }),
  ...ps(['shelling', 'artillery', 'mortar'], 'ASSAULT', '194', { mode: 'artillery', acled: ACLED.shelling, weight: 2 }),
  ...ps(['rocket', 'missile'], 'ASSAULT', '194', { mode: 'artillery', acled: ACLED.shelling, weight: 1.5 }),
  ...ps(['fire rocket', 'fire missile'], 'ASSAULT', '194', { mode: 'artillery', acled: ACLED.shelling, weight: 2.5 }),
  p('clash', 'ASSAULT', '190', { mode: 'clash', acled: ACLED.clash, weight: 2 }),
  ...ps(['gunbattle', 'gun battle', 'firefight', 'exchange fire', 'exchange .. fire', 'exchange of fire', 'exchange gunfire', 'exchange .. gunfire', 'trade gunfire', 'trade fire', 'trade .. fire', 'shootout', 'shoot-out'], 'ASSAULT', '193', { mode: 'clash', acled: ACLED.clash, weight: 2 }),
  // ACLED notes: "military forces of Mali engaged JNIM militants".
  p('engage', 'ASSAULT', '190', { pos: 'V', mode: 'clash', acled: ACLED.clash, weight: 1.6, after: /^\s*(in\s+(heavy\s+)?(fighting|combat|clashes|battle)|(\w+\s+){0,4}?(militants|rebels|insurgents|fighters|forces|troops|soldiers|militia(men)?|jihadists|gunmen|bandits|combatants))\b/ }),
  p('fight', 'ASSAULT', '190', { pos: 'V', mode: 'clash', acled: ACLED.clash, weight: 1.5 }),
  p('fighting', 'ASSAULT', '190', { pos: 'N', mode: 'clash', acled: ACLED.clash, weight: 1 }),
  p('battle', 'ASSAULT', '190', { mode: 'clash', acled: ACLED.clash, weight: 1.5 }),
  // Shooting is an attack; acled.ts makes it a clash when the target is an armed force.
  p('open fire', 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 2.5 }),
  p('fire on', 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 2 }),
  ...ps(['live ammunition', 'live bullet'], 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 2.3 }),
  p('gunman', 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 1.5 }),
  p('shoot', 'ASSAULT', '193', { pos: 'V', mode: 'firearms', acled: ACLED.attack, weight: 2 }),
  // "shot dead": wink often tags "shot" as a noun here, so no POS constraint.
  p('shoot dead', 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 2.2 }),
  p('gun down', 'ASSAULT', '193', { mode: 'firearms', acled: ACLED.attack, weight: 2 }),
  ...ps(['invade', 'invasion'], 'ASSAULT', '192', { acled: ACLED.clash, weight: 2 }),
  p('offensive', 'ASSAULT', '190', { pos: 'N', acled: ACLED.clash, weight: 1.5 }),
  p('capture', 'ASSAULT', '192', { acled: ACLED.overtake, weight: 1.5, after: PLACE_TAKEN }),
  p('seize', 'ASSAULT', '192', { acled: ACLED.overtake, weight: 1.5, after: PLACE_TAKEN }),
  p('seize', 'COERCE', '181', { mode: 'abduct', acled: ACLED.abduction, weight: 1.6, after: PEOPLE_TAKEN }),
  p('seize', 'COERCE', '1711', { mode: 'seize', acled: ACLED.disrupted, weight: 1.7, after: WEAPONS_TAKEN }),
  p('confiscate', 'COERCE', '1711', { mode: 'seize', acled: ACLED.disrupted, weight: 2.1, after: WEAPONS_TAKEN }),
  ...ps(['occupy', 'liberate', 'take back', 'take over', 'win back'], 'ASSAULT', '192', { pos: 'V', acled: ACLED.overtake, weight: 1.5, after: PLACE_TAKEN }),
  p('drive .. out', 'ASSAULT', '192', { acled: ACLED.overtake, weight: 1.6, after: /^\s*of\b/ }),
  ...ps(['retake', 'recapture', 'regain control', 'overrun', 'gain control', 'seize control', 'wrest control'], 'ASSAULT', '192', { acled: ACLED.overtake, weight: 1.5 }),
  ...ps(['regain', 'reclaim'], 'ASSAULT', '192', { pos: 'V', acled: ACLED.overtake, weight: 1.5, after: PLACE_TAKEN }),
  ...ps(['violate .. ceasefire', 'violate .. truce', 'violate .. cease-fire', 'breach .. ceasefire', 'breach .. truce'], 'ASSAULT', '196', { mode: 'clash', acled: ACLED.clash, weight: 2.6 }),
  // Disrupted weapons use: bombs defused, drones or missiles intercepted. Low weight, so "an attempt to attack was thwarted" stays an attack.
  p('defuse', 'COERCE', '170', { acled: ACLED.disrupted, weight: 1.7 }),
  p('intercept', 'COERCE', '170', { acled: ACLED.disrupted, weight: 1.7, after: /\b(drones?|missiles?|rockets?|projectiles?)\b/ }),
  p('shoot down', 'COERCE', '170', { acled: ACLED.disrupted, weight: 1.7, after: /^\s*(\w+\s+){0,3}?(drones?|missiles?|rockets?|projectiles?)\b/ }),
  p('downed', 'COERCE', '170', { pos: 'V', acled: ACLED.disrupted, weight: 1.7, after: /^\s*(\w+\s+){0,3}?(drones?|missiles?|rockets?|projectiles?|aircraft|helicopters?|planes?|jets?|UAVs?)\b/i }),
  // "foiled an attempted bomb attack": the attack is the object of the foiling (resolve.ts folds it in).
  ...ps(['thwart', 'foil', 'avert', 'frustrate'], 'COERCE', '170', { pos: 'V', acled: ACLED.disrupted, weight: 0.9 }),
  p('merge', 'COOPERATE', '060', { pos: 'V', acled: ACLED.change, weight: 1.2, after: /^\s*(with|into)\b/ }),
  p('merger', 'COOPERATE', '060', { acled: ACLED.change, weight: 1.2 }),
  // A group splitting up: PLOVER has no type for it; coded as reduced relations (SANCTION, CAMEO 16).
  ...ps(['split into', 'splinter', 'break away', 'breakaway faction'], 'SANCTION', '160', { acled: ACLED.change, weight: 1.5 }),
  // A group joining others, disbanding, renaming itself or changing its activity (ACLED "Change to group/activity").
  ...ps(['join force', 'join .. ranks', 'pledge allegiance', 'swear allegiance'], 'COOPERATE', '060', { acled: ACLED.change, weight: 2 }),
  ...ps(['disband', 'dissolve itself', 'rebrand', 'renounce .. armed struggle', 'renounce .. violence'], 'RETREAT', '0873', { acled: ACLED.change, weight: 1.6 }),
  p('suspend', 'RETREAT', '0871', { acled: ACLED.change, weight: 1.8, after: /^\s*(\w+\s+){0,3}?(military|armed|combat|offensive)\s+(operations|activities|actions|attacks)\b/ }),
  // Territory given up without a fight ("handed over the town to the peacekeepers").
  p('hand over', 'RETREAT', '087', { acled: ACLED.transfer, weight: 1.7, after: /^\s*(\w+\s+){0,3}?(town|city|village|territory|area|control|bases?|camps?|region|district|province|positions?|airport|barracks|checkpoints?|outposts?)\b/ }),
  ...ps(['hand .. control', 'cede .. control', 'cede'], 'RETREAT', '087', { acled: ACLED.transfer, weight: 1.8 }),
  // "left the town peacefully", "abandoned their positions".
  p('leave', 'RETREAT', '0874', { pos: 'V', mode: 'withdraw', acled: ACLED.transfer, weight: 1, after: /^\s*(the\s+|their\s+|its\s+)?(town|city|village|area|base|camp|region|district|positions?)\b[^.;]*\b(peacefully|without (a fight|resistance|fighting))/ }),
  p('abandon', 'RETREAT', '0874', { mode: 'withdraw', acled: ACLED.transfer, weight: 1.5, after: PLACE_TAKEN }),
  p('take control', 'ASSAULT', '192', { acled: ACLED.overtake, weight: 1.5 }),
  p('ethnic cleansing', 'ASSAULT', '203', { mode: 'mass', acled: ACLED.attack, weight: 2.5 }),
  p('massacre', 'ASSAULT', '202', { mode: 'mass', acled: ACLED.attack, weight: 2.5 }),
  ...ps(['mass killing', 'mass murder', 'mass execution', 'genocide'], 'ASSAULT', '202', { mode: 'mass', acled: ACLED.attack, weight: 2.6 }),
  // Mass expulsion (CAMEO 201): thousands driven out, or a whole group.
  p('expel', 'ASSAULT', '201', { mode: 'mass', weight: 1.9, after: /^\s*(\w+\s+){0,3}?(thousands|tens of thousands|hundreds of thousands|entire|whole|ethnic)\b/ }),
  // Killing by hand ("hacked to death", "beat a farmer to death", "burned alive"): an attack, not a cyber-attack or arson.
  ...ps(['hack to death', 'hack .. to death', 'beat .. to death', 'stab .. to death', 'burn .. alive', 'burn alive', 'behead', 'decapitate', 'slaughter', 'butcher', 'slit .. throat'], 'ASSAULT', '180', { mode: 'primitive', acled: ACLED.attack, weight: 2.6 }),
  p('execute', 'ASSAULT', '180', { pos: 'V', acled: ACLED.attack, weight: 1.9 }),
  p('set upon', 'ASSAULT', '182', { mode: 'beat', acled: ACLED.attack, weight: 2 }),
  p('storm', 'ASSAULT', '190', { pos: 'V', acled: ACLED.attack, weight: 1.5 }),
  p('lob', 'ASSAULT', '183', { pos: 'V', mode: 'explosives', acled: ACLED.grenade, weight: 1.4, after: /^\s*(\w+\s+){0,3}?grenades?\b/ }),
  ...ps(['assassinate', 'assassination'], 'ASSAULT', '186', { acled: ACLED.attack, weight: 2.5 }),
  p('torture', 'ASSAULT', '1822', { mode: 'beat', acled: ACLED.attack, weight: 2 }),
  p('beat up', 'ASSAULT', '182', { mode: 'beat', acled: ACLED.attack, weight: 2.5 }),
  p('beat', 'ASSAULT', '182', { pos: 'V', mode: 'beat', acled: ACLED.attack, weight: 1 }),
  p('sexually assault', 'ASSAULT', '1821', { mode: 'sexual', acled: ACLED.sexual, weight: 2.5 }),
  p('sexually abuse', 'ASSAULT', '1821', { mode: 'sexual', acled: ACLED.sexual, weight: 2.5 }),
  p('rape', 'ASSAULT', '1821', { mode: 'sexual', acled: ACLED.sexual, weight: 2.2 }),
  ...ps(['gang-rape', 'gang rape', 'molest', 'sexual violence', 'sexual assault', 'sexual abuse', 'sexual slavery', 'sexual exploitation', 'sexually exploit'], 'ASSAULT', '1821', { mode: 'sexual', acled: ACLED.sexual, weight: 2.5 }),
  p('stab', 'ASSAULT', '180', { mode: 'primitive', acled: ACLED.attack, weight: 2 }),
  p('machete', 'ASSAULT', '180', { mode: 'primitive', acled: ACLED.attack, weight: 1.5 }),
  p('kill', 'ASSAULT', '190', { acled: ACLED.attack, weight: 1.8 }),
  p('wound', 'ASSAULT', '190', { pos: 'V', acled: ACLED.attack, weight: 1.2 }),
  p('injure', 'ASSAULT', '190', { acled: ACLED.attack, weight: 1.2 }),
  p('murder', 'ASSAULT', '180', { acled: ACLED.attack, weight: 1.8 }),
  ...ps(['attack', 'assault'], 'ASSAULT', '190', { acled: ACLED.attack, weight: 1.6 }),
  p('target', 'ASSAULT', '190', { pos: 'V', acled: ACLED.attack, weight: 1.4 }),
  p('raid', 'ASSAULT', '190', { acled: ACLED.attack, weight: 1.4 }),
  p('ambush', 'ASSAULT', '190', { acled: ACLED.clash, weight: 1.6 }),

  // COERCE: repression, arrests, destruction, seizures.
  ...ps(['arrest', 'detain', 'round up', 'apprehend', 'into custody', 'take .. into custody'], 'COERCE', '173', { mode: 'arrest', acled: ACLED.arrests, weight: 2 }),
  p('jail', 'COERCE', '173', { pos: 'V', mode: 'arrest', acled: ACLED.arrests, weight: 1.5 }),
  p('imprison', 'COERCE', '173', { mode: 'arrest', acled: ACLED.arrests, weight: 1.5 }),
  ...ps(['kidnap', 'abduct', 'abduction', 'kidnapping', 'take .. hostage', 'hold .. hostage', 'hijack', 'enforced disappearance', 'forcibly disappear'], 'COERCE', '181', { mode: 'abduct', acled: ACLED.abduction, weight: 2.5 }),
  p('hostage', 'COERCE', '181', { mode: 'abduct', acled: ACLED.abduction, weight: 1.5 }),
  p('human shield', 'COERCE', '181', { mode: 'abduct', acled: ACLED.abduction, weight: 2.5 }),
  p('deport', 'COERCE', '174', { weight: 2 }),
  p('expel', 'COERCE', '174', { weight: 1.5, after: /\b(people|residents|refugees|migrants|civilians|families)\b/ }),
  p('confiscate', 'COERCE', '1711', { mode: 'seize', acled: ACLED.looting, weight: 2 }),
  ...ps(['demolish', 'bulldoze'], 'COERCE', '1712', { mode: 'destroy', acled: ACLED.looting, weight: 2 }),
  ...ps(['loot', 'plunder', 'pillage', 'ransack'], 'COERCE', '1711', { mode: 'seize', acled: ACLED.looting, weight: 2 }),
  ...ps(['torch', 'set fire', 'set .. ablaze', 'set .. on fire', 'blow up', 'vandalize', 'vandalise', 'raze', 'burn down', 'burn .. down', 'arson'], 'COERCE', '1712', { mode: 'destroy', acled: ACLED.looting, weight: 2 }),
  p('destroy', 'COERCE', '1712', { mode: 'destroy', acled: ACLED.looting, weight: 1.2 }),
  p('deface', 'COERCE', '1712', { mode: 'destroy', acled: ACLED.looting, weight: 1.5 }),
  p('burn', 'COERCE', '1712', { pos: 'V', mode: 'destroy', acled: ACLED.looting, weight: 1.2 }),
  p('trash', 'COERCE', '1712', { pos: 'V', mode: 'destroy', acled: ACLED.looting, weight: 1 }),
  ...ps(['hack', 'cyberattack', 'cyber-attack', 'cyber warfare'], 'COERCE', '176', { mode: 'cyber', weight: 2 }),
  // Curfews and emergency rule are ACLED "Other" strategic developments.
  ...ps(['impose curfew', 'impose .. curfew', 'declare .. curfew'], 'COERCE', '172', { acled: ACLED.other, weight: 2.5 }),
  ...ps(['martial law', 'state of siege'], 'COERCE', '1724', { acled: ACLED.other, weight: 2 }),
  p('state of emergency', 'COERCE', '1724', { acled: ACLED.other, weight: 1.5 }),
  p('shut down', 'COERCE', '172', { weight: 1.8, after: /^\s*(\w+\s+){0,3}?(internet|newspapers?|radio|television|tv|broadcasters?|websites?|media|outlets?|stations?|social media|networks?)\b/ }),
  p('ban', 'COERCE', '172', { pos: 'V', weight: 1.5 }),
  p('extend .. curfew', 'COERCE', '172', { weight: 2.5 }),
  p('impose .. restriction', 'SANCTION', '163', { weight: 2 }),
  p('outlaw', 'COERCE', '172', { weight: 1.5 }),
  p('prevent', 'COERCE', '172', { weight: 1, after: /\b(demonstrations?|protests?|rally|rallies|march)/ }),
  p('suspend publication', 'COERCE', '172', { weight: 2 }),
  p('cordon off', 'COERCE', '172', { weight: 2 }),
  ...ps(['crack down', 'crackdown'], 'COERCE', '175', { weight: 2 }),
  ...ps(['blockade', 'besiege'], 'COERCE', '191', { weight: 1.5 }),
  p('tear gas', 'PROTEST', '145', { mode: 'demo', acled: ACLED.intervention, weight: 2 }),
  ...ps(['disperse', 'scatter'], 'PROTEST', '175', { mode: 'intervention', acled: ACLED.intervention, weight: 2.2, after: /\b(protesters|demonstrators|crowds?|rally|march|protest)/ }),
  ...ps(['water cannon', 'pepper spray', 'rubber bullet', 'baton charge', 'stun grenade'], 'PROTEST', '175', { mode: 'intervention', acled: ACLED.intervention, weight: 2.2 }),
  ...ps(['remove', 'evict'], 'PROTEST', '175', { pos: 'V', mode: 'intervention', acled: ACLED.intervention, weight: 2, after: /^\s*(\w+\s+){0,2}?(protesters|demonstrators|sit-in|protest camps?|encampments?)\b/ }),
  p('break up', 'PROTEST', '175', { mode: 'intervention', acled: ACLED.intervention, weight: 2.2, after: /^\s*(\w+\s+){0,3}?(protests?|demonstrations?|rall(y|ies)|crowds?|march(es)?|gatherings?|sit-ins?)\b/ }),
  p('disperse', 'COERCE', '175', { acled: ACLED.intervention, weight: 2, after: /\b(protesters|demonstrators|crowds?|rally|march|protest)/ }),

  // PROTEST.
  p('protest', 'PROTEST', '140', { mode: 'demo', acled: ACLED.peaceful, weight: 2 }),
  p('demonstrate', 'PROTEST', '141', { mode: 'demo', acled: ACLED.peaceful, weight: 2.3 }),
  p('demonstration', 'PROTEST', '141', { mode: 'demo', acled: ACLED.peaceful, weight: 2.2 }),
  p('rally', 'PROTEST', '141', { mode: 'demo', acled: ACLED.peaceful, weight: 2.1 }),
  p('march', 'PROTEST', '141', { pos: 'V', mode: 'demo', acled: ACLED.peaceful, weight: 1.2 }),
  p('sit-in', 'PROTEST', '141', { mode: 'demo', acled: ACLED.peaceful, weight: 1.8 }),
  ...ps(['take to .. street', 'take to the street', 'pour into .. street'], 'PROTEST', '141', { mode: 'demo', acled: ACLED.peaceful, weight: 2.3 }),
  ...ps(['gather', 'assemble', 'converge'], 'PROTEST', '141', { pos: 'V', mode: 'demo', acled: ACLED.peaceful, weight: 1.9, after: /^\s*(\w+\s+){0,7}?(to (protest|demand|denounce|condemn|oppose|demonstrate|decry|reject|call for)|in protest|in solidarity|against)\b/ }),
  p('hunger strike', 'PROTEST', '142', { mode: 'hunger', acled: ACLED.peaceful, weight: 3 }),
  ...ps(['general strike', 'go on strike', 'walk off the job', 'down tool'], 'PROTEST', '143', { mode: 'strike', acled: ACLED.peaceful, weight: 2.5 }),
  p('strike', 'PROTEST', '143', { pos: 'N', mode: 'strike', acled: ACLED.peaceful, weight: 1, after: /^\s*(by|over|against|for|to demand|in protest)\b/ }),
  p('walk out', 'PROTEST', '143', { mode: 'strike', acled: ACLED.peaceful, weight: 1.5 }),
  p('stop work', 'PROTEST', '143', { mode: 'strike', acled: ACLED.peaceful, weight: 2 }),
  p('boycott', 'PROTEST', '143', { mode: 'boycott', weight: 1.6 }),
  ...ps(['block road', 'block .. road', 'block .. street', 'block .. roadway', 'block .. highway', 'block transport'], 'PROTEST', '144', { mode: 'obstruct', acled: ACLED.peaceful, weight: 2 }),
  // "riot police", "riot gear" name who or what, not a riot.
  p('riot', 'PROTEST', '145', { mode: 'riot', acled: ACLED.riot, weight: 2, after: /^(?!\s*(police|gear|squads?|control|units?|shields?|troops)\b)/ }),
  ...ps(['throw stone', 'throw .. stone'], 'PROTEST', '145', { mode: 'riot', acled: ACLED.riot, weight: 2 }),
  p('mob', 'PROTEST', '145', { pos: 'N', mode: 'riot', acled: ACLED.mob, weight: 1.5 }),
  ...ps(['lynch', 'mob justice', 'jungle justice', 'vigilante'], 'ASSAULT', '180', { acled: ACLED.mob, weight: 2 }),
  p('pelt', 'PROTEST', '145', { pos: 'V', mode: 'riot', acled: ACLED.riot, weight: 2 }),
  ...ps(['collect signature', 'collect .. signature'], 'PROTEST', '140', { mode: 'petition', weight: 2 }),
  p('petition', 'PROTEST', '140', { mode: 'petition', weight: 1 }),

  // THREATEN.
  p('threaten', 'THREATEN', '130', { weight: 3 }),
  p('threat', 'THREATEN', '130', { pos: 'N', weight: 1.5 }),
  p('ultimatum', 'THREATEN', '1313', { weight: 3 }),
  p('warn', 'THREATEN', '130', { weight: 1.5, after: /\b(will|would|could|may|of)\b/ }),
  p('vow', 'THREATEN', '138', { weight: 1.5, after: /\b(war|fight|attack|crush|retaliat|revenge|destroy|gain control|offensive|launch|strike|hit back|respond|punish|avenge)/ }),
  p('deadline', 'THREATEN', '139', { pos: 'N', weight: 1.2, after: /^\s*(to|for)\b/ }),
  p('swear', 'THREATEN', '138', { weight: 1.5 }),

  // SANCTION.
  p('sanction', 'SANCTION', '163', { weight: 2 }),
  ...ps(['break off .. negotiation', 'break off .. talk', 'pull out of .. talk', 'walk out of .. talk', 'suspend .. talk', 'suspend .. negotiation'], 'SANCTION', '164', { weight: 2.6 }),
  p('embargo', 'SANCTION', '163', { pos: 'N', weight: 1.5 }),
  p('expel', 'SANCTION', '1663', { weight: 1.8, after: /\b(diplomats?|ambassadors?|envoys?|inspectors?|observers|monitors|journalists|staff|missions?)\b/ }),
  p('suspend', 'SANCTION', '160', { weight: 1.6 }),
  p('suspension', 'SANCTION', '160', { weight: 1.5 }),
  p('halt', 'SANCTION', '160', { pos: 'V', weight: 1.2, after: AID_OBJ }),
  p('cut off', 'SANCTION', '160', { weight: 1.5 }),
  p('reduce', 'SANCTION', '162', { weight: 1, after: /\b(aid|supplies|assistance|relations|ties|imports|exports)\b/ }),
  ...ps(['cancel visit', 'cancel .. visit'], 'SANCTION', '1621', { weight: 2 }),
  ...ps(['break off', 'sever'], 'SANCTION', '161', { weight: 2 }),
  ...ps(['break .. relation', 'break .. tie', 'cut .. tie', 'cut .. relation', 'downgrade .. relation', 'downgrade .. tie'], 'SANCTION', '161', { weight: 2.5 }),
  p('recall', 'SANCTION', '161', { weight: 1.5, after: /\bambassador|envoy/ }),
  p('end mediation', 'SANCTION', '166', { weight: 2 }),
  p('deny entry', 'SANCTION', '1661', { weight: 2 }),
  p('prohibit', 'SANCTION', '160', { weight: 1 }),
  p('freeze', 'SANCTION', '163', { weight: 1, after: /\bassets?|accounts?|funds?/ }),
  p('force out', 'SANCTION', '166', { weight: 1.5 }),
  p('close .. border', 'SANCTION', '1661', { weight: 1.5 }),

  // MOBILIZE.
  ...ps(['mobilize', 'mobilise'], 'MOBILIZE', '152', { mode: 'troops', weight: 1.8 }),
  p('deploy', 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 1.4, kind: 'deploy' }),
  // "Thousands of troops were moved/sent to the border": the passive of a deployment.
  ...ps(['troop be send', 'troop be move', 'troop be rush', 'troop be dispatch', 'soldier be send', 'soldier be move', 'soldier be dispatch', 'force be send', 'reinforcement be send'], 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 2, kind: 'deploy' }),
  p('mass', 'MOBILIZE', '154', { pos: 'V', mode: 'troops', acled: ACLED.other, weight: 1.8, kind: 'deploy', after: /^\s*(\w+\s+){0,5}?(troops|soldiers|forces|tanks|warships|armou?r)\b/ }),
  ...ps(['dispatch .. troops', 'dispatch .. soldiers', 'rush .. troops'], 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 2, kind: 'deploy' }),
  ...ps(['recruit', 'conscript', 'forcibly recruit'], 'MOBILIZE', '154', { pos: 'V', mode: 'troops', acled: ACLED.other, weight: 1.5 }),
  ...ps(['military drill', 'war drill', 'naval drill'], 'MOBILIZE', '154', { mode: 'troops', weight: 1.2 }),
  p('deployment', 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 1.2, kind: 'deploy' }),
  p('station', 'MOBILIZE', '152', { pos: 'V', mode: 'troops', acled: ACLED.other, weight: 1.2, kind: 'deploy' }),
  ...ps(['send troops', 'send .. troops', 'send .. soldiers'], 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 2, kind: 'deploy' }),
  p('reinforce', 'MOBILIZE', '152', { mode: 'troops', weight: 1.5 }),
  ...ps(['strengthen force', 'strengthen .. force'], 'MOBILIZE', '152', { mode: 'troops', weight: 2 }),
  ...ps(['on alert', 'high alert'], 'MOBILIZE', '150', { mode: 'alert', weight: 2 }),
  ...ps(['order patrol', 'order .. patrol'], 'MOBILIZE', '152', { mode: 'police', weight: 2 }),
  ...ps(['train hacker', 'train .. hacker'], 'MOBILIZE', '154', { mode: 'cyber', weight: 2 }),
  p('military exercise', 'MOBILIZE', '154', { mode: 'troops', weight: 1.2 }),
  p('prepare .. resume', 'MOBILIZE', '150', { mode: 'troops', weight: 1.5 }),
  ...ps(['have troop', 'have .. troop', 'have .. soldier'], 'MOBILIZE', '152', { mode: 'troops', acled: ACLED.other, weight: 1.3, kind: 'deploy' }),
  p('headquarters', 'MOBILIZE', '150', { acled: ACLED.base, weight: 0.8, after: /^\s*(in|at)\b/ }),
  ...ps(['establish .. base', 'set up .. base', 'establish .. camp', 'set up .. camp', 'build .. base', 'build .. outpost', 'establish .. outpost', 'set up .. outpost', 'establish .. headquarters', 'set up .. headquarters', 'open .. base'], 'MOBILIZE', '150', { acled: ACLED.base, weight: 2 }),

  // REQUEST (PLOVER 0.5 DEMAND, CAMEO 02 appeal / 10 demand).
  p('must', 'REQUEST', '100', { weight: 1.1, after: /^\s*(\w+\s+)?\w+/ }),
  p('call for', 'REQUEST', '0256', { mode: 'change', weight: 2.2, after: CEASEFIRE }),
  p('call for', 'REQUEST', '026', { weight: 2.2, after: TALKS }),
  p('call for', 'REQUEST', '0256', { mode: 'change', weight: 2.1, after: WITHDRAWAL }),
  p('call for', 'REQUEST', '024', { mode: 'change', weight: 2, after: /\b(reforms?|elections?|resignation|democra|independence|autonomy|rights)/ }),
  ...ps(['call for', 'call on', 'call upon', 'appeal', 'urge'], 'REQUEST', '020', { weight: 1.8 }),
  p('demand', 'REQUEST', '100', { weight: 1.8 }),
  ...ps(['ask', 'request'], 'REQUEST', '020', { pos: 'V', weight: 1.4 }),
  p('press', 'REQUEST', '100', { pos: 'V', weight: 1, after: /\b(for|to)\b/ }),
  p('pressure', 'REQUEST', '100', { pos: 'V', weight: 1.2 }),
  p('push', 'REQUEST', '100', { pos: 'V', weight: 1, after: /\b(for|hard)\b/ }),
  p('seek', 'REQUEST', '020', { weight: 1.3 }),
  p('insist', 'REQUEST', '100', { weight: 1.5 }),
  p('plead', 'REQUEST', '020', { weight: 1.5 }),
  p('order', 'REQUEST', '100', { pos: 'V', weight: 1 }),

  // ACCUSE (PLOVER 0.5 DISAPPROVE and INVESTIGATE).
  p('accuse', 'ACCUSE', '112', { weight: 2.2 }),
  p('blame', 'ACCUSE', '112', { weight: 2 }),
  ...ps(['trade .. accusation', 'exchange .. accusation', 'level .. accusation', 'trade .. blame'], 'ACCUSE', '112', { weight: 2.5 }),
  p('accusation', 'ACCUSE', '112', { pos: 'N', weight: 1.3 }),
  ...ps(['condemn', 'denounce'], 'ACCUSE', '111', { weight: 2.2 }),
  ...ps(['criticize', 'criticise', 'deplore'], 'ACCUSE', '111', { weight: 2 }),
  p('complain', 'ACCUSE', '114', { weight: 2 }),
  ...ps(['lodge .. protest', 'lodge .. complaint', 'file .. complaint', 'formal complaint'], 'ACCUSE', '114', { weight: 2.5 }),
  ...ps(['file .. lawsuit', 'file .. suit', 'lawsuit', 'file .. charge', 'bring .. charge'], 'ACCUSE', '115', { weight: 2.3 }),
  ...ps(['convict', 'find .. guilty', 'sentence'], 'ACCUSE', '116', { pos: 'V', weight: 2.2 }),
  p('examine', 'ACCUSE', '090', { pos: 'V', mode: 'investigate', weight: 1.7 }),
  p('summon', 'ACCUSE', '114', { weight: 1.5 }),
  p('sue', 'ACCUSE', '115', { pos: 'V', weight: 2 }),
  p('indict', 'ACCUSE', '115', { weight: 2 }),
  p('charge', 'ACCUSE', '115', { pos: 'V', weight: 1.2, after: /^\s*(\w+\s+){0,4}with\b/ }),
  p('investigate', 'ACCUSE', '090', { mode: 'investigate', weight: 2 }),
  p('investigation', 'ACCUSE', '090', { mode: 'investigate', weight: 1.8 }),
  ...ps(['probe', 'inquiry'], 'ACCUSE', '090', { mode: 'investigate', weight: 1.5 }),
  p('inspector', 'ACCUSE', '090', { mode: 'investigate', weight: 1.2, after: /^\s*to\b/ }),
  p('hearing', 'ACCUSE', '090', { mode: 'investigate', weight: 1 }),
  p('allege', 'ACCUSE', '112', { pos: 'V', weight: 1.2 }),

  // REJECT.
  ...ps(['reject', 'refuse'], 'REJECT', '120', { weight: 2.5 }),
  ...ps(['ignore', 'disregard', 'flout'], 'REJECT', '128', { pos: 'V', weight: 1.8, after: /^\s*(\w+\s+){0,3}?(calls?|demands?|appeals?|requests?|orders?|rulings?|warnings?|resolutions?|law|laws|sanctions|ban)\b/ }),
  p('decline', 'REJECT', '120', { pos: 'V', weight: 2, after: /^\s*(to|an?|the)\b/ }),
  p('deny', 'REJECT', '120', { weight: 1.5 }),
  // CAMEO 01 statements that read like refusals: "declined to comment" is 011 (decline
  // comment), "denied the charges" 016 (deny responsibility). PLOVER has no statement type,
  // so they stay REJECT; only the CAMEO code says what they are.
  ...ps(['decline to comment', 'decline comment', 'refuse to comment', 'decline .. comment'], 'REJECT', '011', { weight: 2.6 }),
  p('deny', 'REJECT', '016', { weight: 2.4, after: /^\s*(\w+\s+){0,3}?(charges?|accusations?|allegations?|responsibility|involvement|claims?|reports?|wrongdoing|links?|role)\b/ }),
  p('oppose', 'REJECT', '120', { weight: 2 }),

  // CAMEO 01 comments. PLOVER has no statement type, so (as 011 and 016 above) each takes
  // the type of its polarity: hope and sympathy are verbal support (SUPPORT), concern and
  // scepticism verbal disapproval (ACCUSE), admitting responsibility a concession (CONCEDE).
  // Low weights: a comment is the main event only when the sentence reports nothing else.
  ...ps(['express .. concern', 'voice .. concern', 'express .. alarm', 'voice .. alarm', 'express .. dismay', 'express .. worry', 'deep concern', 'grave concern', 'skeptical', 'sceptical', 'pessimistic'], 'ACCUSE', '012', { weight: 0.7 }),
  ...ps(['express .. hope', 'voice .. hope', 'express .. optimism', 'express .. confidence', 'optimistic', 'hopeful'], 'SUPPORT', '013', { weight: 0.7 }),
  ...ps(['condolence', 'express .. sympathy', 'offer .. sympathy', 'express .. solidarity'], 'SUPPORT', '018', { weight: 0.8 }),
  ...ps(['acknowledge responsibility', 'acknowledge .. responsibility', 'admit responsibility', 'admit .. responsibility', 'accept responsibility', 'accept .. responsibility'], 'CONCEDE', '015', { weight: 2.4 }),
  p('veto', 'REJECT', '120', { weight: 2.5 }),
  p('dismiss', 'REJECT', '120', { weight: 1.8, after: /\b(appeal|call|calls|demand|request|proposal|offer|plan|claims?|accusations?|charges?)\b/ }),
  ...ps(['rule out', 'renege'], 'REJECT', '120', { weight: 2.5 }),
  p('defy', 'REJECT', '120', { weight: 2 }),
  p('violate', 'REJECT', '120', { weight: 1.5 }),
  p('fail to reach', 'REJECT', '120', { weight: 2 }),
  p('information blackout', 'REJECT', '120', { weight: 2 }),

  // AGREE.
  p('agree', 'AGREE', '030', { weight: 2.4 }),
  // "agreed to a prisoner exchange / on a truce": an agreement ACLED records.
  p('agree', 'AGREE', '030', { acled: ACLED.agreement, weight: 2.4, after: /^\s*(to|on)\s+(an?\s+|the\s+)?(\w+\s+){0,2}?(deal|agreement|accord|exchange|swap|cease-?fire|truce|pact|settlement|peace)\b/ }),
  ...ps(['conclude .. accord', 'conclude .. agreement', 'conclude .. deal', 'conclude .. truce', 'broker .. truce', 'broker .. deal', 'peace treaty'], 'AGREE', '057', { acled: ACLED.agreement, weight: 2.3 }),
  ...ps(['willingness', 'readiness'], 'AGREE', '030', { weight: 1.8, after: /^\s*to\b/ }),
  ...ps(['agreement', 'accord'], 'AGREE', '030', { pos: 'N', acled: ACLED.agreement, weight: 1.2 }),
  ...ps(['reach .. agreement', 'reach .. deal'], 'AGREE', '057', { acled: ACLED.agreement, weight: 2.5 }),
  p('reach .. consensus', 'AGREE', '030', { weight: 2.5 }),
  ...ps(['offer', 'promise'], 'AGREE', '030', { pos: 'V', weight: 2 }),
  ...ps(['pledge', 'willing', 'ready to'], 'AGREE', '030', { weight: 2 }),
  ...ps(['prepared to', 'commit to'], 'AGREE', '030', { weight: 1.8 }),
  p('accept', 'AGREE', '030', { weight: 1.6 }),

  // CONSULT.
  p('visit', 'CONSULT', '042', { mode: 'visit', weight: 2 }),
  p('trip', 'CONSULT', '042', { pos: 'N', mode: 'visit', weight: 1, after: /^\s*(to|in)\b/ }),
  p('arrive in', 'CONSULT', '042', { mode: 'visit', weight: 1.8 }),
  p('arrive', 'CONSULT', '042', { mode: 'visit', weight: 1.3 }),
  ...ps(['travel to', 'leave for'], 'CONSULT', '042', { mode: 'visit', weight: 1.8 }),
  p('host', 'CONSULT', '043', { pos: 'V', mode: 'visit', weight: 1.8 }),
  p('receive', 'CONSULT', '043', { pos: 'V', weight: 1.3, after: /^\s*(\w+\s+){0,5}?(minister|president|delegation|envoy|leader|king|premier|counterpart|secretary|chancellor)/ }),
  p('welcome', 'CONSULT', '043', { pos: 'V', weight: 1, after: /^\s*(\w+\s+){0,5}?(minister|president|delegation|envoy|leader|king|premier|counterpart)/ }),
  p('meet', 'CONSULT', '040', { pos: 'V', mode: 'meet', weight: 2 }),
  p('meeting', 'CONSULT', '040', { pos: 'N', mode: 'meet', weight: 1.3 }),
  ...ps(['hold talk', 'hold .. talk', 'hold .. meeting', 'hold .. negotiation'], 'CONSULT', '040', { mode: 'meet', weight: 2.5 }),
  p('talks', 'CONSULT', '040', { mode: 'meet', weight: 1 }),
  p('talk with', 'CONSULT', '040', { mode: 'meet', weight: 1.5 }),
  p('negotiate', 'CONSULT', '046', { weight: 1.8 }),
  p('negotiation', 'CONSULT', '046', { weight: 1.2 }),
  p('mediate', 'CONSULT', '045', { weight: 2 }),
  p('mediation', 'CONSULT', '045', { weight: 1.5 }),
  ...ps(['telephone', 'phone call'], 'CONSULT', '040', { mode: 'phone', weight: 2 }),
  ...ps(['discuss', 'consult'], 'CONSULT', '040', { weight: 1.5 }),
  p('news conference', 'CONSULT', '040', { mode: 'meet', weight: 0.6, after: /^\s*with\b/ }),
  p('summit', 'CONSULT', '040', { mode: 'meet', weight: 1 }),
  p('return to', 'CONSULT', '042', { mode: 'visit', weight: 0.8, after: TALKS }),

  // SUPPORT.
  ...ps(['praise', 'commend'], 'SUPPORT', '051', { weight: 2 }),
  p('hail', 'SUPPORT', '051', { pos: 'V', weight: 2 }),
  p('welcome', 'SUPPORT', '051', { pos: 'V', weight: 1.8 }),
  p('endorse', 'SUPPORT', '051', { weight: 2 }),
  ...ps(['back', 'support'], 'SUPPORT', '051', { pos: 'V', weight: 1.5 }),
  p('defend', 'SUPPORT', '051', { weight: 1.5 }),
  ...ps(['apologize', 'apologise'], 'SUPPORT', '055', { weight: 2 }),
  p('forgive', 'SUPPORT', '056', { weight: 2 }),
  p('sign', 'SUPPORT', '057', { pos: 'V', acled: ACLED.agreement, weight: 1.8 }),
  ...ps(['establish .. tie', 'establish .. relation'], 'SUPPORT', '064', { weight: 2.5 }),
  ...ps(['restore .. tie', 'restore .. relation'], 'COOPERATE', '064', { weight: 2.5 }),
  // "restore complete, full diplomatic ties": adjectives and commas can fill the gap.
  ...ps(['restore .. diplomatic tie', 'restore .. diplomatic relation'], 'COOPERATE', '064', { weight: 2.6 }),
  ...ps(['resume .. tie', 'resume .. relation', 'renew .. tie'], 'COOPERATE', '064', { weight: 2.5 }),
  p('upgrade .. tie', 'SUPPORT', '064', { weight: 2.5 }),
  p('resumption', 'SUPPORT', '064', { weight: 0.8, after: /\bties|relations\b/ }),
  ...ps(['recognize', 'recognise'], 'SUPPORT', '054', { weight: 1.5 }),

  // COOPERATE.
  p('cooperate', 'COOPERATE', '061', { weight: 1.8 }),
  p('cooperation', 'COOPERATE', '060', { weight: 1.2 }),
  // CAMEO 064: share intelligence or information.
  p('share', 'COOPERATE', '064', { pos: 'V', weight: 1.5, after: /\b(information|intelligence|evidence|expertise|data)\b/ }),
  p('exchange', 'COOPERATE', '064', { pos: 'V', weight: 1.5, after: /^\s*(\w+\s+){0,2}?(information|intelligence|data)\b/ }),
  p('coordinate', 'COOPERATE', '062', { pos: 'V', mode: 'military', weight: 1.5, after: /\b(operations?|patrols?|strikes|offensive|military|security)\b/ }),
  ...ps(['extradite', 'extradition'], 'COOPERATE', '063', { weight: 2.2 }),
  p('hand over', 'COOPERATE', '063', { weight: 1.6, after: /\b(suspects?|fugitives?|prisoners?)\b/ }),
  ...ps(['war game', 'joint .. exercise'], 'COOPERATE', '061', { mode: 'military', weight: 2 }),
  p('trade protocol', 'COOPERATE', '061', { weight: 2 }),

  // AID.
  p('aid', 'AID', '070', { weight: 1.2 }),
  p('donate', 'AID', '071', { weight: 2 }),
  p('provide', 'AID', '070', { weight: 1.4, after: /\b(aid|assistance|food|medicine|help|funds|dollars|loans?|weapons|arms|intelligence|support|shelter|million|billion)\b/ }),
  p('supply', 'AID', '070', { pos: 'V', weight: 1.4 }),
  p('send', 'AID', '070', { pos: 'V', weight: 1.2, after: /\b(aid|food|medicine|arms|weapons|supplies|relief|assistance|medical|doctors|rescuers|tents|vaccines)\b/ }),
  // Weapons given or sold to a country are military aid (CAMEO 072), not an attack with them.
  ...ps(['send', 'supply', 'deliver', 'provide', 'give'], 'AID', '072', { pos: 'V', mode: 'military', weight: 1.5, after: /^\s*(\w+\s+){0,6}?(weapons|arms|missiles|ammunition|tanks|artillery|rockets|fighter jets|jets|drones|air defen[cs]e|munitions|shells|military (aid|assistance|equipment))\b/ }),
  p('deliver', 'AID', '073', { pos: 'V', weight: 1.3, after: /\b(aid|food|medicine|supplies|relief|tents|vaccines|rations|water)\b/ }),
  p('distribute', 'AID', '070', { pos: 'V', weight: 1.3, after: /\b(aid|food|medicine|supplies|relief|tents|blankets|vaccines|rations)\b/ }),
  p('give', 'AID', '071', { pos: 'V', weight: 1.3, after: /\b(aid|dollars|million|billion|grants?|money|loans?|food|asylum|medicine)\b/ }),
  p('grant', 'AID', '071', { pos: 'V', weight: 1.4 }),
  p('contribute', 'AID', '071', { weight: 1.5 }),
  p('hand over', 'AID', '073', { weight: 1.4, after: /\b(medicine|food|aid|supplies|goods)\b/ }),
  p('evacuate', 'AID', '073', { weight: 1.6 }),
  p('asylum', 'AID', '075', { weight: 1.5 }),
  p('peacekeeper', 'AID', '074', { weight: 1.2 }),
  p('peacekeeping', 'AID', '074', { weight: 1 }),
  p('humanitarian', 'AID', '073', { weight: 0.8 }),
  p('loan', 'AID', '071', { weight: 1 }),
  ...ps(['donation', 'aid package', 'assistance package', 'relief supplies'], 'AID', '071', { weight: 1.1 }),
  ...ps(['give', 'send', 'provide', 'hand over', 'deliver'], 'AID', '070', { pos: 'V', weight: 1.25, after: /^\s*(\w+\s+){0,6}?(equipment|vehicles|firearms|rifles|guns|generators|ambulances|medicines?|vaccines|supplies)\b/ }),
  // Training another country's forces is military cooperation (CAMEO 062).
  p('train', 'COOPERATE', '062', { pos: 'V', mode: 'military', weight: 1.5, after: /^\s*(\w+\s+){0,3}?(pilots|troops|soldiers|forces|officers|police|personnel|army|military|commandos|recruits|coast guards?)\b/ }),
  ...ps(['resettle', 'resettlement'], 'AID', '075', { weight: 1.3 }),

  // CONCEDE.
  ...ps(['lift', 'ease'], 'CONCEDE', '081', { pos: 'V', weight: 2 }),
  p('relax', 'CONCEDE', '081', { weight: 1.8 }),
  p('allow', 'CONCEDE', '081', { weight: 1.6 }),
  p('permit', 'CONCEDE', '081', { pos: 'V', weight: 1.6 }),
  ...ps(['release', 'free'], 'CONCEDE', '0841', { pos: 'V', weight: 2 }),
  p('concede', 'CONCEDE', '080', { weight: 2 }),
  p('call off', 'CONCEDE', '085', { weight: 2 }),
  p('cancel', 'CONCEDE', '081', { weight: 1.4 }),
  p('shorten', 'CONCEDE', '081', { weight: 1.5 }),
  p('reform', 'CONCEDE', '083', { pos: 'N', weight: 0.8 }),
  p('compensation', 'CONCEDE', '080', { weight: 1.2 }),
  p('restore', 'CONCEDE', '080', { weight: 1 }),
  // Returning people or property (CAMEO 084): prisoners, remains, looted artefacts.
  p('return', 'CONCEDE', '0842', { pos: 'V', mode: 'return', weight: 1.5, after: /^\s*(\w+\s+){0,6}?(artifacts?|artefacts?|paintings?|property|properties|remains|bodies|assets|antiquities|relics|manuscripts?|treasures?|fossils|animals|sculptures?|statues?|objects|documents|land)\b/ }),
  p('return', 'CONCEDE', '0841', { pos: 'V', mode: 'return', weight: 1.6, after: /^\s*(\w+\s+){0,4}?(prisoners|detainees|hostages|captives|soldiers|fishermen|nationals|children)\b/ }),
  ...ps(['lift .. restriction', 'ease .. restriction', 'lift .. ban', 'lift .. sanction', 'ease .. sanction'], 'CONCEDE', '081', { weight: 2.2 }),
  ...ps(['cut .. tariff', 'roll back .. tariff', 'lower .. tariff', 'reduce .. tariff', 'lift .. tariff', 'remove .. tariff', 'scrap .. tariff'], 'CONCEDE', '085', { weight: 2.2 }),
  ...ps(['give .. access', 'grant .. access', 'give .. permission', 'grant .. permission', 'allow .. access'], 'CONCEDE', '086', { weight: 1.8 }),

  // RETREAT.
  p('withdraw', 'RETREAT', '0874', { mode: 'withdraw', acled: ACLED.transfer, weight: 1.8 }),
  p('withdrawal', 'RETREAT', '0874', { mode: 'withdraw', weight: 1.2 }),
  ...ps(['pull out', 'pull back', 'retreat', 'pull .. back', 'pull .. out'], 'RETREAT', '0874', { mode: 'withdraw', acled: ACLED.transfer, weight: 2 }),
  p('surrender', 'RETREAT', '087', { weight: 2 }),
  ...ps(['resign', 'step down'], 'RETREAT', '0833', { weight: 2 }),
  p('demobilize', 'RETREAT', '087', { weight: 2 }),
  p('disarm', 'RETREAT', '087', { weight: 1.8 }),
  ...ps(['declare .. ceasefire', 'declare .. cease-fire', 'announce .. ceasefire', 'announce .. cease-fire', 'announce .. truce', 'declare .. truce'], 'RETREAT', '0871', { weight: 2.5 }),
  p('ceasefire', 'RETREAT', '0871', { weight: 0.6 }),
  p('lift .. blockade', 'RETREAT', '0872', { weight: 2.6 }),

  // Responsibility claims attach to the attacks they claim.
  p('claim responsibility', 'ASSAULT', '190', { kind: 'claim', weight: 2 }),
  p('claim', 'ASSAULT', '190', { pos: 'V', kind: 'claim', weight: 1.5, after: /^\s*(many|most|some|all|several|responsibility|credit|the|them|it|an?|two|three|\d)/ }),
];

/**
 * An independent development set for ACLED sub-event typing: short news texts
 * written for this project (no text copied from any data set), four or more per
 * sub-event type, in styles the lexicon was not written from: wire leads,
 * ACLED-style notes with the fatalities in a second sentence, local-press
 * sentences, passives and headlines, with vocabulary that differs from
 * acled-fixtures.ts. Gold labels follow the ACLED codebook's definitions
 * (e.g. an ambush of soldiers is an Armed clash; arrests of demonstrators during
 * a protest are a Protest with intervention; curfews and recruitment are Other;
 * seizures of weapons caches are Disrupted weapons use).
 *
 * Used by scripts/eval-events.ts (whole pipeline, main event of the text). Not
 * used by unit tests, so that tuning to it stays visible as a dev figure.
 */
export type AcledDevItem = readonly [text: string, eventType: string, subEventType: string];

const BAT = 'Battles';
const ERV = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';
const PRO = 'Protests';
const RIO = 'Riots';
const SD = 'Strategic developments';

export const ACLED_DEV_SET: readonly AcledDevItem[] = [
  // Battles: Armed clash.
  ['Clashes erupted between the army and a rival armed faction in El Fasher on Tuesday, leaving at least 12 dead.', BAT, 'Armed clash'],
  ['On 14 February 2024, military forces of Mali engaged JNIM militants near Boni (Mopti). 5 fatalities.', BAT, 'Armed clash'],
  ['Al-Shabaab fighters and Somali troops battled for hours on the outskirts of Beledweyne, witnesses said.', BAT, 'Armed clash'],
  ['Police and suspected bandits traded gunfire in Zamfara state overnight, killing three officers.', BAT, 'Armed clash'],
  ['Gunmen ambushed a military convoy near Djibo, sparking a firefight that lasted two hours.', BAT, 'Armed clash'],

  // Battles: Government regains territory.
  ['Ukrainian forces recaptured the village of Robotyne, the general staff said on Monday.', BAT, 'Government regains territory'],
  ['The Somali National Army liberated the town of Adan Yabaal from Al-Shabaab after heavy fighting.', BAT, 'Government regains territory'],
  ['On 9 June 2023, Congolese soldiers regained control of Kitchanga from M23 rebels.', BAT, 'Government regains territory'],
  ["Government troops drove Islamist insurgents out of Mocimboa da Praia, Mozambique's defence minister announced.", BAT, 'Government regains territory'],
  ['Syrian army units took back several hilltops near Idlib that had been held by rebel factions.', BAT, 'Government regains territory'],

  // Battles: Non-state actor overtakes territory.
  ['M23 rebels seized control of the town of Rubaya after government soldiers fled.', BAT, 'Non-state actor overtakes territory'],
  ['Taliban fighters overran a district headquarters in Badakhshan province on Sunday.', BAT, 'Non-state actor overtakes territory'],
  ['Islamist militants take over key town in northern Mozambique', BAT, 'Non-state actor overtakes territory'],
  ['On 2 April 2024, the Arakan Army captured the town of Paletwa (Chin) from the Myanmar military.', BAT, 'Non-state actor overtakes territory'],
  ['Houthi forces have gained control of several villages south of Marib, tribal sources said.', BAT, 'Non-state actor overtakes territory'],

  // Explosions/Remote violence: Chemical weapon.
  ['Government helicopters dropped barrels filled with chlorine gas on the town, sickening dozens of residents.', ERV, 'Chemical weapon'],
  ['A sarin attack on a rebel-held town killed more than 80 people, investigators said.', ERV, 'Chemical weapon'],
  ['Forces used chemical weapons against fighters in the besieged district, according to a monitoring group.', ERV, 'Chemical weapon'],
  ['Residents reported symptoms of poisoning after a shell containing toxic gas landed in the village.', ERV, 'Chemical weapon'],

  // Explosions/Remote violence: Air/drone strike.
  ['An Israeli air strike on a house in Rafah killed at least nine people, medics said.', ERV, 'Air/drone strike'],
  ['A Turkish drone hit a vehicle carrying PKK members near Sinjar on Thursday.', ERV, 'Air/drone strike'],
  ['Russian warplanes pounded rebel-held areas of Idlib province overnight.', ERV, 'Air/drone strike'],
  ['On 21 May 2024, the Myanmar military conducted airstrikes on Kyauktaw village (Rakhine). 4 fatalities.', ERV, 'Air/drone strike'],
  ['US aircraft struck an Islamic State hideout in the Hamrin mountains, killing two fighters.', ERV, 'Air/drone strike'],

  // Explosions/Remote violence: Suicide bomb.
  ['A suicide bomber blew himself up at a wedding party in Kabul, killing 20 guests.', ERV, 'Suicide bomb'],
  ['A man wearing an explosives belt detonated it at a police checkpoint in Peshawar, killing four officers.', ERV, 'Suicide bomb'],
  ['Suicide blast kills 12 at mosque in northwest Pakistan', ERV, 'Suicide bomb'],
  ['On 12 August 2023, a female suicide bomber targeted a market in Konduga (Borno). 6 fatalities.', ERV, 'Suicide bomb'],
  ['A suicide car bomber rammed a military base in Gao, the UN mission said.', ERV, 'Suicide bomb'],

  // Explosions/Remote violence: Shelling/artillery/missile attack.
  ['Russian forces shelled Kherson overnight, wounding four civilians, the regional governor said.', ERV, 'Shelling/artillery/missile attack'],
  ['A ballistic missile slammed into an apartment building in Dnipro on Saturday.', ERV, 'Shelling/artillery/missile attack'],
  ['Artillery fire hit a displacement camp near El Obeid, killing five people.', ERV, 'Shelling/artillery/missile attack'],
  ['Militants launched rockets at a military base in northern Iraq; no casualties were reported.', ERV, 'Shelling/artillery/missile attack'],
  ["Mortar shells fell on a market in Mogadishu's Bakara district, killing two traders.", ERV, 'Shelling/artillery/missile attack'],

  // Explosions/Remote violence: Remote explosive/landmine/IED.
  ['A roadside bomb ripped through a police vehicle in Balochistan on Wednesday, killing three officers.', ERV, 'Remote explosive/landmine/IED'],
  ['Two children were killed when they stepped on a landmine while herding goats near Kandahar.', ERV, 'Remote explosive/landmine/IED'],
  ['On 5 January 2024, an IED planted by suspected ISWAP militants detonated under a military truck near Damboa (Borno). 3 fatalities.', ERV, 'Remote explosive/landmine/IED'],
  ['A bomb hidden in a motorcycle exploded outside a bank in Quetta, injuring seven people.', ERV, 'Remote explosive/landmine/IED'],
  ['An explosive device went off at a bus station in Mogadishu on Friday morning.', ERV, 'Remote explosive/landmine/IED'],

  // Explosions/Remote violence: Grenade.
  ['An unidentified man lobbed a hand grenade into a crowded bar in Bujumbura, injuring 15 people.', ERV, 'Grenade'],
  ['Attackers hurled a grenade at a police post in Srinagar on Monday, wounding two officers.', ERV, 'Grenade'],
  ['On 19 March 2024, unknown assailants tossed a grenade into a church compound in Marawi. 1 injured.', ERV, 'Grenade'],
  ["A grenade blast at a bus stop in Kenya's Garissa county wounded six people.", ERV, 'Grenade'],
  ['Two people were hurt when a grenade was thrown at a shop in the old town.', ERV, 'Grenade'],

  // Violence against civilians: Sexual violence.
  ['Armed men raped at least ten women during a raid on a village in Ituri, a UN report said.', VAC, 'Sexual violence'],
  ['A teenage girl was molested by two soldiers at a checkpoint near Mekelle.', VAC, 'Sexual violence'],
  ['On 8 October 2023, RSF fighters gang-raped three women in El Geneina (West Darfur).', VAC, 'Sexual violence'],
  ['Police said a local militia commander had sexually abused several displaced women in the camp.', VAC, 'Sexual violence'],
  ['Soldiers subjected detained women to sexual violence, the rights group said.', VAC, 'Sexual violence'],

  // Violence against civilians: Attack.
  ['Gunmen opened fire on worshippers at a church in Ondo state, killing at least 22 people.', VAC, 'Attack'],
  ['Suspected herders killed 14 villagers in an overnight attack on Mangu, local officials said.', VAC, 'Attack'],
  ['On 7 July 2023, ADF militants hacked to death seven civilians in Beni territory (North Kivu).', VAC, 'Attack'],
  ['A local councillor was shot dead by unidentified gunmen outside his home in Guerrero.', VAC, 'Attack'],
  ['Militiamen beat a farmer to death near Bunia on Saturday.', VAC, 'Attack'],

  // Violence against civilians: Abduction/forced disappearance.
  ['Bandits kidnapped more than 100 students from a school in Kaduna state on Thursday.', VAC, 'Abduction/forced disappearance'],
  ['Gunmen seized 12 passengers from a bus on the Abuja-Kaduna highway, police said.', VAC, 'Abduction/forced disappearance'],
  ['On 4 May 2024, Al-Shabaab militants abducted two aid workers near Baidoa (Bay).', VAC, 'Abduction/forced disappearance'],
  ['A rights activist has been missing since security agents took him away from his home on Friday, his family said.', VAC, 'Abduction/forced disappearance'],
  ['Militants took 30 villagers hostage after storming the village.', VAC, 'Abduction/forced disappearance'],

  // Protests: Peaceful protest.
  ['Thousands of people took to the streets of Tbilisi on Sunday to protest against the foreign agents bill.', PRO, 'Peaceful protest'],
  ['On 11 January 2024, teachers held a demonstration in front of the education office in Lahore to demand unpaid salaries. No injuries were reported.', PRO, 'Peaceful protest'],
  ['Doctors went on strike across Kenya on Wednesday over unpaid wages.', PRO, 'Peaceful protest'],
  ['Hundreds of farmers staged a protest outside parliament in Brussels.', PRO, 'Peaceful protest'],
  ["Residents gathered peacefully outside the governor's office to denounce frequent power cuts.", PRO, 'Peaceful protest'],

  // Protests: Protest with intervention.
  ['Police fired tear gas at opposition supporters marching in Nairobi.', PRO, 'Protest with intervention'],
  ['Security forces arrested 30 demonstrators during a sit-in outside the presidential palace in Conakry.', PRO, 'Protest with intervention'],
  ['On 3 June 2024, students protested in Dhaka; police intervened and detained several of them.', PRO, 'Protest with intervention'],
  ['Riot police charged at a rally of pensioners in Buenos Aires, using pepper spray to scatter the crowd.', PRO, 'Protest with intervention'],
  ['Authorities forcibly removed protesters blocking a highway near Lima.', PRO, 'Protest with intervention'],

  // Protests: Excessive force against protesters.
  ['Security forces fired live ammunition at demonstrators in Khartoum, killing four people, medics said.', PRO, 'Excessive force against protesters'],
  ['Police shot dead two protesters during a rally against fuel price increases in Nairobi.', PRO, 'Excessive force against protesters'],
  ["On 20 October 2022, soldiers opened fire on a peaceful march in N'Djamena. 50 fatalities.", PRO, 'Excessive force against protesters'],
  ['Troops killed at least a dozen protesters as they crushed demonstrations in the capital.', PRO, 'Excessive force against protesters'],
  ['A protester died after being beaten by police at a demonstration in Tehran.', PRO, 'Excessive force against protesters'],

  // Riots: Violent demonstration.
  ['Protesters pelted police with stones and set tyres ablaze in Dakar after the opposition leader was sentenced.', RIO, 'Violent demonstration'],
  ['Demonstrators stormed a police station and burned vehicles in the town of Kolwezi.', RIO, 'Violent demonstration'],
  ['On 15 May 2024, demonstrators clashed with police in Noumea and torched several shops.', RIO, 'Violent demonstration'],
  ['Angry youths blocked roads and threw petrol bombs at security forces in Port-au-Prince.', RIO, 'Violent demonstration'],
  ['Protesters ransack parliament building in Nairobi as anger over tax bill grows', RIO, 'Violent demonstration'],

  // Riots: Mob violence.
  ['A mob beat a suspected thief to death in a market in Lagos.', RIO, 'Mob violence'],
  ['Villagers set upon two men accused of stealing goats and killed them.', RIO, 'Mob violence'],
  ['On 1 August 2023, a group of residents attacked and burned alive a man suspected of witchcraft in Kasai.', RIO, 'Mob violence'],
  ['An angry crowd torched the house of a man accused of blasphemy in Punjab.', RIO, 'Mob violence'],
  ['Supporters of rival football clubs fought with sticks and machetes after the match.', RIO, 'Mob violence'],

  // Strategic developments: Agreement.
  ['The warring parties signed a truce in Jeddah on Saturday, Saudi mediators said.', SD, 'Agreement'],
  ['Government negotiators and ELN rebels reached a deal on a six-month ceasefire in Havana.', SD, 'Agreement'],
  ['On 27 March 2024, the army and local militias concluded a peace accord in Kidal.', SD, 'Agreement'],
  ['Israel and Hamas agreed on a prisoner swap, Qatari officials said.', SD, 'Agreement'],

  // Strategic developments: Arrests.
  ['Police arrested three suspected militants at a house in Mombasa on Tuesday.', SD, 'Arrests'],
  ['Security forces rounded up dozens of opposition activists ahead of the vote.', SD, 'Arrests'],
  ['On 6 February 2024, police detained a journalist in Addis Ababa over a report on the conflict in Amhara.', SD, 'Arrests'],
  ['A former minister was taken into custody by anti-corruption officers on Tuesday.', SD, 'Arrests'],
  ['Authorities apprehended 14 suspects linked to the bombing.', SD, 'Arrests'],

  // Strategic developments: Change to group/activity.
  ['Several rebel factions in Idlib joined forces under a new unified command.', SD, 'Change to group/activity'],
  ['The militia announced on Monday that it had disbanded and handed its weapons to the army.', SD, 'Change to group/activity'],
  ['The rebel movement rebranded itself as a political party and renounced armed struggle.', SD, 'Change to group/activity'],
  ['The armed group said it was suspending all military operations in the region.', SD, 'Change to group/activity'],

  // Strategic developments: Disrupted weapons use.
  ['Bomb disposal experts defused an explosive device planted under a bridge in Mosul.', SD, 'Disrupted weapons use'],
  ['Air defence systems downed 20 drones over the Belgorod region overnight.', SD, 'Disrupted weapons use'],
  ['On 9 September 2023, the army foiled an attempted bomb attack on a checkpoint in Kismayo.', SD, 'Disrupted weapons use'],
  ['Security forces seized a large cache of weapons and explosives from a militant hideout.', SD, 'Disrupted weapons use'],

  // Strategic developments: Headquarters or base established.
  ['Wagner fighters set up a camp at the former UN base in Tessalit.', SD, 'Headquarters or base established'],
  ['The Islamic State established a new training camp in the forests of Cabo Delgado.', SD, 'Headquarters or base established'],
  ['On 13 January 2024, Fano militia established a headquarters in Lalibela town (Amhara).', SD, 'Headquarters or base established'],
  ['Turkish forces built a new military outpost near the Syrian town of Atareb.', SD, 'Headquarters or base established'],

  // Strategic developments: Looting/property destruction.
  ['Gunmen set fire to dozens of houses in a village in Plateau state.', SD, 'Looting/property destruction'],
  ['Armed men plundered a health centre and carried off medicines in Ouham prefecture.', SD, 'Looting/property destruction'],
  ['On 30 April 2024, RSF fighters looted the market of Mellit (North Darfur).', SD, 'Looting/property destruction'],
  ['Militants destroyed a telecommunications mast in Mandera county overnight.', SD, 'Looting/property destruction'],
  ['Unidentified attackers vandalized a mosque in Bihar, smashing its windows.', SD, 'Looting/property destruction'],

  // Strategic developments: Non-violent transfer of territory.
  ['Russian forces withdrew from the west bank of the Dnipro, leaving the city to Ukrainian troops.', SD, 'Non-violent transfer of territory'],
  ['The rebels handed control of the airport to a neutral force under a UN-brokered deal.', SD, 'Non-violent transfer of territory'],
  ['On 18 October 2023, MINUSMA handed over its camp in Ber to the Malian authorities.', SD, 'Non-violent transfer of territory'],
  ['Militiamen left the town peacefully after tribal elders negotiated their departure.', SD, 'Non-violent transfer of territory'],

  // Strategic developments: Other.
  ['The army deployed tanks and armoured vehicles around the parliament building.', SD, 'Other'],
  ['Thousands of troops were moved to the northern border amid rising tension.', SD, 'Other'],
  ['On 22 February 2024, the military authorities imposed a curfew on the city of Kidal.', SD, 'Other'],
  ['Rebel commanders recruited hundreds of young men in the villages around Bunia.', SD, 'Other'],
];

/**
 * A second, smaller set written after the lexicon work on ACLED_DEV_SET, and never
 * tuned on: two texts per sub-event type, fresh wording. Its score estimates how the
 * dev-set gains carry to unseen text (reported apart by scripts/eval-events.ts).
 */
export const ACLED_CHECK_SET: readonly AcledDevItem[] = [
  ['Fierce fighting raged between the army and separatist fighters in the Anglophone region on Friday.', BAT, 'Armed clash'],
  ['Two rival armed groups fought each other near the gold mines of Kidal, killing nine combatants.', BAT, 'Armed clash'],
  ['The national army said on Tuesday it had retaken the strategic town of Kaya from jihadist fighters.', BAT, 'Government regains territory'],
  ['Government forces have recovered control of the Palmyra district after a two-week campaign.', BAT, 'Government regains territory'],
  ['Insurgents captured a police headquarters and raised their flag over the district centre.', BAT, 'Non-state actor overtakes territory'],
  ['Rebels of the M23 movement took the town of Bunagana on Monday after the garrison fled to Uganda.', BAT, 'Non-state actor overtakes territory'],
  ['Dozens of people suffered breathing problems after a chemical munition struck the neighbourhood.', ERV, 'Chemical weapon'],
  ['Inspectors concluded that chlorine had been used as a weapon in the attack on the town.', ERV, 'Chemical weapon'],
  ['An air raid hit a market in the rebel-held town of Maaret al-Numan, killing 15 people.', ERV, 'Air/drone strike'],
  ['Military jets bombed suspected militant camps in the mountains of North Waziristan.', ERV, 'Air/drone strike'],
  ['Rebel artillery pounded the outskirts of the city for a third straight day.', ERV, 'Shelling/artillery/missile attack'],
  ['A rocket landed near the airport in Tripoli, damaging two civilian aircraft.', ERV, 'Shelling/artillery/missile attack'],
  ['Five soldiers died when their armoured vehicle struck a mine on the road to Menaka.', ERV, 'Remote explosive/landmine/IED'],
  ['A bomb attached to a car exploded in central Kabul, killing a senior official.', ERV, 'Remote explosive/landmine/IED'],
  ['A suicide bomber detonated his vest among worshippers at Friday prayers, killing 30.', ERV, 'Suicide bomb'],
  ['A teenage suicide attacker blew herself up at a crowded market in Maiduguri.', ERV, 'Suicide bomb'],
  ['Unknown men threw a grenade into a nightclub in Goma, wounding eight people.', ERV, 'Grenade'],
  ['A hand grenade exploded at a political rally in Bujumbura after being thrown from a motorbike.', ERV, 'Grenade'],
  ['Fighters from the armed group raped two women who were collecting firewood near the camp.', VAC, 'Sexual violence'],
  ['A UN report said soldiers had committed widespread sexual violence against women in the region.', VAC, 'Sexual violence'],
  ['Gunmen stormed a village in Zamfara and shot dead 23 residents.', VAC, 'Attack'],
  ['Unidentified assailants killed a nurse and her two children in their home overnight.', VAC, 'Attack'],
  ['Armed men abducted a Catholic priest from his parish in Enugu state on Sunday.', VAC, 'Abduction/forced disappearance'],
  ['Dozens of farmers were kidnapped by bandits in Katsina state, police said.', VAC, 'Abduction/forced disappearance'],
  ['Hundreds of students marched peacefully through Nairobi to demand lower tuition fees.', PRO, 'Peaceful protest'],
  ['Taxi drivers staged a demonstration outside city hall against new licensing rules.', PRO, 'Peaceful protest'],
  ['Police used tear gas and water cannon to disperse a crowd of opposition supporters in Kampala.', PRO, 'Protest with intervention'],
  ['Several activists were arrested when police broke up a demonstration outside the embassy.', PRO, 'Protest with intervention'],
  ['Security forces shot dead three demonstrators during protests against the election result.', PRO, 'Excessive force against protesters'],
  ['Police opened fire on a crowd of protesters in Conakry, killing two young men.', PRO, 'Excessive force against protesters'],
  ['Rioters looted shops and set fire to a police station in the capital after the verdict.', RIO, 'Violent demonstration'],
  ['Demonstrators threw stones at police and burned tyres on the main highway.', RIO, 'Violent demonstration'],
  ['A mob lynched a man accused of stealing a motorcycle in the town of Kasese.', RIO, 'Mob violence'],
  ['Residents beat two suspected kidnappers to death before police arrived.', RIO, 'Mob violence'],
  ['The government and the armed movement signed a peace agreement in Juba on Saturday.', SD, 'Agreement'],
  ['The two factions agreed to a ceasefire after talks brokered by tribal elders.', SD, 'Agreement'],
  ['Police detained eleven people suspected of planning attacks in the capital.', SD, 'Arrests'],
  ['Security forces arrested the leader of the opposition party at his home in Harare.', SD, 'Arrests'],
  ['Two armed groups announced a merger and a joint command in the north.', SD, 'Change to group/activity'],
  ['The rebel group announced that it was laying down its weapons and disbanding.', SD, 'Change to group/activity'],
  ['Soldiers defused a roadside bomb on the road between Gao and Ansongo.', SD, 'Disrupted weapons use'],
  ['Air defences intercepted a ballistic missile fired towards the city.', SD, 'Disrupted weapons use'],
  ['Militants established a new base in the forest near the border with Niger.', SD, 'Headquarters or base established'],
  ['The armed group set up a headquarters in the abandoned school.', SD, 'Headquarters or base established'],
  ['Gunmen burned dozens of homes in the village of Dogo Nahawa.', SD, 'Looting/property destruction'],
  ['Soldiers looted shops and homes as they withdrew from the town.', SD, 'Looting/property destruction'],
  ['The militia handed over control of the border crossing to government forces.', SD, 'Non-violent transfer of territory'],
  ['Foreign troops withdrew from the base and handed it to the national army.', SD, 'Non-violent transfer of territory'],
  ['The army deployed troops to the northern city ahead of the elections.', SD, 'Other'],
  ['Authorities declared a state of emergency in the province after the attacks.', SD, 'Other'],
];

/**
 * An independent development set for CAMEO coding: wire-style sentences written
 * for this project (no text copied from any data set), five or more per CAMEO
 * root 01–20, each with the code the CAMEO 1.1 codebook gives it (the root is
 * what the evaluation scores; the full code documents the intended reading).
 *
 * Used by scripts/eval-events.ts (whole pipeline, main event of the sentence).
 */
export type CameoDevItem = readonly [sentence: string, code: string];

export const CAMEO_DEV_SET: readonly CameoDevItem[] = [
  // 01 Make public statement.
  ['The Japanese foreign ministry declined to comment on the reports.', '011'],
  ['President Biden expressed condolences to the people of Turkey after the earthquake.', '018'],
  ["Germany's chancellor said he was optimistic about the outcome of the talks with France.", '013'],
  ['The Pakistani army acknowledged responsibility for the deaths of three civilians in the raid.', '015'],
  ['Beijing denied involvement in the cyber attacks on Australian government agencies.', '016'],

  // 02 Appeal.
  ['The UN secretary-general appealed to Russia and Ukraine to return to negotiations.', '026'],
  ["Haiti's prime minister asked the international community for emergency food aid.", '023'],
  ['The European Union urged Belarus to release all political prisoners.', '0253'],
  ['Somalia requested military assistance from Kenya to fight al-Shabaab.', '0212'],
  ["The African Union called on Sudan's generals to accept mediation.", '028'],

  // 03 Express intent to cooperate.
  ['Japan pledged to provide $500 million in reconstruction aid to Ukraine.', '033'],
  ['Iran said it was ready to resume negotiations with the IAEA.', '036'],
  ['India offered to mediate between Russia and Ukraine.', '039'],
  ['The Turkish president promised to help Syria rebuild its economy.', '031'],
  ['Ethiopia expressed willingness to settle its border dispute with Eritrea peacefully.', '037'],

  // 04 Consult.
  ['Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday.', '040'],
  ['The US secretary of state arrived in Riyadh on Tuesday for a two-day visit.', '042'],
  ["Brazil's president hosted his Argentine counterpart in Brasilia.", '043'],
  ['Indian and Pakistani officials met in Geneva to discuss water sharing.', '044'],
  ['Kenyan President William Ruto spoke by telephone with Ethiopian Prime Minister Abiy Ahmed.', '041'],
  ['Qatar mediated between Hamas and Israel over the release of hostages.', '045'],

  // 05 Engage in diplomatic cooperation.
  ["Canada praised Indonesia's role in the regional peace process.", '051'],
  ['Spain formally recognized the state of Palestine on Tuesday.', '054'],
  ['The Japanese prime minister apologized to South Korea for wartime abuses.', '055'],
  ['Armenia and Azerbaijan signed a peace treaty in Washington.', '057'],
  ["Russia defended Iran's right to a civilian nuclear programme at the United Nations.", '052'],

  // 06 Engage in material cooperation.
  ['France and Germany launched joint military exercises in the Baltic Sea.', '062'],
  ['Spain extradited a Russian hacker to the United States on Wednesday.', '063'],
  ['British and Kenyan intelligence services exchanged information on al-Shabaab suspects.', '064'],
  ['China and Pakistan expanded economic cooperation on the trade corridor.', '061'],
  ['Egyptian and Israeli security forces coordinated operations against militants in Sinai.', '062'],

  // 07 Provide aid.
  ['The World Food Programme delivered food aid to 50,000 people in northern Gaza.', '073'],
  ['Washington sent Ukraine a new package of air defence missiles.', '072'],
  ['Germany granted asylum to a Russian opposition journalist.', '075'],
  ['The IMF approved a $3 billion loan for Pakistan.', '071'],
  ['Kenya dispatched police officers to Haiti as part of a multinational security mission.', '074'],

  // 08 Yield.
  ['The military government lifted the nationwide curfew on Monday.', '0813'],
  ['Iran freed a detained French tourist on Friday.', '0841'],
  ['The Sri Lankan prime minister resigned after weeks of protests.', '0833'],
  ["The United States eased sanctions on Venezuela's oil sector.", '085'],
  ['Russia pulled its troops back from the outskirts of Kyiv.', '0874'],

  // 09 Investigate.
  ['The International Criminal Court opened an investigation into alleged war crimes in Darfur.', '094'],
  ['Police in Kenya are investigating the deaths of protesters in Nairobi.', '092'],
  ["A UN commission probed human rights abuses in Myanmar's Rakhine state.", '092'],
  ["South Africa's anti-corruption unit launched an inquiry into contracts at the state power company.", '091'],
  ['Inspectors from the OPCW examined the site of the suspected chemical attack.', '090'],

  // 10 Demand.
  ['Opposition parties demanded the immediate resignation of the prime minister.', '1041'],
  ['China demanded that the Philippines withdraw its vessels from the disputed shoal.', '105'],
  ['Kyiv insisted that Moscow return all deported children.', '105'],
  ['The families demanded compensation from the mining company.', '101'],
  ["Iraq's parliament demanded the withdrawal of foreign troops from the country.", '105'],

  // 11 Disapprove.
  ['Beijing strongly criticized the US decision to sell arms to Taiwan.', '111'],
  ['Ukraine accused Russia of war crimes in Bucha.', '1124'],
  ['Seoul lodged a formal complaint with Tokyo over the textbook.', '114'],
  ['A Dutch court convicted three men of murder over the downing of flight MH17.', '116'],
  ['Human rights groups filed a lawsuit against the government over the detentions.', '115'],

  // 12 Reject.
  ['Israel rejected the ceasefire proposal put forward by Egypt.', '1271'],
  ['Russia vetoed a UN Security Council resolution on Syria.', '129'],
  ['The Taliban refused to allow girls back into secondary schools.', '1231'],
  ["North Korea dismissed South Korea's offer of talks.", '125'],
  ['The junta ignored international calls to release the detained president.', '128'],

  // 13 Threaten.
  ['North Korea threatened to launch a nuclear strike against the United States.', '138'],
  ['The EU warned Belgrade it would impose sanctions if it did not recognize the vote.', '1312'],
  ['Turkey vowed to launch a new ground offensive in northern Syria.', '138'],
  ['Washington gave Caracas two weeks to free the detained Americans or face new penalties.', '139'],
  ['China warned that it would retaliate if Japan released the water.', '130'],

  // 14 Protest.
  ['Thousands of Armenians rallied in Yerevan against the peace deal.', '141'],
  ['Jailed activist Alaa Abd El-Fattah went on a hunger strike.', '142'],
  ['Dock workers in Antwerp walked off the job to protest against pension reform.', '143'],
  ['Farmers blocked highways with tractors across France.', '144'],
  ['Rioters set cars on fire in the suburbs of Paris for a third night.', '145'],

  // 15 Exhibit force posture.
  ['Taiwan put its armed forces on high alert as Chinese warships approached.', '152'],
  ['Russia massed tens of thousands of troops along the Ukrainian border.', '154'],
  ['India deployed additional troops to the Ladakh region.', '154'],
  ['The government ordered police to increase patrols in the capital.', '151'],
  ['Iran staged large-scale military drills near the Strait of Hormuz.', '150'],

  // 16 Reduce relations.
  ['Niger expelled the French ambassador on Thursday.', '161'],
  ['The United States imposed sanctions on Russian banks.', '163'],
  ['Bolivia severed diplomatic ties with Israel.', '161'],
  ['The World Bank suspended funding to Uganda over its anti-gay law.', '162'],
  ['Hamas broke off ceasefire negotiations with Israel, Egyptian sources said.', '164'],

  // 17 Coerce.
  ['Police in Hong Kong arrested seven pro-democracy activists on Tuesday.', '173'],
  ['Authorities in Myanmar imposed a curfew in Mandalay.', '1723'],
  ["Iran's government shut down internet access across the country.", '172'],
  ['Italy deported a Tunisian imam accused of inciting hatred.', '174'],
  ['Israeli forces demolished the homes of two Palestinian attackers in Jenin.', '1712'],
  ["Russian hackers launched a cyberattack on Ukraine's power grid.", '176'],

  // 18 Assault.
  ['Gunmen kidnapped two Italian aid workers in northern Kenya.', '181'],
  ['A suicide bomber killed 15 people at a mosque in Peshawar.', '1831'],
  ['Unknown assailants assassinated a provincial governor in Afghanistan.', '186'],
  ['Prison guards tortured detainees at a facility in Syria, a report said.', '1822'],
  ['A car bomb exploded outside a police station in Diyarbakir, killing two officers.', '1832'],

  // 19 Fight.
  ['Israeli warplanes struck targets in southern Lebanon overnight.', '195'],
  ['Russian artillery shelled the city of Kharkiv on Thursday.', '194'],
  ['Azerbaijani troops occupied several villages in Nagorno-Karabakh.', '192'],
  ['Indian and Chinese soldiers clashed along the disputed border in the Himalayas.', '190'],
  ["The Saudi-led coalition imposed a naval blockade on Yemen's ports.", '191'],
  ['Both sides violated the truce within hours, with fighting reported along the front.', '196'],

  // 20 Unconventional mass violence.
  ['Government forces massacred more than 200 villagers in the Tigray region, witnesses said.', '202'],
  ['Militias carried out ethnic cleansing of the Masalit population in West Darfur.', '203'],
  ['Syrian government forces used sarin gas against civilians in Khan Sheikhoun.', '2041'],
  ['Authorities forcibly expelled tens of thousands of ethnic minority residents from the border province.', '201'],
  ['Soldiers executed dozens of civilians in a mass killing in the village.', '202'],
];

/**
 * A second set written after the lexicon work on CAMEO_DEV_SET and never tuned on:
 * two sentences per root, fresh wording (reported apart by scripts/eval-events.ts).
 */
export const CAMEO_CHECK_SET: readonly CameoDevItem[] = [
  ['The White House declined to comment on the report on Sunday.', '011'],
  ['Moscow denied any role in the poisoning of the former spy.', '016'],
  ['The Red Cross appealed for $20 million to help flood victims in Pakistan.', '023'],
  ['Germany urged Iran to return to the nuclear talks.', '026'],
  ['The president said his government was ready to hold talks with the rebels.', '036'],
  ['Norway offered to host peace negotiations between the two sides.', '036'],
  ["Egypt's foreign minister met his Jordanian counterpart in Amman on Tuesday.", '040'],
  ['The Pope visited Iraq in March, the first papal trip to the country.', '042'],
  ['The United States praised Kenya for leading the security mission.', '051'],
  ['Israel and the United Arab Emirates signed an agreement to normalise relations.', '057'],
  ['Colombia extradited a drug lord to the United States.', '063'],
  ['The two navies held joint exercises in the Arabian Sea.', '062'],
  ['Japan provided $100 million in humanitarian assistance to Afghanistan.', '073'],
  ['The United States gave Ukraine $2 billion in military aid.', '072'],
  ['The government released 200 political prisoners on Monday.', '0841'],
  ['The junta lifted a ban on political parties.', '081'],
  ['Prosecutors opened an investigation into the minister over corruption allegations.', '091'],
  ['UN experts are investigating reports of mass graves in the region.', '092'],
  ['The opposition demanded the release of its detained leader.', '1043'],
  ['Protesters demanded the resignation of the governor.', '1041'],
  ['France condemned the coup in Niger.', '111'],
  ['China accused the United States of spying.', '1125'],
  ["Hamas rejected Israel's latest proposal for a truce.", '1271'],
  ['The president refused to meet the opposition leaders.', '125'],
  ['Iran threatened to close the Strait of Hormuz.', '138'],
  ['The rebels warned that they would attack the capital if the talks failed.', '138'],
  ['Thousands demonstrated in Paris against the pension reform.', '141'],
  ['Workers at the port went on strike for higher wages.', '143'],
  ['The army was placed on high alert after the border incident.', '152'],
  ['Russia mobilised 300,000 reservists for the war.', '154'],
  ['The United States imposed new sanctions on Iran.', '163'],
  ['Morocco recalled its ambassador from Algeria.', '161'],
  ['Police arrested a senior opposition figure in Dhaka.', '173'],
  ['The government expelled a foreign journalist.', '174'],
  ['Gunmen assassinated the mayor of the town on Friday.', '186'],
  ['Kidnappers seized three aid workers in eastern Congo.', '181'],
  ['Israeli aircraft bombed targets in Gaza overnight.', '195'],
  ['Troops and rebels fought for control of the airport.', '190'],
  ['Witnesses said soldiers massacred dozens of villagers.', '202'],
  ['The militia carried out a campaign of ethnic cleansing against the minority.', '203'],
];

import os
import json
# Wire-style cases v01a..v20a
C = []
def W(i, pattern, title, text, edges, no_edges=None, **kw):
    c = {"id": i, "pattern": pattern, "articles": [{"title": title, "text": text}], "edges": edges}
    if no_edges: c["no_edges"] = no_edges
    c.update(kw)
    C.append(c)

W("v01a", "wire (Reuters): strikes claimed by a ministry, designation list, threatened/planned attack, silent ministry",
  "Turkish jets, drones hit PKK targets in Iraq's Qandil, ministry says",
  "ANKARA, March 1 (Reuters) - Turkish warplanes and armed drones struck 14 targets of the Kurdistan Workers' Party (PKK) in the Qandil and Asos areas of northern Iraq overnight, Turkey's Ministry of National Defence said on Saturday. "
  "The ministry said the strikes destroyed caves, shelters and arms depots used by \"terrorists\" who had been preparing cross-border raids. "
  "Defence Minister Yunus Karaca told reporters in Ankara that the operations would go on \"until not a single terrorist is left.\" "
  "The PKK, which is listed as a terrorist group by Turkey, the United States and the European Union, did not immediately comment. "
  "A local official in Sulaimani province, Shwan Rahim, said two shepherds were wounded near the village of Sangasar. "
  "Iraq's foreign ministry had not commented by Saturday afternoon.",
  [["ATTACKED", "Turkey", "PKK"],
   ["ACCUSED", "*Ministry of National Defence", "PKK"],
   ["ACCUSED", "Turkey", "PKK"],
   ["ACCUSED", "United States", "PKK"],
   ["ACCUSED", "European Union", "PKK"],
   ["HOLDS_ROLE", "Yunus Karaca", "Turkey"]],
  [["ATTACKED", "PKK", "Turkey"],
   ["ACCUSED", "Iraq", "Turkey"],
   ["ACCUSED", "Shwan Rahim", "Turkey"]])

W("v02a", "wire (AFP): arrival + reception ('was received by') + counterpart talks; phone call and postponed meeting are not meetings",
  "Iraq's foreign minister in Tehran for border security talks",
  "TEHRAN (AFP) - Iraqi Foreign Minister Nabil al-Rawi arrived in Tehran on Sunday for a two-day visit focused on security along the two countries' shared frontier, Iranian state media reported. "
  "He was received by Iranian President Massoud Jahanbakhsh at the Saadabad Palace, where the two men discussed the disarmament of Kurdish opposition groups based in Iraq, according to the presidency's website. "
  "Rawi later held talks with his Iranian counterpart, Alireza Mohseni, who told a joint news conference that Baghdad had \"fulfilled most of its commitments\" under a 2023 security pact. "
  "The Iraqi minister had spoken by telephone on Thursday with Iran's top security official, Supreme National Security Council secretary Kamran Tavakoli, to prepare the trip. "
  "A meeting with Tavakoli, initially scheduled for Monday, was postponed, an Iraqi diplomat told AFP.",
  [["VISITED", "Nabil al-Rawi", "Tehran"],
   ["MET_WITH", "Nabil al-Rawi", "Massoud Jahanbakhsh"],
   ["MET_WITH", "Nabil al-Rawi", "Alireza Mohseni"],
   ["HOLDS_ROLE", "Nabil al-Rawi", "Iraq"],
   ["HOLDS_ROLE", "Massoud Jahanbakhsh", "Iran"],
   ["HOLDS_ROLE", "Alireza Mohseni", "Iran"],
   ["HOLDS_ROLE", "Kamran Tavakoli", "*Supreme National Security Council"]],
  [["MET_WITH", "Nabil al-Rawi", "Kamran Tavakoli"],
   ["MET_WITH", "Massoud Jahanbakhsh", "Alireza Mohseni"]])

W("v03a", "wire (Rudaw): shelling by demonym artillery, attacker named in a later statement, group's accusation, condemnation of 'the Iranian bombardment', call for action",
  "Iranian artillery shells villages in Sidakan, Kurdish opposition group says",
  "ERBIL, Kurdistan Region (Rudaw) - Iranian artillery pounded the outskirts of several villages in Sidakan district near the border with Iran on Wednesday, local officials told Rudaw. "
  "The shelling targeted positions of the Zagros Freedom Party (ZFP), an Iranian Kurdish opposition group, according to Sidakan mayor Hawre Salim. "
  "\"Shells landed close to our orchards and one farmer was injured,\" Salim said. "
  "In a statement, the Islamic Revolutionary Guard Corps (IRGC) Ground Force said its units had struck \"hideouts of terrorist groups\" used to smuggle weapons into Iran. "
  "The ZFP accused Tehran of punishing Kurdish villagers for the party's activities and called on the Iraqi government to act. "
  "The Kurdistan Regional Government (KRG) condemned the Iranian bombardment, its spokesperson Soran Majid told reporters.",
  [["ATTACKED", "Islamic Revolutionary Guard Corps", "Zagros Freedom Party"],
   ["ACCUSED", "Zagros Freedom Party", "Iran"],
   ["ACCUSED", "Kurdistan Regional Government", "Iran"],
   ["HOLDS_ROLE", "Soran Majid", "Kurdistan Regional Government"]],
  [["ACCUSED", "Zagros Freedom Party", "Iraq"],
   ["ACCUSED", "Hawre Salim", "Iran"]])

W("v04a", "wire (Kurdistan24): 'received' = meeting; earlier phone call is not; ambassador's title names a state; negated meeting",
  "KRG Prime Minister, Turkish ambassador discuss congestion at Ibrahim Khalil",
  "ERBIL (Kurdistan24) - Kurdistan Region Prime Minister Darbaz Karim received Turkey's ambassador to Iraq, Selim Ozturan, in Erbil on Monday to discuss trade through the Ibrahim Khalil border crossing, a statement from the Kurdistan Regional Government (KRG) said. "
  "The two sides stressed the need to ease congestion at the crossing, which handles most of the Region's trade with Türkiye, the statement added. "
  "Karim had earlier spoken by phone with Iraqi Prime Minister Salah al-Mutairi, who assured him that federal customs teams would work with Erbil. "
  "Ozturan did not meet officials of the federal customs authority during the trip, an embassy source told Kurdistan24. "
  "Nawzad Omer, head of the KRG's Department of Foreign Relations, said the crossing would soon run around the clock.",
  [["MET_WITH", "Darbaz Karim", "Selim Ozturan"],
   ["HOLDS_ROLE", "Darbaz Karim", "Kurdistan Regional Government"],
   ["HOLDS_ROLE", "Selim Ozturan", "Turkey"],
   ["HOLDS_ROLE", "Salah al-Mutairi", "Iraq"],
   ["HOLDS_ROLE", "Nawzad Omer", "*Department of Foreign Relations"]],
  [["MET_WITH", "Darbaz Karim", "Salah al-Mutairi"],
   ["MET_WITH", "Selim Ozturan", "Salah al-Mutairi"]],
  entities=[["Place", "*Ibrahim Khalil"]])

W("v05a", "wire (Al-Monitor): retaliatory strike, attacker named only in next sentence's claim, '-backed' and 'funded and armed by', government condemnation, denial",
  "US strikes Iran-backed militia in Jurf al-Nasr after drone attack on Ain al-Asad",
  "WASHINGTON - The United States struck two weapons depots belonging to the Iran-backed militia Liwa Thar al-Furat in Jurf al-Nasr, south of Baghdad, on Thursday, a Pentagon spokesperson said. "
  "The strikes came a day after a one-way drone hit the Ain al-Asad air base in Anbar, wounding three American troops. "
  "In a Telegram post the same evening, Liwa Thar al-Furat claimed the attack on the base, which it called \"an occupation garrison.\" "
  "Pentagon press secretary Mark Dillard said the group was funded and armed by Iran's Islamic Revolutionary Guard Corps. "
  "Iraq's government condemned the US raid as \"a flagrant violation of Iraqi sovereignty,\" government spokesman Faris al-Obaidi said in a statement. "
  "Iran's foreign ministry denied any role in the attack on Ain al-Asad.",
  [["ATTACKED", "United States", "Liwa Thar al-Furat"],
   ["ATTACKED", "Liwa Thar al-Furat", "United States"],
   ["BACKED_BY", "Liwa Thar al-Furat", "Iran"],
   ["BACKED_BY", "Liwa Thar al-Furat", "Islamic Revolutionary Guard Corps"],
   ["ACCUSED", "Iraq", "United States"],
   ["HOLDS_ROLE", "Mark Dillard", "*Pentagon"],
   ["HOLDS_ROLE", "Faris al-Obaidi", "Iraq"]],
  [["ATTACKED", "Iran", "United States"],
   ["ATTACKED", "Islamic Revolutionary Guard Corps", "United States"]])

W("v06a", "wire (Anadolu): 'neutralized' = killed, person target + group, role as 'in charge of the group's X', designation list with Türkiye spelling",
  "Turkish intelligence neutralizes senior PKK terrorist in Iraq's Sinjar",
  "ANKARA (AA) - The National Intelligence Organization (MIT) has neutralized a senior member of the PKK terror group in a drone operation in Iraq's Sinjar region, security sources said on Tuesday. "
  "The sources, who spoke on condition of anonymity due to restrictions on speaking to the media, identified the terrorist as Rezan Dersimi, code-named \"Heval Baran,\" who was in charge of the group's recruitment in Sinjar. "
  "Dersimi had been on Türkiye's wanted list and had been active in the ranks of the terror group since 2011, the sources added. "
  "The PKK is listed as a terrorist organization by Türkiye, the US and the EU. "
  "A PKK-affiliated news site denied that any commander had been killed in Sinjar.",
  [["ATTACKED", "*National Intelligence Organization", "Rezan Dersimi"],
   ["ATTACKED", "*National Intelligence Organization", "PKK"],
   ["HOLDS_ROLE", "Rezan Dersimi", "PKK"],
   ["ACCUSED", "Turkey", "PKK"],
   ["ACCUSED", "United States", "PKK"],
   ["ACCUSED", "European Union", "PKK"]],
  [["ATTACKED", "PKK", "Turkey"]])

W("v07a", "wire (IRNA): memorandum signed by two ministers, 'his Iraqi counterpart', anaphora 'the memorandum', crossings and border as subject, attendee is not a signatory",
  "Iran, Iraq sign MoU on joint management of border crossings",
  "TEHRAN, March 1 (IRNA) - Iran's Interior Minister Gholamreza Fazeli and his Iraqi counterpart Saad al-Jubouri signed a memorandum of understanding in Tehran on Saturday to jointly manage the Mehran and Shalamcheh border crossings during the Arbaeen pilgrimage. "
  "Under the memorandum, the two countries will set up a joint operations room to coordinate the movement of pilgrims along the Iran–Iraq border, Fazeli told IRNA. "
  "The Iraqi minister, who arrived in Tehran on Friday at the head of a security delegation, also met First Vice President Mohsen Arefian. "
  "Jubouri said Iraq would \"not allow any group to threaten Iran's security from Iraqi soil.\" "
  "The signing ceremony was attended by Iraq's ambassador to Tehran, Hamid Kubaisi.",
  [["SIGNED", "Gholamreza Fazeli", "*Agreement"],
   ["SIGNED", "Saad al-Jubouri", "*Agreement"],
   ["PARTY_TO", "Iran", "*Agreement"],
   ["PARTY_TO", "Iraq", "*Agreement"],
   ["CONCERNS", "*Agreement", "Iran–Iraq border"],
   ["CONCERNS", "*Agreement", "*Mehran"],
   ["CONCERNS", "*Agreement", "*Shalamcheh"],
   ["VISITED", "Saad al-Jubouri", "Tehran"],
   ["MET_WITH", "Saad al-Jubouri", "Mohsen Arefian"],
   ["HOLDS_ROLE", "Gholamreza Fazeli", "Iran"],
   ["HOLDS_ROLE", "Saad al-Jubouri", "Iraq"],
   ["HOLDS_ROLE", "Mohsen Arefian", "Iran"],
   ["HOLDS_ROLE", "Hamid Kubaisi", "Iraq"]],
  [["SIGNED", "Hamid Kubaisi", "*Agreement"],
   ["SIGNED", "Mohsen Arefian", "*Agreement"]],
  one_agreement=True)

W("v08a", "wire (Shafaq News): ambush on a patrol, attacker named only in next-day claim, spokesman of a command, blame on a 'vacuum' and a call for joint patrols",
  "Two Iraqi soldiers killed in ambush in Kirkuk's Wadi al-Shay",
  "Shafaq News/ Two Iraqi army soldiers were killed and three others wounded on Monday night in an ambush on a patrol in Wadi al-Shay, south-west of Kirkuk, a security source told Shafaq News. "
  "The patrol, from the army's 8th Division, was hit by a roadside bomb before gunmen opened fire on it from nearby orchards, the source said. "
  "On Tuesday morning, ISIS claimed responsibility for the ambush through its Amaq news agency. "
  "Colonel Ziad al-Bayati, a spokesman for the Kirkuk Operations Command, said reinforcements had been sent and a search of the valley was under way. "
  "Local lawmaker Shirin Aziz blamed the ambush on \"the security vacuum\" between federal forces and the Peshmerga and called for joint patrols.",
  [["ATTACKED", "ISIS", "*Iraqi army"],
   ["HOLDS_ROLE", "Ziad al-Bayati", "*Kirkuk Operations Command"]],
  [["ACCUSED", "Shirin Aziz", "Peshmerga"],
   ["ACCUSED", "Shirin Aziz", "*Iraqi army"],
   ["COOPERATES_WITH", "Peshmerga", "*Iraqi army"]],
  entities=[["Place", "Kirkuk"]])

W("v09a", "wire (AP): 'fighting between A and B', attacker of the checkpoint named via 'according to', 'U.S.-backed', accusation of arming, denial of backing",
  "Fighting between Kurdish-led forces and tribal fighters kills 9 in eastern Syria",
  "BEIRUT (AP) - Fighting between the U.S.-backed Syrian Democratic Forces and Arab tribal fighters killed at least nine people in Syria's eastern province of Deir el-Zour, a war monitor and Kurdish officials said Sunday. "
  "The clashes erupted late Saturday when gunmen of the Hajin Tribal Brigade stormed an SDF checkpoint near the town of Dhiban, according to the Britain-based Syrian Observatory for Human Rights. "
  "The SDF said in a statement that it had repelled the assault and accused Damascus of arming the tribal fighters. "
  "A commander of the brigade, Khalaf al-Dandal, told The Associated Press that his men were defending their villages and denied receiving weapons from the government. "
  "The U.S.-led coalition said it was monitoring the situation but did not take part in the fighting.",
  [["FOUGHT", "Syrian Democratic Forces", "Hajin Tribal Brigade"],
   ["ATTACKED", "Hajin Tribal Brigade", "Syrian Democratic Forces"],
   ["BACKED_BY", "Syrian Democratic Forces", "United States"],
   ["ACCUSED", "Syrian Democratic Forces", "Syria"],
   ["HOLDS_ROLE", "Khalaf al-Dandal", "Hajin Tribal Brigade"]],
  [["BACKED_BY", "Hajin Tribal Brigade", "Syria"],
   ["FOUGHT", "*coalition", "Hajin Tribal Brigade"],
   ["ATTACKED", "*coalition", "Hajin Tribal Brigade"]])

W("v10a", "wire (Reuters): protocol signed by two deputy ministers, border and crossing as subject, arrival clause",
  "Iraq and Syria sign protocol to reopen al-Qaim crossing",
  "BAGHDAD, March 1 (Reuters) - Iraq and Syria signed a security protocol on Saturday to reopen the al-Qaim–Albu Kamal border crossing to commercial traffic, Iraq's interior ministry said. "
  "The protocol was signed in Baghdad by Iraqi Deputy Interior Minister Tariq al-Zubaidi and Syrian Deputy Interior Minister Bilal Sawwan, who had arrived in the Iraqi capital on Friday. "
  "It provides for joint patrols on both sides of the Iraq–Syria border and the exchange of intelligence on Islamic State cells, the ministry said in a statement. "
  "\"The crossing will be opened in stages once the technical teams finish their work,\" Zubaidi told Reuters. "
  "Iraqi officials had previously said the crossing would stay shut while armed factions remained active near Albu Kamal.",
  [["SIGNED", "Tariq al-Zubaidi", "*Agreement"],
   ["SIGNED", "Bilal Sawwan", "*Agreement"],
   ["PARTY_TO", "Iraq", "*Agreement"],
   ["PARTY_TO", "Syria", "*Agreement"],
   ["CONCERNS", "*Agreement", "Iraq–Syria border"],
   ["CONCERNS", "*Agreement", "*al-Qaim"],
   ["VISITED", "Bilal Sawwan", "Baghdad"],
   ["HOLDS_ROLE", "Tariq al-Zubaidi", "Iraq"],
   ["HOLDS_ROLE", "Bilal Sawwan", "Syria"]],
  one_agreement=True)

W("v11a", "wire (Rudaw): memorandum between two ministries, signatories by rank + name, subject 'the disputed territories', title naming a force",
  "Peshmerga ministry, Iraqi defense ministry sign memorandum on joint brigades",
  "ERBIL, Kurdistan Region - The Kurdistan Region's Ministry of Peshmerga Affairs and Iraq's Ministry of Defense signed a memorandum of understanding on Sunday to form two joint brigades to secure the disputed territories, officials told Rudaw. "
  "The memorandum was signed in Baghdad by the Peshmerga ministry's secretary-general, Lt. Gen. Hemin Abdulrahman, and Iraqi army deputy chief of staff Lt. Gen. Jassim al-Lami. "
  "The brigades will be deployed in Kirkuk, Makhmour and Khanaqin, where Islamic State militants have exploited gaps between Kurdish and federal forces, Abdulrahman said. "
  "The US-led coalition will fund and equip the new units, according to a coalition official. "
  "The Peshmerga and the Iraqi army have been at odds over the areas since 2017.",
  [["PARTY_TO", "*Ministry of Peshmerga Affairs", "*Agreement"],
   ["PARTY_TO", "*Ministry of Defense", "*Agreement"],
   ["SIGNED", "Hemin Abdulrahman", "*Agreement"],
   ["SIGNED", "Jassim al-Lami", "*Agreement"],
   ["CONCERNS", "*Agreement", "*disputed territories"],
   ["HOLDS_ROLE", "Hemin Abdulrahman", "*Ministry of Peshmerga Affairs"],
   ["HOLDS_ROLE", "Jassim al-Lami", "*Iraqi army"]],
  one_agreement=True)

W("v12a", "wire (Kurdistan24): demonym artillery on villages (no actor target), reported fighting 'had been fighting', governor blames both sides",
  "Turkish shelling sets orchards ablaze in Duhok's Amedi district",
  "DUHOK (Kurdistan24) - Turkish artillery shelled the surroundings of three villages in the Amedi district of Duhok province on Thursday, setting fire to orchards and forcing dozens of families to flee, a local official said. "
  "Amedi district mayor Bahzad Ali told Kurdistan24 that the shells fell near the villages but caused no casualties. "
  "He said Turkish forces had been fighting PKK militants in the nearby mountains for several days. "
  "Duhok Governor Sardar Bamarni blamed both Turkey and the PKK for \"turning our villages into a battlefield.\" "
  "The Turkish defense ministry did not comment on the shelling.",
  [["FOUGHT", "*Turk", "PKK"],
   ["ACCUSED", "Sardar Bamarni", "Turkey"],
   ["ACCUSED", "Sardar Bamarni", "PKK"]],
  [["ACCUSED", "Bahzad Ali", "Turkey"],
   ["ACCUSED", "Bahzad Ali", "PKK"]],
  entities=[["Place", "*Amedi"]])

W("v13a", "wire (AFP): ministry accuses a group, designation by state, alleged foreign sponsorship denied, planned attacks",
  "Iran says it dismantled Kurdish 'terrorist' cell working for Israel",
  "TEHRAN (AFP) - Iran's Ministry of Intelligence said Tuesday it had dismantled a cell of the Rojhelat Defence Units (RDU), accusing the Kurdish group of planning bomb attacks in the western city of Mahabad on behalf of Israel's Mossad spy agency. "
  "The ministry said in a statement that 11 members of the group, which Tehran designates a terrorist organisation, had been arrested with explosives and drones. "
  "\"These mercenaries were trained in camps in northern Iraq and sent across the border,\" the statement said. "
  "The group, which is based in the mountains along the frontier with Iraq's Kurdistan region, denied any link to Israel in a message to AFP. "
  "Iran has repeatedly pressed Baghdad to disarm Kurdish opposition groups on its soil.",
  [["ACCUSED", "*Ministry of Intelligence", "Rojhelat Defence Units"],
   ["ACCUSED", "Iran", "Rojhelat Defence Units"]],
  [["ATTACKED", "Rojhelat Defence Units", "Iran"],
   ["BACKED_BY", "Rojhelat Defence Units", "Mossad"],
   ["BACKED_BY", "Rojhelat Defence Units", "Israel"]])

W("v14a", "wire (Al-Monitor): talks + memorandum signed by two ministers, subject place, council outlaws a group, demand not agreed",
  "Turkey, Iraq agree joint security center as Baghdad outlaws PKK",
  "Turkey and Iraq agreed on Wednesday to set up a joint security coordination center in Baghdad, capping a day of talks between Turkish Foreign Minister Cengiz Aydogdu and Iraqi Foreign Minister Sarmad Naji. "
  "The agreement, laid out in a memorandum signed by the two ministers, also covers a joint training camp at Bashiqa, where Turkish troops have been stationed since 2015. "
  "Iraq's National Security Council last month outlawed the PKK and three parties it described as fronts for the group, a step long sought by Ankara. "
  "\"Iraq will not be a launchpad for attacks on its neighbors,\" Naji told a joint press conference. "
  "A senior Iraqi official told Al-Monitor that Baghdad had rejected Turkish demands for a 40-kilometer buffer zone along the Iraq–Turkey border.",
  [["MET_WITH", "Cengiz Aydogdu", "Sarmad Naji"],
   ["SIGNED", "Cengiz Aydogdu", "*Agreement"],
   ["SIGNED", "Sarmad Naji", "*Agreement"],
   ["PARTY_TO", "Turkey", "*Agreement"],
   ["PARTY_TO", "Iraq", "*Agreement"],
   ["CONCERNS", "*Agreement", "*Bashiqa"],
   ["ACCUSED", "*National Security Council", "PKK"],
   ["HOLDS_ROLE", "Cengiz Aydogdu", "Turkey"],
   ["HOLDS_ROLE", "Sarmad Naji", "Iraq"]],
  [["CONCERNS", "*Agreement", "Iraq–Turkey border"]],
  one_agreement=True)

W("v15a", "wire (Anadolu): 'hosted' = meeting, official visit to a country, expected meeting is not a meeting",
  "Turkish defense chief hosts Iraqi counterpart in Ankara",
  "ANKARA (AA) - Turkish National Defense Minister Burak Tezcan hosted Iraqi Defense Minister Muhannad al-Khazraji at the ministry headquarters in Ankara on Thursday, the ministry said. "
  "The two ministers discussed counterterrorism, border security and the fight against the PKK terror group, the ministry said on X. "
  "Khazraji, who is on a three-day official visit to Türkiye, is also expected to tour defense industry firms and to meet Chief of General Staff Gen. Ertan Sayin on Friday. "
  "Tezcan said Iraq had shown \"strong will\" against terrorism since banning the group last year.",
  [["MET_WITH", "Burak Tezcan", "Muhannad al-Khazraji"],
   ["VISITED", "Muhannad al-Khazraji", "Ankara"],
   ["VISITED", "Muhannad al-Khazraji", "Turkey"],
   ["HOLDS_ROLE", "Burak Tezcan", "Turkey"],
   ["HOLDS_ROLE", "Muhannad al-Khazraji", "Iraq"]],
  [["MET_WITH", "Muhannad al-Khazraji", "Ertan Sayin"]])

W("v16a", "wire (IRNA): 'received the visiting', 'at the head of a delegation' arrival, title naming a regional government, earlier phone call, agreement between two capitals",
  "President Nourbakhsh receives Kurdistan Region president in Tehran",
  "TEHRAN, March 1 (IRNA) - Iranian President Ebrahim Nourbakhsh received the visiting President of the Kurdistan Region of Iraq, Serwan Hawezi, in Tehran on Saturday. "
  "During the meeting, Nourbakhsh said the Islamic Republic expected the region to prevent \"counter-revolutionary groups\" from using its territory against Iran. "
  "Hawezi, who arrived in Tehran on Friday at the head of a high-ranking delegation, said the Kurdistan Regional Government (KRG) was committed to the security agreement between Tehran and Baghdad. "
  "The KRG president also held talks with Iranian Foreign Minister Reza Amirian on Saturday afternoon. "
  "Nourbakhsh had discussed the visit in a telephone conversation with Iraqi Prime Minister Saadoun al-Hamdani last week.",
  [["MET_WITH", "Ebrahim Nourbakhsh", "Serwan Hawezi"],
   ["MET_WITH", "Serwan Hawezi", "Reza Amirian"],
   ["VISITED", "Serwan Hawezi", "Tehran"],
   ["HOLDS_ROLE", "Ebrahim Nourbakhsh", "Iran"],
   ["HOLDS_ROLE", "Reza Amirian", "Iran"],
   ["HOLDS_ROLE", "Saadoun al-Hamdani", "Iraq"],
   ["HOLDS_ROLE", "Serwan Hawezi", "Kurdistan Regional Government"],
   ["PARTY_TO", "Iran", "*Agreement"],
   ["PARTY_TO", "Iraq", "*Agreement"]],
  [["MET_WITH", "Ebrahim Nourbakhsh", "Saadoun al-Hamdani"],
   ["MET_WITH", "Serwan Hawezi", "Saadoun al-Hamdani"]])

W("v17a", "wire (Shafaq News): unclaimed drone attack, directorate accuses a faction, faction rejects; no attack edge for an alleged, denied, unclaimed event",
  "Drones target Harir base; Kurdistan counter-terrorism blames armed faction",
  "Shafaq News/ Two explosive-laden drones struck near the Harir air base north of Erbil late on Friday, causing material damage but no casualties, the Kurdistan Region's Counter-Terrorism Directorate said. "
  "The base hosts troops of the US-led coalition. "
  "In a statement, the directorate accused the Ahl al-Thabat Brigades, an armed faction within the Popular Mobilization Forces, of launching the drones from the plains south of Makhmour. "
  "The faction rejected the accusation on Telegram, calling it \"an attempt to drag the Hashd into political disputes.\" "
  "No one has claimed the attack so far. "
  "Haidar al-Mousawi, a spokesman for the Popular Mobilization Forces, said the Hashd had no drone units in the area.",
  [["ACCUSED", "*Counter-Terrorism Directorate", "Ahl al-Thabat Brigades"],
   ["HOLDS_ROLE", "Haidar al-Mousawi", "Popular Mobilization Forces"]],
  [["ATTACKED", "Ahl al-Thabat Brigades", "*coalition"],
   ["ATTACKED", "Popular Mobilization Forces", "*coalition"],
   ["ATTACKED", "Ahl al-Thabat Brigades", "United States"]])

W("v18a", "wire (AP): raid killing a named militant, 'carried out with' partner force, commander's title, accusation of plotting, plotted prison break is not an attack",
  "US raid in Syria kills Islamic State official behind prison plots, military says",
  "WASHINGTON (AP) - U.S. forces killed a senior Islamic State official in a helicopter raid in northeastern Syria early Friday, the U.S. military said. "
  "U.S. Central Command said the operation, carried out with the Syrian Democratic Forces near the town of al-Shaddadi, killed Faisal Awad al-Hardan, whom it described as the group's chief planner of attacks on detention facilities. "
  "Two other militants were captured, and no U.S. or SDF personnel were harmed, the command said. "
  "CENTCOM commander Gen. Bryan Kessler said al-Hardan had \"plotted to free thousands of ISIS fighters\" held in SDF-run prisons. "
  "The SDF's media office said Iraqi intelligence had also provided information for the raid.",
  [["ATTACKED", "United States", "Faisal Awad al-Hardan"],
   ["COOPERATES_WITH", "*Central Command", "Syrian Democratic Forces"],
   ["HOLDS_ROLE", "Faisal Awad al-Hardan", "*Islamic State"],
   ["HOLDS_ROLE", "Bryan Kessler", "*Central Command"],
   ["ACCUSED", "Bryan Kessler", "Faisal Awad al-Hardan"]],
  [["ATTACKED", "Faisal Awad al-Hardan", "Syrian Democratic Forces"],
   ["ATTACKED", "*Islamic State", "Syrian Democratic Forces"]])

W("v19a", "wire (Reuters): meeting at a crossing, quoted 'our security services coordinate with our Iraqi brothers', clashes with smugglers are not clashes with a state",
  "Jordan, Iraq interior ministers inspect Karameh-Trebil crossing, pledge anti-smuggling push",
  "AMMAN, March 1 (Reuters) - Jordanian Interior Minister Samir al-Hiyari and his Iraqi counterpart Karim al-Tai met at the Karameh–Trebil border crossing on Saturday and pledged to step up the fight against drug and weapons smuggling, the Jordanian interior ministry said. "
  "The two ministers inspected new X-ray scanners on both sides of the crossing, the main trade route between the two countries. "
  "\"Our security services coordinate daily with our Iraqi brothers,\" Hiyari told reporters. "
  "Jordan's army has in recent months clashed repeatedly with smugglers crossing from Syria. "
  "Tai said Iraq would deploy an additional border guard brigade along the frontier with Jordan.",
  [["MET_WITH", "Samir al-Hiyari", "Karim al-Tai"],
   ["HOLDS_ROLE", "Samir al-Hiyari", "Jordan"],
   ["HOLDS_ROLE", "Karim al-Tai", "Iraq"],
   ["COOPERATES_WITH", "Jordan", "Iraq"]],
  [["FOUGHT", "*Jordan", "Syria"],
   ["ATTACKED", "*Jordan", "Syria"]])

W("v20a", "wire (Rudaw): demonym drone, attacker confirmed in a later statement, party spokesperson accuses, prior agreement between two capitals",
  "Drone strike hits Iranian Kurdish party's headquarters near Koya",
  "ERBIL, Kurdistan Region - An Iranian drone struck the headquarters of the Democratic Union of Iranian Kurdistan (DUIK) outside Koya on Tuesday, killing one of its members, the party said. "
  "Party spokesperson Leyla Ranjbar told Rudaw that the dead man was a 27-year-old Peshmerga named Karo Shahabi, and accused the IRGC of \"trying to silence the Kurdish people's voice.\" "
  "Iran's Islamic Revolutionary Guard Corps said in a statement carried by state media that it had hit \"the headquarters of separatist terrorist groups\" in northern Iraq. "
  "Koya district mayor Tariq Haidari said no civilians were hurt. "
  "It was the first attack on the group since Baghdad and Tehran signed a security accord in 2023 under which Iraq pledged to disarm Iranian Kurdish opposition parties.",
  [["ATTACKED", "Islamic Revolutionary Guard Corps", "Democratic Union of Iranian Kurdistan"],
   ["ACCUSED", "Leyla Ranjbar", "Islamic Revolutionary Guard Corps"],
   ["HOLDS_ROLE", "Leyla Ranjbar", "Democratic Union of Iranian Kurdistan"],
   ["PARTY_TO", "Iraq", "*Agreement"],
   ["PARTY_TO", "Iran", "*Agreement"]],
  [["ACCUSED", "Tariq Haidari", "Islamic Revolutionary Guard Corps"],
   ["ATTACKED", "Democratic Union of Iranian Kurdistan", "Iran"]])

json.dump(C, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire1.json"), "w"), ensure_ascii=False, indent=1)
print(len(C))

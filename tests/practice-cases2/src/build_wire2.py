import os
import json
# Wire-style cases v21a..v40a
C = []
def W(i, pattern, title, text, edges, no_edges=None, **kw):
    c = {"id": i, "pattern": pattern, "articles": [{"title": title, "text": text}], "edges": edges}
    if no_edges: c["no_edges"] = no_edges
    c.update(kw)
    C.append(c)

W("v21a", "wire (Kurdistan24): joint operation of two forces 'with air support from' a coalition, coalition strikes, earlier attack on an outpost, ministry spokesperson",
  "Peshmerga, Iraqi army launch joint push against ISIS in Qarachogh",
  "ERBIL (Kurdistan24) - Peshmerga forces and the Iraqi army on Sunday launched a joint operation against Islamic State remnants in the Qarachogh mountains south of Makhmour, with air support from the US-led Global Coalition, the Ministry of Peshmerga Affairs said. "
  "It is the first operation run from the new joint coordination center in Makhmour, ministry spokesperson Brig. Gen. Sarkawt Hasan told Kurdistan24. "
  "He said coalition aircraft carried out four strikes on ISIS caves before ground units advanced. "
  "Three militants were killed and a weapons cache was seized, according to the Iraqi Joint Operations Command. "
  "The push came days after ISIS militants attacked a Peshmerga outpost near Qarachogh, wounding two fighters.",
  [["COOPERATES_WITH", "Peshmerga", "*Iraqi army"],
   ["ATTACKED", "Peshmerga", "ISIS"],
   ["ATTACKED", "*Iraqi army", "ISIS"],
   ["BACKED_BY", "Peshmerga", "*Coalition"],
   ["BACKED_BY", "*Iraqi army", "*Coalition"],
   ["ATTACKED", "*Coalition", "ISIS"],
   ["ATTACKED", "ISIS", "Peshmerga"],
   ["HOLDS_ROLE", "Sarkawt Hasan", "*Ministry of Peshmerga Affairs"]],
  entities=[["Place", "*Qarachogh"]])

W("v22a", "wire (Al-Monitor): 'exchanged fire' between two states' forces, ministry accuses a group of arming gunmen, denial, phone call between prime ministers",
  "Lebanese troops, Syrian forces trade fire along Hermel border",
  "BEIRUT - Lebanese troops and Syrian government forces exchanged fire on Monday near the border town of Qasr in the Hermel region, the Lebanese army said, in the latest flare-up along the poorly marked frontier. "
  "The army said in a statement that its units had responded to \"sources of fire\" from across the border after a Syrian shell hit a house in Qasr, wounding two civilians. "
  "Syria's Ministry of Defense accused Hezbollah of arming the clan gunmen it said had attacked Syrian positions and seized three soldiers. "
  "Hezbollah denied any involvement. "
  "Lebanese Prime Minister Fouad Khoury said he had called his Syrian counterpart, Mustafa Haddad, to contain the escalation.",
  [["FOUGHT", "*Leban", "*Syria"],
   ["ACCUSED", "*Ministry of Defense", "Hezbollah"],
   ["HOLDS_ROLE", "Fouad Khoury", "Lebanon"],
   ["HOLDS_ROLE", "Mustafa Haddad", "Syria"]],
  [["MET_WITH", "Fouad Khoury", "Mustafa Haddad"],
   ["ATTACKED", "Hezbollah", "Syria"],
   ["FOUGHT", "Hezbollah", "Syria"]])

W("v23a", "wire (Anadolu): counterpart talks in a capital, later meeting with a president, slash-joined group label, support for an administration",
  "Turkish foreign minister meets Syrian counterpart in Damascus, vows joint fight against terrorism",
  "DAMASCUS (AA) - Turkish Foreign Minister Kaan Ergüder held talks with his Syrian counterpart, Yasser al-Hamwi, in Damascus on Wednesday, focusing on border security and the integration of the SDF into the Syrian army. "
  "Speaking at a joint news conference, Ergüder said Türkiye would not allow the PKK/YPG terror group \"to hide behind the SDF\" in northeastern Syria. "
  "The Turkish minister later met Syrian President Omar Dandashi at the People's Palace, according to diplomatic sources. "
  "Türkiye has been a key backer of the new administration in Damascus since the fall of the Assad regime in December 2024.",
  [["MET_WITH", "Kaan Ergüder", "Yasser al-Hamwi"],
   ["MET_WITH", "Kaan Ergüder", "Omar Dandashi"],
   ["VISITED", "Kaan Ergüder", "Damascus"],
   ["HOLDS_ROLE", "Kaan Ergüder", "Turkey"],
   ["HOLDS_ROLE", "Yasser al-Hamwi", "Syria"],
   ["HOLDS_ROLE", "Omar Dandashi", "Syria"],
   ["ACCUSED", "Kaan Ergüder", "*YPG"],
   ["BACKED_BY", "Syria", "Turkey"]],
  [["MET_WITH", "Yasser al-Hamwi", "Omar Dandashi"]])

W("v24a", "wire (IRNA): 'martyred' guards, claim by a group in the next sentence, ministry spokesman condemns, neighbour's rejection is not an accusation",
  "Four border guards martyred in terrorist attack in southeast Iran",
  "ZAHEDAN, March 1 (IRNA) - Four Iranian border guards were martyred on Friday night when terrorists attacked their post near the city of Saravan in Sistan and Baluchestan province, close to the border with Pakistan, the provincial police said. "
  "The terrorist group Harakat Rijal al-Makran claimed responsibility for the attack in a statement on social media. "
  "Provincial police chief Brig. Gen. Hossein Rasouli said the attackers fled across the border into Pakistan after an exchange of fire with reinforcements. "
  "The spokesman for Iran's Ministry of Foreign Affairs, Mehdi Khatibi, condemned the attack and called on Islamabad to take \"decisive action against terrorist groups.\" "
  "Pakistan's foreign office said it rejected any suggestion that its territory was used for attacks on Iran.",
  [["ATTACKED", "Harakat Rijal al-Makran", "*Iran"],
   ["ACCUSED", "Mehdi Khatibi", "Harakat Rijal al-Makran"],
   ["HOLDS_ROLE", "Mehdi Khatibi", "*Ministry of Foreign Affairs"]],
  [["ACCUSED", "Pakistan", "Iran"],
   ["ATTACKED", "Pakistan", "Iran"]])

W("v25a", "wire (Shafaq News): lawmaker accuses a state, title naming a parliamentary committee, calls for summoning are not accusations by the state, analyst merely quoted",
  "Iraqi lawmaker accuses Turkey of building new outposts in Duhok",
  "Shafaq News/ A member of the Iraqi parliament's Security and Defense Committee, Dhafer al-Kurwi, accused Turkey on Saturday of building new military outposts deep inside Duhok province. "
  "\"Turkish forces have set up more than 80 bases and points inside Iraqi territory, and the government is silent,\" al-Kurwi told Shafaq News. "
  "He urged the Foreign Ministry to summon the Turkish ambassador and to file a complaint with the UN Security Council. "
  "The Turkish embassy in Baghdad did not respond to a request for comment. "
  "Ranj Talib, a researcher at the Zagros Policy Institute in Erbil, said the outposts were part of Ankara's long campaign in the area.",
  [["ACCUSED", "Dhafer al-Kurwi", "Turkey"],
   ["HOLDS_ROLE", "Dhafer al-Kurwi", "*Security and Defense Committee"],
   ["HOLDS_ROLE", "Ranj Talib", "Zagros Policy Institute"]],
  [["ACCUSED", "Iraq", "Turkey"],
   ["ACCUSED", "Ranj Talib", "Turkey"]])

W("v26a", "wire (AFP): demonym-coordinated forces 'exchanged heavy fire', government spokesman accuses 'Pakistani troops', crossing as place",
  "Afghan, Pakistani forces clash at Torkham as crossing stays shut",
  "ISLAMABAD (AFP) - Afghan and Pakistani border forces exchanged heavy fire overnight at the Torkham crossing, the main trade route between the two countries, officials on both sides said Tuesday. "
  "The fighting broke out after Afghan authorities began building a new checkpoint that Islamabad says lies on its side of the frontier, a Pakistani security official told AFP. "
  "Afghan government spokesman Enayatullah Hamdard accused Pakistani troops of firing first on civilians. "
  "One Afghan border guard was killed and several Pakistani soldiers were wounded, according to local officials. "
  "Torkham, closed since the weekend, is the busiest crossing on the Afghanistan–Pakistan border.",
  [["FOUGHT", "Afghanistan", "Pakistan"],
   ["ACCUSED", "Enayatullah Hamdard", "Pakistan"],
   ["HOLDS_ROLE", "Enayatullah Hamdard", "Afghanistan"]],
  entities=[["Place", "*Torkham"]])

W("v27a", "wire (Reuters): protocol signed by two deputy prime ministers, border as subject, capital-name accusation, unsigned treaty",
  "Armenia, Azerbaijan sign protocol on first stretch of border",
  "YEREVAN, March 1 (Reuters) - Armenia and Azerbaijan signed a protocol on Saturday fixing the first 12 km of their shared border in the Tavush region, the first agreed section of a frontier disputed for more than three decades. "
  "The document was signed by Armenian Deputy Prime Minister Arsen Gasparyan and Azerbaijani Deputy Prime Minister Elchin Mammadli, who chair the two countries' border commissions, at a ceremony on the Armenia–Azerbaijan border. "
  "\"We have taken a step that will make the region safer,\" Gasparyan told reporters. "
  "The two neighbours have yet to sign a comprehensive peace treaty, and Baku accuses Yerevan of keeping territorial claims in its constitution.",
  [["SIGNED", "Arsen Gasparyan", "*Agreement"],
   ["SIGNED", "Elchin Mammadli", "*Agreement"],
   ["PARTY_TO", "Armenia", "*Agreement"],
   ["PARTY_TO", "Azerbaijan", "*Agreement"],
   ["CONCERNS", "*Agreement", "Armenia–Azerbaijan border"],
   ["HOLDS_ROLE", "Arsen Gasparyan", "Armenia"],
   ["HOLDS_ROLE", "Elchin Mammadli", "Azerbaijan"],
   ["ACCUSED", "Azerbaijan", "Armenia"]],
  [["PARTY_TO", "Armenia", "*peace treaty"],
   ["PARTY_TO", "Azerbaijan", "*peace treaty"],
   ["SIGNED", "Arsen Gasparyan", "*peace treaty"]])

W("v28a", "wire (Rudaw): seizure on a border, commander with a title naming a force, quoted 'we coordinate closely with the Iranian border guards'",
  "Iraqi border guards seize drug shipment on Iranian frontier",
  "SULAIMANI, Kurdistan Region - Iraqi border guards seized more than 200 kilograms of crystal meth on the Iraq–Iran border near Penjwen on Thursday, a border official told Rudaw. "
  "Brig. Gen. Awat Faraj, commander of the Iraqi Border Guard Forces' Third Region, said the smugglers fled back into Iran after a brief exchange of fire. "
  "\"We coordinate closely with the Iranian border guards, and they arrested two of the smugglers on their side,\" Faraj said. "
  "The Penjwen crossing, one of the busiest between the Kurdistan Region and Iran, was not affected.",
  [["HOLDS_ROLE", "Awat Faraj", "*Iraqi Border Guard"],
   ["COOPERATES_WITH", "*Iraq", "*Iran"]],
  [["FOUGHT", "*Iraq", "*Iran"],
   ["ATTACKED", "*Iran", "*Iraq"]],
  entities=[["Place", "*Penjwen"]])

W("v29a", "wire (Kurdistan24): ministers meet and agree to implement a named accord, accord's parties given in a later sentence, accused group whose commander rejects the plan",
  "Erbil, Baghdad interior ministers agree to implement Sinjar Stabilization Accord",
  "ERBIL (Kurdistan24) - KRG Interior Minister Hoshyar Sindi and Iraqi Interior Minister Abbas al-Fartousi met in Erbil on Sunday and agreed to start implementing the Sinjar Stabilization Accord within a month, the KRG said. "
  "The accord, signed in 2023 by the federal government and the Kurdistan Regional Government, calls for the withdrawal of all armed groups from Sinjar and the return of displaced Yazidis. "
  "Sindi accused the Yazidi Protection Battalions of taking orders from the PKK and obstructing the return of families. "
  "The battalions' commander, Khairi Shingali, rejected the accord, telling Kurdistan24 that Sinjar's people had not been consulted.",
  [["MET_WITH", "Hoshyar Sindi", "Abbas al-Fartousi"],
   ["HOLDS_ROLE", "Hoshyar Sindi", "Kurdistan Regional Government"],
   ["HOLDS_ROLE", "Abbas al-Fartousi", "Iraq"],
   ["PARTY_TO", "Iraq", "*Sinjar Stabilization Accord"],
   ["PARTY_TO", "Kurdistan Regional Government", "*Sinjar Stabilization Accord"],
   ["CONCERNS", "*Sinjar Stabilization Accord", "Sinjar"],
   ["ACCUSED", "Hoshyar Sindi", "Yazidi Protection Battalions"],
   ["HOLDS_ROLE", "Khairi Shingali", "Yazidi Protection Battalions"]],
  [["PARTY_TO", "Yazidi Protection Battalions", "*Sinjar Stabilization Accord"],
   ["BACKED_BY", "Yazidi Protection Battalions", "PKK"]])

W("v30a", "wire (AP): tripartite memorandum signed by three foreign ministers in a dash list ('Egypt's X, Jordan's Y and Iraq's Z'), leaders present but not signing, host receives leaders",
  "Egypt, Jordan and Iraq sign intelligence-sharing memorandum at Cairo summit",
  "CAIRO (AP) - Egypt, Jordan and Iraq signed a memorandum on counterterrorism intelligence sharing on Sunday at the end of a three-way summit in the Egyptian capital, Egypt's presidency said. "
  "The memorandum was signed by the three countries' foreign ministers - Egypt's Hisham Abdel-Ghaffar, Jordan's Marwan Tarawneh and Iraq's Laith al-Dulaimi - in the presence of the three leaders. "
  "Egyptian President Amr Soliman hosted Jordanian Prime Minister Bassam Odeh and Iraqi Prime Minister Raad al-Hilfi in Cairo's Ittihadiya Palace before the signing. "
  "Under the memorandum, a joint cell will track foreign fighters returning from Syria, Dulaimi told reporters.",
  [["SIGNED", "Hisham Abdel-Ghaffar", "*Agreement"],
   ["SIGNED", "Marwan Tarawneh", "*Agreement"],
   ["SIGNED", "Laith al-Dulaimi", "*Agreement"],
   ["PARTY_TO", "Egypt", "*Agreement"],
   ["PARTY_TO", "Jordan", "*Agreement"],
   ["PARTY_TO", "Iraq", "*Agreement"],
   ["HOLDS_ROLE", "Hisham Abdel-Ghaffar", "Egypt"],
   ["HOLDS_ROLE", "Marwan Tarawneh", "Jordan"],
   ["HOLDS_ROLE", "Laith al-Dulaimi", "Iraq"],
   ["MET_WITH", "Amr Soliman", "Bassam Odeh"],
   ["MET_WITH", "Amr Soliman", "Raad al-Hilfi"],
   ["VISITED", "Raad al-Hilfi", "Cairo"],
   ["VISITED", "Bassam Odeh", "Cairo"]],
  [["SIGNED", "Amr Soliman", "*Agreement"],
   ["SIGNED", "Bassam Odeh", "*Agreement"],
   ["SIGNED", "Raad al-Hilfi", "*Agreement"]],
  one_agreement=True)

W("v31a", "wire (Al-Monitor): terrorist designation of a group, its leader and a firm by a department, spokesperson's title, alleged attacks and threatened response are not attacks",
  "US designates Iraqi militia, its leader and a trading firm",
  "WASHINGTON - The US State Department on Tuesday designated the Iraqi militia Kataib Jund al-Karar as a Specially Designated Global Terrorist, accusing the Iran-backed group of drone attacks on US forces in Iraq and Syria. "
  "The department also designated its secretary-general, Hamid al-Sarraji, and the Baghdad-based Dar al-Rafidain General Trading, which it said smuggled Iraqi oil for the Quds Force of Iran's Islamic Revolutionary Guard Corps. "
  "\"These groups take their orders and their money from Tehran,\" State Department spokesperson Claire Whitfield said in a statement. "
  "The group's spokesman, Kadhim al-Fatlawi, dismissed the designation as \"a badge of honour\" and said the group would respond \"at the appropriate time.\" "
  "The Iraqi government, which has sought to rein in armed factions, did not comment.",
  [["ACCUSED", "*State Department", "Kataib Jund al-Karar"],
   ["ACCUSED", "*State Department", "Hamid al-Sarraji"],
   ["ACCUSED", "*State Department", "Dar al-Rafidain General Trading"],
   ["BACKED_BY", "Kataib Jund al-Karar", "Iran"],
   ["HOLDS_ROLE", "Hamid al-Sarraji", "Kataib Jund al-Karar"],
   ["HOLDS_ROLE", "Claire Whitfield", "*State Department"],
   ["HOLDS_ROLE", "Kadhim al-Fatlawi", "Kataib Jund al-Karar"]],
  [["ATTACKED", "Kataib Jund al-Karar", "United States"],
   ["ACCUSED", "Iraq", "United States"],
   ["ACCUSED", "Iraq", "Kataib Jund al-Karar"]])

W("v32a", "wire (Anadolu): armed forces 'neutralized' militants, ministry label 'terrorists', counter-claim by the group of downing a drone",
  "Turkish army neutralizes 6 PKK terrorists in northern Iraq",
  "ANKARA (AA) - The Turkish Armed Forces neutralized six PKK terrorists in the Gara and Zap regions of northern Iraq, the National Defense Ministry said on Saturday. "
  "The terrorists were spotted by reconnaissance drones while preparing an attack on Turkish bases in the region and were targeted with howitzer fire and air strikes, the ministry said in a statement. "
  "\"Our fight against terrorism will continue until the last terrorist is neutralized,\" it added. "
  "Turkish authorities use the word \"neutralize\" to mean that the terrorists in question surrendered or were killed or captured. "
  "In a separate statement, the PKK said two of its fighters had died in Turkish shelling and claimed it had shot down a Turkish drone over Avashin.",
  [["ATTACKED", "Turkish Armed Forces", "PKK"],
   ["ACCUSED", "*National Defense", "PKK"],
   ["ATTACKED", "PKK", "*Turk"]])

W("v33a", "wire (IRNA): spokesman condemns strikes by 'the Israeli regime', blames the US for its support, call on the Security Council, offer of help",
  "Iran condemns Israeli airstrikes on Syria, says US complicit",
  "TEHRAN, March 1 (IRNA) - Iranian Foreign Ministry spokesman Behnam Sadri on Saturday strongly condemned the Israeli regime's airstrikes on military sites near Damascus and in Syria's southern province of Daraa. "
  "Sadri described the attacks as \"a blatant violation of Syria's sovereignty and territorial integrity.\" "
  "He said the United States bore direct responsibility for the Zionist regime's crimes in the region because of its unconditional military and political support for Tel Aviv. "
  "The spokesman also called on the UN Security Council to act, and said Iran stood ready to help the Syrian people. "
  "Israel's military said its jets had struck weapons depots and air defence batteries belonging to the Syrian army.",
  [["ATTACKED", "Israel", "*Syria"],
   ["ACCUSED", "Behnam Sadri", "Israel"],
   ["ACCUSED", "Behnam Sadri", "United States"],
   ["BACKED_BY", "Israel", "United States"],
   ["HOLDS_ROLE", "Behnam Sadri", "*Foreign"]],
  [["ACCUSED", "Behnam Sadri", "*Security Council"],
   ["BACKED_BY", "Syria", "Iran"]])

W("v34a", "wire (Shafaq News): joint sweep by two forces, commander's title naming a sub-unit of a force, unclaimed kidnapping",
  "PMF, army comb Anbar desert after shepherds kidnapped",
  "Shafaq News/ The Iraqi army and units of the Popular Mobilization Forces (PMF) launched a joint sweep of the desert west of Rutba in Anbar province on Sunday, days after gunmen kidnapped four shepherds in the area, a PMF commander said. "
  "Ali Hamdan al-Zaidi, commander of the PMF's Western Anbar Operations, told Shafaq News that the operation covered 3,000 square kilometres up to the Iraq–Syria border. "
  "He said the PMF was coordinating with the army's Jazeera Operations Command and with army aviation. "
  "No group has claimed the kidnapping, and the fate of the shepherds is unknown.",
  [["COOPERATES_WITH", "Popular Mobilization Forces", "*Iraqi army"],
   ["HOLDS_ROLE", "Ali Hamdan al-Zaidi", "Popular Mobilization Forces"]],
  [["ATTACKED", "ISIS", "Popular Mobilization Forces"],
   ["FOUGHT", "ISIS", "Popular Mobilization Forces"]],
  entities=[["Place", "*Rutba"]])

W("v35a", "wire (Rudaw): meeting with a consul general, planned delegation visit and unsigned memorandum ('nothing has been signed yet')",
  "KRG interior minister, Iranian consul discuss smuggling routes",
  "ERBIL, Kurdistan Region - KRG Interior Minister Kawa Mirza met Iran's consul general in Erbil, Mahmoud Ranjbaran, on Sunday to discuss security along the border, the Kurdistan Regional Government (KRG) said. "
  "Mirza told reporters after the meeting that an Iranian security delegation would visit Erbil next week to finalize a memorandum on joint monitoring of smuggling routes. "
  "\"Nothing has been signed yet,\" he said. "
  "Ranjbaran said Tehran appreciated the KRG's measures against \"hostile groups\" near the frontier.",
  [["MET_WITH", "Kawa Mirza", "Mahmoud Ranjbaran"],
   ["HOLDS_ROLE", "Kawa Mirza", "Kurdistan Regional Government"],
   ["HOLDS_ROLE", "Mahmoud Ranjbaran", "Iran"]],
  [["SIGNED", "Kawa Mirza", "*Agreement"],
   ["SIGNED", "Mahmoud Ranjbaran", "*Agreement"],
   ["PARTY_TO", "Iran", "*Agreement"],
   ["PARTY_TO", "Kurdistan Regional Government", "*Agreement"]])

W("v36a", "wire (AFP): strike blamed on a state and denied; the blaming body and the state's long-standing accusation; victim's role",
  "Drone strike kills two near Iraq's Makhmour camp; Ankara denies role",
  "MAKHMOUR, Iraq (AFP) - A drone strike on a car near the Makhmour refugee camp in northern Iraq killed two people on Wednesday, local officials said, with the camp's administration blaming Turkey. "
  "The People's Council of Makhmour Camp said in a statement that the dead were its co-chair, Zilan Demir, and her driver. "
  "\"The Turkish state keeps targeting civilians under the pretext of fighting terrorism,\" the council said. "
  "A Turkish defence ministry source, speaking on condition of anonymity, denied any Turkish operation in the area on Wednesday. "
  "Iraqi authorities said they had opened an investigation. "
  "Ankara has long accused the camp's council of sheltering PKK fighters.",
  [["ACCUSED", "*People's Council", "Turkey"],
   ["HOLDS_ROLE", "Zilan Demir", "*People's Council"],
   ["ACCUSED", "Turkey", "*People's Council"]],
  [["ATTACKED", "Turkey", "Zilan Demir"],
   ["ATTACKED", "Turkey", "*People's Council"]],
  entities=[["Place", "*Makhmour"]])

W("v37a", "wire (Reuters): border deal signed by two defence ministers at talks hosted by a third state, host is not a party",
  "Syria and Lebanon sign border demarcation deal in Saudi Arabia",
  "RIYADH, March 1 (Reuters) - Syria's and Lebanon's defence ministers signed an agreement in Jeddah on Saturday to demarcate their shared border and set up joint mechanisms against smuggling, Saudi state media said. "
  "Syrian Defence Minister Kinan al-Tayyar and Lebanese Defence Minister Michel Azar signed the deal after talks hosted by Saudi Arabia's defence minister. "
  "The agreement follows deadly clashes last month between Syrian forces and Lebanese clan fighters around the village of Hawsh al-Sayyed Ali. "
  "The two countries will form legal and technical committees to mark the Lebanon–Syria border, the Saudi Press Agency said.",
  [["SIGNED", "Kinan al-Tayyar", "*Agreement"],
   ["SIGNED", "Michel Azar", "*Agreement"],
   ["PARTY_TO", "Syria", "*Agreement"],
   ["PARTY_TO", "Lebanon", "*Agreement"],
   ["CONCERNS", "*Agreement", "Lebanon–Syria border"],
   ["MET_WITH", "Kinan al-Tayyar", "Michel Azar"],
   ["HOLDS_ROLE", "Kinan al-Tayyar", "Syria"],
   ["HOLDS_ROLE", "Michel Azar", "Lebanon"]],
  [["PARTY_TO", "Saudi Arabia", "*Agreement"]],
  one_agreement=True)

W("v38a", "wire (Kurdistan24): 'clashes broke out between A and B', counter-accusation, 'the two sides reached a ceasefire deal' through mediation",
  "Clashes erupt between Iraqi army and local armed group in Sinjar",
  "SINJAR (Kurdistan24) - Clashes broke out on Tuesday between the Iraqi army and fighters of the Shingal Martyrs' Battalion in the Khanasor area of Sinjar, leaving one soldier dead, a local official said. "
  "Sinjar mayor Shaker Khalil told Kurdistan24 that the fighting began when army units tried to remove a checkpoint the battalion had set up on the main road. "
  "The battalion, which the Iraqi military says is affiliated with the PKK, accused the army of \"besieging Yazidi villages.\" "
  "Iraq's Joint Operations Command said its forces had regained control of the road and detained 11 gunmen. "
  "The two sides reached a ceasefire deal later in the day through the mediation of tribal elders, Khalil said.",
  [["FOUGHT", "*Iraqi army", "Shingal Martyrs' Battalion"],
   ["ACCUSED", "Shingal Martyrs' Battalion", "*Iraqi army"],
   ["PARTY_TO", "*Iraqi army", "*Agreement"],
   ["PARTY_TO", "Shingal Martyrs' Battalion", "*Agreement"]],
  [["BACKED_BY", "Shingal Martyrs' Battalion", "PKK"],
   ["ACCUSED", "Shaker Khalil", "*Iraqi army"]])

W("v39a", "wire (AP): army spokesman accuses a named militia, threatened strikes, neighbour 'coordinating with Amman'",
  "Jordan's army says it killed smugglers, downed drones on Syrian border",
  "AMMAN, Jordan (AP) - Jordan's army said Monday it killed five smugglers and shot down two drones carrying crystal meth that crossed from Syria overnight, in the latest clash along the kingdom's northern frontier. "
  "Army spokesman Col. Ayman Sharafat said the smugglers were protected by militias operating in southern Syria, including a group known as Quwat al-Jabal al-Janoubi. "
  "\"We will strike these networks wherever they are,\" he said. "
  "Syria's interim authorities said they were coordinating with Amman to secure the Jordan–Syria border.",
  [["HOLDS_ROLE", "Ayman Sharafat", "*Jordan"],
   ["ACCUSED", "Ayman Sharafat", "Quwat al-Jabal al-Janoubi"],
   ["COOPERATES_WITH", "Syria", "Jordan"]],
  [["ATTACKED", "*Jordan", "Quwat al-Jabal al-Janoubi"],
   ["FOUGHT", "*Jordan", "Quwat al-Jabal al-Janoubi"]])

W("v40a", "wire (Al-Monitor): court annuls ratification, minister accuses a neighbour, parties of a named navigation agreement, call to honour the accord",
  "Iraqi court ruling on Khor Abdullah deal strains ties with Kuwait",
  "Iraq's Federal Supreme Court ruled on Monday that the law ratifying the Khor Abdullah navigation agreement with Kuwait was unconstitutional, reopening a maritime dispute in the northern Gulf. "
  "Kuwaiti Foreign Minister Abdulaziz al-Mutawa summoned Iraq's ambassador, Ziad al-Badri, and accused Baghdad of \"reneging on binding international commitments.\" "
  "The 2012 agreement regulates shipping in the Khor Abdullah waterway, Iraq's only deep-water access to the sea. "
  "Iraqi Foreign Minister Wael al-Mashhadani said Iraq remained committed to its neighbours' sovereignty and would seek \"a legal solution.\" "
  "Gulf Cooperation Council Secretary-General Khalid al-Otaibi called on Iraq to honour the accord.",
  [["ACCUSED", "Abdulaziz al-Mutawa", "Iraq"],
   ["HOLDS_ROLE", "Abdulaziz al-Mutawa", "Kuwait"],
   ["HOLDS_ROLE", "Ziad al-Badri", "Iraq"],
   ["HOLDS_ROLE", "Wael al-Mashhadani", "Iraq"],
   ["HOLDS_ROLE", "Khalid al-Otaibi", "*Gulf Cooperation Council"],
   ["PARTY_TO", "Iraq", "*navigation agreement"],
   ["PARTY_TO", "Kuwait", "*navigation agreement"]],
  [["ACCUSED", "Khalid al-Otaibi", "Iraq"],
   ["ACCUSED", "Wael al-Mashhadani", "Kuwait"]],
  one_agreement=True)

json.dump(C, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire2.json"), "w"), ensure_ascii=False, indent=1)
print(len(C))

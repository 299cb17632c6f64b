# k-cases: two per pattern kind, in the order of patterns/cases.json
def C(id, pattern, texts, **kw):
    arts = []
    for t in texts:
        if isinstance(t, tuple): arts.append({"title": t[0], "text": t[1]})
        else: arts.append({"title": None, "text": t})
    d = {"id": id, "pattern": pattern, "articles": arts}
    d.update(kw); return d

K = []
# k01 <- t01
K.append(C("k01a", "t01 typographic apostrophe inside a transliterated name; 'travelled to X to confer with', trailing apposition role",
  ["Lebanese Foreign Minister Nabil Zoghbi travelled to Amman on Sunday to confer with Ja’far Nuri al-Sha’lan, Jordan's deputy prime minister."],
  entities=[["Person", "Ja’far Nuri al-Sha’lan"]],
  edges=[["MET_WITH", "Nabil Zoghbi", "Ja’far Nuri al-Sha’lan"], ["HOLDS_ROLE", "Ja’far Nuri al-Sha’lan", "Jordan"],
         ["HOLDS_ROLE", "Nabil Zoghbi", "Lebanon"], ["VISITED", "Nabil Zoghbi", "Amman"]]))
K.append(C("k01b", "t01 typographic apostrophe (two) in the name; dateline, 'landed in ... and held talks with', possessive role apposition, name in subject",
  ["BAGHDAD (Reuters) - Iraq's interior minister, Mu’ayyad Hamid al-Sa’idi, landed in Tehran on Monday and held talks with Iranian Interior Minister Parviz Golestani on border patrols."],
  entities=[["Person", "Mu’ayyad Hamid al-Sa’idi"]],
  edges=[["VISITED", "Mu’ayyad Hamid al-Sa’idi", "Tehran"], ["MET_WITH", "Mu’ayyad Hamid al-Sa’idi", "Parviz Golestani"],
         ["HOLDS_ROLE", "Mu’ayyad Hamid al-Sa’idi", "Iraq"], ["HOLDS_ROLE", "Parviz Golestani", "Iran"]]))
# k02 <- t03
K.append(C("k02a", "t03 unknown name, no title cue: apposition 'a 23-year-old nurse who ...' after 'mourn'",
  ["Relatives gathered in Sanandaj on Thursday to mourn Shirin Vahdani, a 23-year-old nurse who was shot at a checkpoint last month."],
  entities=[["Person", "Shirin Vahdani"]]))
K.append(C("k02b", "t03 unknown name, no title cue: sentence-initial possessive-of NP, age and occupation apposition",
  ["The funeral of Darbaz Kolani, 31, a porter killed by gunfire near the frontier, drew hundreds of mourners in Penjwen on Friday."],
  entities=[["Person", "Darbaz Kolani"]]))
# k03 <- t04
K.append(C("k03a", "t04 counterpart apposition with 'received his X counterpart, N,' + lesser-known city",
  ["Armenian Defence Minister Vartan Melikyan received his Georgian counterpart, Levan Abashidze, in Gyumri on Wednesday."],
  entities=[["Person", "Levan Abashidze"], ["Place", "Gyumri"]],
  edges=[["MET_WITH", "Vartan Melikyan", "Levan Abashidze"], ["HOLDS_ROLE", "Levan Abashidze", "Georgia"],
         ["HOLDS_ROLE", "Vartan Melikyan", "Armenia"]]))
K.append(C("k03b", "t04 counterpart apposition; fronted place/time PP, possessive title 'Afghanistan's interior minister', 'sat down with'",
  ["In Chaman on Saturday, Afghanistan's interior minister, Mirwais Zadran, sat down with his Pakistani counterpart, Sohail Bangash."],
  entities=[["Person", "Sohail Bangash"], ["Place", "Chaman"]],
  edges=[["MET_WITH", "Mirwais Zadran", "Sohail Bangash"], ["HOLDS_ROLE", "Sohail Bangash", "Pakistan"],
         ["HOLDS_ROLE", "Mirwais Zadran", "Afghanistan"]]))
# k04 <- t07
K.append(C("k04a", "t07 nominalized meeting 'his discussions with X' inside reported speech ('told state television that')",
  ["Azerbaijani President Elnur Gasimli told state television on Thursday that his discussions with Georgia's prime minister, Tamaz Beridze, had been constructive."],
  edges=[["MET_WITH", "Elnur Gasimli", "Tamaz Beridze"], ["HOLDS_ROLE", "Tamaz Beridze", "Georgia"]]))
K.append(C("k04b", "t07 nominalized meeting 'her consultations in <city> with X' inside reported speech, female speaker",
  ["Jordanian Foreign Minister Lina Obeidat said her consultations in Beirut with Lebanon's deputy prime minister, Fadi Harb, had been frank and useful."],
  edges=[["MET_WITH", "Lina Obeidat", "Fadi Harb"], ["HOLDS_ROLE", "Fadi Harb", "Lebanon"]]))
# k05 <- t08
K.append(C("k05a", "t08 nominalized signing 'attended the signing by A and B of X' (witness is the subject)",
  ["Jordanian Prime Minister Yasin Rawashdeh attended the signing by Iraqi Trade Minister Salam Dulaimi and Jordanian Trade Minister Tariq Abbadi of a customs memorandum in Amman."],
  edges=[["SIGNED", "Salam Dulaimi", "*Agreement"], ["SIGNED", "Tariq Abbadi", "*Agreement"]],
  no_edges=[["SIGNED", "Yasin Rawashdeh", "*Agreement"]]))
K.append(C("k05b", "t08 nominalized signing 'the inking of X by A and B was overseen by C'",
  ["The inking of the Zakho transit protocol by Turkish Trade Minister Ayhan Sevimli and Iraqi Transport Minister Karrar Fadhil was overseen by Turkish Vice President Nihat Orhun."],
  edges=[["SIGNED", "Ayhan Sevimli", "*Agreement"], ["SIGNED", "Karrar Fadhil", "*Agreement"]],
  no_edges=[["SIGNED", "Nihat Orhun", "*Agreement"]]))
# k06 <- t10
K.append(C("k06a", "t10 agreement anaphor ('the two ministers who put their names to it') + appositive coordinated subject of 'had conferred'",
  ["Jordan and Egypt sealed the Aqaba Maritime Transit Accord on Monday. The two ministers who put their names to it, Jordanian Transport Minister Ziad Hamarneh and Egyptian Transport Minister Sherif Mansy, had conferred in Cairo a week earlier."],
  edges=[["SIGNED", "Ziad Hamarneh", "Aqaba Maritime Transit Accord"], ["SIGNED", "Sherif Mansy", "Aqaba Maritime Transit Accord"],
         ["MET_WITH", "Ziad Hamarneh", "Sherif Mansy"], ["PARTY_TO", "Jordan", "Aqaba Maritime Transit Accord"],
         ["PARTY_TO", "Egypt", "Aqaba Maritime Transit Accord"]]))
K.append(C("k06b", "t10 agreement anaphor ('those who signed it') with dash-bracketed coordinated apposition + 'had held talks'",
  ["Iraq and Syria on Thursday concluded the Euphrates Border Protocol. Those who signed it – Iraqi Interior Minister Haidar Mutlaq and Syrian Interior Minister Basel Khouli – had held talks at al-Qaim the previous evening."],
  edges=[["SIGNED", "Haidar Mutlaq", "Euphrates Border Protocol"], ["SIGNED", "Basel Khouli", "Euphrates Border Protocol"],
         ["MET_WITH", "Haidar Mutlaq", "Basel Khouli"], ["PARTY_TO", "Iraq", "Euphrates Border Protocol"],
         ["PARTY_TO", "Syria", "Euphrates Border Protocol"]]))
# k07 <- t13
K.append(C("k07a", "t13 collective for its state ('Iraqi officials', object) + delegation 'headed by' as subject, 'sat down with'",
  ["A Turkish delegation headed by Deputy Interior Minister Kemal Aydemir sat down with Iraqi officials in Baghdad on Tuesday."],
  edges=[["MET_WITH", "Iraq", "Kemal Aydemir"]]))
K.append(C("k07b", "t13 collective for its state ('Representatives of Iran') + delegation in relative clause 'that was led by'",
  ["Representatives of Iran held consultations in Erbil with a delegation from the Kurdistan Regional Government that was led by Interior Minister Soran Hawrami."],
  edges=[["MET_WITH", "Iran", "Soran Hawrami"]]))
# k08 <- t14
K.append(C("k08a", "t14 subject far from verb: apposition with coordination, trigger 'charged X with'",
  ["Hemin Baradosti, spokesman for the Kurdistan Region's interior ministry and a former Peshmerga commander in Sidakan, charged Iran with shelling villages along the frontier."],
  edges=[["ACCUSED", "Hemin Baradosti", "Iran"]]))
K.append(C("k08b", "t14 subject far from verb: coordinated relative clauses, adverbial, trigger 'faulted X for'",
  ["Abbas Kadhim Rubaie, who heads Iraq's parliamentary security committee and who once served as governor of Diyala, on Wednesday faulted Turkey for the drone strike near Sinjar."],
  edges=[["ACCUSED", "Abbas Kadhim Rubaie", "Turkey"]]))
# k09 <- t16
K.append(C("k09a", "t16 headline fragment: title case, two comma-coordinated parties, 'Ink ... Pact'",
  [("Iraq, Jordan Ink Electricity Grid Pact in Amman", "Officials said the link would be running by the summer.")],
  edges=[["PARTY_TO", "Iraq", "*Agreement"], ["PARTY_TO", "Jordan", "*Agreement"]]))
K.append(C("k09b", "t16 headline fragment: three comma-coordinated parties, 'Agree ... Framework'",
  [("Iran, Iraq, Syria Agree Pilgrim Transit Framework", "The framework takes effect next month, officials in the three capitals said.")],
  edges=[["PARTY_TO", "Iran", "*Agreement"], ["PARTY_TO", "Iraq", "*Agreement"], ["PARTY_TO", "Syria", "*Agreement"]]))
# k10 <- t17
K.append(C("k10a", "t17 headline fragment: title-case 'Lands in', abbreviated title 'Kurdish PM' + bare surname",
  [("Kurdish PM Rostami Lands in Baghdad for Budget Talks", "Kurdistan Region Prime Minister Aram Rostami told reporters the visit would last two days.")],
  edges=[["VISITED", "Aram Rostami", "Baghdad"]]))
K.append(C("k10b", "t17 headline fragment: title-case phrasal 'Touches Down in', 'FM' abbreviation + bare surname",
  [("Syrian FM Darwish Touches Down in Ankara on First Official Trip", "Syrian Foreign Minister Majd Darwish was greeted at the airport by Turkish officials.")],
  edges=[["VISITED", "Majd Darwish", "Ankara"]]))
# k11 <- t19
K.append(C("k11a", "t19 coordination 'A, along with B, joined negotiations with a team led by C'",
  ["Iraqi Defence Minister Qais Mandalawi, along with army chief of staff Raad Obaidi, joined negotiations with a Turkish military team led by General Sinan Karabulut."],
  edges=[["MET_WITH", "Qais Mandalawi", "Sinan Karabulut"], ["MET_WITH", "Raad Obaidi", "Sinan Karabulut"],
         ["HOLDS_ROLE", "Qais Mandalawi", "Iraq"]]))
K.append(C("k11b", "t19 coordination by fronted participle 'Accompanied by B, A took part in discussions with a delegation under the direction of C'",
  ["Accompanied by Interior Minister Kawa Shwani, Kurdistan Region President Nechir Bamarni took part in discussions with an Iranian delegation under the direction of Deputy Foreign Minister Reza Farahani."],
  edges=[["MET_WITH", "Nechir Bamarni", "Reza Farahani"], ["MET_WITH", "Kawa Shwani", "Reza Farahani"],
         ["HOLDS_ROLE", "Nechir Bamarni", "*Kurdistan"]]))
# k12 <- t20
K.append(C("k12a", "t20 object coordination with determiners and acronyms, demonym subject 'Turkish jets pounded'",
  ["Turkish jets pounded the Zagros Freedom Units (ZFU), the Botan Defence Committee (BDC) and the Hakkari Youth Front overnight, the ministry said."],
  edges=[["ATTACKED", "Turkey", "Zagros Freedom Units"], ["ATTACKED", "Turkey", "Botan Defence Committee"],
         ["ATTACKED", "Turkey", "Hakkari Youth Front"]]))
K.append(C("k12b", "t20 object coordination with acronyms and Oxford comma inside reported speech, 'had targeted ... in missile strikes'",
  ["Iran's Revolutionary Guards said they had targeted the Free Mukriyan Party (FMP), the Sorani Workers' League, and the East Kurdistan Defence Force (EKDF) in missile strikes."],
  edges=[["ATTACKED", "*Revolutionary Guard", "Free Mukriyan Party"], ["ATTACKED", "*Revolutionary Guard", "Sorani Workers' League"],
         ["ATTACKED", "*Revolutionary Guard", "East Kurdistan Defence Force"]]))
# k13 <- t23
K.append(C("k13a", "t23 elliptical modifiers 'between Iranian and Afghan border guards', passive 'gunfire was exchanged'",
  ["Gunfire was exchanged before dawn between Iranian and Afghan border guards near Islam Qala, officials said."],
  edges=[["FOUGHT", "Iran", "Afghanistan"]]))
K.append(C("k13b", "t23 elliptical modifiers as subject 'Azerbaijani and Armenian forces traded fire'",
  ["Azerbaijani and Armenian forces traded fire overnight along the Tavush frontier, both defence ministries said."],
  edges=[["FOUGHT", "Azerbaijan", "Armenia"]]))
# k14 <- t25
K.append(C("k14a", "t25 reported claim as accusation: 'X maintains that the <demonym> outposts breach its sovereignty'",
  ["Iraq maintains that the Turkish outposts near Amadiya breach its sovereignty, a charge Ankara rejects."],
  edges=[["ACCUSED", "Iraq", "Turkey"]]))
K.append(C("k14b", "t25 reported claim as accusation: 'X has said <demonym> troop positions encroach on its territory'",
  ["Armenia has said Azerbaijani troop positions encroach on its territory, a claim Baku disputes."],
  edges=[["ACCUSED", "Armenia", "Azerbaijan"]]))
# k15 <- t26
K.append(C("k15a", "t26 quoted first person 'We' = the speaker's government (speaker with demonym title)",
  ["“We coordinate every deportation flight with the International Organization for Migration,” Turkish Interior Minister Selim Akgunduz said on Tuesday."],
  edges=[["COOPERATES_WITH", "Turkey", "International Organization for Migration"]]))
K.append(C("k15b", "t26 quoted 'Our country works hand in hand with X', speaker after quote with possessive title",
  ["“Our country works hand in hand with the United Nations on every camp return,” Iraq's migration minister, Suha Jabbouri, said in an interview."],
  edges=[["COOPERATES_WITH", "Iraq", "United Nations"]]))
# k16 <- t28
K.append(C("k16a", "t28 meeting trigger not in common lexicon: 'huddled with'",
  ["Iraqi National Security Adviser Falah Zubaidi huddled with Jordanian intelligence chief Mazen Tarawneh in Amman on Sunday."],
  edges=[["MET_WITH", "Falah Zubaidi", "Mazen Tarawneh"]]))
K.append(C("k16b", "t28 meeting trigger not in common lexicon: 'played host to'",
  ["Omani Foreign Minister Salim al-Hinai played host to Iranian Deputy Foreign Minister Majid Kazemi in Muscat on Tuesday."],
  edges=[["MET_WITH", "Salim al-Hinai", "Majid Kazemi"]]))
# k17 <- t30
K.append(C("k17a", "t30 accusation trigger base form: 'now both designate X a terrorist organisation'",
  ["Turkey and Iraq now both designate the Garmiyan Defence Units a terrorist organisation."],
  edges=[["ACCUSED", "Turkey", "Garmiyan Defence Units"], ["ACCUSED", "Iraq", "Garmiyan Defence Units"]]))
K.append(C("k17b", "t30 accusation trigger base form: 'continue to list X as a terrorist entity'",
  ["Egypt and Jordan continue to list the Hawran Revolutionary Council as a terrorist entity."],
  edges=[["ACCUSED", "Egypt", "Hawran Revolutionary Council"], ["ACCUSED", "Jordan", "Hawran Revolutionary Council"]]))
# k18 <- t31
K.append(C("k18a", "t31 'called the <demonym> bombardment of X a violation' with the event's agent as accused",
  ["Iraqi President Salah Khoshnaw called the Turkish bombardment of Sinjar a flagrant violation of sovereignty."],
  edges=[["ACCUSED", "Salah Khoshnaw", "Turkey"]]))
K.append(C("k18b", "t31 'termed the <demonym> missile attack on X a war crime' (quoted)",
  ["Kurdistan Region Interior Minister Bakhtiar Soorani termed the Iranian missile attack on Koya “a war crime”."],
  edges=[["ACCUSED", "Bakhtiar Soorani", "Iran"]]))
# k19 <- t32
K.append(C("k19a", "t32 second coordinated VP keeps the subject ('faulted A over ... and denounced B for')",
  ["Syrian Foreign Minister Hadi Jazaeri faulted Turkey over the Afrin shelling and denounced Iraq for closing the Qaim crossing."],
  edges=[["ACCUSED", "Hadi Jazaeri", "Turkey"], ["ACCUSED", "Hadi Jazaeri", "Iraq"]]))
K.append(C("k19b", "t32 second coordinated VP keeps the subject ('held A responsible ... and lambasted B'), subject with org apposition",
  ["Ardalan Mirzaei, a spokesman for the Komala party, held Iran responsible for the killings and lambasted Iraq for failing to protect the camps."],
  edges=[["ACCUSED", "Ardalan Mirzaei", "Iran"], ["ACCUSED", "Ardalan Mirzaei", "Iraq"]]))
# k20 <- t33
K.append(C("k20a", "t33 attack trigger not in lexicon: 'lobbed mortar rounds at trenches manned by X'",
  ["Turkey lobbed mortar rounds at trenches manned by the Amedi Resistance Cell near Batifa."],
  edges=[["ATTACKED", "Turkey", "Amedi Resistance Cell"]]))
K.append(C("k20b", "t33 attack trigger not in lexicon: 'unleashed a barrage of rockets on a compound run by X'",
  ["Iran unleashed a barrage of rockets on a compound run by the Sardasht Freedom Brigade outside Penjwen."],
  edges=[["ATTACKED", "Iran", "Sardasht Freedom Brigade"]]))
# k21 <- t35
K.append(C("k21a", "t35 pronoun subject + 'the militia' anaphor across sentences",
  ["Sinjar's mayor, Khairi Sheikhani, spoke on Monday after the Nineveh Martyrs Battalion seized a checkpoint near Snune. He accused the militia of extorting farmers."],
  edges=[["ACCUSED", "Khairi Sheikhani", "Nineveh Martyrs Battalion"]]))
K.append(C("k21b", "t35 pronoun subject + 'the outfit' anaphor in the third sentence, trigger 'condemned ... as'",
  ["The Zagros Lions Brigade claimed the ambush on a police patrol near Halabja. Police chief Rebin Aziz addressed reporters on Tuesday. He condemned the outfit as a criminal gang."],
  edges=[["ACCUSED", "Rebin Aziz", "Zagros Lions Brigade"]]))
# k22 <- t36
K.append(C("k22a", "t36 HOLDS_ROLE: title with an office 'director of the media office at X'",
  ["Lana Sherzad, director of the media office at the Kurdistan Women's Solidarity Union, said the sit-in would continue."],
  edges=[["HOLDS_ROLE", "Lana Sherzad", "Kurdistan Women's Solidarity Union"]]))
K.append(C("k22b", "t36 HOLDS_ROLE: fronted title with a directorate, name after it ('The assistant chief of the planning directorate of X, N, told')",
  ["The assistant chief of the planning directorate of the Basra Ports Authority, Faris Hamdani, told Shafaq News the berth would reopen."],
  edges=[["HOLDS_ROLE", "Faris Hamdani", "Basra Ports Authority"]]))
# k23 <- t39
K.append(C("k23a", "t39 HOLDS_ROLE: bracketed name after a title ('the Iraqi Minister of Interior [N]')",
  ["The order came from the Iraqi Minister of Interior [Adnan Shammari], the statement said."],
  edges=[["HOLDS_ROLE", "Adnan Shammari", "Iraq"]]))
K.append(C("k23b", "t39 HOLDS_ROLE: parenthesised name after a possessive title ('Syria's deputy defence minister (N)')",
  ["Reporters were briefed by Syria's deputy defence minister (Nizar al-Sayyed) at the Jdeidet Yabous crossing."],
  edges=[["HOLDS_ROLE", "Nizar al-Sayyed", "Syria"]]))
# k24 <- t40
K.append(C("k24a", "t40 HOLDS_ROLE: anaphoric body ('The movement's spokesman, N')",
  ["The Hawraman Democratic Movement said two of its members had been detained. The movement's spokesman, Dilshad Rahimi, urged their release."],
  edges=[["HOLDS_ROLE", "Dilshad Rahimi", "Hawraman Democratic Movement"]]))
K.append(C("k24b", "t40 HOLDS_ROLE: possessive pronoun body ('Its chairman, N')",
  ["The Eastern Euphrates Tribal Council denied any role in the kidnapping. Its chairman, Muhsin Jarrah, told AFP the council had no armed wing."],
  edges=[["HOLDS_ROLE", "Muhsin Jarrah", "Eastern Euphrates Tribal Council"]]))
# k25 <- t41
K.append(C("k25a", "t41 'a deal on X' + interposed participial PP between subject and verb ('concluded')",
  ["Iraq and Kuwait, following three rounds of negotiations in Basra, concluded a deal on navigation in the Khor Abdullah waterway."],
  edges=[["PARTY_TO", "Iraq", "*Agreement"], ["PARTY_TO", "Kuwait", "*Agreement"]]))
K.append(C("k25b", "t41 'a memorandum of understanding on X' + dash-interposed PP naming a third place ('initialled')",
  ["Turkey and Iraq — despite objections from Erbil — initialled a memorandum of understanding on water-sharing from the Tigris."],
  edges=[["PARTY_TO", "Turkey", "*Agreement"], ["PARTY_TO", "Iraq", "*Agreement"]],
  no_edges=[["PARTY_TO", "Erbil", "*Agreement"]]))
# k26 <- t42
K.append(C("k26a", "t42 agreement name containing a comma list, active 'signed an accord on A, B and C'",
  ["Iran and Armenia on Friday signed an accord on gas supply, road transport and customs at Meghri."],
  entities=[["Agreement", "*gas supply, road transport and customs"]],
  edges=[["PARTY_TO", "Iran", "*Agreement"], ["PARTY_TO", "Armenia", "*Agreement"]]))
K.append(C("k26b", "t42 agreement name containing a comma list in a fronted 'Under a protocol on A, B and C that X and Y agreed'",
  ["Under a protocol on water, electricity and border trade that Iraq and Syria agreed last month, trucks will cross at al-Qaim daily."],
  entities=[["Agreement", "*water, electricity and border trade"]],
  edges=[["PARTY_TO", "Iraq", "*Agreement"], ["PARTY_TO", "Syria", "*Agreement"]]))
# k27 <- t43
K.append(C("k27a", "t43 wrong type: 'Al-' radio name as agent, 'al-' camp name as destination",
  ["Footage aired by Al-Manara Radio showed families arriving at al-Jamoussi camp near Mosul."],
  entities=[["Organization", "Al-Manara Radio"], ["Place", "al-Jamoussi camp"]],
  no_entities=[["Person", "Al-Manara Radio"], ["Person", "Al-Manara"], ["Person", "al-Jamoussi"]]))
K.append(C("k27b", "t43 wrong type: 'According to the newspaper Al-X Daily', 'from al-Y camp'",
  ["According to the newspaper Al-Yaqeen Daily, detainees from al-Rawdha camp were moved to Hasakah."],
  entities=[["Organization", "Al-Yaqeen Daily"], ["Place", "al-Rawdha camp"]],
  no_entities=[["Person", "Al-Yaqeen Daily"], ["Person", "Al-Yaqeen"], ["Person", "al-Rawdha"]]))
# k28 <- t44
K.append(C("k28a", "t44 organization name containing 'and' ('Directorate of Border Ports and Customs Affairs')",
  ["Staff from the Directorate of Border Ports and Customs Affairs inspected the Ibrahim Khalil terminal on Sunday."],
  entities=[["Organization", "Directorate of Border Ports and Customs Affairs"]],
  no_entities=[["Organization", "Customs Affairs"]]))
K.append(C("k28b", "t44 organization name containing 'and' with a place inside ('Sinjar Committee for Security and Returns')",
  ["The Sinjar Committee for Security and Returns announced on Monday that 400 families had gone home."],
  entities=[["Organization", "Sinjar Committee for Security and Returns"]],
  no_entities=[["Organization", "Returns"]]))
# k29 <- m01
K.append(C("k29a", "m01 alias across articles: Arabic transliteration variants (Abd al-Amir / Abdulameer, with and without al-)",
  ["Iraq's envoy to Tehran, Abd al-Amir Jawad al-Khafaji, met Iranian officials in Mashhad.",
   "Abdulameer Jawad Khafaji, Iraq's ambassador to Iran, arrived in Qom on Thursday."],
  same_node=[["Person", "Abd al-Amir Jawad al-Khafaji", "Abdulameer Jawad Khafaji"]]))
K.append(C("k29b", "m01 alias across articles: Persian transliteration variants (Gholamreza Ghasemzadeh / Gholam Reza Qasemzadeh)",
  ["Iranian consul Gholamreza Ghasemzadeh toured Sulaimani on Sunday.",
   "Iran's consul-general in Sulaimani, Gholam Reza Qasemzadeh, met Kurdish officials on Tuesday."],
  same_node=[["Person", "Gholamreza Ghasemzadeh", "Gholam Reza Qasemzadeh"]]))
# k30 <- m02
K.append(C("k30a", "m02 no over-merge of relatives sharing a surname after a bare-surname mention (Barwari, 'met')",
  ["Kurdistan Region Interior Minister Sardar Barwari said the crossing would stay open. Barwari told reporters in Duhok that trucks were moving again.",
   "Peshmerga commander Hoshyar Barwari met Interior Minister Sardar Barwari and Duhok governor Nawzad Barwari in Zakho."],
  edges=[["MET_WITH", "Hoshyar Barwari", "Sardar Barwari"], ["MET_WITH", "Hoshyar Barwari", "Nawzad Barwari"]],
  distinct_nodes=[["Person", "Sardar Barwari", "Hoshyar Barwari"], ["Person", "Sardar Barwari", "Nawzad Barwari"]]))
K.append(C("k30b", "m02 no over-merge of relatives sharing a surname; fronted time, 'received', apposition roles (Zolfaghari)",
  ["Iranian Foreign Ministry spokesman Mehdi Zolfaghari condemned the attack. Zolfaghari said Tehran would respond.",
   "On Wednesday, Ali Zolfaghari, the deputy interior minister, received Mehdi Zolfaghari and Hamid Zolfaghari, a border guard commander, in Zahedan."],
  edges=[["MET_WITH", "Ali Zolfaghari", "Mehdi Zolfaghari"], ["MET_WITH", "Ali Zolfaghari", "Hamid Zolfaghari"]],
  distinct_nodes=[["Person", "Mehdi Zolfaghari", "Ali Zolfaghari"], ["Person", "Mehdi Zolfaghari", "Hamid Zolfaghari"]]))
assert len(K) == 60, len(K)

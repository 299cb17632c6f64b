"""Short cases: a new wording for each of the 30 kinds of ../shared/eval/patterns/cases.json.

Each entry: id, pattern, articles [(title or None, text)], and the checks. Ids k01..k30 follow the order of
patterns/cases.json (see ../README.md); suffix a = first new wording, b = second one (15 kinds).
"""

A = "*Agreement"

KINDS = [
    # k01 = t01
    dict(id="k01a",
         pattern="t01 boundary: typographic apostrophe inside a transliterated name; varied: 'landed in X for talks with', "
                 "two apostrophes, title 'national security adviser' after the name",
         articles=[(None, "Turkish Defence Minister Orhan Demirtasli landed in Baghdad on Sunday for talks with "
                          "Ra’ed Mun’im al-Zuhairi, Iraq's national security adviser.")],
         entities=[["Person", "Ra’ed Mun’im al-Zuhairi"]],
         edges=[["MET_WITH", "Orhan Demirtasli", "Ra’ed Mun’im al-Zuhairi"],
                ["HOLDS_ROLE", "Ra’ed Mun’im al-Zuhairi", "Iraq"],
                ["HOLDS_ROLE", "Orhan Demirtasli", "Turkey"],
                ["VISITED", "Orhan Demirtasli", "Baghdad"]]),
    # k02 = t03
    dict(id="k02a",
         pattern="t03 unknown name, no title cue (apposition cue only); varied: name as object of 'carried portraits of', "
                 "apposition with a participle clause",
         articles=[(None, "Protesters in Sulaimani carried portraits of Darya Hamakarim, a 23-year-old nurse shot dead "
                          "at a checkpoint last month.")],
         entities=[["Person", "Darya Hamakarim"]]),
    # k03 = t04
    dict(id="k03a",
         pattern="t04 unknown name as counterpart apposition + unknown place; varied: fronted PP with the place, "
                 "'held talks with his ... counterpart'",
         articles=[(None, "In Rutba on Wednesday, Iraqi Defence Minister Nabil Sarhan held talks with his Jordanian "
                          "counterpart, Tariq Abu Rumman.")],
         entities=[["Person", "Tariq Abu Rumman"], ["Place", "Rutba"]],
         edges=[["MET_WITH", "Nabil Sarhan", "Tariq Abu Rumman"],
                ["HOLDS_ROLE", "Tariq Abu Rumman", "Jordan"],
                ["HOLDS_ROLE", "Nabil Sarhan", "Iraq"]]),
    # k04 = t07
    dict(id="k04a",
         pattern="t07 nominalized event: possessive 'his meeting with X' inside reported speech; varied: 'told parliament "
                 "that', KRG title, possessive state title of the counterpart",
         articles=[(None, "KRG Prime Minister Hawre Dizayee told parliament on Thursday that his meeting with Turkey's "
                          "intelligence chief, Selim Karaoglan, had been constructive.")],
         edges=[["MET_WITH", "Hawre Dizayee", "Selim Karaoglan"],
                ["HOLDS_ROLE", "Selim Karaoglan", "Turkey"],
                ["HOLDS_ROLE", "Hawre Dizayee", "KRG"]]),
    dict(id="k04b",
         pattern="t07 nominalized event: 'his conversations in <city> with X' as subject of a reported clause; varied: "
                 "fronted PP 'In a post on X', quotation after 'that'",
         articles=[(None, "In a post on X, Syrian Foreign Minister Marwan Qudsi said his conversations in Baghdad with "
                          "Iraq's national security adviser, Hazem Tuma al-Obaidi, had opened “a new page”.")],
         edges=[["MET_WITH", "Marwan Qudsi", "Hazem Tuma al-Obaidi"],
                ["HOLDS_ROLE", "Hazem Tuma al-Obaidi", "Iraq"],
                ["HOLDS_ROLE", "Marwan Qudsi", "Syria"]]),
    # k05 = t08
    dict(id="k05a",
         pattern="t08 nominalized event: 'the inking of X by A and B took place in the presence of C'",
         articles=[(None, "The inking of a border crossings protocol by Iraqi Interior Minister Salwan Jabbar Khudair "
                          "and Syrian Interior Minister Nizar Khattab took place in the presence of Prime Minister "
                          "Ayad Qaraghuli.")],
         edges=[["SIGNED", "Salwan Jabbar Khudair", A],
                ["SIGNED", "Nizar Khattab", A]],
         no_edges=[["SIGNED", "Ayad Qaraghuli", A]]),
    dict(id="k05b",
         pattern="t08 signatories vs witness: 'C looked on as A and B signed a memorandum on <crossing>'",
         articles=[(None, "Kurdistan Region President Bakhtiyar Sindi looked on as Turkish trade envoy Cem Ozturan "
                          "and KRG Trade Minister Soran Mawlud signed a memorandum on the Ibrahim Khalil crossing.")],
         edges=[["SIGNED", "Cem Ozturan", A],
                ["SIGNED", "Soran Mawlud", A],
                ["CONCERNS", A, "*Ibrahim Khalil"]],
         no_edges=[["SIGNED", "Bakhtiyar Sindi", A]]),
    # k06 = t10
    dict(id="k06a",
         pattern="t10 agreement anaphor ('the accord's two signatories') + appositive coordinated subject of "
                 "'had held talks'",
         articles=[(None, "Iraq and Jordan concluded the Trebil Corridor Accord on Monday. The accord's two "
                          "signatories, Iraqi Transport Minister Haidar Sabti and Jordanian Interior Minister Fares "
                          "Majali, had held talks in Amman a week earlier.")],
         edges=[["SIGNED", "Haidar Sabti", "Trebil Corridor Accord"],
                ["SIGNED", "Fares Majali", "Trebil Corridor Accord"],
                ["MET_WITH", "Haidar Sabti", "Fares Majali"],
                ["PARTY_TO", "Iraq", "Trebil Corridor Accord"],
                ["PARTY_TO", "Jordan", "Trebil Corridor Accord"]]),
    dict(id="k06b",
         pattern="t10 agreement anaphor as relative clause subject ('Those who signed it, A and B,') + 'had conferred'; "
                 "'put their names to' for concluding",
         articles=[(None, "Syria and Turkey put their names to the Orontes Border Water Pact in Ankara on Thursday. "
                          "Those who signed it, Syrian Energy Minister Bashar Touma and Turkish Energy Minister Levent "
                          "Akgunduz, had conferred at length the previous evening.")],
         edges=[["SIGNED", "Bashar Touma", "Orontes Border Water Pact"],
                ["SIGNED", "Levent Akgunduz", "Orontes Border Water Pact"],
                ["MET_WITH", "Bashar Touma", "Levent Akgunduz"],
                ["PARTY_TO", "Syria", "Orontes Border Water Pact"],
                ["PARTY_TO", "Turkey", "Orontes Border Water Pact"]]),
    # k07 = t13
    dict(id="k07a",
         pattern="t13 collective for its state ('Iranian officials') + delegation 'headed by'; varied: 'sat down with'",
         articles=[(None, "Iranian officials sat down in Baghdad with an Iraqi delegation headed by Interior Minister "
                          "Mazin Abd al-Rida.")],
         edges=[["MET_WITH", "Iran", "Mazin Abd al-Rida"]]),
    dict(id="k07b",
         pattern="t13 delegation 'under the leadership of' as subject, collective 'Syrian officials' as object",
         articles=[(None, "A Turkish delegation under the leadership of Deputy Foreign Minister Ertan Balcioglu held "
                          "talks with Syrian officials in Damascus on Saturday.")],
         edges=[["MET_WITH", "Ertan Balcioglu", "Syria"]]),
    # k08 = t14
    dict(id="k08a",
         pattern="t14 subject far from verb: long apposition with its own coordination; varied: 'blamed X for'",
         articles=[(None, "Karwan Shexani, the spokesman of the Ministry of Peshmerga Affairs and a veteran of the 2014 "
                          "Sinjar campaign, blamed the PKK for the attack on the Sidakan outpost.")],
         edges=[["ACCUSED", "Karwan Shexani", "PKK"],
                ["HOLDS_ROLE", "Karwan Shexani", "*Peshmerga"]]),
    dict(id="k08b",
         pattern="t14 subject far from verb: apposition 'X's ambassador in Y and a former deputy head of its ...'; "
                 "varied: 'charged X with'",
         articles=[(None, "Ahmet Tarhanli, Turkey's ambassador in Baghdad and a former deputy head of its intelligence "
                          "service, charged the Sinjar Resistance Units with smuggling weapons across the border.")],
         edges=[["ACCUSED", "Ahmet Tarhanli", "Sinjar Resistance Units"],
                ["HOLDS_ROLE", "Ahmet Tarhanli", "Turkey"]]),
    # k09 = t16
    dict(id="k09a",
         pattern="t16 headline fragment: title case, comma-coordinated parties; varied: 'Ink ... Protocol'",
         articles=[("Iraq, Jordan Ink Border Trade Protocol in Amman",
                    "Customs officials said the protocol would take effect in April.")],
         edges=[["PARTY_TO", "Iraq", A], ["PARTY_TO", "Jordan", A]]),
    dict(id="k09b",
         pattern="t16 headline fragment: capitals for their states ('Baghdad, Ankara Seal ... Pact')",
         articles=[("Baghdad, Ankara Seal Water and Security Pact After Long Dispute",
                    "The pact was welcomed by farmers in Nineveh.")],
         edges=[["PARTY_TO", "Iraq", A], ["PARTY_TO", "Turkey", A]]),
    # k10 = t17
    dict(id="k10a",
         pattern="t17 headline fragment: title-case verb ('Lands in'), surname only in the title",
         articles=[("Iraqi Foreign Minister Hamdani Lands in Ankara for Water Talks",
                    "Iraqi Foreign Minister Jasim Hamdani told reporters the visit would last two days.")],
         edges=[["VISITED", "Jasim Hamdani", "Ankara"]]),
    dict(id="k10b",
         pattern="t17 headline fragment: title-case verb ('Reaches'), short title 'Kurdish Minister'",
         articles=[("Kurdish Minister Berzinji Reaches Tehran for Border Consultations",
                    "KRG Interior Minister Aras Berzinji said the Bashmakh crossing would top the agenda.")],
         edges=[["VISITED", "Aras Berzinji", "Tehran"],
                ["HOLDS_ROLE", "Aras Berzinji", "KRG"]]),
    # k11 = t19
    dict(id="k11a",
         pattern="t19 coordination 'A, accompanied by B, joined negotiations with a delegation led by C'",
         articles=[(None, "Iraqi Prime Minister Hadi Kazem al-Musawi, accompanied by Interior Minister Ghassan Nouri, "
                          "joined negotiations with a Kuwaiti delegation led by Jaber Fahd al-Mutairi.")],
         edges=[["MET_WITH", "Hadi Kazem al-Musawi", "Jaber Fahd al-Mutairi"],
                ["MET_WITH", "Ghassan Nouri", "Jaber Fahd al-Mutairi"],
                ["HOLDS_ROLE", "Hadi Kazem al-Musawi", "Iraq"]]),
    dict(id="k11b",
         pattern="t19 fronted participle 'Joined by B, A held talks with a team under C'",
         articles=[(None, "Joined by Peshmerga Minister Shoresh Hawrami, KRG Prime Minister Dler Sindi held talks with "
                          "an Iraqi military team under Lieutenant General Qusay Kadhim Awad.")],
         edges=[["MET_WITH", "Dler Sindi", "Qusay Kadhim Awad"],
                ["MET_WITH", "Shoresh Hawrami", "Qusay Kadhim Awad"],
                ["HOLDS_ROLE", "Dler Sindi", "KRG"]]),
    # k12 = t20
    dict(id="k12a",
         pattern="t20 object coordination with determiners and acronyms; varied: fronted time adverbial, 'shelled'",
         articles=[(None, "On Friday Turkey shelled the Zagros Eagles Brigade (ZEB), the Free Qandil Battalions (FQB), "
                          "and the Sun Mountain Youth from across the border.")],
         edges=[["ATTACKED", "Turkey", "Zagros Eagles Brigade"],
                ["ATTACKED", "Turkey", "Free Qandil Battalions"],
                ["ATTACKED", "Turkey", "Sun Mountain Youth"]]),
    dict(id="k12b",
         pattern="t20 coordinated acronym list as passive subject ('A (X), B (Y), and C were all targeted by Z')",
         articles=[(None, "The Black Flag Companies (BFC), the Hawks of Anbar (HOA), and the Desert Lions Group were "
                          "all targeted by Iraq in overnight raids.")],
         edges=[["ATTACKED", "Iraq", "Black Flag Companies"],
                ["ATTACKED", "Iraq", "Hawks of Anbar"],
                ["ATTACKED", "Iraq", "Desert Lions Group"]]),
    # k13 = t23
    dict(id="k13a",
         pattern="t23 elliptical coordination of modifiers sharing a head ('fighting between A and B border guards')",
         articles=[(None, "Fighting broke out on Tuesday between Iraqi and Syrian border guards near al-Qaim.")],
         edges=[["FOUGHT", "*Iraq", "*Syria"]]),
    dict(id="k13b",
         pattern="t23 elliptical coordination inside a subject NP ('A firefight between A and B border units left ...')",
         articles=[(None, "A firefight between Iranian and Turkish border units left two soldiers wounded near "
                          "Kapikoy.")],
         edges=[["FOUGHT", "*Iran", "*Turk"]]),
    # k14 = t25
    dict(id="k14a",
         pattern="t25 reported claim as accusation: 'X insists the <demonym> outposts breach <X's> sovereignty'",
         articles=[(None, "Baghdad insists the Turkish outposts breach Iraqi sovereignty, while Ankara calls them "
                          "temporary.")],
         edges=[["ACCUSED", "Iraq", "Turkey"]]),
    dict(id="k14b",
         pattern="t25 reported claim as accusation: 'X has argued that <demonym> drones routinely violate its airspace'",
         articles=[(None, "The Kurdistan Regional Government has argued that Iranian drones routinely violate its "
                          "airspace, a claim Tehran dismisses.")],
         edges=[["ACCUSED", "Kurdistan Regional Government", "Iran"]]),
    # k15 = t26
    dict(id="k15a",
         pattern="t26 quoted first person 'we' = the speaker's government; varied: 'coordinate ... with <capital>'",
         articles=[(None, "“We coordinate each border patrol with Ankara,” Iraqi Interior Minister Sabah Ghaidan told a "
                          "news conference in Baghdad.")],
         edges=[["COOPERATES_WITH", "Iraq", "Turkey"]]),
    # k16 = t28
    dict(id="k16a",
         pattern="t28 trigger not in lexicon: 'held a round of consultations with'",
         articles=[(None, "Kuwaiti Interior Minister Fahad Sabah al-Ajmi held a round of consultations with Iraqi "
                          "Interior Minister Kadhim Jassim al-Rubaie at Safwan on Tuesday.")],
         edges=[["MET_WITH", "Fahad Sabah al-Ajmi", "Kadhim Jassim al-Rubaie"]]),
    # k17 = t30
    dict(id="k17a",
         pattern="t30 trigger inflection: base form 'classify ... as' after 'now'",
         articles=[(None, "Both Iran and Iraq now classify the Qara Dagh Brotherhood as a terrorist outfit.")],
         edges=[["ACCUSED", "Iran", "Qara Dagh Brotherhood"],
                ["ACCUSED", "Iraq", "Qara Dagh Brotherhood"]]),
    # k18 = t31
    dict(id="k18a",
         pattern="t31 'called X a <crime>' with the event's agent (demonym) as accused",
         articles=[(None, "Iraqi President Kamil Abdul-Hadi called the Turkish bombardment of villages in Duhok a war "
                          "crime.")],
         edges=[["ACCUSED", "Kamil Abdul-Hadi", "Turkey"]]),
    dict(id="k18b",
         pattern="t31 'characterised X as <offence>' with the event's agent (demonym) as accused",
         articles=[(None, "Jordanian Interior Minister Basel Qudah characterised the Iranian drone incursion over "
                          "Mafraq as a hostile act.")],
         edges=[["ACCUSED", "Basel Qudah", "Iran"]]),
    # k19 = t32
    dict(id="k19a",
         pattern="t32 second coordinated VP keeps the subject ('blamed A ... and lashed out at B over ...')",
         articles=[(None, "Syrian Interior Minister Amjad Rihawi blamed Iraq for the shooting at al-Bukamal and lashed "
                          "out at Jordan over the closure of the Nasib crossing.")],
         edges=[["ACCUSED", "Amjad Rihawi", "Iraq"],
                ["ACCUSED", "Amjad Rihawi", "Jordan"]]),
    # k20 = t33
    dict(id="k20a",
         pattern="t33 trigger not in lexicon: 'rained rockets on hideouts used by X'",
         articles=[(None, "Iran rained rockets on hideouts used by the Qara Dagh Brotherhood near Penjwen.")],
         edges=[["ATTACKED", "Iran", "Qara Dagh Brotherhood"]]),
    dict(id="k20b",
         pattern="t33 trigger not in lexicon: 'poured artillery fire onto bunkers belonging to X'",
         articles=[(None, "Turkey poured artillery fire onto bunkers belonging to the Free Qandil Battalions near "
                          "Zakho.")],
         edges=[["ATTACKED", "Turkey", "Free Qandil Battalions"]]),
    # k21 = t35
    dict(id="k21a",
         pattern="t35 pronoun subject + 'the group' anaphor across sentences; varied: 'accused the group of'",
         articles=[(None, "Duhok governor Shirwan Doski spoke after the Black Flag Companies ambushed a convoy near "
                          "Amedi. He accused the group of taking orders from abroad.")],
         edges=[["ACCUSED", "Shirwan Doski", "Black Flag Companies"]]),
    dict(id="k21b",
         pattern="t35 pronoun subject + 'the militia' anaphor, the actor named two sentences back",
         articles=[(None, "The Hawks of Anbar shelled a police checkpoint in Rutba overnight. Hours later Anbar police "
                          "chief Majid Fahdawi appeared on television. He blamed the militia for the deaths of two "
                          "officers.")],
         edges=[["ACCUSED", "Majid Fahdawi", "Hawks of Anbar"]]),
    # k22 = t36
    dict(id="k22a",
         pattern="t36 HOLDS_ROLE: title with an office ('director of the media office of X')",
         articles=[(None, "Shaho Qaradaghi, director of the media office of the Kurdistan Region Security Council, "
                          "said two suspects had been detained.")],
         edges=[["HOLDS_ROLE", "Shaho Qaradaghi", "Kurdistan Region Security Council"]]),
    # k23 = t39
    dict(id="k23a",
         pattern="t39 HOLDS_ROLE: bracketed name after a state title inside a PP ('a letter from the Iranian "
                 "ambassador [X]')",
         articles=[(None, "The complaint followed a letter from the Iranian ambassador [Mohsen Tavakkoli] to the Iraqi "
                          "foreign ministry.")],
         edges=[["HOLDS_ROLE", "Mohsen Tavakkoli", "Iran"]]),
    # k24 = t40
    dict(id="k24a",
         pattern="t40 HOLDS_ROLE: anaphoric body ('The movement's secretary-general, X')",
         articles=[(None, "The Zagros Freedom Movement said one of its offices in Koya had been shelled. The "
                          "movement's secretary-general, Hemin Saqizi, demanded an investigation.")],
         edges=[["HOLDS_ROLE", "Hemin Saqizi", "Zagros Freedom Movement"]]),
    # k25 = t41
    dict(id="k25a",
         pattern="t41 agreement: 'a deal on X' + interposed participle phrase between subject and verb",
         articles=[(None, "Iraq and Kuwait, following two years of negotiations, concluded a deal on the demarcation "
                          "of the Khor Abdullah waterway.")],
         edges=[["PARTY_TO", "Iraq", A], ["PARTY_TO", "Kuwait", A],
                ["CONCERNS", A, "*Khor Abdullah"]]),
    dict(id="k25b",
         pattern="t41 agreement: 'a memorandum on X' + interposed 'despite' phrase; subject 'Iraq's federal government "
                 "and the KRG'",
         articles=[(None, "Iraq's federal government and the KRG, despite objections from several blocs, approved a "
                          "memorandum on joint border customs.")],
         edges=[["PARTY_TO", "Iraq", A], ["PARTY_TO", "KRG", A]]),
    # k26 = t42
    dict(id="k26a",
         pattern="t42 agreement name containing a comma list; varied: 'An accord on ... was reached by'",
         articles=[(None, "An accord on water, electricity and border trade was reached by Iraq and Turkey in Ankara.")],
         entities=[["Agreement", "*water, electricity and border trade"]],
         edges=[["PARTY_TO", "Iraq", A], ["PARTY_TO", "Turkey", A]]),
    # k27 = t43
    dict(id="k27a",
         pattern="t43 wrong type: 'Al-' media name as agent of a passive and 'al-' camp name after 'arriving at'",
         articles=[(None, "Footage aired by Al-Sanabel TV showed families arriving at al-Karama camp near Mosul.")],
         entities=[["Organization", "Al-Sanabel TV"], ["Place", "al-Karama camp"]],
         no_entities=[["Person", "Al-Sanabel TV"], ["Person", "Al-Karama"]]),
    # k28 = t44
    dict(id="k28a",
         pattern="t44 organization name containing 'and' ('Officials of the A and B Directorate')",
         articles=[(None, "Officials of the Crossings Inspection and Liaison Directorate toured the Zurbatiyah gate on "
                          "Monday.")],
         entities=[["Organization", "Crossings Inspection and Liaison Directorate"]],
         no_entities=[["Organization", "Liaison Directorate"]]),
    # k29 = m01
    dict(id="k29a",
         pattern="m01 alias across articles: transliteration variants of one person (Persian/Arabic spellings)",
         articles=[(None, "Iranian consul Hamid Reza Jafarizadeh met Kurdish officials in Sulaimani."),
                   (None, "Iran's consul, Hameed Rida Ja'fari Zadeh, visited Halabja on Thursday.")],
         same_node=[["Person", "Hamid Reza Jafarizadeh", "Hameed Rida Ja'fari Zadeh"]]),
    # k30 = m02
    dict(id="k30a",
         pattern="m02 no over-merge of relatives sharing a surname once a bare surname became an alias",
         articles=[(None, "KRG Interior Minister Karzan Bamarni said the checkpoints were quiet. Visiting Duhok, "
                          "Bamarni promised more patrols."),
                   (None, "Peshmerga commander Sirwan Bamarni met Interior Minister Karzan Bamarni and Duhok governor "
                          "Diyar Bamarni in Zakho.")],
         edges=[["MET_WITH", "Sirwan Bamarni", "Karzan Bamarni"],
                ["MET_WITH", "Sirwan Bamarni", "Diyar Bamarni"]],
         distinct_nodes=[["Person", "Karzan Bamarni", "Sirwan Bamarni"],
                         ["Person", "Karzan Bamarni", "Diyar Bamarni"]]),
]

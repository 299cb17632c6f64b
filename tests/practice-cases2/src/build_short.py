import os
import json
# Short cases q01a..q30a, one per kind of ../shared/eval/patterns/cases.json, in that file's order.
C = []
def Q(i, kind, pattern, texts, **kw):
    arts = []
    for t in texts:
        if isinstance(t, tuple): arts.append({"title": t[0], "text": t[1]})
        else: arts.append({"title": None, "text": t})
    c = {"id": i, "pattern": f"{pattern} [kind of {kind}]", "articles": arts}
    c.update(kw)
    C.append(c)

Q("q01a", "t01", "boundary: typographic apostrophe inside a transliterated name (subject position, 'landed in X for consultations with')",
  ["Ahmad Ja’far al-Ubaidi, Iraq's interior minister, landed in Kuwait City on Sunday for consultations with his Kuwaiti counterpart, Fahad Salem al-Ajmi."],
  entities=[["Person", "Ahmad Ja’far al-Ubaidi"]],
  edges=[["MET_WITH", "Ahmad Ja’far al-Ubaidi", "Fahad Salem al-Ajmi"],
         ["HOLDS_ROLE", "Ahmad Ja’far al-Ubaidi", "Iraq"],
         ["HOLDS_ROLE", "Fahad Salem al-Ajmi", "Kuwait"],
         ["VISITED", "Ahmad Ja’far al-Ubaidi", "Kuwait City"]])

Q("q02a", "t03", "unknown name, no title cue, apposition cue only, name opens the sentence",
  ["Rebin Gerdi, a 17-year-old porter from Baneh, was buried on Friday in his home village, relatives said."],
  entities=[["Person", "Rebin Gerdi"]])

Q("q03a", "t04", "unknown name as counterpart apposition + unknown place ('held talks with his X counterpart, N, ... in P')",
  ["Azerbaijani Defence Minister Ramil Guliyev held talks with his Georgian counterpart, Levan Tsiklauri, on Thursday in Gardabani."],
  entities=[["Person", "Levan Tsiklauri"], ["Place", "Gardabani"]],
  edges=[["MET_WITH", "Ramil Guliyev", "Levan Tsiklauri"],
         ["HOLDS_ROLE", "Levan Tsiklauri", "Georgia"],
         ["HOLDS_ROLE", "Ramil Guliyev", "Azerbaijan"]])

Q("q04a", "t07", "nominalized event: possessive 'her discussions with X' inside reported speech",
  ["Jordanian Foreign Minister Rania Bataineh said in a post on X that her discussions with Iraq's national security adviser, Muhsin al-Dabbagh, had been \"frank and fruitful.\""],
  edges=[["MET_WITH", "Rania Bataineh", "Muhsin al-Dabbagh"],
         ["HOLDS_ROLE", "Muhsin al-Dabbagh", "Iraq"],
         ["HOLDS_ROLE", "Rania Bataineh", "Jordan"]])

Q("q05a", "t08", "nominalized event: 'C attended the signing of X by A and B' (witness as subject)",
  ["Iraqi Prime Minister Karim al-Bahadli attended the signing of a water-sharing memorandum by Iraqi Water Resources Minister Ghazi al-Rikabi and Turkish Agriculture Minister Emre Yalcin."],
  edges=[["SIGNED", "Ghazi al-Rikabi", "*Agreement"],
         ["SIGNED", "Emre Yalcin", "*Agreement"]],
  no_edges=[["SIGNED", "Karim al-Bahadli", "*Agreement"]])

Q("q06a", "t10", "agreement anaphor ('the protocol's signatories') + appositive coordinated subject of intransitive 'had conferred'",
  ["Iraq and Kuwait ratified the Safwan Border Trade Protocol on Monday. The protocol's signatories, Iraqi Trade Minister Mundhir al-Sahlani and Kuwaiti Commerce Minister Nawaf al-Rashidi, had conferred in Kuwait City a week earlier."],
  edges=[["SIGNED", "Mundhir al-Sahlani", "Safwan Border Trade Protocol"],
         ["SIGNED", "Nawaf al-Rashidi", "Safwan Border Trade Protocol"],
         ["MET_WITH", "Mundhir al-Sahlani", "Nawaf al-Rashidi"],
         ["PARTY_TO", "Iraq", "Safwan Border Trade Protocol"],
         ["PARTY_TO", "Kuwait", "Safwan Border Trade Protocol"]])

Q("q07a", "t13", "collective for its state ('officials from X') as object + delegation 'headed by' as subject",
  ["An Iraqi team headed by Deputy Foreign Minister Jawad al-Khaqani held consultations in Ankara with officials from Turkey."],
  edges=[["MET_WITH", "Turkey", "Jawad al-Khaqani"]])

Q("q08a", "t14", "subject far from verb: long apposition with its own coordination, 'held X responsible for'",
  ["Sardar Mizuri, the spokesman of the Peshmerga ministry and a veteran of the 2014 war against ISIS, held the PKK responsible for the attack on a patrol near Zakho."],
  edges=[["ACCUSED", "Sardar Mizuri", "PKK"]])

Q("q09a", "t16", "headline fragment: title case, comma-coordinated parties, no determiner, verb 'Ink'",
  [("Iraq, Kuwait Ink Maritime Navigation Pact After Years Of Dispute", "Shipping firms in Basra welcomed the pact.")],
  edges=[["PARTY_TO", "Iraq", "*Agreement"],
         ["PARTY_TO", "Kuwait", "*Agreement"]])

Q("q10a", "t17", "headline fragment: title-case verb ('Reaches') with abbreviated title and bare surname",
  [("Syrian FM Shaar Reaches Amman Ahead Of Border Talks", "Syrian Foreign Minister Tarek Shaar was greeted at the airport by Jordanian officials.")],
  edges=[["VISITED", "Tarek Shaar", "Amman"]])

Q("q11a", "t19", "coordination 'A, along with B, took part in negotiations with a delegation chaired by C'",
  ["Lebanese President Elias Saad, along with army commander Joseph Rahme, took part in negotiations with a Syrian delegation chaired by Deputy Prime Minister Hussam Qatana."],
  edges=[["MET_WITH", "Elias Saad", "Hussam Qatana"],
         ["MET_WITH", "Joseph Rahme", "Hussam Qatana"],
         ["HOLDS_ROLE", "Elias Saad", "Lebanon"]])

Q("q12a", "t20", "object coordination with determiners and acronyms, no serial comma, 'pounded ... with'",
  ["Turkey pounded the Mountain Lions Brigade (MLB), the Free Shingal Front (FSF) and the Zap Defence Units with artillery and drones."],
  edges=[["ATTACKED", "Turkey", "Mountain Lions Brigade"],
         ["ATTACKED", "Turkey", "Free Shingal Front"],
         ["ATTACKED", "Turkey", "Zap Defence Units"]])

Q("q13a", "t23", "elliptical coordination of modifiers sharing a head ('a gunfight between A and B troops')",
  ["A gunfight between Armenian and Azerbaijani troops broke out near the village of Sotk before dawn."],
  edges=[["FOUGHT", "Armenia", "Azerbaijan"]])

Q("q14a", "t25", "reported claim as accusation: 'X maintains that the <demonym> outposts breach its sovereignty'",
  ["Iraq maintains that the Turkish outposts in Duhok breach its sovereignty, while Ankara calls them defensive."],
  edges=[["ACCUSED", "Iraq", "Turkey"]])

Q("q15a", "t26", "quoted 'our government' = the speaker's state, speaker before the quote",
  ["Kuwaiti Interior Minister Talal al-Azmi told reporters in Kuwait City: “Our government exchanges intelligence daily with the Gulf Cooperation Council.”"],
  edges=[["COOPERATES_WITH", "Kuwait", "Gulf Cooperation Council"]])

Q("q16a", "t28", "trigger not in lexicon: 'sat down with'",
  ["Iraqi National Security Adviser Muhsin al-Dabbagh sat down with Syrian intelligence chief Hassan Sufan in Damascus on Wednesday."],
  edges=[["MET_WITH", "Muhsin al-Dabbagh", "Hassan Sufan"]])

Q("q17a", "t30", "trigger inflection: base form 'deem X a terrorist organisation' after a plural subject",
  ["Iraq and Kuwait both deem the Basra Hawks Movement a terrorist organisation."],
  edges=[["ACCUSED", "Iraq", "Basra Hawks Movement"],
         ["ACCUSED", "Kuwait", "Basra Hawks Movement"]])

Q("q18a", "t31", "'termed X a <crime>' with the demonym event's agent as accused",
  ["Syrian Foreign Minister Tarek Shaar termed the Israeli bombardment of Quneitra a war crime."],
  edges=[["ACCUSED", "Tarek Shaar", "Israel"]])

Q("q19a", "t32", "second coordinated VP keeps the subject ('faulted A ... and denounced B')",
  ["Iraqi Interior Minister Hussein al-Mayahi faulted Syria for lax border controls and denounced Turkey over its water cuts."],
  edges=[["ACCUSED", "Hussein al-Mayahi", "Syria"],
         ["ACCUSED", "Hussein al-Mayahi", "Turkey"]])

Q("q20a", "t33", "trigger not in lexicon: 'lobbed mortar rounds at camps run by X'",
  ["Iran lobbed mortar rounds at camps run by the Kurdistan Renewal Movement near Choman."],
  edges=[["ATTACKED", "Iran", "Kurdistan Renewal Movement"]])

Q("q21a", "t35", "pronoun subject ('She') + 'the militia' anaphor across sentences",
  ["Kurdish MP Shilan Barwari toured the village after the Sons of the Euphrates Brigade shelled it. She held the militia responsible for displacing 300 families."],
  edges=[["ACCUSED", "Shilan Barwari", "Sons of the Euphrates Brigade"]])

Q("q22a", "t36", "HOLDS_ROLE: title with a directorate ('deputy director of the border affairs directorate of X')",
  ["Sirwan Nabaz, deputy director of the border affairs directorate of the Kurdistan Regional Government, said the crossing would reopen on Monday."],
  edges=[["HOLDS_ROLE", "Sirwan Nabaz", "Kurdistan Regional Government"]])

Q("q23a", "t39", "HOLDS_ROLE: bracketed name after a title, sentence-initial PP",
  ["According to the Syrian Minister of Defence [Walid Harastani], the new border units will be deployed next month."],
  edges=[["HOLDS_ROLE", "Walid Harastani", "Syria"]])

Q("q24a", "t40", "HOLDS_ROLE: anaphoric body ('The group's commander, X')",
  ["The Khabur Guards said two of their fighters were killed near Faysh Khabur. The group's commander, Dilshad Sino, vowed to respond."],
  edges=[["HOLDS_ROLE", "Dilshad Sino", "Khabur Guards"]])

Q("q25a", "t41", "agreement: 'an accord on X' + interposed participial PP between subject and verb ('concluded')",
  ["Iraq and Syria, following two rounds of negotiations in Baghdad, concluded an accord on water sharing from the Euphrates."],
  edges=[["PARTY_TO", "Iraq", "*Agreement"],
         ["PARTY_TO", "Syria", "*Agreement"]])

Q("q26a", "t42", "agreement name containing a comma list, passive 'was reached by'",
  ["A memorandum on electricity, gas and transit fees was reached by Iraq and Jordan in Amman."],
  entities=[["Agreement", "*electricity, gas and transit fees"]],
  edges=[["PARTY_TO", "Iraq", "*Agreement"],
         ["PARTY_TO", "Jordan", "*Agreement"]])

Q("q27a", "t43", "wrong type: 'Al-' media name and 'al-' camp name are not persons",
  ["The broadcaster Al-Wadi News showed footage of the convoy, and the returnees were taken to al-Karama camp."],
  entities=[["Organization", "Al-Wadi News"], ["Place", "al-Karama camp"]],
  no_entities=[["Person", "Al-Wadi News"], ["Person", "Al-Karama"]])

Q("q28a", "t44", "organization name containing 'and' (committee with two coordinated nouns)",
  ["The Committee for Border Ports and Customs Coordination will meet in Basra on Sunday."],
  entities=[["Organization", "Committee for Border Ports and Customs Coordination"]],
  no_entities=[["Organization", "Customs Coordination"]])

Q("q29a", "m01", "alias across articles: transliteration variants of one person",
  ["Iraqi National Security Adviser Abdul-Wahhab Hadi al-Ghrairi visited Tehran on Monday.",
   "Iraq's security adviser, Abd al-Wahhab Hadi al-Ghurayri, met Iranian officials in Mashhad."],
  same_node=[["Person", "Abdul-Wahhab Hadi al-Ghrairi", "Abd al-Wahhab Hadi al-Ghurayri"]])

Q("q30a", "m02", "no over-merge of relatives sharing a surname once a bare surname became an alias",
  ["Kurdistan Region Interior Minister Dara Barzinji said the crossing was calm. Speaking in Erbil, Barzinji added that patrols would continue.",
   "Peshmerga commander Aso Barzinji met with Interior Minister Dara Barzinji and Sulaimani governor Lana Barzinji in Koya."],
  edges=[["MET_WITH", "Aso Barzinji", "Dara Barzinji"],
         ["MET_WITH", "Aso Barzinji", "Lana Barzinji"]],
  distinct_nodes=[["Person", "Dara Barzinji", "Aso Barzinji"],
                  ["Person", "Dara Barzinji", "Lana Barzinji"]])

json.dump(C, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "short.json"), "w"), ensure_ascii=False, indent=1)
print(len(C))

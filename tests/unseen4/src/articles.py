"""Wire-style cases: title, dateline, 3-6 sentences with attributions, context, denials, earlier events, quotes.

Each entry: id, pattern (style and what it exercises), articles [(title, text)], edges an annotator following
../shared/eval/dev/dev.gold.json would record, no_edges for negated, planned, threatened, denied, rumoured facts,
former posts, mediators and persons merely mentioned.
"""

A = "*Agreement"

ARTICLES = [
    # ---- MET_WITH / VISITED -------------------------------------------------------------------------------------
    dict(id="w01",
         pattern="wire (Tigris Press, Baghdad): 'received his counterpart in <capital>', 'called on', postponed "
                 "meeting, expected visit",
         articles=[("Iraqi, Iranian Foreign Ministers Review Frontier Security in Baghdad",
                    "BAGHDAD (Tigris Press) – Iraqi Foreign Minister Sinan Abdul-Wahid received his Iranian "
                    "counterpart, Abbas Mirzaei-Rad, in Baghdad on Sunday for talks on security along the shared "
                    "frontier, the foreign ministry said. The two ministers reviewed the work of the joint border "
                    "committee and the return of displaced families, according to the statement. Mirzaei-Rad later "
                    "called on Parliament Speaker Firas al-Hamdawi. A planned meeting with Prime Minister Ammar "
                    "Khalaf al-Saedi was postponed, an aide to the premier said. Iranian President Mehdi Kianfar is "
                    "expected in Baghdad next month.")],
         edges=[["MET_WITH", "Sinan Abdul-Wahid", "Abbas Mirzaei-Rad"],
                ["HOLDS_ROLE", "Sinan Abdul-Wahid", "Iraq"],
                ["HOLDS_ROLE", "Abbas Mirzaei-Rad", "Iran"],
                ["VISITED", "Abbas Mirzaei-Rad", "Baghdad"],
                ["MET_WITH", "Abbas Mirzaei-Rad", "Firas al-Hamdawi"],
                ["HOLDS_ROLE", "Mehdi Kianfar", "Iran"]],
         no_edges=[["MET_WITH", "Abbas Mirzaei-Rad", "Ammar Khalaf al-Saedi"],
                   ["VISITED", "Mehdi Kianfar", "Baghdad"]]),
    dict(id="w02",
         pattern="wire (Zagros Wire, Erbil): talks in Erbil, office statement, reported and denied side meeting",
         articles=[("Turkish Spy Chief, KRG Premier Discuss PKK Presence in Duhok Mountains",
                    "ERBIL, Kurdistan Region (Zagros Wire) – Turkey's intelligence chief, Kemal Yurtsever, held talks "
                    "in Erbil on Wednesday with KRG Prime Minister Rawand Zebari about the presence of PKK fighters "
                    "in the mountains of Duhok province, the premier's office said. The two men also discussed the "
                    "resumption of flights between Sulaimani and Istanbul, the statement added. Turkish newspapers "
                    "reported that Yurtsever had also sat down with PKK intermediaries during the trip, which the "
                    "KRG denied. “No such meeting took place,” KRG spokesperson Lana Hawezi told Zagros Wire.")],
         edges=[["MET_WITH", "Kemal Yurtsever", "Rawand Zebari"],
                ["HOLDS_ROLE", "Kemal Yurtsever", "Turkey"],
                ["HOLDS_ROLE", "Rawand Zebari", "KRG"],
                ["HOLDS_ROLE", "Lana Hawezi", "KRG"]],
         no_edges=[["MET_WITH", "Kemal Yurtsever", "PKK"]]),
    dict(id="w03",
         pattern="wire (Anbar Today, al-Qaim): delegations meet at a crossing, 'headed by ... and ... by', "
                 "proposal not discussed",
         articles=[("Iraqi and Syrian Security Teams Meet at al-Qaim Crossing",
                    "AL-QAIM, Iraq (Anbar Today) – Security delegations from Iraq and Syria met at the al-Qaim border "
                    "crossing on Thursday to discuss the movement of trucks and the hunt for ISIS cells in the desert. "
                    "The Iraqi side was headed by Lieutenant General Muhannad Sadoun, commander of the Iraqi Border "
                    "Guard, and the Syrian team by Brigadier General Yaman Darwish of Syria's Ministry of Interior. "
                    "Sadoun told reporters afterwards that the meeting had been “practical and positive”. A Syrian "
                    "proposal for joint patrols along the frontier was not on the agenda, an Iraqi officer said.")],
         edges=[["MET_WITH", "Muhannad Sadoun", "Yaman Darwish"],
                ["HOLDS_ROLE", "Muhannad Sadoun", "*Border Guard"],
                ["HOLDS_ROLE", "Yaman Darwish", "*Interior"]],
         no_edges=[["COOPERATES_WITH", "Iraq", "Syria"]]),
    dict(id="w04",
         pattern="wire (Anadolu style, Ankara): 'arrived in', 'was received by', onward trip scheduled, minister "
                 "not part of talks",
         articles=[("Iraqi Prime Minister Begins Two-Day Visit to Ankara",
                    "ANKARA – Iraqi Prime Minister Nouri Hasan al-Jabri arrived in Ankara on Monday on a two-day "
                    "official visit, his office said. He was received at the presidential complex by Turkish "
                    "President Selahattin Koral, and the two leaders discussed the Development Road project and water "
                    "releases on the Tigris. Al-Jabri is due to travel on to Istanbul on Tuesday to address a business "
                    "forum. Turkish Defence Minister Okan Bilgehan did not take part in the talks, a ministry source "
                    "said.")],
         edges=[["VISITED", "Nouri Hasan al-Jabri", "Ankara"],
                ["MET_WITH", "Nouri Hasan al-Jabri", "Selahattin Koral"],
                ["HOLDS_ROLE", "Nouri Hasan al-Jabri", "Iraq"],
                ["HOLDS_ROLE", "Selahattin Koral", "Turkey"],
                ["HOLDS_ROLE", "Okan Bilgehan", "Turkey"]],
         no_edges=[["VISITED", "Nouri Hasan al-Jabri", "Istanbul"],
                   ["MET_WITH", "Nouri Hasan al-Jabri", "Okan Bilgehan"]]),
    # ---- SIGNED / PARTY_TO / CONCERNS ---------------------------------------------------------------------------
    dict(id="w05",
         pattern="wire (IRNA style, Tehran): memorandum signed by two ministers in the presence of a president, "
                 "crossings it concerns, annex left for later",
         articles=[("Iran, Iraq Sign Memorandum to Tighten Control of Border Crossings",
                    "TEHRAN – Iran and Iraq on Sunday signed a memorandum to tighten control of the Mehran and "
                    "Zurbatiyah crossings, the Iranian interior ministry said. The document, named the Crossings "
                    "Integrity Memorandum, was signed by Iranian Interior Minister Morteza Vahidi-Far and his Iraqi "
                    "counterpart, Qais Hatem al-Lami, in the presence of President Mehdi Kianfar. Under its terms "
                    "the two sides will share passenger lists and install joint scanners. An annex on fuel smuggling "
                    "was left for a later round, officials said.")],
         edges=[["SIGNED", "Morteza Vahidi-Far", A],
                ["SIGNED", "Qais Hatem al-Lami", A],
                ["PARTY_TO", "Iran", A],
                ["PARTY_TO", "Iraq", A],
                ["CONCERNS", A, "*Mehran"],
                ["CONCERNS", A, "*Zurbatiyah"],
                ["HOLDS_ROLE", "Morteza Vahidi-Far", "Iran"],
                ["HOLDS_ROLE", "Qais Hatem al-Lami", "Iraq"]],
         no_edges=[["SIGNED", "Mehdi Kianfar", A]]),
    dict(id="w06",
         pattern="wire (Kurdistan24 style): protocol between two ministries signed by their officials, disputed "
                 "territories, ambassador attended, clause dropped",
         articles=[("Baghdad, Erbil Agree on Joint Brigades for Disputed Areas",
                    "ERBIL (Kalak News) – Iraq's Ministry of Defence and the KRG Ministry of Peshmerga Affairs on "
                    "Tuesday signed a protocol to form four joint brigades in the disputed territories, officials "
                    "said. Deputy Defence Minister Hussein Falah Zaidan and Peshmerga chief of staff Hoger Zaxoyi put "
                    "their signatures to the text at a ceremony in Baghdad attended by the US ambassador, Karen "
                    "Whitlow. A clause on Kirkuk city was dropped at the last minute, a Kurdish negotiator told Kalak "
                    "News. The brigades are expected to be operational by the summer.")],
         edges=[["SIGNED", "Hussein Falah Zaidan", A],
                ["SIGNED", "Hoger Zaxoyi", A],
                ["PARTY_TO", "*Defen", A],
                ["PARTY_TO", "*Peshmerga", A],
                ["CONCERNS", A, "*disputed territories"]],
         no_edges=[["SIGNED", "Karen Whitlow", A],
                   ["PARTY_TO", "United States", A],
                   ["CONCERNS", A, "Kirkuk"]]),
    dict(id="w07",
         pattern="wire (Shafaq style): two states conclude a named accord on a crossing, ministers sign, third state "
                 "welcomes it, president attends",
         articles=[("Iraq and Syria Sign Accord to Reopen al-Qaim Crossing to Trade",
                    "BAGHDAD (Tigris Press) – Iraq and Syria on Wednesday signed the al-Qaim Crossing Accord, which "
                    "reopens the al-Qaim–al-Bukamal border crossing to commercial traffic after a two-year closure. "
                    "Iraqi Trade Minister Laith Rasheed and Syrian Economy Minister Ghiath Nahhas signed the accord "
                    "in Baghdad, with Iraqi President Kamil Abdul-Hadi in attendance. Turkey, which ships goods to the "
                    "Gulf through Syria, welcomed the step. Trucks are expected to start crossing next week.")],
         edges=[["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Syria", A],
                ["SIGNED", "Laith Rasheed", A],
                ["SIGNED", "Ghiath Nahhas", A],
                ["CONCERNS", A, "*Bukamal"],
                ["HOLDS_ROLE", "Laith Rasheed", "Iraq"],
                ["HOLDS_ROLE", "Ghiath Nahhas", "Syria"]],
         no_edges=[["PARTY_TO", "Turkey", A],
                   ["SIGNED", "Kamil Abdul-Hadi", A]]),
    # ---- ACCUSED / ATTACKED -------------------------------------------------------------------------------------
    dict(id="w08",
         pattern="wire (AFP style, Baghdad): foreign ministry condemns strike, summons charge d'affaires, striker's "
                 "claim, denial by a group",
         articles=[("Iraq Condemns Turkish Drone Strike Near Sinjar",
                    "BAGHDAD – Iraq's Ministry of Foreign Affairs on Sunday condemned a Turkish drone strike on a car "
                    "near Sinjar that killed three people, calling it “a blatant violation” of Iraqi sovereignty. "
                    "Murat Kocabey, Turkey's charge d'affaires in Baghdad, was summoned and handed a protest note, "
                    "a statement said. Turkey's defence ministry said the strike had “neutralised” two PKK "
                    "members. Local officials said the victims belonged to the Sinjar Resistance Units (YBS), but the "
                    "YBS denied that any of its members were in the car.")],
         edges=[["ACCUSED", "*Foreign", "Turkey"],
                ["ATTACKED", "*Turk", "PKK"],
                ["HOLDS_ROLE", "Murat Kocabey", "Turkey"]],
         no_edges=[["ATTACKED", "*Turk", "*Sinjar Resistance"]]),
    dict(id="w09",
         pattern="wire (Rudaw style): IRGC accuses a group of smuggling, commander threatens strikes, KRG rejects the "
                 "accusation",
         articles=[("IRGC Accuses Kurdish Group of Smuggling Arms from Kurdistan Region",
                    "ERBIL, Kurdistan Region – Iran's Revolutionary Guards on Saturday accused the East Kurdistan "
                    "Defence Units (EKDU) of smuggling weapons from the Kurdistan Region and said they had detained "
                    "“a team” near Piranshahr. The IRGC ground forces commander, Brigadier General Hamid Soltanpour, "
                    "warned that his forces would hit the group's bases in Iraq “if Baghdad does not act”. The KRG "
                    "Department of Foreign Relations rejected the accusation, saying no armed group was allowed to "
                    "use the region's territory against its neighbours.")],
         edges=[["ACCUSED", "*Revolutionary Guard", "East Kurdistan Defence Units"],
                ["HOLDS_ROLE", "Hamid Soltanpour", "*Revolutionary Guard"]],
         no_edges=[["ATTACKED", "*Revolutionary Guard", "East Kurdistan Defence Units"],
                   ["ATTACKED", "Hamid Soltanpour", "East Kurdistan Defence Units"],
                   ["ACCUSED", "*Department of Foreign Relations", "*Revolutionary Guard"]]),
    dict(id="w10",
         pattern="wire (Reuters style, Washington): US blames an Iran-backed militia, militia denies and accuses "
                 "Washington, second group not named",
         articles=[("US Blames Iran-Backed Militia for Rocket Attack on Ain al-Asad",
                    "WASHINGTON – The United States on Thursday blamed the Iran-backed Ashab al-Wafa militia for a "
                    "rocket attack on Ain al-Asad air base in western Iraq that wounded two American contractors, "
                    "Pentagon press secretary Dana Kowalski said. The group denied any role in a statement on its "
                    "Telegram channel and accused Washington of seeking a pretext to stay in Iraq. US officials did "
                    "not mention Saraya Ghadab al-Awfiya, a smaller faction that has claimed earlier attacks.")],
         edges=[["ACCUSED", "United States", "Ashab al-Wafa"],
                ["BACKED_BY", "Ashab al-Wafa", "Iran"],
                ["ACCUSED", "Ashab al-Wafa", "United States"],
                ["HOLDS_ROLE", "Dana Kowalski", "Pentagon"]],
         no_edges=[["ATTACKED", "Ashab al-Wafa", "United States"],
                   ["ACCUSED", "United States", "Saraya Ghadab al-Awfiya"]]),
    dict(id="w11",
         pattern="wire (Kalak News, Duhok): warplanes strike a group's positions, ministry statement, strike "
                 "elsewhere reported and denied",
         articles=[("Turkish Jets Hit PKK Positions in Amedi District",
                    "DUHOK, Kurdistan Region (Kalak News) – Turkish warplanes struck suspected PKK positions in the "
                    "Amedi district late on Tuesday, the Turkish Ministry of National Defence said on X, adding that "
                    "14 militants had been “neutralised”. Amedi's mayor, Zeravan Berwari, said a house was damaged "
                    "in the village of Kani Masi but nobody was hurt. Pro-PKK outlets said a base of the Sinjar "
                    "Resistance Units was also hit; the Turkish ministry denied carrying out any strike in Sinjar.")],
         edges=[["ATTACKED", "*Turk", "PKK"]],
         no_edges=[["ATTACKED", "*Turk", "Sinjar Resistance Units"]]),
    dict(id="w12",
         pattern="wire (Rudaw style): IRGC drone strike on a Kurdish opposition base, Iraqi council condemns the "
                 "Iranian attack, leader absent",
         articles=[("Iranian Drones Strike Kurdish Opposition Base Near Koya",
                    "ERBIL, Kurdistan Region – Iran's Islamic Revolutionary Guard Corps struck a base of the Rojhelat "
                    "Democratic Union near Koya early on Wednesday, killing one guard, the group said. The Guards said "
                    "in a statement that they had targeted “terrorist headquarters”. Iraq's Ministerial Council for "
                    "National Security condemned the Iranian attack and said it would lodge a complaint with the UN "
                    "Security Council. The group's leader, Kawa Mokri, was not at the base at the time, a spokesman "
                    "said.")],
         edges=[["ATTACKED", "*Revolutionary Guard", "Rojhelat Democratic Union"],
                ["ACCUSED", "*National Security", "Iran"],
                ["HOLDS_ROLE", "Kawa Mokri", "Rojhelat Democratic Union"]],
         no_edges=[["ATTACKED", "*Revolutionary Guard", "Kawa Mokri"]]),
    dict(id="w13",
         pattern="wire (AP style, Kirkuk): ISIS ambush on an army patrol, counter-raid with coalition air support, "
                 "unit not involved",
         articles=[("Three Soldiers Killed in ISIS Ambush South of Kirkuk",
                    "KIRKUK, Iraq – Islamic State militants ambushed an Iraqi army patrol in the Wadi al-Shay valley "
                    "south of Kirkuk on Sunday, killing three soldiers, an army officer said. Hours later the Iraqi "
                    "Counter-Terrorism Service raided caves in the valley with the support of coalition aircraft and "
                    "killed five militants, the Security Media Cell said. A Peshmerga unit stationed nearby was not "
                    "involved in the raid, Kurdish officials said. ISIS has not commented.")],
         edges=[["ATTACKED", "ISIS", "*Iraqi"],
                ["ATTACKED", "*Counter-Terrorism", "ISIS"],
                ["BACKED_BY", "*Counter-Terrorism", "*coalition"]],
         no_edges=[["ATTACKED", "*Peshmerga", "ISIS"]]),
    dict(id="w14",
         pattern="wire (Irish Times style): US drone strike kills a militia commander, CENTCOM statement, militia "
                 "vows revenge, government condemns",
         articles=[("US Drone Strike Kills Commander of Iran-Backed Faction South of Baghdad",
                    "BAGHDAD – A US drone strike on Tuesday killed Haider Abd al-Zahra al-Kinani, a commander of the "
                    "Iran-backed Saraya al-Fajr, near Jurf al-Nasr, two security officials said. US Central Command "
                    "said the strike had targeted “a leader responsible for planning attacks on US personnel”. Saraya "
                    "al-Fajr vowed to retaliate against American forces. Iraqi government spokesman Basim Ghanem "
                    "condemned the strike as a violation of Iraq's sovereignty.")],
         edges=[["ATTACKED", "United States", "Haider Abd al-Zahra al-Kinani"],
                ["HOLDS_ROLE", "Haider Abd al-Zahra al-Kinani", "Saraya al-Fajr"],
                ["BACKED_BY", "Saraya al-Fajr", "Iran"],
                ["ACCUSED", "Basim Ghanem", "United States"],
                ["HOLDS_ROLE", "Basim Ghanem", "Iraq"]],
         no_edges=[["ATTACKED", "Saraya al-Fajr", "United States"]]),
    # ---- FOUGHT -------------------------------------------------------------------------------------------------
    dict(id="w15",
         pattern="wire (Rudaw style, Makhmour): clashes between Peshmerga and a small armed group, both sides' "
                 "claims, third force denies any role",
         articles=[("Peshmerga, Armed Group Clash Near Makhmour",
                    "MAKHMOUR, Iraq – Clashes erupted on Friday between Peshmerga forces and fighters of the Mountain "
                    "Lions Brigade on the outskirts of Makhmour, leaving two fighters dead, local officials said. A "
                    "Peshmerga officer said the group had opened fire first on a checkpoint; the group's spokesman, "
                    "Dilovan Ahmadi, said it had acted in self-defence. The Popular Mobilization Forces, which hold "
                    "positions nearby, denied any role in the fighting.")],
         edges=[["FOUGHT", "*Peshmerga", "Mountain Lions Brigade"],
                ["HOLDS_ROLE", "Dilovan Ahmadi", "Mountain Lions Brigade"]],
         no_edges=[["FOUGHT", "Popular Mobilization Forces", "*Peshmerga"],
                   ["FOUGHT", "Popular Mobilization Forces", "Mountain Lions Brigade"]]),
    dict(id="w16",
         pattern="wire (Zagros Wire, Zakho): 'traded fire', ministry figures, rejected request for cooperation",
         articles=[("Turkish Troops, PKK Trade Fire Near Zakho",
                    "ZAKHO, Kurdistan Region (Zagros Wire) – Turkish troops and PKK fighters traded fire for several "
                    "hours on Monday in the hills north of Zakho, residents said. Turkey's defence ministry said two "
                    "soldiers were lightly wounded. Ankara has asked Baghdad for joint ground operations against the "
                    "group, but the Iraqi government turned the request down, two Iraqi officials said.")],
         edges=[["FOUGHT", "*Turk", "PKK"]],
         no_edges=[["COOPERATES_WITH", "Turkey", "Iraq"]]),
    dict(id="w17",
         pattern="wire (AFP style, Qamishli): government forces clash with the SDF, ceasefire brokered by a "
                 "mediator, commander quoted",
         articles=[("Syrian Troops and SDF Clash Near Tishreen Dam",
                    "QAMISHLI, Syria – Syrian army units and the Syrian Democratic Forces (SDF) clashed near the "
                    "Tishreen Dam on Monday, a war monitor said, in the worst fighting between the two sides since the "
                    "spring. A ceasefire brokered by US officials took hold by the evening. “We will not give up "
                    "positions we won from ISIS,” SDF commander Rezan Hasakawi told reporters.")],
         edges=[["FOUGHT", "*Syria", "*SDF"],
                ["HOLDS_ROLE", "Rezan Hasakawi", "*SDF"]],
         no_edges=[["FOUGHT", "United States", "*SDF"],
                   ["PARTY_TO", "United States", A]]),
    # ---- VISITED ------------------------------------------------------------------------------------------------
    dict(id="w18",
         pattern="wire (Kurdistan24 style, Tehran): arrival, welcomed at the airport, scheduled meeting and onward "
                 "trip",
         articles=[("Kurdistan Region President Arrives in Tehran for Two-Day Visit",
                    "TEHRAN – Kurdistan Region President Hejar Baradosti arrived in Tehran on Saturday for a two-day "
                    "visit at the invitation of the Iranian government, his office said. Baradosti was welcomed at "
                    "Mehrabad airport by Iranian Deputy Foreign Minister Saeed Khalilpour. He is scheduled to meet "
                    "President Mehdi Kianfar on Sunday before flying to Mashhad.")],
         edges=[["VISITED", "Hejar Baradosti", "Tehran"],
                ["MET_WITH", "Hejar Baradosti", "Saeed Khalilpour"],
                ["HOLDS_ROLE", "Saeed Khalilpour", "Iran"]],
         no_edges=[["MET_WITH", "Hejar Baradosti", "Mehdi Kianfar"],
                   ["VISITED", "Hejar Baradosti", "Mashhad"]]),
    dict(id="w19",
         pattern="wire (Anadolu style): nominalized 'X's visit to <city>', onward flight, stop considered and dropped",
         articles=[("Turkish Foreign Minister Visits Baghdad, Erbil",
                    "BAGHDAD – Turkish Foreign Minister Nurettin Aslanbas's visit to Baghdad on Wednesday focused on "
                    "water sharing and the PKK, Iraqi officials said. After Baghdad, Aslanbas flew to Erbil, where he "
                    "was received by Kurdish leaders. A stop in Kirkuk had been considered but was dropped for "
                    "security reasons, a Turkish diplomat said.")],
         edges=[["VISITED", "Nurettin Aslanbas", "Baghdad"],
                ["VISITED", "Nurettin Aslanbas", "Erbil"],
                ["HOLDS_ROLE", "Nurettin Aslanbas", "Turkey"]],
         no_edges=[["VISITED", "Nurettin Aslanbas", "Kirkuk"]]),
    dict(id="w20",
         pattern="wire (Shafaq style, Sinjar): tour of a district, meeting a local official, invitation declined",
         articles=[("Iraq's Security Adviser Tours Sinjar Border Posts",
                    "SINJAR, Iraq (Sinjar Voice) – Iraq's national security adviser, Adnan Fahd al-Zamili, "
                    "toured the Sinjar district on Thursday and inspected posts along the border with Syria. Al-Zamili "
                    "held a meeting with the Sinjar mayor, Khalaf Berjis, on the return of displaced Yazidis, "
                    "according to a statement from his office. The Yazidi Spiritual Council declined an invitation "
                    "to attend.")],
         edges=[["VISITED", "Adnan Fahd al-Zamili", "Sinjar"],
                ["HOLDS_ROLE", "Adnan Fahd al-Zamili", "Iraq"],
                ["MET_WITH", "Adnan Fahd al-Zamili", "Khalaf Berjis"]],
         no_edges=[["MET_WITH", "Adnan Fahd al-Zamili", "Yazidi Spiritual Council"]]),
    # ---- HOLDS_ROLE ---------------------------------------------------------------------------------------------
    dict(id="w21",
         pattern="wire (Tigris Press): appointment 'as head of X, replacing Y', former posts",
         articles=[("Iraq Names New Head of Federal Crossings Authority",
                    "BAGHDAD (Tigris Press) – Iraq's cabinet on Tuesday appointed Major General Ziyad Abdul-Karim "
                    "Faraj as head of the Federal Crossings Authority, replacing Thamer Jabbar al-Ghuraibi, who was "
                    "named an adviser to the prime minister. Faraj previously commanded the third region of the Iraqi "
                    "Border Guard, based in Basra. He takes over as the authority prepares to open a new crossing with "
                    "Saudi Arabia.")],
         edges=[["HOLDS_ROLE", "Ziyad Abdul-Karim Faraj", "Federal Crossings Authority"]],
         no_edges=[["HOLDS_ROLE", "Thamer Jabbar al-Ghuraibi", "Federal Crossings Authority"],
                   ["HOLDS_ROLE", "Ziyad Abdul-Karim Faraj", "*Border Guard"]]),
    dict(id="w22",
         pattern="wire (Kurdistan24 style): spokesman and secretary-general of a ministry, a retired predecessor, "
                 "joint patrols",
         articles=[("Peshmerga Ministry Says Joint Patrols With Iraqi Army Expanding",
                    "ERBIL, Kurdistan Region – Peshmerga units now run joint patrols with the Iraqi army in Makhmour "
                    "and Khanaqin, the spokesman for the Ministry of Peshmerga Affairs, Brigadier General Dilman "
                    "Rekani, said on Sunday. The ministry's secretary-general, Lieutenant General Farhad Sorani, told "
                    "reporters that two more sectors would follow. Sorani's predecessor, Hawar Jaff, retired in May.")],
         edges=[["COOPERATES_WITH", "*Peshmerga", "*Iraqi"],
                ["HOLDS_ROLE", "Dilman Rekani", "*Peshmerga"],
                ["HOLDS_ROLE", "Farhad Sorani", "*Peshmerga"]],
         no_edges=[["HOLDS_ROLE", "Hawar Jaff", "*Peshmerga"]]),
    dict(id="w23",
         pattern="wire (Tigris Press): ambassador presents credentials, consul general attends, former post in the IRGC",
         articles=[("New Iranian Envoy Presents Credentials in Baghdad",
                    "BAGHDAD (Tigris Press) – Iran's new ambassador to Iraq, Reza Kazemi-Asl, presented his credentials "
                    "to Iraqi President Kamil Abdul-Hadi on Monday, the presidency said. Kazemi-Asl, a former deputy "
                    "commander in the Islamic Revolutionary Guard Corps, replaces an envoy who served for five years. "
                    "Iran's consul general in Erbil, Nasrollah Behzadi, attended the ceremony.")],
         edges=[["HOLDS_ROLE", "Reza Kazemi-Asl", "Iran"],
                ["HOLDS_ROLE", "Nasrollah Behzadi", "Iran"],
                ["HOLDS_ROLE", "Kamil Abdul-Hadi", "Iraq"],
                ["MET_WITH", "Reza Kazemi-Asl", "Kamil Abdul-Hadi"]],
         no_edges=[["HOLDS_ROLE", "Reza Kazemi-Asl", "*Revolutionary Guard"]]),
    # ---- BACKED_BY ----------------------------------------------------------------------------------------------
    dict(id="w24",
         pattern="wire (AFP style, northern Syria): Turkish-backed faction clashes with SDF, SDF accuses Ankara, "
                 "dismissed report of foreign supply",
         articles=[("Turkish-Backed Faction Clashes With SDF Near Manbij",
                    "MANBIJ, Syria – Fighters of the Northern Shield Legion, a Turkish-backed faction, clashed with the "
                    "Syrian Democratic Forces (SDF) west of Manbij on Saturday, a war monitor said. The SDF accused "
                    "Ankara of directing the assault with drones. Reports that Russia had supplied the SDF with "
                    "anti-drone systems were dismissed by both Moscow and the SDF.")],
         edges=[["BACKED_BY", "Northern Shield Legion", "Turkey"],
                ["FOUGHT", "Northern Shield Legion", "*SDF"],
                ["ACCUSED", "*SDF", "Turkey"]],
         no_edges=[["BACKED_BY", "*SDF", "Russia"]]),
    dict(id="w25",
         pattern="wire (Zagros Wire): minister names an Iran-backed faction behind a drone attack, stops short of "
                 "blaming Tehran",
         articles=[("KRG Minister Blames Iran-Backed Faction for Khor Mor Drone Attack",
                    "SULAIMANI, Kurdistan Region (Zagros Wire) – KRG Interior Minister Aras Shingali on Monday blamed "
                    "Liwa al-Sabireen, an Iran-backed faction, for a drone attack that set a storage tank at the Khor "
                    "Mor gas field ablaze. Shingali stopped short of blaming Tehran directly. The group has not "
                    "commented.")],
         edges=[["ACCUSED", "Aras Shingali", "Liwa al-Sabireen"],
                ["BACKED_BY", "Liwa al-Sabireen", "Iran"],
                ["HOLDS_ROLE", "Aras Shingali", "KRG"]],
         no_edges=[["ACCUSED", "Aras Shingali", "Iran"]]),
    dict(id="w26",
         pattern="wire (Rudaw style): 'funded and equipped by', 'has trained', offer under discussion",
         articles=[("Foreign Backing Keeps Peshmerga Reform on Track, Officials Say",
                    "ERBIL, Kurdistan Region – The United States has funded and equipped two Peshmerga divisions "
                    "since 2017, Kurdish officials said on Wednesday. Germany has trained Peshmerga officers at a base "
                    "near Erbil, they said. A French offer of artillery is still under discussion.")],
         edges=[["BACKED_BY", "*Peshmerga", "United States"],
                ["BACKED_BY", "*Peshmerga", "Germany"]],
         no_edges=[["BACKED_BY", "*Peshmerga", "France"]]),
    # ---- PARTY_TO / CONCERNS ------------------------------------------------------------------------------------
    dict(id="w27",
         pattern="wire (Petra style, Amman): trilateral pact, host minister, observer state did not sign",
         articles=[("Iraq, Syria and Jordan Sign Trilateral Anti-Smuggling Pact",
                    "AMMAN – Iraq, Syria and Jordan signed a trilateral pact against drug and arms smuggling in Amman "
                    "on Thursday. Jordanian Interior Minister Mazen Khawaldeh, who hosted the ceremony, said the three "
                    "countries would exchange intelligence on trafficking networks. Lebanon, which attended as an "
                    "observer, did not sign the pact.")],
         edges=[["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Syria", A],
                ["PARTY_TO", "Jordan", A],
                ["HOLDS_ROLE", "Mazen Khawaldeh", "Jordan"]],
         no_edges=[["PARTY_TO", "Lebanon", A]]),
    dict(id="w28",
         pattern="wire (Kurdistan24 style): Baghdad-Erbil deal on a town, talks on another place pending, force "
                 "not consulted",
         articles=[("Baghdad and Erbil Reach Deal on Joint Force for Tuz Khurmatu",
                    "ERBIL (Kalak News) – The Iraqi federal government and the Kurdistan Regional Government reached "
                    "a deal on Sunday to form a joint security force in Tuz Khurmatu, a KRG official said. Talks on "
                    "Kirkuk city will resume next month. The Popular Mobilization Forces, which hold positions near "
                    "the town, were not consulted, a PMF commander complained.")],
         edges=[["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Kurdistan Regional Government", A],
                ["CONCERNS", A, "*Tuz Khurmatu"]],
         no_edges=[["CONCERNS", A, "Kirkuk"],
                   ["PARTY_TO", "Popular Mobilization Forces", A]]),
    dict(id="w29",
         pattern="wire, two articles: a named protocol and its later mention ('the protocol Iraq and Iran signed "
                 "last week'), one Agreement node",
         articles=[("Iraq, Iran Sign Shalamcheh Border Security Protocol",
                    "BASRA, Iraq – Iraq and Iran on Monday signed the Shalamcheh Border Security Protocol, which sets "
                    "up a joint control room at the Shalamcheh crossing, the Basra governorate said. The protocol "
                    "also covers the movement of pilgrims."),
                   ("Pilgrim Traffic Rises at Shalamcheh",
                    "BASRA, Iraq – Traffic at the Shalamcheh crossing rose sharply on Saturday, officials said, days "
                    "after the border protocol Iraq and Iran signed last week took effect.")],
         edges=[["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Iran", A],
                ["CONCERNS", A, "*Shalamcheh"]],
         one_agreement=True),
    # ---- COOPERATES_WITH ----------------------------------------------------------------------------------------
    dict(id="w30",
         pattern="wire (Anbar Today): 'in coordination with' another state's authorities, patrols with a third "
                 "state due next month",
         articles=[("Iraqi Forces Arrest 11 ISIS Suspects at Syrian Border",
                    "AL-QAIM, Iraq (Anbar Today) – Iraqi forces, in coordination with the Syrian authorities, arrested "
                    "11 suspected ISIS members trying to cross the border near al-Qaim, the Joint Operations Command "
                    "said on Tuesday. Joint patrols with Jordan along the southern stretch of the desert are due to "
                    "begin next month, the command added. The suspects were handed to a counter-terrorism court in Ramadi.")],
         edges=[["COOPERATES_WITH", "*Iraq", "Syria"]],
         no_edges=[["COOPERATES_WITH", "*Iraq", "Jordan"]]),
    dict(id="w31",
         pattern="wire (Rudaw style): joint operation of a force and coalition aircraft, expected participant "
                 "stayed out",
         articles=[("Peshmerga and Coalition Strike ISIS Hideouts in Qara Chogh",
                    "ERBIL, Kurdistan Region – Peshmerga forces and coalition aircraft carried out a joint operation "
                    "against ISIS hideouts in the Qara Chogh mountains on Friday, the Ministry of Peshmerga Affairs "
                    "said. The Iraqi army, which had been expected to join, did not take part, the ministry added. Two militants were killed and a weapons cache was destroyed, "
                    "a ministry spokesman said.")],
         edges=[["COOPERATES_WITH", "*Peshmerga", "*coalition"],
                ["ATTACKED", "*Peshmerga", "ISIS"],
                ["ATTACKED", "*coalition", "ISIS"]],
         no_edges=[["COOPERATES_WITH", "*Peshmerga", "*Iraqi"],
                   ["ATTACKED", "*Iraqi", "ISIS"]]),
    dict(id="w32",
         pattern="wire (Anadolu style, Ankara): joint coordination centre, intelligence exchange, party not invited",
         articles=[("Turkey, Iraq Open Joint Security Coordination Centre",
                    "ANKARA – Turkey and Iraq have begun operating a joint security coordination centre in Baghdad "
                    "to share intelligence on the PKK, Turkish Defence Ministry spokesman Rear Admiral Tolga Senkaya "
                    "said on Thursday. The two countries' intelligence services exchange information daily, he said. "
                    "The Kurdistan Regional Government was not invited to join the centre.")],
         edges=[["COOPERATES_WITH", "Turkey", "Iraq"],
                ["HOLDS_ROLE", "Tolga Senkaya", "*Defen"]],
         no_edges=[["COOPERATES_WITH", "Turkey", "Kurdistan Regional Government"]]),
    dict(id="w33",
         pattern="wire (Tigris Press): memorandum on a border between two states, proposal on another border "
                 "deferred",
         articles=[("Iraq, Syria Agree on Security Belt Along Shared Border",
                    "BAGHDAD (Tigris Press) – Iraq and Syria agreed on Sunday to build a “security belt” of trenches "
                    "and watchtowers along the Iraq–Syria border, under a memorandum signed by their defence ministers "
                    "in Baghdad. A separate proposal on the Iraq–Jordan border was deferred, an Iraqi official said. Army engineers will begin digging the first "
                    "trenches next week.")],
         edges=[["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Syria", A],
                ["CONCERNS", A, "*Syria border"]],
         no_edges=[["CONCERNS", A, "*Jordan"]]),
    dict(id="w34",
         pattern="wire (Kurdistan24 style): KRG and Iran sign an accord on a crossing, signatories by office, "
                 "another crossing excluded",
         articles=[("KRG, Iran Sign Accord on Tamarchin Crossing",
                    "ERBIL (Kalak News) – The Kurdistan Regional Government and Iran signed an accord on Tuesday to "
                    "expand the Tamarchin crossing, officials said. KRG Trade Minister Rebin Barzinji and the "
                    "governor of Iran's West Azerbaijan province, Javad Farhadi, signed the document in Erbil. The "
                    "accord does not cover the Bashmakh crossing, Barzinji said.")],
         edges=[["PARTY_TO", "Kurdistan Regional Government", A],
                ["PARTY_TO", "Iran", A],
                ["SIGNED", "Rebin Barzinji", A],
                ["SIGNED", "Javad Farhadi", A],
                ["CONCERNS", A, "*Tamarchin"]],
         no_edges=[["CONCERNS", A, "*Bashmakh"]]),
    # ---- more ACCUSED / ATTACKED --------------------------------------------------------------------------------
    dict(id="w35",
         pattern="wire (Reuters style, Ankara): minister attributes a bombing to a group, group denies",
         articles=[("Turkey Says Armed Group Behind Hakkari Police Station Bombing",
                    "ANKARA – Turkish Interior Minister Ferhat Ozdogan said on Monday that the Free Qandil Battalions "
                    "carried out Sunday's car bombing at a police station in Hakkari, which killed two officers. The "
                    "group denied any involvement in a statement. Ozdogan said three suspects had been detained.")],
         edges=[["ACCUSED", "Ferhat Ozdogan", "Free Qandil Battalions"],
                ["HOLDS_ROLE", "Ferhat Ozdogan", "Turkey"]],
         no_edges=[["ATTACKED", "Free Qandil Battalions", "*Turk"]]),
    dict(id="w36",
         pattern="wire (Tigris Press): designation by a security council, a regional government will 'study' it",
         articles=[("Iraq Lists Mountain Hawks Movement as Terrorist Organisation",
                    "BAGHDAD (Tigris Press) – Iraq's Ministerial Council for National Security on Monday classified "
                    "the Mountain Hawks Movement as a terrorist organisation and banned its offices across the "
                    "country. Turkey welcomed the decision. The Kurdistan Regional Government said it would study the "
                    "move.")],
         edges=[["ACCUSED", "*National Security", "Mountain Hawks Movement"]],
         no_edges=[["ACCUSED", "Kurdistan Regional Government", "Mountain Hawks Movement"]]),
    # ---- more MET_WITH ------------------------------------------------------------------------------------------
    dict(id="w37",
         pattern="wire (Petra style): nominal 'Talks between A and B', earlier reception, cancelled meeting",
         articles=[("Iraqi Interior Minister, Jordanian Envoy Discuss Border Smuggling",
                    "BAGHDAD – Talks between Iraqi Interior Minister Sabah Ghaidan and the Jordanian ambassador, Ayman "
                    "Khreisat, in Baghdad on Tuesday covered drug smuggling across the Trebil crossing, the ministry "
                    "said. Khreisat had earlier been received by Deputy Foreign Minister Luay Jawad. A meeting between "
                    "Ghaidan and the Syrian envoy, Omran Zoubi, was cancelled at short notice.")],
         edges=[["MET_WITH", "Sabah Ghaidan", "Ayman Khreisat"],
                ["MET_WITH", "Ayman Khreisat", "Luay Jawad"],
                ["HOLDS_ROLE", "Ayman Khreisat", "Jordan"],
                ["HOLDS_ROLE", "Sabah Ghaidan", "Iraq"]],
         no_edges=[["MET_WITH", "Sabah Ghaidan", "Omran Zoubi"]]),
    dict(id="w38",
         pattern="wire (Rudaw style): UN envoy meets party leaders in two cities, group's request for a meeting "
                 "not granted",
         articles=[("UN Envoy Meets Kurdish Leaders Over Sinjar Stalemate",
                    "ERBIL, Kurdistan Region – The head of the UN Assistance Mission for Iraq (UNAMI), Marta "
                    "Lindqvist, met KDP leader Kamaran Zrary in Erbil on Sunday to discuss the stalled Sinjar "
                    "agreement. Lindqvist also held talks with PUK leader Bahroz Qaftan in Sulaimani a day later. She "
                    "did not meet representatives of the YBS, who had asked to see her.")],
         edges=[["MET_WITH", "Marta Lindqvist", "Kamaran Zrary"],
                ["MET_WITH", "Marta Lindqvist", "Bahroz Qaftan"],
                ["HOLDS_ROLE", "Marta Lindqvist", "*UNAMI"],
                ["HOLDS_ROLE", "Kamaran Zrary", "KDP"],
                ["HOLDS_ROLE", "Bahroz Qaftan", "PUK"]],
         no_edges=[["MET_WITH", "Marta Lindqvist", "YBS"]]),
    dict(id="w39",
         pattern="wire (Petra style): 'put pen to paper on' a named agreement, observer state",
         articles=[("Iraq, Jordan Sign Pipeline Security Agreement",
                    "AMMAN – Iraqi Oil Minister Muhsin Abd-Ali and Jordanian Energy Minister Rami Tarawneh put pen to "
                    "paper on the Basra–Aqaba Pipeline Security Agreement in Amman on Sunday. The agreement commits "
                    "Iraq and Jordan to joint guarding of the pipeline route through Anbar. Egypt's ambassador "
                    "attended as an observer.")],
         edges=[["SIGNED", "Muhsin Abd-Ali", A],
                ["SIGNED", "Rami Tarawneh", A],
                ["PARTY_TO", "Iraq", A],
                ["PARTY_TO", "Jordan", A],
                ["HOLDS_ROLE", "Muhsin Abd-Ali", "Iraq"],
                ["HOLDS_ROLE", "Rami Tarawneh", "Jordan"]],
         no_edges=[["PARTY_TO", "Egypt", A]]),
    dict(id="w40",
         pattern="wire (Zagros Wire, Penjwen): passive 'was targeted by <demonym> artillery', initial reports "
                 "proved wrong",
         articles=[("Iranian Artillery Targets Peshmerga Post in Penjwen",
                    "SULAIMANI, Kurdistan Region (Zagros Wire) – A Peshmerga post near Penjwen was targeted by "
                    "Iranian artillery on Thursday, causing damage but no casualties, a Peshmerga commander said. "
                    "Initial reports that Turkish drones were involved proved wrong, he said. The KRG called on the "
                    "federal government to raise the matter with Tehran.")],
         edges=[["ATTACKED", "*Iran", "*Peshmerga"]],
         no_edges=[["ATTACKED", "*Turk", "*Peshmerga"]]),
    dict(id="w41",
         pattern="wire (Anbar Today): clashes between two small armed groups, army separates them without fighting",
         articles=[("Rival Armed Groups Clash in Rutba",
                    "RUTBA, Iraq (Anbar Today) – Gunmen from the Jazira Tribal Guard and Saraya al-Qasas clashed in "
                    "the centre of Rutba on Wednesday night, leaving three dead, police said. Iraqi army units "
                    "separated the two sides without firing a shot, a local official said. The feud began over a land claim, residents said.")],
         edges=[["FOUGHT", "Jazira Tribal Guard", "Saraya al-Qasas"]],
         no_edges=[["FOUGHT", "*Iraqi", "Jazira Tribal Guard"],
                   ["FOUGHT", "*Iraqi", "Saraya al-Qasas"]]),
    dict(id="w42",
         pattern="wire (SANA style, Damascus): head of state travels to a country, meets its president, "
                 "cancelled stop",
         articles=[("Iraqi President Makes First Visit to Syria in Over a Decade",
                    "DAMASCUS – Iraqi President Kamil Abdul-Hadi travelled to Syria on Monday, the first visit by an "
                    "Iraqi head of state in more than a decade. He met Syrian President Nabil Haddad al-Ahmad at the "
                    "People's Palace, where they discussed border security and trade. Plans for a stop in Beirut were "
                    "cancelled, an Iraqi official said.")],
         edges=[["VISITED", "Kamil Abdul-Hadi", "Syria"],
                ["MET_WITH", "Kamil Abdul-Hadi", "Nabil Haddad al-Ahmad"],
                ["HOLDS_ROLE", "Kamil Abdul-Hadi", "Iraq"],
                ["HOLDS_ROLE", "Nabil Haddad al-Ahmad", "Syria"]],
         no_edges=[["VISITED", "Kamil Abdul-Hadi", "Beirut"]]),
    dict(id="w43",
         pattern="wire (Zagros Wire): group leader and deputy, accusation against a state, former leader",
         articles=[("Kurdish Opposition Leader Accuses Iran of Planting Spies in Camps",
                    "KOYA, Kurdistan Region (Zagros Wire) – Salar Kermashani, the secretary-general of the Rojhelat "
                    "Democratic Union, accused Iran on Friday of planting informants in the group's camps near Koya. "
                    "His deputy, Gona Ardalani, said two suspects had been handed to the Asayish. Hemin Sardashti, who "
                    "led the group until 2019, now lives in Germany.")],
         edges=[["HOLDS_ROLE", "Salar Kermashani", "Rojhelat Democratic Union"],
                ["HOLDS_ROLE", "Gona Ardalani", "Rojhelat Democratic Union"],
                ["ACCUSED", "Salar Kermashani", "Iran"]],
         no_edges=[["HOLDS_ROLE", "Hemin Sardashti", "Rojhelat Democratic Union"]]),
    dict(id="w44",
         pattern="wire (Diyaruna style): two states 'jointly dismantled', intelligence provided by a third, fourth "
                 "declined to join",
         articles=[("Iraq, Iran Dismantle Cross-Border Drug Network",
                    "BASRA, Iraq – Iraq and Iran jointly dismantled a drug trafficking network that moved crystal "
                    "meth through the Shalamcheh crossing, the Basra Narcotics Control Directorate said on "
                    "Sunday. Iraqi investigators relied on intelligence provided by Kuwait, the directorate said. Syria "
                    "declined to join the investigation.")],
         edges=[["COOPERATES_WITH", "Iraq", "Iran"],
                ["BACKED_BY", "Iraq", "Kuwait"]],
         no_edges=[["COOPERATES_WITH", "Iraq", "Syria"]]),
    dict(id="w45",
         pattern="wire (Kalak News): denied report of a meeting, the official's actual meeting elsewhere, persons "
                 "merely mentioned",
         articles=[("KRG Denies Intelligence Chief Met PKK Commander in Qandil",
                    "ERBIL (Kalak News) – The Kurdistan Regional Government on Tuesday denied a report by the Ankara "
                    "daily Yeni Ufuk that KRG intelligence chief Aram Pishdari had met PKK commander Cemil Bozarslan "
                    "in the Qandil mountains. “No meeting took place,” KRG spokesperson Lana Hawezi said. Pishdari was "
                    "in Baghdad at the time, where he met Iraq's national security adviser, Adnan Fahd al-Zamili, she "
                    "added.")],
         edges=[["MET_WITH", "Aram Pishdari", "Adnan Fahd al-Zamili"],
                ["HOLDS_ROLE", "Adnan Fahd al-Zamili", "Iraq"],
                ["HOLDS_ROLE", "Lana Hawezi", "Kurdistan Regional Government"]],
         no_edges=[["MET_WITH", "Aram Pishdari", "Cemil Bozarslan"],
                   ["VISITED", "Aram Pishdari", "*Qandil"]]),
]

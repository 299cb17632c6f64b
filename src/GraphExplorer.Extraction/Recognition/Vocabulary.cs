namespace GraphExplorer.Extraction.Recognition;

/// <summary>Closed word classes the recognizers use as cues (all lower case).</summary>
internal static class Vocabulary
{
    /// <summary>Head words that make a capitalized sequence an organization (with the armed-group and body heads of entity-cues.tsv).</summary>
    public static readonly HashSet<string> OrganizationHeads = new(CueClass("armed-head").Concat(CueClass("body-head")), StringComparer.Ordinal)
    {
        "ministry", "council", "forces", "force", "service", "services", "agency", "party", "coalition", "guard", "guards",
        "army", "front", "movement", "committee", "union", "organization", "organisation", "brigade", "brigades",
        "battalion", "battalions", "corps", "office", "authority", "commission", "directorate", "command", "units",
        "unit", "alliance", "assembly", "parliament", "court", "bank", "company", "institute", "university", "network",
        "association", "federation", "group", "militia", "mobilization", "mobilisation", "administration", "government",
        "department", "bureau", "center", "centre", "foundation", "league", "police", "tribunal", "academy", "board",
        "secretariat", "cabinet", "presidency", "navy", "cell", "observatory", "intelligence", "resistance", "regiment", "division",
        "tv", "television", "radio",
    };

    /// <summary>
    /// Bodies whose "of" or "for" complement may join two capitalized words with "and" ("Ministry of Migration and
    /// Displaced", "Commission for Integrity and Transparency").
    /// </summary>
    public static readonly HashSet<string> BodiesWithComplement = new(StringComparer.Ordinal)
    {
        "ministry", "department", "directorate", "office", "commission", "committee", "council", "authority", "agency", "centre",
        "center", "fund",
    };

    /// <summary>Verbs that state a body's purpose inside its name after "to" ("Committee to Protect Journalists").</summary>
    public static readonly HashSet<string> PurposeVerbsInNames = new(StringComparer.Ordinal)
    {
        "combat", "counter", "defeat", "fight", "protect", "prevent", "promote", "support", "monitor", "end", "eradicate",
        "liberate", "free", "save", "defend", "rebuild",
    };

    /// <summary>Nouns for news outlets: a name right after "the channel", "the daily" is an organization.</summary>
    public static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "channel", "broadcaster", "network", "newspaper", "daily", "weekly", "outlet", "website", "agency", "station", "magazine",
    };

    /// <summary>Words that, with head words only, make a generic name ("Press Office", "Joint Security Committee").</summary>
    public static readonly HashSet<string> GenericOrganizationWords = new(StringComparer.Ordinal)
    {
        "press", "media", "security", "national", "joint", "central", "general", "regional", "supreme", "high", "special",
        "federal", "local", "state", "public", "political", "military", "foreign", "interior", "defense", "defence", "higher",
        "prime", "minister", "ministers", "president", "presidential", "new", "main", "international", "world", "global",
        "information", "operations", "emergency", "crisis", "affairs", "relations", "border", "police", "armed", "islamic",
    };

    /// <summary>Forms of verbs that give a person's name after "as" (entity-cues.tsv naming-verb: "identified him as X", "named as X").</summary>
    public static readonly HashSet<string> NamingVerbs = new(CueClass("naming-verb"), StringComparer.Ordinal);

    /// <summary>Lower-case nouns of a news outlet right after an unknown name (entity-cues.tsv media-head): the name is the outlet's.</summary>
    public static readonly HashSet<string> MediaHeads = new(CueClass("media-head"), StringComparer.Ordinal);

    /// <summary>Lower-case heads of a body right after "the &lt;Name&gt;" (entity-cues.tsv group-head): the name is the body's.</summary>
    public static readonly HashSet<string> GroupHeadsAfter = new(CueClass("group-head"), StringComparer.Ordinal);

    /// <summary>Capitalized words that open a water body's name before it or before "of" and it (entity-cues.tsv water-lead: "Lake Urmia", "Gulf of Oman").</summary>
    public static readonly HashSet<string> WaterLeads = new(CueClass("water-lead"), StringComparer.Ordinal);

    /// <summary>Head words that make a capitalized sequence a place (with the water heads of entity-cues.tsv).</summary>
    public static readonly HashSet<string> PlaceHeads = new(CueClass("water-head"), StringComparer.Ordinal)
    {
        "camp", "province", "governorate", "district", "city", "town", "village", "region", "valley", "mountains",
        "mountain", "crossing", "airport", "base", "dam", "subdistrict", "county", "square", "port", "island", "desert",
    };

    /// <summary>Lower-case heads after a name that make it a place and stay in its name: sites and landforms ("al-Hol camp", "Hamreen hills").</summary>
    public static readonly HashSet<string> PlaceHeadsKept = new(CueClass("water-head"), StringComparer.Ordinal)
    {
        "camp", "prison", "crossing", "base", "airport", "airbase", "dam", "bridge", "port", "gate", "hills", "mountains", "mountain", "valley",
        "plain", "plains", "desert", "island", "islands", "province", "governorate", "refinery", "oilfield", "field", "checkpoint",
    };

    /// <summary>Lower-case heads after a name that make it a place but stay out of its name: settlements and districts ("Dibis town").</summary>
    public static readonly HashSet<string> PlaceHeadsLeftOut = new(CueClass("settlement"), StringComparer.Ordinal)
    {
        "town", "village", "city", "district", "subdistrict", "neighbourhood", "neighborhood", "region", "area", "county", "municipality", "township",
    };

    /// <summary>Plural place heads that close or open a list of places ("the X, Y and Z regions", "gates such as X and Y").</summary>
    public static readonly HashSet<string> PluralPlaceHeads = new(CueClass("water-plural"), StringComparer.Ordinal)
    {
        "regions", "districts", "subdistricts", "provinces", "governorates", "towns", "villages", "cities", "areas", "camps", "crossings", "gates",
        "ports", "mountains", "hills", "neighbourhoods", "neighborhoods", "prisons", "bases",
    };

    /// <summary>Languages: "in Arabic" is no place.</summary>
    public static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "arabic", "english", "kurdish", "persian", "farsi", "turkish", "hebrew", "french", "russian", "sorani", "kurmanji", "badini", "aramaic", "syriac", "urdu", "pashto", "dari", "german", "spanish", "chinese",
    };

    /// <summary>Words that open a mountain's name ("Mount Gara", "Jebel Hamrin").</summary>
    public static readonly HashSet<string> MountWords = new(StringComparer.Ordinal) { "mount", "mt", "jebel", "jabal", "jabel", "kuh", "kuhe" };

    public static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>Head words of agreements.</summary>
    public static readonly HashSet<string> AgreementHeads = new(StringComparer.Ordinal)
    {
        "agreement", "accord", "treaty", "pact", "deal", "memorandum", "protocol", "accords",
    };

    /// <summary>Person-name particles by kind (article, patronymic, kunya, servant), from particles.tsv.</summary>
    private static readonly Dictionary<string, string> ParticleKinds =
        GazetteerFiles.Rows(GazetteerFiles.Read("particles.tsv")).ToDictionary(r => r[0].Trim(), r => r.Length > 1 ? r[1].Trim() : "article", StringComparer.Ordinal);

    /// <summary>Person-name particles: a name containing one is Arabic- or Persian-style ("Qasim al-Araji", "Hamad bin Jassim").</summary>
    public static readonly HashSet<string> NameParticles = new(ParticleKinds.Keys, StringComparer.Ordinal);

    /// <summary>Words that join the parts of a name without being capitalized: the particles, European ones, and "of", "for", "the" in bodies' names.</summary>
    public static readonly HashSet<string> NameConnectors = new(NameParticles.Concat(["de", "da", "la", "du", "van", "von", "der", "of", "for", "the"]), StringComparer.Ordinal);

    /// <summary>
    /// A name word that is a servant particle of particles.tsv, alone or with an article particle joined to it and the name
    /// it governs after that: "abd" → (abd, ""), "abdul" → (abd, ""), "abdulrahim" → (abd, "rahim"); null for any other word.
    /// </summary>
    public static (string Stem, string Tail)? ServantStem(string norm)
    {
        foreach (var servant in Servants)
        {
            if (!norm.StartsWith(servant, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = norm[servant.Length..];
            if (rest.Length == 0)
            {
                return (servant, "");
            }

            foreach (var article in Articles)
            {
                if (rest.StartsWith(article, StringComparison.Ordinal))
                {
                    return (servant, rest[article.Length..]);
                }
            }
        }

        return null;
    }

    /// <summary>A name word that opens with a servant particle ("Abdul", "Abdulrahim", "Abd"): a person's name word.</summary>
    public static bool OpensWithServant(string norm) => Servants.Any(servant => norm.StartsWith(servant, StringComparison.Ordinal));

    private static readonly string[] Servants = [.. ParticleKinds.Where(p => p.Value == "servant").Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static readonly string[] Articles = [.. ParticleKinds.Where(p => p.Value == "article").Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>Particles that two spellings of one name may have or lack ("al-Araji" / "Araji", "bin Salman" / "Salman"): left out when names are compared.</summary>
    public static bool IsComparisonNoise(string norm) => ParticleKinds.TryGetValue(norm, out var kind) && kind is "article" or "patronymic";

    /// <summary>Open-class entity cues by class (entity-cues.tsv): each row the phrase, then optionally the name it gives.</summary>
    private static readonly ILookup<string, string[]> EntityCues =
        GazetteerFiles.Rows(GazetteerFiles.Read("entity-cues.tsv")).Where(r => r.Length > 1)
            .ToLookup(r => r[0].Trim(), r => r[1..].Select(f => f.Trim()).ToArray(), StringComparer.Ordinal);

    /// <summary>The first words of one class of entity-cues.tsv, read apart from <see cref="EntityCues"/> for fields set before it.</summary>
    private static IEnumerable<string> CueClass(string cueClass) =>
        GazetteerFiles.Rows(GazetteerFiles.Read("entity-cues.tsv")).Where(r => r.Length > 1 && r[0].Trim() == cueClass).Select(r => r[1].Trim());

    /// <summary>Phrases after a demonym naming a body of that state ("Iraqi police"), longest first.</summary>
    public static readonly IReadOnlyList<CuePhrase> StateBodies = Phrases("state-body");

    /// <summary>Phrases after a known place naming a site that is not the place ("Makhmour camp"), longest first.</summary>
    public static readonly IReadOnlyList<CuePhrase> Sites = Phrases("site");

    /// <summary>Phrases after a known place naming an office named after it ("Haji Omaran customs office"), longest first.</summary>
    public static readonly IReadOnlyList<CuePhrase> PlaceBodies = Phrases("place-body");

    /// <summary>Heads after a known place that another state possesses naming that state's province ("Iran's Kurdistan province").</summary>
    public static readonly HashSet<string> ProvinceHeads = new(EntityCues["province"].Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Adjectives of a border both sides of the clause share ("their shared border").</summary>
    public static readonly HashSet<string> SharedBorderWords = new(EntityCues["shared-border"].Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Nouns after "border" whose between-phrase names its two sides ("border gates between X and Y").</summary>
    public static readonly HashSet<string> BorderSites = new(EntityCues["border-site"].Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Collective nouns whose possessive stays inside a body's name ("People's Defence Forces").</summary>
    public static readonly HashSet<string> NamePossessives = new(EntityCues["name-possessive"].Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Words that open an armed group's transliterated name ("Saraya X", "Kata'ib X", "Liwa X"), without apostrophes.</summary>
    public static readonly HashSet<string> ArmedGroupLeads = new(EntityCues["armed-lead"].Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>True when a name's first word opens an armed group's name ("Kata’ib" compared as "kataib").</summary>
    public static bool OpensArmedGroupName(string name)
    {
        var first = name.Split(' ', 2)[0].ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        return ArmedGroupLeads.Contains(first);
    }

    /// <summary>Rooms and grounds of a seat of government ("the Oval Office"), their words joined by spaces: no entity.</summary>
    public static readonly HashSet<string> Venues = new(EntityCues["venue"].Select(r => r[0]), StringComparer.Ordinal);

    private static CuePhrase[] Phrases(string cueClass) =>
        [.. EntityCues[cueClass].Select(CuePhrase.FromRow).OrderByDescending(p => p.Words.Length)];

    /// <summary>Courtesy titles before a name ("Mr Biden"): a person cue, never part of the name.</summary>
    public static readonly HashSet<string> CourtesyTitles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam" };

    /// <summary>Reporting verbs: a name right before or after one is a speaker, hence a person.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "added", "noted", "explained", "announced", "stressed", "warned", "wrote", "tweeted",
        "argued", "insisted", "emphasized", "emphasised", "claimed", "confirmed", "asserted", "urged", "remarked", "commented",
    };

    /// <summary>Capitalized words that open sentences or name no entity.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "and", "but", "or", "he", "she", "it", "they", "we", "i", "you", "this", "that",
        "these", "those", "his", "her", "their", "its", "our", "my", "your", "last", "next", "after", "before", "during",
        "under", "according", "while", "when", "despite", "however", "meanwhile", "also", "both", "some", "many", "several",
        "senior", "former", "there", "here", "since", "as", "if", "then", "thus", "yet", "so", "for", "from", "by", "with",
        "to", "of", "over", "about", "against", "between", "among", "into", "through", "amid", "following", "further",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "all",
        "each", "every", "other", "another", "such", "what", "which", "who", "whom", "whose", "where", "why", "how", "not",
        "no", "yes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "authorities",
        "officials", "sources", "experts", "analysts", "reporters", "relations", "discussions", "tensions", "factions",
        "opposition", "photo", "video", "source", "update", "breaking", "exclusive", "read", "more", "related", "news",
        "security", "minister", "president", "general", "lieutenant", "commander", "secretary", "head", "chief", "state",
        "government", "military", "police", "local", "federal", "national", "international", "regional", "western", "eastern",
        "northern", "southern", "central", "iraqis", "iranians", "kurds", "syrians", "arabs", "turks", "americans",
        "israelis", "shiite", "shia", "sunni", "islamic", "muslim", "christian", "christians", "yazidi", "yazidis", "kurdish",
        "arab", "persian", "twitter", "telegram", "instagram", "facebook", "youtube", "whatsapp", "covid", "ramadan", "eid",
        "internet", "handout", "press", "mp", "mps",
    };

    /// <summary>Function words, days and months: stripped from the start of a capitalized run ("The", "On Monday").</summary>
    public static readonly HashSet<string> LeadingStopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "and", "but", "or", "he", "she", "it", "they", "we", "i", "you", "this", "that",
        "these", "those", "his", "her", "their", "its", "our", "last", "next", "after", "before", "during", "under",
        "according", "while", "when", "despite", "however", "meanwhile", "also", "both", "some", "many", "several", "there",
        "here", "since", "as", "if", "then", "thus", "yet", "so", "for", "from", "by", "with", "to", "of", "over", "about",
        "against", "between", "among", "into", "through", "amid", "following", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "today", "yesterday", "tomorrow", "senior", "former", "all", "each",
        "every", "other", "another", "such", "what", "which", "who", "where", "why", "how", "not", "no", "yes",
        "like", "unlike", "besides", "beside", "alongside", "upon", "without", "within", "towards", "toward", "behind", "beyond",
        "across", "throughout", "regarding", "concerning", "including", "although", "though", "because", "unless", "until", "whereas",
        "whether", "per", "via",
    };

    /// <summary>Nouns after a demonym that make the phrase the state itself ("Iraqi federal government").</summary>
    public static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal) { "government", "authorities", "regime", "leadership", "administration" };

    /// <summary>Nouns after a demonym that make the phrase the state acting ("Turkish warplanes struck ...").</summary>
    public static readonly HashSet<string> StateWeaponNouns = new(StringComparer.Ordinal)
    {
        "warplanes", "jets", "aircraft", "drones", "artillery", "planes", "helicopters", "navy", "missiles",
    };

    /// <summary>Nouns after a demonym that make the phrase the state's armed forces ("Iraqi forces").</summary>
    public static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal)
    {
        "forces", "army", "military", "troops", "soldiers", "commanders", "commander", "officer", "officers",
    };

    /// <summary>Government departments and the name their ministry takes ("foreign" → "Foreign Affairs").</summary>
    public static readonly Dictionary<string, string> Departments = new(StringComparer.Ordinal)
    {
        ["foreign"] = "Foreign Affairs",
        ["interior"] = "Interior",
        ["defense"] = "Defense",
        ["defence"] = "Defense",
        ["intelligence"] = "Intelligence",
        ["oil"] = "Oil",
        ["finance"] = "Finance",
        ["health"] = "Health",
        ["justice"] = "Justice",
        ["education"] = "Education",
        ["electricity"] = "Electricity",
        ["trade"] = "Trade",
        ["planning"] = "Planning",
        ["migration"] = "Migration and Displacement",
        ["energy"] = "Energy",
        ["water"] = "Water Resources",
    };

    /// <summary>Second halves of hyphenated adjectives whose first half is a name ("Iran-backed", "US-led").</summary>
    public static readonly HashSet<string> CompoundParticiples = new(StringComparer.Ordinal)
    {
        "backed", "led", "supported", "sponsored", "funded", "aligned", "allied", "linked", "affiliated", "based", "controlled",
        "held", "run", "brokered", "mediated", "owned", "made", "trained", "armed", "friendly", "leaning", "born", "bound",
    };

    /// <summary>Participles of backing ("Iran-backed"): with a collective noun after them they name a collective actor.</summary>
    public static readonly HashSet<string> BackingParticiples = new(StringComparer.Ordinal) { "backed", "supported", "sponsored", "funded", "aligned", "allied", "armed" };

    /// <summary>Plural nouns that make "X-backed ..." a collective actor ("Iran-backed militias").</summary>
    public static readonly HashSet<string> CollectiveHeads = new(StringComparer.Ordinal)
    {
        "militias", "militiamen", "factions", "proxies", "paramilitaries", "rebels", "insurgents",
    };

    /// <summary>Words allowed between "X-backed" and its collective noun ("Iran-backed Shiite militias").</summary>
    public static readonly HashSet<string> CollectiveQualifiers = new(StringComparer.Ordinal)
    {
        "armed", "shiite", "shia", "sunni", "kurdish", "arab", "militia", "paramilitary", "local", "rebel", "tribal", "allied", "proxy",
    };

    /// <summary>Verbs whose subject is an actor: a capital before one stands for its state ("Tehran says", "Ankara struck").</summary>
    public static readonly HashSet<string> StateActionVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "accused", "accuses", "blamed", "blames", "denied", "denies", "warned", "warns", "condemned",
        "condemns", "denounced", "denounces", "rejected", "rejects", "demanded", "demands", "urged", "urges", "insisted",
        "insists", "announced", "announces", "claimed", "claims", "threatened", "threatens", "vowed", "vows", "responded",
        "struck", "strikes", "launched", "launches", "attacked", "attacks", "shelled", "signed", "signs", "agreed", "agrees",
        "sent", "sends", "backed", "backs", "supports", "supported", "wants", "sees", "views", "considers", "labels",
        "labelled", "labeled", "criticized", "criticised", "protested", "summoned", "recalled", "imposed", "expelled",
        "deployed", "retaliated", "fears", "believes", "maintains",
    };

    /// <summary>Verbs whose object is an actor: a capital right after one stands for its state ("accused Ankara of").</summary>
    public static readonly HashSet<string> AccusingVerbs = new(StringComparer.Ordinal)
    {
        "accused", "accuses", "accusing", "blamed", "blames", "blaming", "urged", "urges", "warned", "warns", "criticized", "criticised",
        "condemned", "condemns", "denounced", "denounces",
    };

    /// <summary>Auxiliaries and adverbs that may stand between a subject and its verb.</summary>
    public static readonly HashSet<string> VerbAdjuncts = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "again", "repeatedly", "previously", "then", "later", "now", "quickly", "swiftly", "publicly",
        "officially", "formally", "long", "recently", "will", "would", "could", "may", "might", "did", "does",
    };

    public static readonly HashSet<string> CompassAdjectives = new(StringComparer.Ordinal)
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "northeast", "northwest", "southeast", "southwest",
    };
}

/// <summary>A cue phrase's words and the words it stands as in a name ("refugee camp" → "camp").</summary>
internal sealed record CuePhrase(string[] Words, string Name)
{
    /// <summary>["refugee camp", "camp"]: the phrase, then optionally the name it gives.</summary>
    public static CuePhrase FromRow(string[] fields) =>
        new(fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), fields.Length > 1 && fields[1].Length > 0 ? fields[1] : fields[0]);
}

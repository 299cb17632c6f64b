using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>
/// Step "recognize": finds entity mentions and office titles. First the gazetteers (longest match):
/// countries, demonyms, capitals, places, organizations, titles; demonym phrases become the state
/// ("Iranian government"), its armed forces ("Iraqi forces") or a ministry ("Iranian foreign ministry").
/// Then open-class recognition of names never seen before (<see cref="OpenClassRecognizer"/>). Headlines are read like
/// any other sentence, a title-case one once the capitals title case put there are lowered (<see cref="HeadlineCasing"/>).
/// </summary>
internal sealed class RecognizeStep(Gazetteer gazetteer) : IExtractionStep
{
    private readonly OpenClassRecognizer openClass = new(gazetteer);

    public string Name => "recognize";

    public void Run(ExtractionContext context)
    {
        HeadlineCasing.Apply(context, gazetteer);
        foreach (var sentence in context.Sentences)
        {
            var sentenceMentions = new SentenceMentions(context, sentence);
            MatchGazetteer(sentenceMentions);
            openClass.Recognize(sentenceMentions);
        }

        RecurringPlaces(context);
    }

    /// <summary>
    /// A one-word place an open-class cue named once ("the Sinune sub-district", "the village of Kharab") is that place
    /// wherever the article names it bare ("checkpoints in Sinune and Sinjar"): news gives the cue once. Only a word
    /// standing alone (no capitalized word beside it: "Sinune Council" is another name) and not inside another mention.
    /// </summary>
    private static void RecurringPlaces(ExtractionContext context)
    {
        var places = context.Mentions
            .Where(m => m.Label == NodeLabels.Place && !m.Known && m.Role == MentionRole.Actor && m.Surface.Length > 2 && m.Surface.All(char.IsLetter) && char.IsUpper(m.Surface[0]))
            .GroupBy(m => m.Surface, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(m => m.Confidence), StringComparer.Ordinal);
        if (places.Count == 0)
        {
            return;
        }

        foreach (var sentence in context.Sentences)
        {
            var tokens = sentence.Tokens;
            var existing = context.MentionsIn(sentence.Index).ToList();
            SentenceMentions? added = null;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || !places.TryGetValue(tokens[i].Text, out var confidence)
                    || (i > 0 && tokens[i - 1].IsCapitalized) || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
                    || existing.Any(m => m.Start < tokens[i].End && tokens[i].Start < m.End))
                {
                    continue;
                }

                added ??= new SentenceMentions(context, sentence);
                added.Add(i, i, NodeLabels.Place, tokens[i].Text, MentionRole.Actor, known: false, confidence * 0.9);
            }
        }
    }

    private void MatchGazetteer(SentenceMentions s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || s.IsCovered(i))
            {
                continue;
            }

            if (gazetteer.LongestMatch(tokens, i, _ => true) is not { } match)
            {
                continue;
            }

            var (last, entry) = match;
            switch (entry.Kind)
            {
                case EntryKind.Title when PortfolioStart(s, i, last) is { } portfolio:
                    s.Cover(portfolio, last);
                    s.Sentence.Titles.Add(new TitleSpan(portfolio, last, tokens[portfolio].Start, tokens[last].End,
                        s.Sentence.Text[(tokens[portfolio].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)], entry.Category));
                    break;
                case EntryKind.Title when InsideName(s, i) || OpensBodyName(tokens, last):
                    break;
                case EntryKind.Name when entry.Label == NodeLabels.Place && last == i && InsideName(s, i):
                    break;
                case EntryKind.Name when entry.Label == NodeLabels.Organization && ExtendsLeft(s, i):
                    break; // "the Iraqi National Security Council" is no "Security Council": the open-class name is longer
                case EntryKind.Name when entry.Label == NodeLabels.Organization && GenericAfterPlace(s, i, last):
                    break; // "the Duhok Security Council" is Duhok's council, not the UN's: the open-class name takes the place in
                case EntryKind.Name when entry.Label == NodeLabels.Organization && ExtendsRight(s, i, last):
                    break; // "the Autonomous Administration Council" is a council, not the administration: the open-class name is longer
                case EntryKind.Name when entry.Category == Gazetteer.GeonamesCategory && ReadsAsOtherName(s, i, last):
                    break;
                case EntryKind.Title:
                    var start = tokens[i].Start;
                    var end = tokens[last].End;
                    var text = s.Sentence.Text[(start - s.Sentence.Start)..(end - s.Sentence.Start)];
                    s.Cover(i, last);
                    last = PostedTo(s, last);
                    s.Sentence.Titles.Add(new TitleSpan(i, last, start, tokens[last].End, text, entry.Category));
                    break;
                case EntryKind.Demonym:
                    last = AddDemonymPhrase(s, i, last, entry.Canonical);
                    break;
                default:
                    last = AddName(s, i, last, entry);
                    break;
            }

            i = last;
        }
    }

    /// <summary>
    /// "Ambassador to Iraq", "envoy to Syria": the state an envoy is posted to is part of the title, not
    /// an actor; returns the title's new last token.
    /// </summary>
    private int PostedTo(SentenceMentions s, int last)
    {
        var tokens = s.Tokens;
        if (!(tokens[last].Norm is "ambassador" or "envoy" or "representative" or "consul") || s.NormAt(last + 1) != "to" || last + 2 >= tokens.Count
            || gazetteer.LongestMatch(tokens, last + 2, e => e.Kind == EntryKind.Name && e.Label is NodeLabels.Country or NodeLabels.Place) is not { } posting)
        {
            return last;
        }

        s.Add(last + 2, posting.EndToken, posting.Entry.Label, posting.Entry.Canonical, MentionRole.Modifier, known: true, 0.9);
        s.Cover(last + 1, posting.EndToken);
        return posting.EndToken;
    }

    /// <summary>"General Directorate of ...", "General Staff": a rank word that opens a body's name is part of the name.</summary>
    private static bool OpensBodyName(IReadOnlyList<Token> tokens, int last) =>
        tokens[last].Norm == "general" && tokens[last].IsCapitalized && last + 1 < tokens.Count && tokens[last + 1].IsCapitalized
        && (Vocabulary.OrganizationHeads.Contains(tokens[last + 1].Norm) || tokens[last + 1].Norm is "staff" or "company" or "establishment");

    /// <summary>A capitalized title word right after an unknown capitalized word is part of a name ("Abdul Emir").</summary>
    /// <summary>
    /// A body's name that a capitalized word of no other mention, not opening the sentence, runs into from the left
    /// ("National Security Council" around the alias "Security Council"): the tail of a longer name.
    /// </summary>
    private static bool ExtendsLeft(SentenceMentions s, int i)
    {
        var tokens = s.Tokens;
        return i > 1 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && !s.IsCovered(i - 1)
            && !Vocabulary.LeadingStopWords.Contains(tokens[i - 1].Norm)
            && tokens[i - 2].IsWord && (tokens[i - 2].IsCapitalized || tokens[i - 2].Norm is "the" or "its" or "their");
    }

    /// <summary>
    /// A known body matched by generic words only ("Security Council": heads and qualifiers such as security, national)
    /// right after a place's name, not its possessive ("the Duhok Security Council"): the place's own body, another one.
    /// </summary>
    private static bool GenericAfterPlace(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        return first > 0 && tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { Label: NodeLabels.Place, Role: MentionRole.Actor }
            && Enumerable.Range(first, last - first + 1).Where(k => tokens[k].IsWord)
                .All(k => !tokens[k].IsAllCaps && (Vocabulary.OrganizationHeads.Contains(tokens[k].Norm) || Vocabulary.GenericOrganizationWords.Contains(tokens[k].Norm)));
    }

    /// <summary>
    /// A body's name (no acronym) that a capitalized organization head word continues ("Autonomous Administration" in
    /// "Autonomous Administration Council"): the head of a longer name, another body.
    /// </summary>
    private static bool ExtendsRight(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        return last > first && last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized && !tokens[last + 1].IsAllCaps
            && !s.IsCovered(last + 1) && Vocabulary.OrganizationHeads.Contains(tokens[last + 1].Norm)
            && !Enumerable.Range(first, last - first + 1).Any(k => tokens[k].IsAllCaps && tokens[k].Text.Length > 1);
    }

    /// <summary>
    /// "Lebanese Displaced Affairs Minister X", "Jordan's Awqaf Minister X": capitalized words no gazetteer knows before a
    /// minister's title, after a demonym, a possessive, a determiner or at the sentence start, and a name after the title, are
    /// the portfolio of the title, not a name the title would be inside. Returns the token where the title starts.
    /// </summary>
    private int? PortfolioStart(SentenceMentions s, int i, int last)
    {
        var tokens = s.Tokens;
        if (!tokens[last].Norm.Equals("minister", StringComparison.Ordinal) || !InsideName(s, i))
        {
            return null;
        }

        var k = i - 1;
        while (k >= 0 && k >= i - 3 && tokens[k].IsCapitalized && !s.IsCovered(k) && !gazetteer.IsGivenName(tokens[k].Text))
        {
            k--;
        }

        var opens = k < 0 || s.IsCovered(k) || (tokens[k].IsWord && !tokens[k].IsCapitalized) || (tokens[k].Norm == "s" && k > 0 && tokens[k - 1].Text is "'" or "’")
            || tokens[k].Text is "," or "(" or "—" or "–" or ":";
        return k < i - 1 && opens ? k + 1 : null;
    }

    private static bool InsideName(SentenceMentions s, int i)
    {
        var tokens = s.Tokens;
        return i > 0 && tokens[i].IsCapitalized && tokens[i - 1].IsCapitalized && !s.IsCovered(i - 1)
            && !Vocabulary.NotNames.Contains(tokens[i - 1].Norm) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
    }

    /// <summary>
    /// A GeoNames town name that reads as part of something else: after a capitalized word or a title ("Mazloum
    /// Abdi", "President Demirci"), before another capitalized word that is no place head, or before a
    /// reporting verb ("Demirci said"): a person's or a body's name, not the town.
    /// </summary>
    private static bool ReadsAsOtherName(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        if (first > 0 && tokens[first - 1].IsWord && ((tokens[first - 1].IsCapitalized && !s.IsCovered(first - 1) && !Vocabulary.LeadingStopWords.Contains(tokens[first - 1].Norm))
            || s.Sentence.Titles.Any(t => t.LastToken == first - 1) || Vocabulary.CourtesyTitles.Contains(tokens[first - 1].Norm) || Vocabulary.NameParticles.Contains(tokens[first - 1].Norm)))
        {
            return true;
        }

        // the second half of a hyphened name ("al-Abbasi", "Amir-Abdollahian") or a name particle opening the match after a name word ("Thabet al-Abbasi")
        if (first > 1 && !tokens[first - 1].IsWord && Tokenizer.IsJoiner(tokens[first - 1]) && tokens[first - 1].Start == tokens[first - 2].End)
        {
            return true;
        }

        if (first > 0 && !tokens[first].IsCapitalized && Vocabulary.NameParticles.Contains(tokens[first].Norm) && tokens[first - 1].IsCapitalized)
        {
            return true;
        }

        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
        if (!next.IsWord && last + 2 < tokens.Count && Tokenizer.IsJoiner(next) && next.Text != "'" && next.Text != "’" && next.Start == tokens[last].End && tokens[last + 2].Start == next.End)
        {
            return true; // "Sidakan-Bradost": the first half of a hyphened name
        }

        return next.IsWord && ((next.IsCapitalized && !Vocabulary.PlaceHeads.Contains(next.Norm)) || Vocabulary.SpeechVerbs.Contains(next.Norm));
    }

    private int AddName(SentenceMentions s, int first, int last, GazetteerEntry entry)
    {
        var tokens = s.Tokens;
        var next = s.NextWord(last);
        if (entry.Label is NodeLabels.Place or NodeLabels.Country && WaterLeadBefore(s, first) is { } lead)
        {
            if (s.MentionEndingAt(lead) is { } known)
            {
                s.Remove(known); // "Gulf" alone names the Persian Gulf; "the Gulf of Oman" is another
            }

            // "Lake Urmia", "the Gulf of Oman": the water body named after the town or the state, a place of its own
            var water = s.Sentence.Text[(tokens[lead].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)];
            s.Add(lead, last, NodeLabels.Place, water, MentionRole.Actor, known: false, 0.8);
            return last;
        }

        if (entry.Label == NodeLabels.Country && first > 0 && Vocabulary.CompassAdjectives.Contains(s.NormAt(first - 1)))
        {
            // "northern Syria" is a region of the country, not the state
            var name = tokens[first - 1].Text.ToLowerInvariant() + " " + entry.Canonical;
            s.Add(first - 1, last, NodeLabels.Place, name, MentionRole.Actor, known: true, 0.8);
            return last;
        }

        if (entry.Category == "capital" && s.NormAt(next) == "government" && gazetteer.Place(entry.Canonical)?.Country is { } state)
        {
            s.Add(first, next, NodeLabels.Country, state, MentionRole.Actor, known: true, 0.9);
            return next;
        }

        if (gazetteer.IsCapital(entry.Canonical) && ActsAsState(s, first, last) && gazetteer.Place(entry.Canonical)?.Country is { } government)
        {
            // "Damascus accused ...", "Tehran says ...": the capital speaks or acts for its state
            var acting = s.Add(first, last, NodeLabels.Country, government, MentionRole.Actor, known: true, 0.85);
            acting.KeepAlias = false;
            return last;
        }

        if (entry.Label == NodeLabels.Country && IsPossessive(tokens, last) && Ministry(s, first, last, last + 3, entry.Canonical) is { } ministryEnd)
        {
            return ministryEnd;
        }

        if (entry.Label == NodeLabels.Country && BackedCollective(s, first, last, entry.Canonical) is { } collectiveEnd)
        {
            return collectiveEnd;
        }

        if (entry.Label == NodeLabels.Place && next > 0 && NamedAfterPlace(s, first, last, next, entry) is { } namedEnd)
        {
            return namedEnd;
        }

        if (IsCompoundAdjective(tokens, last) && tokens[last + 2].Norm is "based" or "born")
        {
            return last; // "a Britain-based monitor": where it sits, not an entity the article is about
        }

        // "Iran-backed", "US-led": the name qualifies what follows and is no argument of the verb
        var role = IsCompoundAdjective(tokens, last) ? MentionRole.Modifier : MentionRole.Actor;
        var geonames = entry.Category == Gazetteer.GeonamesCategory;
        s.Add(first, last, entry.Label, entry.Canonical, role, known: true, geonames ? 0.8 : 0.95, yields: geonames);
        return last;
    }

    /// <summary>The token of a capitalized water lead (entity-cues.tsv) right before a name or before "of" and it: "Lake X", "Gulf of X".</summary>
    private static int? WaterLeadBefore(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var lead = first >= 2 && tokens[first - 1].Norm == "of" ? first - 2 : first - 1;
        return lead >= 0 && tokens[lead].IsWord && tokens[lead].IsCapitalized && Vocabulary.WaterLeads.Contains(tokens[lead].Norm)
            && (!s.IsCovered(lead) || s.MentionEndingAt(lead) is { Label: NodeLabels.Place } known && s.TokenAt(known.Start) == lead)
            && (lead == first - 1 || tokens[lead].Norm != "lake") ? lead : null;
    }

    /// <summary>
    /// What a known place names when a cue follows it: a site of its own ("the Makhmour camp" beside the town), an office
    /// named after it ("Haji Omaran customs office"), or, when another state possesses it ("Iran's Kurdistan province"),
    /// that state's province of the same name. Returns the phrase's last token, or null when no cue follows.
    /// </summary>
    private int? NamedAfterPlace(SentenceMentions s, int first, int last, int next, GazetteerEntry entry)
    {
        if (s.PhraseAt(next, Vocabulary.Sites) is { } site)
        {
            var mention = s.Add(first, site.Last, NodeLabels.Place, entry.Canonical + " " + site.Phrase.Name, MentionRole.Actor, known: false, 0.8);
            mention.KeepAlias = true;
            return site.Last;
        }

        if (s.PhraseAt(next, Vocabulary.PlaceBodies) is { } office)
        {
            var mention = s.Add(first, office.Last, NodeLabels.Organization, entry.Canonical + " " + office.Phrase.Name, MentionRole.Actor, known: false, 0.8);
            mention.KeepAlias = true;
            return office.Last;
        }

        if (Vocabulary.ProvinceHeads.Contains(s.NormAt(next)) && PossessingState(s, first) is { } owner && owner != gazetteer.Place(entry.Canonical)?.Country)
        {
            var name = s.Sentence.Text[(s.Tokens[first].Start - s.Sentence.Start)..(s.Tokens[last].End - s.Sentence.Start)] + " " + s.NormAt(next);
            var mention = s.Add(first, next, NodeLabels.Place, name, MentionRole.Actor, known: false, 0.8);
            mention.KeepAlias = true;
            return next;
        }

        if (Vocabulary.ProvinceHeads.Contains(s.NormAt(next)) && !s.Tokens[next].IsCapitalized && entry.Label == NodeLabels.Place
            && (next + 1 >= s.Tokens.Count || !s.Tokens[next + 1].IsWord || !s.Tokens[next + 1].IsCapitalized))
        {
            // "arrived in Hakkari province": the province is the place itself; its head word belongs to the phrase
            // so that the phrase is one argument, named as the place is
            var geonames = entry.Category == Gazetteer.GeonamesCategory;
            s.Add(first, next, NodeLabels.Place, entry.Canonical, MentionRole.Actor, known: true, geonames ? 0.8 : 0.95, yields: geonames);
            return next;
        }

        return null;
    }

    /// <summary>"Iran's (northwestern) X": the state whose possessive stands before <paramref name="first"/>, past compass adjectives.</summary>
    private static string? PossessingState(SentenceMentions s, int first)
    {
        var k = first - 1;
        while (k >= 0 && Vocabulary.CompassAdjectives.Contains(s.NormAt(k)))
        {
            k--;
        }

        return k >= 2 && s.NormAt(k) == "s" && s.Tokens[k - 1].Text is "'" or "’" && s.MentionEndingAt(k - 2) is { Label: NodeLabels.Country } state ? state.Canonical : null;
    }

    /// <summary>
    /// A capital as the subject of a verb of saying, accusing, attacking or agreeing: first in its clause
    /// (sentence start, after a comma, "and", "but", "that" or an opening quote) and followed by the verb,
    /// with at most an auxiliary or adverb between.
    /// </summary>
    private static bool ActsAsState(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        if (first > 0 && Vocabulary.AccusingVerbs.Contains(tokens[first - 1].Norm))
        {
            return true; // "accused Washington of ...": the object is the state too
        }

        if (first > 0 && !(tokens[first - 1].Text is "," or "“" or "\"" or ";" or ":" || tokens[first - 1].Norm is "and" or "but" or "that" or "while" or "as" or "when" or "after" || Vocabulary.SpeechVerbs.Contains(tokens[first - 1].Norm)))
        {
            return false;
        }

        var i = last + 1;
        for (var skipped = 0; i < tokens.Count && skipped < 2 && Vocabulary.VerbAdjuncts.Contains(tokens[i].Norm); skipped++)
        {
            i++;
        }

        return i < tokens.Count && Vocabulary.StateActionVerbs.Contains(tokens[i].Norm);
    }

    /// <summary>The name is the first half of a hyphenated adjective ("Iran-backed", "US-led", "PKK-linked").</summary>
    internal static bool IsCompoundAdjective(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Text is "-" or "‑" or "‐" && tokens[last + 1].Start == tokens[last].End
            && tokens[last + 2].Start == tokens[last + 1].End && Vocabulary.CompoundParticiples.Contains(tokens[last + 2].Norm);

    private int AddDemonymPhrase(SentenceMentions s, int first, int last, string country)
    {
        var tokens = s.Tokens;
        var next = s.NextWord(last);
        var afterFederal = s.NormAt(next) == "federal" ? s.NextWord(next) : next;
        if (afterFederal > 0 && Vocabulary.GovernmentNouns.Contains(s.NormAt(afterFederal)))
        {
            s.Add(first, afterFederal, NodeLabels.Country, country, MentionRole.Actor, known: true, 0.9);
            return afterFederal;
        }

        if (BackedCollective(s, first, last, country) is { } collectiveEnd)
        {
            return collectiveEnd;
        }

        var weapon = s.NormAt(next) is "fighter" or "military" or "combat" ? s.NextWord(next) : next;
        if (weapon > 0 && Vocabulary.StateWeaponNouns.Contains(s.NormAt(weapon)))
        {
            var acting = s.Add(first, weapon, NodeLabels.Country, country, MentionRole.Actor, known: true, 0.8);
            acting.KeepAlias = false;
            return weapon;
        }

        if (s.NormAt(next) == "military" && s.NextWord(next) is var police and > 0 && s.NormAt(police) == "police")
        {
            // "Russian military police" is a force of its own, not the state's armed forces
            var text = s.Sentence.Text[(tokens[first].Start - s.Sentence.Start)..(tokens[police].End - s.Sentence.Start)];
            s.Add(first, police, NodeLabels.Organization, text, MentionRole.Actor, known: false, 0.8);
            s.Add(first, last, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
            return police;
        }

        if (next > 0 && s.PhraseAt(next, Vocabulary.StateBodies) is { } stateBody)
        {
            // "Iraqi police": a body of the state with a name of its own, neither the state nor its armed forces
            var demonym = s.Sentence.Text[(tokens[first].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)];
            var body = s.Add(first, stateBody.Last, NodeLabels.Organization, demonym + " " + stateBody.Phrase.Name, MentionRole.Actor, known: false, 0.8);
            body.KeepAlias = true;
            s.Add(first, last, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
            return stateBody.Last;
        }

        var forces = s.NormAt(next) is "armed" or "security" && s.NormAt(s.NextWord(next)) == "forces" ? s.NextWord(next) : next;
        if (forces > 0 && Vocabulary.ForceNouns.Contains(s.NormAt(forces)) && gazetteer.Country(country) is { } info)
        {
            // the state's own armed forces; other names ("Iraqi army") become aliases
            var mention = s.Add(first, forces, NodeLabels.Organization, info.ArmedForces, MentionRole.Actor, known: true, 0.85);
            mention.KeepAlias = tokens[forces].Norm is "forces" or "army" or "military";
            s.Add(first, last, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
            return forces;
        }

        if (Ministry(s, first, last, next, country) is { } ministryEnd)
        {
            return ministryEnd;
        }

        s.Add(first, last, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
        return last;
    }

    /// <summary>
    /// "Iranian-backed militias", "Turkish-backed armed factions": an unnamed collective actor defined by
    /// its backer, named "&lt;Demonym&gt;-backed &lt;noun&gt;" so "Iran-backed militias" is the same entity.
    /// Not when indefinite ("an Iran-backed group" describes another actor) nor when it introduces a
    /// named one ("Iran-backed militias of the X").
    /// </summary>
    private int? BackedCollective(SentenceMentions s, int first, int last, string country)
    {
        var tokens = s.Tokens;
        if (!IsCompoundAdjective(tokens, last) || !Vocabulary.BackingParticiples.Contains(tokens[last + 2].Norm) || (first > 0 && tokens[first - 1].Norm is "a" or "an") || InApposition(tokens, first))
        {
            return null;
        }

        var head = -1;
        for (var i = last + 3; i < Math.Min(tokens.Count, last + 6) && tokens[i].IsWord; i++)
        {
            var norm = tokens[i].Norm;
            if (Vocabulary.CollectiveHeads.Contains(norm) || (norm == "groups" && tokens[i - 1].Norm is "armed" or "militia" or "paramilitary"))
            {
                head = i;
                break;
            }

            if (!(Vocabulary.CollectiveQualifiers.Contains(norm) || gazetteer.CountryOfDemonym(tokens[i].Text) is not null))
            {
                return null;
            }
        }

        if (head < 0 || s.NormAt(head + 1) is "of" or "from" or "including" or "like" || (s.NormAt(head + 1) == "such" && s.NormAt(head + 2) == "as") || tokens.Skip(last + 3).Take(head - last - 2).Any(t => !t.IsWord))
        {
            return null;
        }

        var demonym = gazetteer.Country(country) is { Demonyms.Count: > 0 } info ? info.Demonyms[0] : country;
        // "Iranian-supported militias" are the "Iran-backed militias": one participle names the backing
        var participle = tokens[last + 2].Norm is "supported" or "sponsored" or "funded" ? "backed" : tokens[last + 2].Text;
        var rest = participle + s.Sentence.Text[(tokens[last + 2].End - s.Sentence.Start)..(tokens[head].End - s.Sentence.Start)];
        s.Add(first, head, NodeLabels.Organization, demonym + "-" + rest, MentionRole.Actor, known: false, 0.75);
        s.Add(first, last, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
        return head;
    }

    /// <summary>The phrase describes something named before: ", an umbrella of X-backed factions".</summary>
    private static bool InApposition(IReadOnlyList<Token> tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 5; j--)
        {
            if (tokens[j].Text == ",")
            {
                return j + 1 < first && tokens[j + 1].Norm is "a" or "an" or "one";
            }
        }

        return false;
    }

    /// <summary>
    /// "(Iran's|Iranian) foreign ministry", "Iranian Ministry of Foreign Affairs": a ministry of the state, named
    /// "Ministry of Foreign Affairs of Iran".
    /// </summary>
    private static int? Ministry(SentenceMentions s, int phraseFirst, int phraseLast, int at, string country)
    {
        if (at >= 0 && at < s.Tokens.Count && s.NormAt(at) == "ministry" && s.NormAt(s.NextWord(at)) == "of"
            && s.NextWord(s.NextWord(at)) is var named and > 0 && Vocabulary.Departments.TryGetValue(s.NormAt(named), out var itsDepartment)
            && NamedInFull(s, named, itsDepartment) is { } end)
        {
            s.Add(phraseFirst, end, NodeLabels.Organization, $"Ministry of {itsDepartment} of {country}", MentionRole.Actor, known: true, 0.9);
            s.Add(phraseFirst, phraseLast, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
            return end;
        }

        if (s.NormAt(at) == "national" && Vocabulary.Departments.ContainsKey(s.NormAt(s.NextWord(at))) && s.NormAt(s.NextWord(s.NextWord(at))) == "ministry")
        {
            at = s.NextWord(at); // "Turkish National Defense Ministry": the state's defense ministry
        }

        if (at < 0 || at >= s.Tokens.Count || !Vocabulary.Departments.TryGetValue(s.NormAt(at), out var department))
        {
            return null;
        }

        var ministry = s.NextWord(at);
        if (s.NormAt(ministry) != "ministry")
        {
            return null;
        }

        s.Add(phraseFirst, ministry, NodeLabels.Organization, $"Ministry of {department} of {country}", MentionRole.Actor, known: true, 0.9);
        s.Add(phraseFirst, phraseLast, NodeLabels.Country, country, MentionRole.Modifier, known: true, 0.9);
        return ministry;
    }

    /// <summary>The last token of the department's full name written from <paramref name="first"/> ("Foreign Affairs"), or null when the text names it otherwise.</summary>
    private static int? NamedInFull(SentenceMentions s, int first, string department)
    {
        var at = first;
        var words = department.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (at < 0 || s.NormAt(at) != Tokenizer.Fold(words[w]))
            {
                return null;
            }

            if (w < words.Length - 1)
            {
                at = s.NextWord(at);
            }
        }

        return at;
    }

    private static bool IsPossessive(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Text is "'" or "’" && tokens[last + 2].Norm == "s";
}

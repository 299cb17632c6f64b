using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>
/// Recognizes names no gazetteer knows: capitalized sequences (with name particles such as al-, bin,
/// of) classified by cues: organization head words (Ministry, Council, Forces, ...), agreement heads,
/// place heads and place cues ("city of X", "X camp"), and person cues (a title before the name, an
/// apposition after it, a reporting verb, a common given name, an Arabic name particle). A sequence
/// with no cue is dropped: precision matters more than a guess.
/// </summary>
internal sealed class OpenClassRecognizer(Gazetteer gazetteer)
{
    public void Recognize(SentenceMentions s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!StartsRun(s, i))
            {
                continue;
            }

            var last = RunEnd(s, i);
            var first = i;
            while (first <= last && (!tokens[first].IsWord || Vocabulary.LeadingStopWords.Contains(tokens[first].Norm) || IsConnector(tokens[first])))
            {
                first++;
            }

            while (last >= first && (!tokens[last].IsWord || IsConnector(tokens[last])))
            {
                last--;
            }

            if (first <= last)
            {
                Classify(s, first, last);
            }

            i = Math.Max(i, last);
        }
    }

    private static bool StartsRun(SentenceMentions s, int i)
    {
        var t = s.Tokens[i];
        if (!t.IsWord || s.IsCovered(i))
        {
            return false;
        }

        if (t.IsCapitalized)
        {
            return true;
        }

        // "al-Shammari": a lower-case particle hyphenated to a capitalized word
        return Vocabulary.NameParticles.Contains(t.Norm) && i + 2 < s.Tokens.Count && s.Tokens[i + 1].Text == "-" && s.Tokens[i + 2].IsCapitalized;
    }

    private static int RunEnd(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var last = first;
        var i = first + 1;
        while (i < tokens.Count && !s.IsCovered(i))
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (Tokenizer.IsJoiner(t) && t.Text != "." && t.Start == tokens[i - 1].End && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End)
                {
                    i++;
                    continue;
                }

                break;
            }

            if (t.IsCapitalized || (char.IsDigit(t.Text[0]) && false))
            {
                last = i;
                i++;
                continue;
            }

            if (IsEzafe(tokens, i))
            {
                i++;
                continue;
            }

            if ((IsConnector(t) || (t.Norm == "and" && IsBodyOf(tokens, first) && OneNameWordAt(s, i + 1))) && i + 1 < tokens.Count)
            {
                i++;
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>"Al-e Sadegh", "Abd-ol Karim": a Persian linking particle hyphened to a name word, a capitalized word after it.</summary>
    private static bool IsEzafe(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text is "e" or "ol" or "ul" or "ed" or "od" && i >= 2 && tokens[i - 1].Text == "-" && tokens[i - 2].IsCapitalized
        && i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized || (tokens[i + 1].Text == "-" && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized));

    /// <summary>"Ministry of Migration and Displaced": a body's "of" complement may join two capitalized words with "and".</summary>
    private static bool IsBodyOf(IReadOnlyList<Token> tokens, int first) =>
        Vocabulary.LeadingStopWords.Contains(tokens[first].Norm) ? first + 1 < tokens.Count && IsBodyOf(tokens, first + 1) : tokens[first].Norm is "ministry" or "department" or "directorate" or "office" or "commission"
        && first + 2 < tokens.Count && tokens[first + 1].Norm == "of";

    /// <summary>
    /// After "Minister of": the token where the person's name starts, when the run holds a portfolio and
    /// then a name beginning with a known given name, two words or more.
    /// </summary>
    private int? PortfolioSplit(SentenceMentions s, int first, List<Token> words)
    {
        var tokens = s.Tokens;
        if (words.Count < 3 || first < 2 || tokens[first - 1].Norm != "of"
            || !s.Sentence.Titles.Any(t => t.LastToken == first - 2 && t.Text.EndsWith("inister", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var k = 1; k <= words.Count - 2; k++)
        {
            if (gazetteer.IsGivenName(words[k].Text))
            {
                return s.TokenAt(words[k].Start);
            }
        }

        return null;
    }

    private static bool OwnedAt(SentenceMentions s, int first) =>
        first >= 3 && s.Tokens[first - 1].Norm == "s" && s.Tokens[first - 2].Text is "'" or "’" && s.MentionEndingAt(first - 3) is { Label: NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place };

    private static bool OneNameWordAt(SentenceMentions s, int i) =>
        i < s.Tokens.Count && s.Tokens[i].IsCapitalized && !s.IsCovered(i) && (i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsCapitalized);

    private static bool IsConnector(Token t) => t.IsWord && !t.IsCapitalized && Vocabulary.NameConnectors.Contains(t.Norm);

    private void Classify(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        var words = new List<Token>();
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].IsWord && !IsConnector(tokens[i]))
            {
                words.Add(tokens[i]);
            }
        }

        if (words.Count == 0 || words.All(w => w.IsAllCaps && w.Text.Length > 1))
        {
            return; // acronyms and shouted datelines: only resolution may name them
        }

        if (PortfolioSplit(s, first, words) is { } nameStart)
        {
            // "Minister of Local Administration Hussein Makhlouf": the portfolio completes the title, the rest is the person
            var title = s.Sentence.Titles.First(t => t.LastToken == first - 2);
            var portfolioEnd = nameStart - 1;
            while (!tokens[portfolioEnd].IsWord)
            {
                portfolioEnd--;
            }

            s.Sentence.Titles[s.Sentence.Titles.IndexOf(title)] = title with
            {
                LastToken = portfolioEnd,
                End = tokens[portfolioEnd].End,
                Text = s.Sentence.Text[(title.Start - s.Sentence.Start)..(tokens[portfolioEnd].End - s.Sentence.Start)],
            };
            var mention = s.Add(nameStart, last, NodeLabels.Person, s.Sentence.Text[(tokens[nameStart].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)], MentionRole.Actor, known: false, 0.8);
            mention.Confidence = 0.8;
            return;
        }

        var headNorm = words[^1].Norm;
        var firstNorm = words[0].Norm;
        var text = s.Sentence.Text[(tokens[first].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)];
        var placeBefore = first > 0 && s.Tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { Label: NodeLabels.Place or NodeLabels.Country, Role: MentionRole.Actor };
        if ((Vocabulary.OrganizationHeads.Contains(headNorm) && (words.Count > 1 || placeBefore)) || (firstNorm is "ministry" or "council" or "department" or "office" or "committee" && words.Count > 1)
            || ((Vocabulary.OrganizationHeads.Contains(firstNorm) || (Vocabulary.GenericOrganizationWords.Contains(firstNorm) && words.Count > 2 && Vocabulary.OrganizationHeads.Contains(words[1].Norm)))
                && words.Count > 1 && Enumerable.Range(first, last - first + 1).Any(i => tokens[i].Norm is "for" or "of")))
        {
            AddOrganization(s, first, last, text);
            return;
        }

        if (Vocabulary.AgreementHeads.Contains(headNorm) && words.Count > 1)
        {
            s.Add(first, last, NodeLabels.Agreement, text, MentionRole.Actor, known: false, 0.7);
            return;
        }

        if (Vocabulary.PlaceHeads.Contains(headNorm) && words.Count > 1)
        {
            s.Add(first, last, NodeLabels.Place, text, MentionRole.Actor, known: false, 0.7);
            return;
        }

        if (PlaceCue(s, first, last) is { } placeEnd)
        {
            var placeText = s.Sentence.Text[(tokens[first].Start - s.Sentence.Start)..(tokens[placeEnd].End - s.Sentence.Start)];
            s.Add(first, placeEnd, NodeLabels.Place, placeText, MentionRole.Actor, known: false, 0.7);
            return;
        }

        if (words.Count <= 5 && PersonCue(s, first, last, words))
        {
            var mention = s.Add(first, last, NodeLabels.Person, text, MentionRole.Actor, known: false, 0.8);
            mention.Confidence = words.Count >= 2 ? 0.85 : 0.7;
        }
    }

    private void AddOrganization(SentenceMentions s, int first, int last, string text)
    {
        // a demonym right before ("Iraqi National Security Service") belongs to the name
        var canonical = text;
        var start = first;
        if (first > 0 && s.Tokens[first - 1].IsWord && gazetteer.CountryOfDemonym(s.Tokens[first - 1].Text) is { } country)
        {
            canonical = s.Tokens[first - 1].Text + " " + text;
            start = first - 1;
            if (text.StartsWith("Ministry of ", StringComparison.Ordinal))
            {
                canonical = text + " of " + country;
            }
        }

        else if (first > 0 && s.Tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { } place
            && place.Label is NodeLabels.Place or NodeLabels.Country && place.Role == MentionRole.Actor && !text.StartsWith("Ministry", StringComparison.Ordinal))
        {
            // "Basra Port Authority": the place is part of the name, not a mention of its own
            s.Remove(place);
            start = s.TokenAt(place.Start);
            canonical = place.Surface + " " + text;
        }
        else if (first > 0 && s.Tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { Label: NodeLabels.Organization, Role: MentionRole.Actor } parent
            && parent.Surface.All(c => char.IsUpper(c) || c == '-'))
        {
            // "IRGC Ground Forces", "KRG Ministry of Health": a branch named by its parent's acronym is one body
            s.Remove(parent);
            start = s.TokenAt(parent.Start);
            canonical = parent.Surface + " " + text;
        }

        // "Press Office", "National Security Council" alone: generic words that name no particular body
        // ... unless an owner's possessive makes it particular ("the KRG's Department of Foreign Relations")
        if (start == first && !OwnedAt(s, first) && Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.IsWord && !IsConnector(t))
                .All(t => Vocabulary.OrganizationHeads.Contains(t.Norm) || Vocabulary.GenericOrganizationWords.Contains(t.Norm)))
        {
            return;
        }

        var mention = s.Add(start, last, NodeLabels.Organization, canonical, MentionRole.Actor, known: false, 0.75);
        mention.KeepAlias = true;
    }

    /// <summary>"city of X", "X camp", "X refugee camp", "in X, Country": returns the place's last token.</summary>
    private int? PlaceCue(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        var before = first >= 2 ? tokens[first - 1].Norm : "";
        var beforeHead = first >= 2 ? tokens[first - 2].Norm : "";
        if (before == "of" && beforeHead is "city" or "town" or "village" or "province" or "district" or "region" or "governorate")
        {
            return last;
        }

        var next = s.NextWord(last);
        if (s.NormAt(next) is "refugee" or "refuge" or "displacement" or "idp" && s.NormAt(s.NextWord(next)) == "camp")
        {
            return s.NextWord(next);
        }

        if (s.NormAt(next) is "camp" or "province" or "governorate" or "district")
        {
            return next;
        }

        // "in X, Iraq": a place followed by the country or region it lies in
        if (before is "in" or "at" or "near" && last + 2 < tokens.Count && tokens[last + 1].Text == ","
            && gazetteer.LongestMatch(tokens, last + 2, e => e.Kind == EntryKind.Name && e.Label is NodeLabels.Country or NodeLabels.Place) is not null)
        {
            return last;
        }

        return null;
    }

    private bool PersonCue(SentenceMentions s, int first, int last, List<Token> words)
    {
        var tokens = s.Tokens;
        var titleBefore = s.Sentence.Titles.Any(t => t.LastToken == first - 1 || (t.LastToken == first - 2 && tokens[first - 1].Text is "," or "."));
        var counterpart = first > 0 && tokens[first - 1].Norm is "counterpart" or "counterparts" or "envoy" or "spokesman" or "spokeswoman";
        titleBefore |= counterpart;
        var courtesy = first > 0 && tokens[first - 1].Norm is "mr" or "mrs" or "ms" or "dr" or "." && first > 1 && tokens[first - 2].Norm is "mr" or "mrs" or "ms" or "dr";
        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
        var speech = (next.IsWord && Vocabulary.SpeechVerbs.Contains(next.Norm))
            || (first > 0 && Vocabulary.SpeechVerbs.Contains(tokens[first - 1].Norm));
        var apposition = next.Text == "," && last + 2 < tokens.Count
            && (s.Sentence.Titles.Any(t => t.FirstToken == last + 2 || t.FirstToken == last + 3)
                || tokens[last + 2].Norm is "who" or "whose");
        var afterTitlePhrase = first >= 2 && tokens[first - 1].Text == "," && s.Sentence.Titles.Any(t => t.LastToken < first - 1 && first - t.LastToken <= 14
            && !Enumerable.Range(t.LastToken + 1, first - 2 - t.LastToken).Any(k => tokens[k].Text is "," or ";"));
        var given = words.Count >= 2 && gazetteer.IsGivenName(words[0].Text);
        var particle = words.Count >= 2 && (Enumerable.Range(first, last - first + 1).Any(i => tokens[i].IsWord && Vocabulary.NameParticles.Contains(tokens[i].Norm)));
        if (words.All(w => Vocabulary.GenericOrganizationWords.Contains(w.Norm) || Vocabulary.OrganizationHeads.Contains(w.Norm))
            || (words.Count >= 2 && words.Any(w => Vocabulary.OrganizationHeads.Contains(w.Norm) && w.Norm is not ("guard" or "army" or "front" or "union"))))
        {
            return false;
        }

        if (words.Count == 1)
        {
            if (Vocabulary.NotNames.Contains(words[0].Norm))
            {
                return false;
            }

            return (titleBefore || courtesy || speech) && words[0].Text.Length > 2 && !words[0].IsAllCaps;
        }

        return titleBefore || courtesy || speech || apposition || given || particle || afterTitlePhrase;
    }
}

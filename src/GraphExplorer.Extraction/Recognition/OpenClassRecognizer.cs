using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Relations.Lexicon;

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
            while (first <= last && (!tokens[first].IsWord || Vocabulary.LeadingStopWords.Contains(tokens[first].Norm) || Vocabulary.CourtesyTitles.Contains(tokens[first].Norm)
                || (IsConnector(tokens[first]) && !IsHyphenedParticle(tokens, first))))
            {
                first++;
            }

            if (BodyAfterOpeningNoun(s, first) is { } bodyStart)
            {
                first = bodyStart; // "Staff of the Commission for X and Y": the name is the body's
                last = RunEnd(s, first);
            }

            // "Relatives of Shirin X said": a sentence's capitalized first word that describes people, with "of" after
            // it, is whose kin or supporters they are, not part of the name that follows
            if (OpensWithPeopleOf(s, first, last) is { } nameStart)
            {
                first = nameStart;
            }

            // "Kurd Mahsa Amini", "Activist Nadia Korvel": a capitalized descriptor before a name is a cue, not part of it
            // ("Yazidi Protection Units": before a body's head it is the body's own name)
            if (first < last && tokens[first].IsCapitalized && gazetteer.IsPersonNoun(tokens[first].Norm) && CountWords(tokens, first + 1, last) >= 2
                && !Vocabulary.OrganizationHeads.Contains(tokens[last].Norm))
            {
                first++;
            }

            while (last >= first && (!tokens[last].IsWord || IsConnectorAt(tokens, last)))
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

    /// <summary>
    /// "Staff of the Commission for Integrity and Transparency ...": a sentence's capitalized first word that is no name
    /// word of a body (no head, no given name) followed by "of (the)" and a capitalized name holding an organization head.
    /// Returns the token where the body's name starts.
    /// </summary>
    private int? BodyAfterOpeningNoun(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        if (Enumerable.Range(0, first).Any(k => tokens[k].IsWord) || first + 2 >= tokens.Count || tokens[first + 1].Norm != "of"
            || Vocabulary.OrganizationHeads.Contains(tokens[first].Norm) || Vocabulary.GenericOrganizationWords.Contains(tokens[first].Norm)
            || Vocabulary.PlaceHeads.Contains(tokens[first].Norm) || gazetteer.IsGivenName(tokens[first].Text) || Vocabulary.NameParticles.Contains(tokens[first].Norm))
        {
            return null;
        }

        var start = tokens[first + 2].Norm == "the" ? first + 3 : first + 2;
        if (start >= tokens.Count || !tokens[start].IsCapitalized || s.IsCovered(start))
        {
            return null;
        }

        var end = RunEnd(s, start);
        return Enumerable.Range(start, end - start + 1).Any(k => tokens[k].IsCapitalized && Vocabulary.OrganizationHeads.Contains(tokens[k].Norm)) ? start : null;
    }

    /// <summary>
    /// "Relatives of Shirin X", "Supporters of the Y": the sentence's first word, a person noun (personnouns.tsv) and no
    /// given name, followed by "of (the)" and a capitalized word inside the run that a comma closes. Returns the token where
    /// the name starts.
    /// </summary>
    private int? OpensWithPeopleOf(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        if (first + 2 > last || Enumerable.Range(0, first).Any(k => tokens[k].IsWord) || tokens[first + 1].Norm != "of"
            || !gazetteer.IsPersonNoun(tokens[first].Norm) || gazetteer.IsGivenName(tokens[first].Text))
        {
            return null;
        }

        // only before an apposition of its own (", a teacher from X") or a place's head ("Residents of X village"): "Residents
        // of X Y said" may be a place's
        var start = tokens[first + 2].Norm == "the" ? first + 3 : first + 2;
        var placeHeadAfter = last + 1 < tokens.Count && tokens[last + 1].IsWord && !tokens[last + 1].IsCapitalized
            && (Vocabulary.PlaceHeadsKept.Contains(tokens[last + 1].Norm) || Vocabulary.PlaceHeadsLeftOut.Contains(tokens[last + 1].Norm));
        return start <= last && (tokens[start].IsCapitalized || IsHyphenedParticle(tokens, start)) && last + 1 < tokens.Count && (tokens[last + 1].Text == "," || placeHeadAfter) ? start : null;
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

    private int RunEnd(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var last = first;
        var i = first + 1;
        while (i < tokens.Count && !s.IsCovered(i))
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (last == i - 1 && IsPossessiveInName(s, i))
                {
                    last = i + 1;
                    i += 2;
                    continue;
                }

                if (last == i - 1 && IsWordInitialAyn(s, i))
                {
                    last = i + 1;
                    i += 2;
                    continue;
                }

                if (last == i - 1 && IsWordInternalApostrophe(tokens, i))
                {
                    last = i + 1;
                    i += 2;
                    continue;
                }

                if (Tokenizer.IsJoiner(t) && t.Text != "." && t.Start == tokens[i - 1].End && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End)
                {
                    i++;
                    continue;
                }

                if (last == i - 1 && IsNameFinalApostrophe(s, i))
                {
                    i++;
                    continue;
                }

                if (last == i - 1 && InsertedNameEnd(s, i) is { } resume)
                {
                    i = resume;
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

            // "Strategy to Combat Violent Extremism", "Coalition to Defeat ISIS": a body's purpose in its name
            if (t.Norm == "to" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && !s.IsCovered(i + 1)
                && Vocabulary.PurposeVerbsInNames.Contains(tokens[i + 1].Norm)
                && Enumerable.Range(first, i - first).Any(k => Vocabulary.OrganizationHeads.Contains(tokens[k].Norm)))
            {
                i++;
                continue;
            }

            if (IsEzafe(tokens, i))
            {
                i++;
                continue;
            }

            if ((IsConnector(t) || (t.Norm == "and" && ((IsBodyOf(tokens, first) && ComplementWordsAt(s, i + 1)) || BodyNameGoesOn(s, first, i)))) && i + 1 < tokens.Count)
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

    /// <summary>"al-Rashad camp", "al-Sudani": a particle hyphened to the name word after it belongs to the name.</summary>
    private static bool IsHyphenedParticle(IReadOnlyList<Token> tokens, int i) =>
        Vocabulary.NameParticles.Contains(tokens[i].Norm) && i + 2 < tokens.Count && tokens[i + 1].Text is "-" or "‐" or "‑" && tokens[i + 2].IsCapitalized;

    private static int CountWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i <= to; i++)
        {
            if (tokens[i].IsWord && !IsConnector(tokens[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// "Mu’min", "Ba’albaki", "Sa’id": an apostrophe inside a capitalized name word (a transliterated ayn or hamza)
    /// with lower-case letters after it belongs to the word; not a possessive ("Iraq’s") nor an English contraction.
    /// </summary>
    private static bool IsWordInternalApostrophe(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text is "’" or "'" && i >= 1 && i + 1 < tokens.Count && tokens[i - 1].IsCapitalized && tokens[i].Start == tokens[i - 1].End
        && tokens[i + 1].IsWord && tokens[i + 1].Start == tokens[i].End && char.IsLower(tokens[i + 1].Text[0])
        && tokens[i + 1].Norm is not ("s" or "t" or "d" or "ll" or "re" or "ve" or "m");

    /// <summary>
    /// "People's Defence Forces", "Free Women's Units": the possessive of a collective noun (<see cref="Vocabulary.NamePossessives"/>)
    /// inside a body's name, when the capitalized words after it end in an organization head.
    /// </summary>
    private static bool IsPossessiveInName(SentenceMentions s, int i)
    {
        var tokens = s.Tokens;
        if (tokens[i].Text is not ("’" or "'") || i + 2 >= tokens.Count || !tokens[i - 1].IsCapitalized || !Vocabulary.NamePossessives.Contains(tokens[i - 1].Norm)
            || tokens[i].Start != tokens[i - 1].End || tokens[i + 1].Norm != "s" || tokens[i + 1].Start != tokens[i].End)
        {
            return false;
        }

        var j = i + 2;
        while (j < tokens.Count && tokens[j].IsCapitalized && !s.IsCovered(j))
        {
            j++;
        }

        return j > i + 2 && Vocabulary.OrganizationHeads.Contains(tokens[j - 1].Norm);
    }

    /// <summary>
    /// "Hassan Rabi’ al-Tamimi", "Mohammed Shia’ al-Sudani": an apostrophe closing a name word (a transliterated
    /// ayn or hamza) with the name going on after a space; not a closing quotation mark nor a possessive.
    /// </summary>
    private static bool IsNameFinalApostrophe(SentenceMentions s, int i)
    {
        var tokens = s.Tokens;
        if (tokens[i].Text is not ("’" or "'") || tokens[i].Start != tokens[i - 1].End || !tokens[i - 1].IsCapitalized || i + 1 >= tokens.Count
            || tokens[i + 1].Start == tokens[i].End || s.IsCovered(i + 1))
        {
            return false;
        }

        var next = tokens[i + 1];
        var nameGoesOn = (next.IsCapitalized && !Vocabulary.LeadingStopWords.Contains(next.Norm)) || IsHyphenedParticle(tokens, i + 1);
        return nameGoesOn && !OpenQuoteBefore(s, i);
    }

    /// <summary>
    /// "‘Ali ‘Abd al-Karim", "Syrian envoy ‘Umar Jasim": a transliterated ayn or hamza opening a capitalized name word (the
    /// mark written before the word, a space before it), not an opening quotation mark: no closing mark (one before a space
    /// or punctuation, no possessive) follows in the sentence.
    /// </summary>
    private static bool IsWordInitialAyn(SentenceMentions s, int i)
    {
        var tokens = s.Tokens;
        if (tokens[i].Text is not ("‘" or "’" or "'") || i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized || tokens[i + 1].Start != tokens[i].End
            || (i > 0 && tokens[i - 1].End == tokens[i].Start))
        {
            return false;
        }

        for (var k = i + 2; k < tokens.Count; k++)
        {
            if (tokens[k].Text is "’" or "'" && tokens[k].Start == tokens[k - 1].End
                && (k + 1 >= tokens.Count || tokens[k + 1].Start > tokens[k].End || !tokens[k + 1].IsWord))
            {
                return false; // closed: a quotation
            }
        }

        return true;
    }

    /// <summary>An opening single quotation mark before <paramref name="i"/> in the sentence that nothing has closed yet.</summary>
    private static bool OpenQuoteBefore(SentenceMentions s, int i)
    {
        var open = false;
        for (var k = 0; k < i; k++)
        {
            var t = s.Tokens[k];
            if ((t.Text == "‘" || (t.Text == "'" && (k == 0 || s.Tokens[k - 1].End < t.Start) && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Start == t.End)) && !IsWordInitialAyn(s, k))
            {
                open = true;
            }
            else if (t.Text is "’" or "'" && open && (k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Start > t.End))
            {
                open = false;
            }
        }

        return open;
    }

    /// <summary>
    /// A nickname in quotes or a second given name in parentheses inside a name: Michael "Erik" Kurilla,
    /// Aso (Hossein) Twana. Returns the token where the name goes on after the closing mark.
    /// </summary>
    private static int? InsertedNameEnd(SentenceMentions s, int open)
    {
        var tokens = s.Tokens;
        var close = tokens[open].Text switch
        {
            "\"" => "\"",
            "“" => "”",
            "(" => ")",
            _ => null,
        };
        if (close is null || !tokens[open - 1].IsCapitalized)
        {
            return null;
        }

        var j = open + 1;
        while (j < tokens.Count && j - open <= 3 && tokens[j].IsCapitalized && !tokens[j].IsAllCaps && !s.IsCovered(j))
        {
            j++;
        }

        return j > open + 1 && j + 1 < tokens.Count && tokens[j].Text == close && !s.IsCovered(j + 1)
            && ((tokens[j + 1].IsCapitalized && !Vocabulary.LeadingStopWords.Contains(tokens[j + 1].Norm)) || IsHyphenedParticle(tokens, j + 1)) ? j + 1 : null;
    }

    /// <summary>
    /// "Border Monitoring and Liaison Office": "and" inside a body's name, when capitalized words after it end
    /// in an organization head and the words before it (two or more, no given name first) end in none.
    /// </summary>
    private bool BodyNameGoesOn(SentenceMentions s, int first, int and)
    {
        var tokens = s.Tokens;
        var before = Enumerable.Range(first, and - first).Where(k => tokens[k].IsWord && !IsConnector(tokens[k]))
            .SkipWhile(k => Vocabulary.LeadingStopWords.Contains(tokens[k].Norm)).ToList();
        if (before.Count < 1 || Vocabulary.OrganizationHeads.Contains(tokens[and - 1].Norm) || !tokens[and - 1].IsCapitalized
            || gazetteer.IsGivenName(tokens[before[0]].Text) || Vocabulary.LeadingStopWords.Contains(tokens[before[0]].Norm))
        {
            return false;
        }

        var j = and + 1;
        while (j < tokens.Count && tokens[j].IsCapitalized && !s.IsCovered(j) && !Vocabulary.LeadingStopWords.Contains(tokens[j].Norm))
        {
            j++;
        }

        // One word before "and" ("Demining and Explosives Removal Directorate") only when it is no demonym and two words
        // or more follow it ("Iraqi and Syrian Forces" are two forces, "Ninewa and Kirkuk Police" two police forces).
        if (before.Count == 1 && (j - and - 1 < 3 || gazetteer.CountryOfDemonym(tokens[before[0]].Text) is not null
            || gazetteer.RegionOfAdjective(tokens[before[0]].Text) is not null))
        {
            return false;
        }

        return j > and + 1 && Vocabulary.OrganizationHeads.Contains(tokens[j - 1].Norm);
    }

    /// <summary>
    /// A body's "of" or "for" complement (<see cref="Vocabulary.BodiesWithComplement"/>) may join two capitalized words with "and";
    /// generic qualifiers may open the body's name ("General Authority for Ports and Customs", "Supreme Council for X and Y").
    /// </summary>
    private static bool IsBodyOf(IReadOnlyList<Token> tokens, int first) =>
        Vocabulary.LeadingStopWords.Contains(tokens[first].Norm) || (tokens[first].IsCapitalized && Vocabulary.GenericOrganizationWords.Contains(tokens[first].Norm)
            && !Vocabulary.BodiesWithComplement.Contains(tokens[first].Norm)) ? first + 1 < tokens.Count && IsBodyOf(tokens, first + 1)
        : Vocabulary.BodiesWithComplement.Contains(tokens[first].Norm) && first + 2 < tokens.Count && tokens[first + 1].Norm is "of" or "for";

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

    /// <summary>"The National Security Council spokesperson": a definite generic name whose office a title right after it names is one particular body.</summary>
    private static bool OfficeFollows(SentenceMentions s, int first, int last) =>
        first > 0 && s.Tokens[first - 1].Norm == "the" && last - first >= 2 && s.Sentence.Titles.Any(t => t.FirstToken == last + 1);

    private static bool OwnedAt(SentenceMentions s, int first) =>
        first >= 3 && s.Tokens[first - 1].Norm == "s" && s.Tokens[first - 2].Text is "'" or "’" && s.MentionEndingAt(first - 3) is { Label: NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place };

    private static bool OneNameWordAt(SentenceMentions s, int i) =>
        i < s.Tokens.Count && s.Tokens[i].IsCapitalized && !s.IsCovered(i) && (i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsCapitalized);

    /// <summary>
    /// After "and" in a body's "of"/"for" complement: one capitalized word, or up to three that no gazetteer covers, that hold no
    /// body's head and open with no given name or demonym, ending the run ("Ministry of Agriculture and Water Resources",
    /// "Office of Planning and Budget Affairs"); a body or a person after "and" is another entity.
    /// </summary>
    private bool ComplementWordsAt(SentenceMentions s, int i)
    {
        if (OneNameWordAt(s, i))
        {
            return true;
        }

        var tokens = s.Tokens;
        var j = i;
        while (j < tokens.Count && tokens[j].IsWord && tokens[j].IsCapitalized && !s.IsCovered(j) && !tokens[j].IsAllCaps
            && !Vocabulary.OrganizationHeads.Contains(tokens[j].Norm) && !Vocabulary.LeadingStopWords.Contains(tokens[j].Norm))
        {
            j++;
        }

        return j - i is >= 2 and <= 3 && (j >= tokens.Count || !tokens[j].IsCapitalized)
            && gazetteer.CountryOfDemonym(tokens[i].Text) is null && gazetteer.RegionOfAdjective(tokens[i].Text) is null
            && !Enumerable.Range(i, j - i).Any(k => gazetteer.IsGivenName(tokens[k].Text) || Vocabulary.NameParticles.Contains(tokens[k].Norm)
                || Vocabulary.OpensWithServant(tokens[k].Norm));
    }

    /// <summary>A connector word, unless an apostrophe joins it to the name word before it ("Qa’ud" is one word, not "Qa" and "ud").</summary>
    private static bool IsConnectorAt(IReadOnlyList<Token> tokens, int i) =>
        IsConnector(tokens[i]) && !(i >= 2 && tokens[i - 1].Text is "’" or "'" && tokens[i - 1].Start == tokens[i - 2].End && tokens[i].Start == tokens[i - 1].End);

    private static bool IsConnector(Token t) => t.IsWord && !t.IsCapitalized && Vocabulary.NameConnectors.Contains(t.Norm);

    private void Classify(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        var words = new List<Token>();
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].IsWord && !IsConnectorAt(tokens, i))
            {
                words.Add(tokens[i]);
            }
        }

        if (words.Count == 0 || words.All(w => w.IsAllCaps && w.Text.Length > 1))
        {
            return; // acronyms and shouted datelines: only resolution may name them
        }

        if (Vocabulary.Venues.Contains(string.Join(' ', Enumerable.Range(first, last - first + 1).Where(i => tokens[i].IsWord).Select(i => tokens[i].Norm))))
        {
            return; // "said from the Oval Office": a room where leaders speak is neither body nor place of the graph
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

        if (PortfolioBeforeBracket(s, first, last))
        {
            return;
        }

        var headNorm = words[^1].Norm;
        var firstNorm = words[0].Norm;
        var text = s.Sentence.Text[(tokens[first].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)];
        var placeBefore = first > 0 && s.Tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { Label: NodeLabels.Place or NodeLabels.Country, Role: MentionRole.Actor };
        if ((Vocabulary.OrganizationHeads.Contains(headNorm) && (words.Count > 1 || placeBefore)) || (firstNorm is "ministry" or "council" or "department" or "office" or "committee" && words.Count > 1)
            || (words.Count > 1 && Vocabulary.OpensArmedGroupName(text))
            || ((Vocabulary.OrganizationHeads.Contains(firstNorm) || (Vocabulary.GenericOrganizationWords.Contains(firstNorm) && words.Count > 2 && Vocabulary.OrganizationHeads.Contains(words[1].Norm)))
                && words.Count > 1 && Enumerable.Range(first, last - first + 1).Any(i => tokens[i].Norm is "for" or "of")))
        {
            AddOrganization(s, first, last, text);
            return;
        }

        if (first >= 2 && tokens[first - 1].IsWord && Vocabulary.MediaNouns.Contains(tokens[first - 1].Norm) && tokens[first - 2].Norm is "the" or "a" or "an" or "broadcaster" or "channel")
        {
            // "the channel Al-Nour", "the daily Azadi": a named outlet
            s.Add(first, last, NodeLabels.Organization, text, MentionRole.Actor, known: false, 0.75);
            return;
        }

        if (HeadAfterName(s, first, last, words) is var (nameStart2, bodyHead))
        {
            // "Al-Rafidain television", "the Ashab al-Kahf militia": a lower-case outlet or body noun after a name no gazetteer
            // knows makes it that outlet's or body's, whatever particle it opens with; the noun is left out of the name. A place
            // the name opens with ("the Qandil Hawks faction") is part of it, no mention of its own
            if (nameStart2 < first && s.MentionEndingAt(first - 1) is { } opening)
            {
                s.Remove(opening);
            }

            var name = s.Sentence.Text[(tokens[nameStart2].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)];
            var body = s.Add(nameStart2, bodyHead, NodeLabels.Organization, name, MentionRole.Actor, known: false, 0.75);
            body.KeepAlias = true;
            return;
        }

        if (last + 1 < tokens.Count && !tokens[last + 1].IsCapitalized && s.PhraseAt(last + 1, Vocabulary.PlaceBodies) is { } office
            && !Vocabulary.OrganizationHeads.Contains(headNorm) && (!gazetteer.IsGivenName(words[0].Text) || (first > 0 && tokens[first - 1].Norm == "the")))
        {
            // "Haji Omaran customs office": an office named after its place; "the Ibrahim Khalil customs office" too,
            // though its place is named like a person: no person's name takes "the"
            var body = s.Add(first, office.Last, NodeLabels.Organization, text + " " + office.Phrase.Name, MentionRole.Actor, known: false, 0.75);
            body.KeepAlias = true;
            return;
        }

        if (Vocabulary.AgreementHeads.Contains(headNorm) && words.Count > 1)
        {
            // "Turkey, Iraq Strike Water Sharing Accord": in a headline every word is capitalized, so the run holds the parties and
            // the verb that concludes the accord; the accord's name starts after that verb
            var verb = s.Sentence.IsHeadline ? words.FindLastIndex(w => TriggerLexicon.Default.IsConcludingVerbForm(w.Norm)) : -1;
            if (verb >= 0 && verb < words.Count - 1)
            {
                var start = s.TokenAt(words[verb + 1].Start);
                if (words.Count - verb - 1 > 1)
                {
                    s.Add(start, last, NodeLabels.Agreement, s.Sentence.Text[(tokens[start].Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)], MentionRole.Actor, known: false, 0.7);
                }

                return;
            }

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

        if (ArmedGroupByItsVerbs(s, first, last, words))
        {
            // "the Desert Falcons claimed the ambush", "troops fought the Black Banners", "designated the Golden Swords": a plural
            // name with an article that attacks, fights or is fought, struck or designated is an armed group
            var group = s.Add(first, last, NodeLabels.Organization, text, MentionRole.Actor, known: false, 0.7);
            group.KeepAlias = true;
            return;
        }

        if (words.Count <= 5 && PersonCue(s, first, last, words))
        {
            var mention = s.Add(first, last, NodeLabels.Person, text, MentionRole.Actor, known: false, 0.8);
            mention.Confidence = words.Count >= 2 ? 0.85 : 0.7;
            return;
        }

        if (words.Count > 1 && first >= 3 && tokens[first - 1].Norm == "the" && tokens[first - 2].Norm == "by" && TriggerLexicon.Default.Words.IsHolding(tokens[first - 3].Norm))
        {
            // "positions held by the Gara Mountain Defenders", "hideouts used by the Zagros Eagles": what holds places is a body
            var holder = s.Add(first, last, NodeLabels.Organization, text, MentionRole.Actor, known: false, 0.7);
            holder.KeepAlias = true;
            return;
        }

        var hyphenedOn = last + 1 < tokens.Count && tokens[last + 1].Text == "-" && tokens[last + 1].Start == tokens[last].End; // "the Shiite-majority X"
        if ((words.Count > 1 || (first > 0 && tokens[first - 1].Norm == "the" && gazetteer.RegionOfAdjective(words[0].Text) is null && !Vocabulary.NotNames.Contains(words[0].Norm)))
            && !hyphenedOn && ListedWithBody(s, first))
        {
            // "the A Brigade (AB), the B Front and the Komar Brotherhood", "Kataib X (KX) and Harakat al-Y": the last member
            // of a list of bodies, with no head word of its own, is a body too
            var body = s.Add(first, last, NodeLabels.Organization, text, MentionRole.Actor, known: false, 0.7);
            body.KeepAlias = true;
        }
    }

    /// <summary>
    /// The token of a lower-case outlet noun right after the name (entity-cues.tsv media-head: "Al-Rafidain television"), or of a
    /// body's head after a name that "the" opens (group-head: "the Ashab al-Kahf militia"); null when none follows, when the name
    /// holds a body's or a place's head, opens with a given name (a person's "television interview"), or is one word that
    /// is a demonym or a common word ("the Kurdish movement").
    /// </summary>
    private (int Start, int Head)? HeadAfterName(SentenceMentions s, int first, int last, List<Token> words)
    {
        var tokens = s.Tokens;
        if (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || tokens[last + 1].IsCapitalized || s.IsCovered(last + 1)
            || words.Any(w => Vocabulary.OrganizationHeads.Contains(w.Norm) || Vocabulary.PlaceHeads.Contains(w.Norm))
            || gazetteer.IsGivenName(words[0].Text) || Vocabulary.NotNames.Contains(words[0].Norm))
        {
            return null;
        }

        var norm = tokens[last + 1].Norm;
        var oneWordAdjective = words.Count == 1 && (gazetteer.CountryOfDemonym(words[0].Text) is not null || gazetteer.RegionOfAdjective(words[0].Text) is not null
            || words[0].IsAllCaps);
        if (Vocabulary.MediaHeads.Contains(norm) && !oneWordAdjective)
        {
            return (first, last + 1);
        }

        // "the Qandil Hawks faction": a known place right before the name opens it
        var start = first > 1 && tokens[first - 1].IsWord && s.MentionEndingAt(first - 1) is { Label: NodeLabels.Place, Role: MentionRole.Actor } place
            && s.TokenAt(place.Start) is var placeStart && placeStart > 0 && tokens[placeStart - 1].Norm == "the" ? placeStart : first;
        return Vocabulary.GroupHeadsAfter.Contains(norm) && start > 0 && tokens[start - 1].Norm == "the" && (words.Count >= 2 || start < first) && !oneWordAdjective
            ? (start, last + 1) : null;
    }

    /// <summary>
    /// "the Minister of Energy [Ali Badran]", "Minister of Water, Ali X": the portfolio after a minister's
    /// "of" completes the title when a bracket or a comma follows it; the name after that is the holder.
    /// </summary>
    private static bool PortfolioBeforeBracket(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        if (first < 2 || tokens[first - 1].Norm != "of" || last + 1 >= tokens.Count || tokens[last + 1].Text is not ("[" or "(" or ","))
        {
            return false;
        }

        var title = s.Sentence.Titles.FirstOrDefault(t => t.LastToken == first - 2 && t.Text.EndsWith("inister", StringComparison.OrdinalIgnoreCase));
        if (title is null)
        {
            return false;
        }

        s.Sentence.Titles[s.Sentence.Titles.IndexOf(title)] = title with
        {
            LastToken = last,
            End = tokens[last].End,
            Text = s.Sentence.Text[(title.Start - s.Sentence.Start)..(tokens[last].End - s.Sentence.Start)],
        };
        s.Cover(first - 1, last);
        return true;
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
        if (start == first && !OwnedAt(s, first) && !OfficeFollows(s, first, last) && Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.IsWord && !IsConnector(t))
                .All(t => Vocabulary.OrganizationHeads.Contains(t.Norm) || Vocabulary.GenericOrganizationWords.Contains(t.Norm)))
        {
            return;
        }

        if (start == first && OfficeFollows(s, first, last) && s.QualifiedBodyNamed(text) is { } qualified)
        {
            canonical = qualified; // "the Iraqi National Security Council ... the National Security Council spokesperson"
        }

        // "the Iranian Kurdish Democratic Party": a curated body named with its words in another order, a state or region
        // named by its demonym instead of its name (Gazetteer.ContentKey)
        var curated = gazetteer.OrganizationByContent(canonical);
        var mention = s.Add(start, last, NodeLabels.Organization, curated ?? canonical, MentionRole.Actor, known: false, 0.75);
        mention.KeepAlias = start != first || canonical == text || curated is not null;
    }

    /// <summary>
    /// Open-class place cues; returns the place's last token. A place head after the name ("X camp", "X border
    /// crossing", "X hills", "X town": kept in the name for sites and landforms, left out for settlements and
    /// districts), a list of names before a plural head ("X, Y and Z regions") or after one ("gates such as X and
    /// Y", "the ports of X and Y"), a head before it ("the village of X", "Mount X"), and a locative: "in X,
    /// Iraq", "in X outside Y", "in X on Tuesday".
    /// </summary>
    private int? PlaceCue(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        if (first == last && (Vocabulary.NotNames.Contains(tokens[first].Norm) || Vocabulary.Languages.Contains(tokens[first].Norm) || gazetteer.CountryOfDemonym(tokens[first].Text) is not null || gazetteer.RegionOfAdjective(tokens[first].Text) is not null
            || gazetteer.IsMisspeltCountry(tokens[first].Text)))
        {
            return null; // "Kurdish areas", "Arab villages": an adjective, not a name; "Region of Iraa": a typo, not a place
        }

        var before = first >= 2 ? tokens[first - 1].Norm : "";
        var beforeHead = first >= 2 ? tokens[first - 2].Norm : "";
        if (before == "of" && (Vocabulary.PlaceHeadsLeftOut.Contains(beforeHead) || Vocabulary.PlaceHeadsKept.Contains(beforeHead)) && beforeHead is not ("base" or "gate"))
        {
            return last;
        }

        if ((Vocabulary.MountWords.Contains(tokens[first].Norm) || Vocabulary.WaterLeads.Contains(tokens[first].Norm)) && tokens[first].IsCapitalized && last > first)
        {
            return last; // "Mount Gara", "Jebel Hamrin", "Lake Hamrin", "Strait of Tiran"
        }

        var next = s.NextWord(last);
        var nextNorm = s.NormAt(next);
        if (nextNorm is "refugee" or "refuge" or "displacement" or "idp" && s.NormAt(s.NextWord(next)) == "camp")
        {
            return s.NextWord(next);
        }

        if (nextNorm == "border" && s.NormAt(s.NextWord(next)) is "crossing" or "point" or "gate" or "post" or "port")
        {
            return s.NextWord(next); // "X border crossing"
        }

        if (next > 0 && !tokens[next].IsCapitalized && Vocabulary.PlaceHeadsKept.Contains(nextNorm))
        {
            return next;
        }

        if (next > 0 && !tokens[next].IsCapitalized && (Vocabulary.PlaceHeadsLeftOut.Contains(nextNorm) || SubDistrict(tokens, next)))
        {
            return last;
        }

        if (ListBeforePluralHead(s, last) || ListAfterPluralHead(s, first))
        {
            return last;
        }

        // "in X, Iraq": a place followed by the country or region it lies in; "in X outside Sulaimani"
        if (before is "in" or "at" or "near" && last + 2 < tokens.Count && (tokens[last + 1].Text == "," || tokens[last + 1].Norm is "outside" or "near")
            && gazetteer.LongestMatch(tokens, last + 2, e => e.Kind == EntryKind.Name && e.Label is NodeLabels.Country or NodeLabels.Place) is not null)
        {
            return last;
        }

        // "met her counterpart in Badajoz.": a locative of one or two name words closing the sentence
        if (before == "in" && last + 1 < tokens.Count && tokens[last + 1].Text == "." && last + 2 == tokens.Count && last - first <= 2
            && !gazetteer.IsGivenName(tokens[first].Text)
            && !Enumerable.Range(first, last - first + 1).Any(k => tokens[k].IsWord && (tokens[k].IsAllCaps || Vocabulary.OrganizationHeads.Contains(tokens[k].Norm) || Vocabulary.GenericOrganizationWords.Contains(tokens[k].Norm) || Vocabulary.NotNames.Contains(tokens[k].Norm) || gazetteer.IsPersonNoun(tokens[k].Norm))))
        {
            return last;
        }

        // "met X in Iasi on Tuesday": a locative with the day after it
        if (before == "in" && last + 2 < tokens.Count && tokens[last + 1].Norm == "on"
            && !Enumerable.Range(first, last - first + 1).Any(k => tokens[k].IsWord && (Vocabulary.OrganizationHeads.Contains(tokens[k].Norm) || Vocabulary.GenericOrganizationWords.Contains(tokens[k].Norm) || Vocabulary.NotNames.Contains(tokens[k].Norm)))
            && (Vocabulary.Weekdays.Contains(tokens[last + 2].Norm) || NewsDatesMonth(tokens[last + 2].Text)))
        {
            return last;
        }

        return null;
    }

    private static bool NewsDatesMonth(string word) => Reading.NewsDates.Month(word) > 0;

    /// <summary>"sub-district", "subdistrict".</summary>
    private static bool SubDistrict(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Norm == "sub" && at + 2 < tokens.Count && tokens[at + 1].Text is "-" or "‐" && tokens[at + 2].Norm == "district";

    /// <summary>"the Metina, Zap, and Avashin-Basyan regions": the name is one of a list that a plural place head closes.</summary>
    private static bool ListBeforePluralHead(SentenceMentions s, int last)
    {
        var tokens = s.Tokens;
        var k = last + 1;
        while (k < tokens.Count)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && Vocabulary.PluralPlaceHeads.Contains(tokens[k].Norm))
            {
                return true;
            }

            if (tokens[k].Text == "," || tokens[k].Norm == "and")
            {
                k++;
                if (k < tokens.Count && tokens[k].Norm == "and")
                {
                    k++;
                }

                // the next item: capitalized words (and hyphens between them)
                var itemStart = k;
                while (k < tokens.Count && (tokens[k].IsCapitalized || (tokens[k].Text is "-" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)))
                {
                    k++;
                }

                if (k == itemStart)
                {
                    return false;
                }

                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>"gates such as Kele and Tawela", "the border ports of Haji Omaran, Parviz-Khan and Bashmakh": the name is one of a list a plural place head opens.</summary>
    private static bool ListAfterPluralHead(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var k = first - 1;
        while (k >= 1)
        {
            var t = tokens[k];
            if (t.Text == "," || t.Norm == "and")
            {
                k--;
                while (k >= 0 && (tokens[k].IsCapitalized || tokens[k].Text == "-"))
                {
                    k--;
                }

                continue;
            }

            if (t.Norm is "as" && k >= 2 && tokens[k - 1].Norm == "such")
            {
                return Vocabulary.PluralPlaceHeads.Contains(tokens[k - 2].Norm);
            }

            return t.Norm is "including" or "of" or "like" && Vocabulary.PluralPlaceHeads.Contains(tokens[k - 1].Norm);
        }

        return false;
    }

    /// <summary>Plural heads of names that are places, peoples' homes or publications, never armed groups ("the Golan Heights", "the New York Times").</summary>
    private static readonly HashSet<string> PluralNonGroupHeads = new(StringComparer.Ordinal)
    {
        "heights", "marshes", "highlands", "lowlands", "straits", "springs", "falls", "gardens", "towers", "islands", "plains", "emirates",
        "states", "times", "news", "affairs", "relations", "nations", "games", "olympics", "awards", "studies", "sciences", "arts",
        "kurds", "arabs", "turks", "persians", "yazidis", "ezidis", "christians", "muslims", "shiites", "shias", "sunnis", "armenians",
        "assyrians", "turkmens", "druze", "alawites", "bedouins", "israelis", "palestinians", "iranians", "iraqis", "syrians", "americans",
    };

    /// <summary>Words that may stand between a name and its verb ("the X have also claimed", "the X were designated").</summary>
    private static readonly HashSet<string> VerbLeadIns = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "also", "reportedly", "later", "then", "were", "was", "are", "is", "been", "allegedly", "repeatedly", "previously",
    };

    /// <summary>Plural nouns that name what belongs to an armed group ("positions of the X", "fighters of the X").</summary>
    private static readonly HashSet<string> GroupBelongings = new(StringComparer.Ordinal)
    {
        "positions", "bases", "hideouts", "camps", "fighters", "members", "militants", "commanders", "leaders", "cells", "units", "strongholds", "targets",
    };

    /// <summary>
    /// An armed group known only from the verbs it takes: a name of two to four words after "the" (no person's name takes an
    /// article), ending in a plural common word that names no place, people or publication, no given name first, that is the
    /// subject of a verb of attacking, fighting or claiming ("the Desert Falcons claimed", "the X have attacked", "the X were
    /// designated"), the object of such a verb ("fought the X", "designated the X", "struck the X"), or named by what belongs
    /// to an armed group or by "against" ("positions of the X", "an offensive against the X").
    /// </summary>
    private bool ArmedGroupByItsVerbs(SentenceMentions s, int first, int last, List<Token> words)
    {
        var tokens = s.Tokens;
        var head = words[^1].Norm;
        if (words.Count is < 2 or > 4 || first < 1 || tokens[first - 1].Norm != "the" || head.Length < 4 || !head.EndsWith('s') || head.EndsWith("ss", StringComparison.Ordinal)
            || words.Any(w => w.IsAllCaps) || gazetteer.IsGivenName(words[0].Text) || PluralNonGroupHeads.Contains(head)
            || Vocabulary.PlaceHeads.Contains(head) || Vocabulary.PluralPlaceHeads.Contains(head) || Vocabulary.PlaceHeadsKept.Contains(head) || Vocabulary.Languages.Contains(head))
        {
            return false;
        }

        var lexicon = TriggerLexicon.Default;
        bool Hostile(Token t) => t.IsWord && !t.IsCapitalized && lexicon.Lookup(t.Norm, t.Norm, "VERB").Any(r => r.Edge == EdgeTypes.Attacked || r.Edge == EdgeTypes.Fought || r.Edge == EdgeTypes.Accused);
        var next = last + 1;
        while (next < tokens.Count && tokens[next].IsWord && VerbLeadIns.Contains(tokens[next].Norm))
        {
            next++;
        }

        if (next < tokens.Count && Hostile(tokens[next]))
        {
            return true; // "the X attacked", "the X were designated"
        }

        var before = first >= 2 ? tokens[first - 2] : default;
        return first >= 2 && (Hostile(before) || before.Norm == "against" || (before.Norm == "of" && first >= 3 && GroupBelongings.Contains(tokens[first - 3].Norm)));
    }

    private bool PersonCue(SentenceMentions s, int first, int last, List<Token> words)
    {
        var tokens = s.Tokens;
        var titleBefore = s.Sentence.Titles.Any(t => t.LastToken == first - 1 || (t.LastToken == first - 2 && (tokens[first - 1].Text is "," or "." or "[" or "(" || IsWordInitialAyn(s, first - 1))));
        var counterpart = first > 0 && (IsCounterpartNoun(tokens[first - 1]) || (tokens[first - 1].Text == "," && first > 1 && IsCounterpartNoun(tokens[first - 2]))); // "his Turkish counterpart, X"
        titleBefore |= counterpart;
        var courtesy = first > 0 && (Vocabulary.CourtesyTitles.Contains(tokens[first - 1].Norm)
            || (tokens[first - 1].Text == "." && first > 1 && Vocabulary.CourtesyTitles.Contains(tokens[first - 2].Norm)));
        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;

        // "X said", "said X"; a name after "told" is the one spoken to, mostly a news outlet ("told Rudaw")
        var speech = (next.IsWord && Vocabulary.SpeechVerbs.Contains(next.Norm))
            || (first > 0 && Vocabulary.SpeechVerbs.Contains(tokens[first - 1].Norm) && tokens[first - 1].Norm != "told");
        var apposition = (next.Text == "," && last + 2 < tokens.Count
            && (s.Sentence.Titles.Any(t => t.FirstToken == last + 2 || t.FirstToken == last + 3) || TitledAfterOwner(s, last + 2)
                || tokens[last + 2].Norm is "who" or "whose" || DescribedAfter(s, last + 2)))
            || AgeAfter(tokens, last + 1)
            || (next.Norm == "as" && TitleSoonAfter(s, last + 2)); // "elected X as its secretary general", "appointed X as chief of staff"
        var afterTitlePhrase = first >= 2 && tokens[first - 1].Text == "," && s.Sentence.Titles.Any(t => t.LastToken < first - 1 && first - t.LastToken <= 14
            && !Enumerable.Range(t.LastToken + 1, first - 2 - t.LastToken).Any(k => tokens[k].Text is "," or ";"));
        var described = DescribedBefore(s, first) || StatePossessiveBefore(s, first, words) || NamedAs(s, first, last);

        // "according to X Y": a source named by two to four name words, none a common or media word, is a person (a body's
        // head or a place's was tested before this cue)
        var source = words.Count is >= 2 and <= 4 && !words.Any(w => w.IsAllCaps || Vocabulary.NotNames.Contains(w.Norm) || Vocabulary.MediaHeads.Contains(w.Norm))
            && first >= 2 && tokens[first - 1].Norm == "to" && tokens[first - 2].Norm == "according";
        described |= source;
        var listed = ListedWithPerson(s, first) || AfterPluralTitleOfStates(s, first);
        var opensWithCommonWord = Vocabulary.NotNames.Contains(words[0].Norm); // "Eid al-Fitr", "Islamic Jihad"
        var given = words.Count >= 2 && !opensWithCommonWord && gazetteer.IsGivenName(words[0].Text);
        var particle = words.Count >= 2 && !opensWithCommonWord && Enumerable.Range(first, last - first + 1).Any(i => tokens[i].IsWord && Vocabulary.NameParticles.Contains(tokens[i].Norm));
        var inserted = Enumerable.Range(first, last - first + 1).Any(i => tokens[i].Text is "(" or "\"" or "“"); // Michael "Erik" Kurilla
        if (words.All(w => Vocabulary.GenericOrganizationWords.Contains(w.Norm) || Vocabulary.OrganizationHeads.Contains(w.Norm))
            || (words.Count >= 2 && words.Any(w => Vocabulary.OrganizationHeads.Contains(w.Norm) && w.Norm is not ("guard" or "army" or "front" or "union"))))
        {
            return false;
        }

        if (words.Count == 1)
        {
            if (Vocabulary.NotNames.Contains(words[0].Norm) || gazetteer.IsPersonNoun(words[0].Norm))
            {
                return false;
            }

            return (titleBefore || courtesy || speech) && words[0].Text.Length > 2 && !words[0].IsAllCaps;
        }

        return titleBefore || courtesy || speech || apposition || given || particle || afterTitlePhrase || described || listed || inserted;
    }

    /// <summary>
    /// "Egypt's Sameh Fawzi", "Jordan's Ayman Tarawneh": a name of two or three words no gazetteer knows, possessed by a
    /// state and ending the phrase (a comma, "and", a verb), names that state's person; a body's or a place's head word in
    /// it makes it no person (tested before this cue), nor does a common word after it ("Iraq's Tigris Valley farmers").
    /// </summary>
    private static bool StatePossessiveBefore(SentenceMentions s, int first, List<Token> words)
    {
        var tokens = s.Tokens;
        if (words.Count is < 2 or > 3 || first < 3 || tokens[first - 1].Norm != "s" || tokens[first - 2].Text is not ("'" or "’")
            || tokens[first - 2].Start != tokens[first - 3].End || s.MentionEndingAt(first - 3) is not { Label: NodeLabels.Country })
        {
            return false;
        }

        var after = words[^1];
        var next = tokens.FirstOrDefault(t => t.Start >= after.End);
        return !words.Any(w => Vocabulary.PlaceHeads.Contains(w.Norm) || Vocabulary.GenericOrganizationWords.Contains(w.Norm) || w.IsAllCaps)
            && (next.Text is null || !next.IsWord || next.Norm == "and" || !char.IsLower(next.Text[0]) || next.Norm.EndsWith('s') || next.Norm.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// "identified him as X", "the commander, named as X,", "police named the gunman as X": a name right after "as" that a verb
    /// of naming (entity-cues.tsv naming-verb) governs, with nothing between the verb and "as" but a pronoun, an article, an
    /// adjective and a noun for a person or an office (a group or a place named so has its head word, tested before this cue).
    /// </summary>
    private bool NamedAs(SentenceMentions s, int first, int last)
    {
        var tokens = s.Tokens;
        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
        if (first < 2 || tokens[first - 1].Norm != "as" || (next.IsWord && !NameEnders.Contains(next.Norm)))
        {
            return false; // "identified the attackers as X fighters": the name qualifies a noun after it
        }

        for (var k = first - 2; k >= 0 && k >= first - 6; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.IsCapitalized)
            {
                return false;
            }

            if (Vocabulary.NamingVerbs.Contains(t.Norm))
            {
                if (k == first - 2)
                {
                    return true; // "named as X"
                }

                var named = tokens[first - 2];
                return named.Norm is "him" or "her" || gazetteer.IsPersonNoun(named.Norm) || s.Sentence.Titles.Any(title => title.LastToken == first - 2);
            }
        }

        return false;
    }

    /// <summary>Words that may follow a name given after "as" ("named as X by police", "identified as X of the Y").</summary>
    private static readonly HashSet<string> NameEnders = new(StringComparer.Ordinal) { "by", "and", "of", "from", "on", "in", "at", "who", "after", "last", "earlier" };

    /// <summary>
    /// ", Jordan's interior minister,", ", the Iranian consul in X,", ", Iran's new chief diplomat": an apposition opened at
    /// <paramref name="at"/> whose title comes after a determiner, the state, region or body that holds it (a possessive
    /// included) and qualifiers, within six tokens.
    /// </summary>
    private static bool TitledAfterOwner(SentenceMentions s, int at)
    {
        var tokens = s.Tokens;
        var owner = false;
        var fieldWords = 0;
        for (var k = at; k < tokens.Count && k <= at + 6; k++)
        {
            if (s.Sentence.Titles.Any(t => t.FirstToken == k))
            {
                return owner;
            }

            var t = tokens[k];
            if (s.MentionEndingAt(k) is { Label: NodeLabels.Country or NodeLabels.Place or NodeLabels.Organization })
            {
                owner = true;
                continue;
            }

            // "Latvia's new customs director": after the owner, up to two lower-case words of the office's field before the title
            var possessive = t.Text is "'" or "’" || (t.Norm == "s" && k > 0 && tokens[k - 1].Text is "'" or "’");
            var function = t.IsWord && (t.Norm is "the" or "a" or "an" || Resolution.AnaphoraResolver.TitleQualifiers.Contains(t.Norm));
            var field = !possessive && !function && owner && t.IsWord && !t.IsCapitalized && !s.IsCovered(k) && ++fieldWords <= 2;
            if (!possessive && !field && !function && !s.IsCovered(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "the foreign ministers of Lebanon and Cyprus, X and Y": the first name of the list in apposition after a plural title
    /// (titles.tsv, its last word in the plural) of a list of states; the names listed with it follow from that one.
    /// </summary>
    private bool AfterPluralTitleOfStates(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        if (first < 4 || tokens[first - 1].Text != ",")
        {
            return false;
        }

        var k = first - 2;
        var states = 0;
        while (k >= 0)
        {
            if (s.MentionEndingAt(k) is { Label: NodeLabels.Country } state)
            {
                states++;
                k = s.TokenAt(state.Start) - 1;
                continue;
            }

            if (tokens[k].Text == "," || tokens[k].Norm is "and" or "the")
            {
                k--;
                continue;
            }

            break;
        }

        if (states < 2 || k < 1 || tokens[k].Norm != "of")
        {
            return false;
        }

        var plural = tokens[k - 1].Norm;
        var singular = plural.EndsWith("men", StringComparison.Ordinal) ? plural[..^3] + "man" : plural.EndsWith('s') ? plural[..^1] : null;
        return singular is not null && gazetteer.IsTitleWord(singular);
    }

    private static bool IsCounterpartNoun(Token t) => Resolution.AnaphoraResolver.CounterpartNouns.Contains(t.Norm) || t.Norm is "envoy" or "spokesman" or "spokeswoman";

    /// <summary>
    /// ", a 19-year-old student", ", an activist from X", ", the Kurdish lawmaker": an apposition starting at
    /// <paramref name="at"/> whose head noun (within five words, before any comma) describes a person.
    /// </summary>
    private bool DescribedAfter(SentenceMentions s, int at)
    {
        var tokens = s.Tokens;
        if (at >= tokens.Count || tokens[at].Norm is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var k = at + 1; k < tokens.Count && k <= at + 8; k++)
        {
            var t = tokens[k];
            if (t.IsWord && gazetteer.IsPersonNoun(t.Norm) && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || AppositionGoesOn.Contains(tokens[k + 1].Norm)))
            {
                return true; // the noun heads the apposition: nothing but its complement follows
            }

            // ", a Kurdish lawmaker from X": an office title heads it the same way
            if (s.Sentence.Titles.FirstOrDefault(title => title.FirstToken == k) is { } office
                && (office.LastToken + 1 >= tokens.Count || !tokens[office.LastToken + 1].IsWord || AppositionGoesOn.Contains(tokens[office.LastToken + 1].Norm)))
            {
                return true;
            }

            if (t.Text is "," or ";" or "." or "(" || (t.IsWord && AppositionGoesOn.Contains(t.Norm)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>", 31," / " (54)": an age in apposition right after a name, opened at <paramref name="open"/>.</summary>
    private static bool AgeAfter(IReadOnlyList<Token> tokens, int open) =>
        open + 2 < tokens.Count && tokens[open + 1].Text.Length == 2 && tokens[open + 1].Text.All(char.IsAsciiDigit)
        && ((tokens[open].Text == "," && tokens[open + 2].Text is "," or ";") || (tokens[open].Text == "(" && tokens[open + 2].Text == ")"));

    /// <summary>A title at <paramref name="at"/>, after a determiner or possessive and a qualifier ("as its new secretary general", "as the chief of staff").</summary>
    private static bool TitleSoonAfter(SentenceMentions s, int at)
    {
        var tokens = s.Tokens;
        for (var k = at; k < tokens.Count && k <= at + 2; k++)
        {
            if (s.Sentence.Titles.Any(t => t.FirstToken == k))
            {
                return true;
            }

            if (!(tokens[k].Norm is "its" or "the" or "their" or "his" or "her" or "new" or "acting" or "interim" or "deputy" or "assistant"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that may follow the head noun of an apposition: its complement or relative clause.</summary>
    private static readonly HashSet<string> AppositionGoesOn = new(StringComparer.Ordinal)
    {
        "who", "whose", "from", "in", "at", "of", "with", "for", "and", "living", "based", "born", "killed", "detained", "arrested", "held",
    };

    /// <summary>"activist Nadia X", "22-year-old Iranian Kurd X", "identified as X": what stands right before the name describes a person.</summary>
    private bool DescribedBefore(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        if (first < 1)
        {
            return false;
        }

        var before = tokens[first - 1];
        if (before.IsWord && gazetteer.IsPersonNoun(before.Norm))
        {
            return true;
        }

        if (before.Norm == "as" && first >= 2 && tokens[first - 2].Norm is "identified" or "named")
        {
            return true;
        }

        // "The only survivor, X, ...", "A witness, X, said": a noun describing a person, then the name in apposition
        if (before.Text == "," && first >= 2 && tokens[first - 2].IsWord && !tokens[first - 2].IsCapitalized && gazetteer.IsPersonNoun(tokens[first - 2].Norm))
        {
            return true;
        }

        // "a 22-year-old (Iranian) X": an age within three words before
        for (var k = first - 1; k >= Math.Max(2, first - 4); k--)
        {
            if (tokens[k].Norm == "old" && tokens[k - 1].Text == "-" && tokens[k - 2].Norm is "year" or "years")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the X Front (XF), the Y Units and the Z Brotherhood": a name coordinated (after "and", "or" or a comma, "the" allowed)
    /// with a body named right before it, its acronym in parentheses allowed between.
    /// </summary>
    private static bool ListedWithBody(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var k = first - 1;
        if (k >= 0 && tokens[k].Norm == "the")
        {
            k--;
        }

        if (k < 1 || !(tokens[k].Norm is "and" or "or" || tokens[k].Text == ","))
        {
            return false;
        }

        if (tokens[k].Norm is "and" or "or" && tokens[k - 1].Text == ",")
        {
            k--;
        }

        k--;
        if (k >= 2 && tokens[k].Text == ")" && tokens[k - 2].Text == "(")
        {
            // "the Qandil Martyrs Battalion (QMB), and ...": a capitalized name with its acronym is a body's, named or not yet
            if (tokens[k - 1].IsAllCaps && tokens[k - 1].Text.Length > 1 && k >= 4 && tokens[k - 3].IsCapitalized)
            {
                return true;
            }

            k -= 3;
        }

        return k >= 0 && s.MentionEndingAt(k) is { Label: NodeLabels.Organization, Role: MentionRole.Actor };
    }

    /// <summary>"Aso Twana and Rebwar Abdi": a name coordinated with a person named right before it.</summary>
    private static bool ListedWithPerson(SentenceMentions s, int first)
    {
        var tokens = s.Tokens;
        var k = first - 1;
        if (k < 1 || !(tokens[k].Norm == "and" || tokens[k].Text == ","))
        {
            return false;
        }

        if (tokens[k].Norm == "and" && tokens[k - 1].Text == ",")
        {
            k--;
        }

        // ", and" may open the sentence (a fragment): then no name comes before it.
        return k >= 1 && s.MentionEndingAt(k - 1) is { Label: NodeLabels.Person, Role: MentionRole.Actor };
    }
}

using System.Buffers;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Clauses;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Splitting;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Agreements. A phrase "a border security agreement", "a Nov. 2 agreement", "the deal" is an agreement
/// mention. One whose parties the sentence names ("between A and B", "A and B signed ...") defines an
/// agreement named "A–B border security agreement" (parties in alphabetical order; the text's order
/// and the phrase itself are kept as aliases). A bare "the deal" refers to the nearest defined agreement
/// of the article. Agreements named in capitals ("Sinjar Agreement") come from open-class recognition.
/// </summary>
internal sealed class AgreementResolver(Gazetteer gazetteer)
{
    private static readonly SearchValues<string> HeadWords =
        SearchValues.Create(["agreement", "accord", "treaty", "pact", "deal", "memorandum", "protocol", "text", "document"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns for the paper an agreement is written on: an agreement only as what is signed ("the text was signed by A and B").</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal) { "text", "document", "documents" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "new", "which", "whose",
    };

    private static readonly HashSet<string> SigningVerbs = new(StringComparer.Ordinal)
    {
        "signed", "sign", "signs", "signing", "reached", "reach", "struck", "inked", "concluded", "agreed", "sealed", "finalized",
    };

    /// <summary>
    /// A word form that concludes an accord: the participles and forms above, or an inflection of a verb the trigger lexicon
    /// reads as a signature or a conclusion ("Strike", "Seal", "Clinch", "adopted"), so that a new concluding verb is one row there.
    /// </summary>
    private static bool IsSigningVerb(string norm) => SigningVerbs.Contains(norm) || TriggerLexicon.Default.IsConcludingVerbForm(norm);

    private static readonly HashSet<string> DroppedModifiers = new(StringComparer.Ordinal) { "joint", "signed", "new", "historic", "landmark", "recent", "previous", "latest", "bilateral", "first" };

    public void Resolve(ExtractionContext context)
    {
        var pending = new List<(Mention Mention, bool Defined)>();
        var namedInCapitals = new List<Mention>(); // agreements named in capitals, which bare references may also refer to
        var byParties = new Dictionary<string, List<(Mention Mention, string TextOrderName, string ShortName, string? SubjectName)>>(StringComparer.Ordinal);
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.AsSpan().ContainsAny(HeadWords))
            {
                continue;
            }

            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsWord && DocumentNouns.Contains(tokens[i].Norm) && SignedDocument(sentence, i))
                {
                    pending.Add((new Mention
                    {
                        Start = tokens[i - 1].Start,
                        End = tokens[i].End,
                        Surface = context.Text[tokens[i - 1].Start..tokens[i].End],
                        Label = NodeLabels.Agreement,
                        Canonical = "",
                        SentenceIndex = sentence.Index,
                        Confidence = 0.7,
                        KeepAlias = false,
                    }, false));
                    continue;
                }

                if (!tokens[i].IsWord || !Vocabulary.AgreementHeads.Contains(tokens[i].Norm) || tokens[i].Norm == "accords")
                {
                    continue;
                }

                if (context.MentionsIn(sentence.Index).FirstOrDefault(m => m.Label == NodeLabels.Agreement && m.Start <= tokens[i].Start && tokens[i].End <= m.End) is { } namedAgreement)
                {
                    if (!namedInCapitals.Contains(namedAgreement))
                    {
                        namedInCapitals.Add(namedAgreement);
                    }

                    // a named agreement from open-class recognition: its parties as the sentence names them ("A and B concluded the X Treaty")
                    var namedFirst = tokens.Select((t, k) => (t, k)).First(p => p.t.Start == namedAgreement.Start).k;
                    if (Parties(context, sentence, namedFirst, i) is { Count: >= 2 } namedParties && !context.AgreementParties.Any(a => a.Agreement == namedAgreement))
                    {
                        context.AgreementParties.Add(new AgreementParties(namedAgreement, namedParties, sentence.Index));
                    }

                    continue;
                }

                var (first, modifiers, determiner, dashParties) = Modifiers(context, sentence, i);
                if (!determiner && modifiers.Count == 0 && !(i > 0 && IsSigningVerb(tokens[i - 1].Norm)))
                {
                    continue; // "to deal with", "agreement" as a bare noun
                }

                var (tail, headText) = HeadPhrase(tokens, i);
                var purposePhrase = PurposePhrase(tokens, i, tail);
                var parties = Parties(context, sentence, first, tail);
                if (parties.Count < 2 && dashParties.Count >= 2)
                {
                    parties = dashParties; // "the Jordan–Syria water deal"
                }

                if (parties.Count < 2)
                {
                    // the words around the phrase name no parties: the sentence's tree may ("A and B, after months of talks, signed an agreement")
                    parties = [.. AgreementClauses.Parties(context, sentence, tokens[i].Start, tokens[i].End, gazetteer).Select(p => p.Label == NodeLabels.Place ? AsState(p) : p)
                        .Where(p => p.Start == 0 || context.Text[p.Start - 1] != '(').DistinctBy(p => p.Canonical)];
                }
                var surface = context.Text[tokens[first].Start..tokens[tail].End];
                var mention = new Mention
                {
                    Start = tokens[first].Start,
                    End = tokens[tail].End,
                    Surface = surface,
                    Label = NodeLabels.Agreement,
                    Canonical = "",
                    SentenceIndex = sentence.Index,
                    Confidence = parties.Count >= 2 ? 0.85 : 0.7,
                    KeepAlias = modifiers.Count > 0,
                };
                if (parties.Count >= 2)
                {
                    var sorted = parties.Select(p => p.Canonical).Distinct().Order(StringComparer.Ordinal).ToList();
                    var named = modifiers.Where(m => !DroppedModifiers.Contains(m.ToLowerInvariant()) && !IsDateWord(m)).ToList();
                    var head = headText;
                    mention.Canonical = Name(sorted, named, head);
                    var partyKey = string.Join('|', sorted);
                    if (!byParties.TryGetValue(partyKey, out var group))
                    {
                        group = [];
                        byParties[partyKey] = group;
                    }

                    // the parties as the text abbreviates them ("Iraq–KRG oil export agreement") are a further alias
                    var shortName = Name([.. parties.Select(p => IsAcronym(p.Surface) ? p.Surface : p.Canonical).Distinct()], named, head);
                    group.Add((mention, Name([.. parties.Select(p => p.Canonical).Distinct()], named, head), shortName, named.Count == 0 && char.IsUpper(head[0]) ? head : purposePhrase));
                    context.AgreementParties.Add(new AgreementParties(mention, parties, sentence.Index));
                    pending.Add((mention, true));
                }
                else if (modifiers.Any(m => char.IsUpper(m[0]) && !IsDateWord(m)))
                {
                    mention.Canonical = string.Join(' ', modifiers.Where(m => !IsDateWord(m))) + " " + headText;
                    pending.Add((mention, true));
                }
                else
                {
                    // "a strategic framework agreement on water management" describes an accord of its own, and so does
                    // "a rail transit protocol" that the sentence has signed or agreed
                    var own = (modifiers.Count > 0 && headText.Contains(' ', StringComparison.Ordinal))
                        || ((modifiers.Count > 0 || headText.Contains(' ', StringComparison.Ordinal)) && Indefinite(tokens, first)
                            && AgreementClauses.IsConcluded(context, sentence, tokens[i].Start, tokens[i].End, gazetteer));
                    mention.Canonical = own ? string.Join(' ', modifiers.Append(headText)) : "";
                    pending.Add((mention, false));
                }

            }
        }

        // one agreement per set of parties: the fullest name wins ("Iran–Iraq border security agreement" over "Iran–Iraq agreement")
        foreach (var group in byParties.Values)
        {
            var chosen = group.Select(g => g.Mention.Canonical).OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).First();
            foreach (var (mention, textOrderName, shortName, subjectName) in group)
            {
                mention.Canonical = chosen;
                var draft = context.Draft(NodeLabels.Agreement, chosen);
                draft.Aliases.Add(textOrderName);
                draft.Aliases.Add(shortName);
                if (subjectName is not null)
                {
                    // a named subject identifies the accord without its parties ("Development Road memorandum of understanding")
                    draft.Aliases.Add(subjectName);
                }
            }
        }

        // bare references ("the deal", "the joint security agreement", "the text was signed") go to the nearest defined
        // agreement, or to one named in capitals before them ("agreed on the Border Security Pact ... The deal was signed by")
        var defined = pending.Where(p => p.Defined).Select(p => p.Mention).ToList();
        var before = defined.Concat(namedInCapitals).ToList();
        foreach (var (mention, isDefined) in pending)
        {
            if (!isDefined)
            {
                var target = before.Where(d => d.Start <= mention.Start).OrderByDescending(d => d.Start).FirstOrDefault()
                    ?? (mention.Canonical.Length > 0 ? mention : defined.OrderBy(d => d.Start).FirstOrDefault());
                if (target is null)
                {
                    continue;
                }

                mention.Canonical = target.Canonical;
            }

            context.Mentions.Add(mention);
        }
    }

    /// <summary>
    /// "the text" or "the document" a signing verb takes, read off the sentence's tree: its object ("A and B signed the text"),
    /// its passive subject ("the text was later signed by A and B") or the noun it describes ("the document, signed by A and B").
    /// </summary>
    private static bool SignedDocument(Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (i == 0 || tokens[i - 1].Norm is not ("the" or "its" or "their") || sentence.Syntax is not { } tree
            || tree.WordAt(tokens[i].Start) is not { } noun)
        {
            return false;
        }

        static bool Signing(SyntaxWord? verb) => verb is { Upos: "VERB" } && IsSigningVerb(verb.Form.ToLowerInvariant());
        return (noun.Is("obj") || noun.Is("nsubj:pass")) && Signing(tree.HeadOf(noun))
            || tree.Children(noun).Any(c => c.Is("acl") && c.Xpos == "VBN" && Signing(c));
    }

    /// <summary>
    /// The head with what completes it: "memorandum of understanding", and a subject complement of
    /// lower-case words ("on security cooperation"). Returns the phrase's last token and its text.
    /// </summary>
    private static (int Tail, string Text) HeadPhrase(IReadOnlyList<Token> tokens, int head)
    {
        var tail = head;
        var words = new List<string> { tokens[head].Text.ToLowerInvariant() };
        if (tokens[head].Norm == "memorandum" && head + 2 < tokens.Count && tokens[head + 1].Norm == "of" && tokens[head + 2].Norm == "understanding")
        {
            tail = head + 2;
            words.Add("of understanding");
        }

        if (Purpose(tokens, tail) is { } purpose)
        {
            // "an agreement to resume oil exports" is the "oil export agreement"
            words.Insert(0, purpose.Nouns);
            return (purpose.Tail, string.Join(' ', words));
        }

        if (NamedSubject(tokens, tail) is { } subject)
        {
            // "a memorandum on the Development Road project" is the "Development Road memorandum"
            words.Insert(0, subject.Name);
            return (subject.Tail, string.Join(' ', words));
        }

        if (tail + 2 < tokens.Count && tokens[tail + 1].Norm is "on" or "covering" or "concerning" or "regarding")
        {
            // the topic: up to three words, or a list of such ("a pact on fisheries, customs and migration", with or without
            // a comma before the "and": "on fisheries, customs, and migration")
            var last = tail + 1;
            var run = 0;
            for (var j = tail + 2; j < Math.Min(tokens.Count, tail + 12); j++)
            {
                var t = tokens[j];
                if ((t.Text == "," || t.Norm is "and" or "or") && last == j - 1 && run > 0)
                {
                    var next = t.Text == "," && j + 1 < tokens.Count && tokens[j + 1].Norm is "and" or "or" ? j + 2 : j + 1;
                    if (next < tokens.Count && IsTopicWord(tokens[next]))
                    {
                        run = 0;
                        j = next - 1;
                        continue;
                    }
                }

                if (!IsTopicWord(t) || run == 3 || last != j - 1 && tokens[j - 1].Text != "," && tokens[j - 1].Norm is not ("and" or "or"))
                {
                    break;
                }

                last = j;
                run++;
            }

            if (last > tail + 1)
            {
                words.Add(string.Concat(tokens.Skip(tail + 1).Take(last - tail).Select((t, k) => k == 0 || t.Text == "," ? t.Text : " " + t.Text)));
                tail = last;
            }
        }

        return (tail, string.Join(' ', words));
    }

    /// <summary>A lower-case content word that may name an accord's topic.</summary>
    private static bool IsTopicWord(Token t) =>
        t.IsWord && !t.IsCapitalized && !char.IsDigit(t.Text[0]) && !IsFunctionWord(t.Norm) && !Determiners.Contains(t.Norm) && NewsDates.Month(t.Text) == 0;

    private static readonly HashSet<string> PurposeVerbs = new(StringComparer.Ordinal)
    {
        "resume", "restart", "restore", "reopen", "share", "exchange", "export", "supply", "secure", "boost", "increase",
        "regulate", "repatriate", "return", "develop", "protect", "combat", "curb", "end", "halt", "stop", "build", "expand", "settle",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> PurposeEnds = new(StringComparer.Ordinal)
    {
        "through", "via", "across", "into", "over", "between", "within", "amid", "while", "until", "so", "but", "that", "which", "who", "after", "next", "this", "last",
    };

    /// <summary>
    /// The purpose after the head, "to resume oil exports": its lower-case nouns as a modifier ("oil export"),
    /// the last one made singular, and the phrase's last token.
    /// </summary>
    private static (string Nouns, int Tail)? Purpose(IReadOnlyList<Token> tokens, int head)
    {
        // "an agreement on Tuesday to resume ...": the day between head and purpose is skipped
        if (head + 2 < tokens.Count && tokens[head + 1].Norm == "on" && Weekdays.Contains(tokens[head + 2].Norm))
        {
            head += 2;
        }

        if (head + 3 >= tokens.Count || tokens[head + 1].Norm != "to" || !PurposeVerbs.Contains(tokens[head + 2].Norm))
        {
            return null;
        }

        var nouns = new List<string>();
        var j = head + 3;
        if (tokens[j].Norm is "the" or "their")
        {
            j++;
        }

        for (; j < tokens.Count && nouns.Count < 3; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.IsCapitalized || IsFunctionWord(t.Norm) || PurposeEnds.Contains(t.Norm) || Determiners.Contains(t.Norm) || t.Norm.EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }

            nouns.Add(t.Text.ToLowerInvariant());
        }

        if (nouns.Count == 0)
        {
            return null;
        }

        var last = nouns[^1];
        if (last.Length > 4 && last.EndsWith("ies", StringComparison.Ordinal))
        {
            nouns[^1] = last[..^3] + "y"; // supplies, deliveries
        }
        else if (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            nouns[^1] = last[..^1];
        }

        return (string.Join(' ', nouns), j - 1);
    }

    /// <summary>The text's own words for an accord named by purpose ("agreement to resume oil exports"), a date between them left out.</summary>
    private static string? PurposePhrase(IReadOnlyList<Token> tokens, int head, int tail)
    {
        if (Purpose(tokens, head) is null)
        {
            return null;
        }

        var to = head + 1;
        while (to < tail && tokens[to].Norm != "to")
        {
            to++;
        }

        return tokens[head].Text + " " + string.Join(' ', tokens.Skip(to).Take(tail - to + 1).Select(t => t.Text));
    }

    /// <summary>"on the Development Road project": a capitalized subject (one to four words) with an optional project noun after it.</summary>
    private static (string Name, int Tail)? NamedSubject(IReadOnlyList<Token> tokens, int head)
    {
        if (head + 3 >= tokens.Count || tokens[head + 1].Norm != "on" || tokens[head + 2].Norm != "the")
        {
            return null;
        }

        var j = head + 3;
        while (j < tokens.Count && j - head - 3 < 4 && tokens[j].IsCapitalized && NewsDates.Month(tokens[j].Text) == 0)
        {
            j++;
        }

        if (j == head + 3 || (j < tokens.Count && tokens[j].IsWord && char.IsUpper(tokens[j].Text[0])))
        {
            return null;
        }

        var name = string.Join(' ', tokens.Skip(head + 3).Take(j - head - 3).Select(t => t.Text));
        var tail = j - 1;
        if (j < tokens.Count && tokens[j].Norm is "project" or "corridor" or "initiative" or "plan" or "scheme" or "programme" or "program")
        {
            tail = j;
        }

        return (name, tail);
    }

    /// <summary>"a pact", "an accord" or no determiner: a new accord, not one named before ("the pact").</summary>
    private static bool Indefinite(IReadOnlyList<Token> tokens, int first) =>
        first == 0 || !tokens[first - 1].IsWord || tokens[first - 1].Norm is "a" or "an" || !Determiners.Contains(tokens[first - 1].Norm);

    private static string Name(IReadOnlyList<string> parties, List<string> modifiers, string head) =>
        string.Join('–', parties) + (modifiers.Count > 0 ? " " + string.Join(' ', modifiers) : "") + " " + head;

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static bool IsDateWord(string word) => char.IsDigit(word[0]) || NewsDates.Month(word) > 0;

    /// <summary>
    /// The words before the head that qualify it ("border security", "Nov. 2", "water-sharing"), the phrase's first token,
    /// whether a determiner opens it, and the states a dash joins in front of them ("the Jordan–Syria water deal"), which
    /// name the accord's parties rather than qualify it.
    /// </summary>
    private (int First, List<string> Modifiers, bool Determiner, List<Mention> Parties) Modifiers(ExtractionContext context, Sentence sentence, int head)
    {
        var tokens = sentence.Tokens;
        var modifiers = new List<string>();
        var parties = new List<Mention>();
        var first = head;
        var j = head - 1;
        // a title-case headline capitalizes every word: "Sign Maritime Boundary Accord" describes an accord as prose would
        var titleCase = sentence.IsHeadline && SplitStep.IsTitleCase(sentence.Text);
        while (j >= 0 && modifiers.Count < 4)
        {
            var t = tokens[j];
            if (t.Text == "." && j > 0 && NewsDates.Month(tokens[j - 1].Text) > 0)
            {
                j--;
                continue;
            }

            if (modifiers.Count > 0 && j > 0 && first == j + 1 && IsHyphen(t) && Attached(tokens[j - 1], t, tokens[j + 1]) && IsCompoundWord(tokens[j - 1]))
            {
                // a hyphened compound is one modifier: "water-sharing", "long-term"
                modifiers[0] = tokens[j - 1].Text + t.Text + modifiers[0];
                first = j - 1;
                j -= 2;
                continue;
            }

            if (!t.IsWord || Determiners.Contains(t.Norm) || IsSigningVerb(t.Norm) && t.Norm != "signed" || IsFunctionWord(t.Norm))
            {
                break;
            }

            if (t.IsCapitalized && !titleCase && DashJoinedStates(context, sentence, t) is { Count: >= 2 } states)
            {
                parties = states;
                var start = states[0].Start;
                while (j >= 0 && tokens[j].Start >= start)
                {
                    j--;
                }

                first = j + 1;
                break;
            }

            if (t.IsCapitalized && !titleCase && NewsDates.Month(t.Text) == 0 && !context.MentionsIn(sentence.Index).Any(m => m.Start <= t.Start && t.End <= m.End && m.Label is NodeLabels.Place or NodeLabels.Country))
            {
                break;
            }

            modifiers.Insert(0, titleCase && !context.MentionsIn(sentence.Index).Any(m => m.Start <= t.Start && t.End <= m.End) ? t.Text.ToLowerInvariant() : t.Text);
            first = j;
            j--;
        }

        var determiner = j >= 0 && tokens[j].IsWord && Determiners.Contains(tokens[j].Norm);
        return (first, modifiers.Where(m => m != ".").ToList(), determiner, parties);
    }

    private static bool IsHyphen(Token t) => t.Text is "-" or "‐" or "‑";

    /// <summary>No space on either side of the joiner.</summary>
    private static bool Attached(Token before, Token joiner, Token after) => before.End == joiner.Start && joiner.End == after.Start;

    private static bool IsCompoundWord(Token t) => t.IsWord && !t.IsCapitalized && !IsFunctionWord(t.Norm) && !Determiners.Contains(t.Norm) && !IsSigningVerb(t.Norm);

    /// <summary>
    /// "Jordan–Syria", "US-Iraq": the states (or capitals, for their states) that dashes join without spaces, ending with the
    /// one <paramref name="last"/> belongs to, in the text's order; empty when <paramref name="last"/> is not such a chain's end.
    /// </summary>
    private List<Mention> DashJoinedStates(ExtractionContext context, Sentence sentence, Token last)
    {
        var states = context.MentionsIn(sentence.Index)
            .Where(m => m.Label == NodeLabels.Country || (m.Label == NodeLabels.Place && gazetteer.IsCapital(m.Canonical)))
            .OrderBy(m => m.Start).ToList();
        var current = states.FirstOrDefault(m => m.Start <= last.Start && last.End == m.End);
        var chain = new List<Mention>();
        while (current is not null)
        {
            chain.Insert(0, current.Label == NodeLabels.Place ? AsState(current) : current);
            var dash = current.Start - 1;
            current = dash > 0 && context.Text[dash] is '–' or '-' or '‐' or '‑' or '/'
                ? states.FirstOrDefault(m => m.End == dash && !chain.Any(c => c.Canonical == m.Canonical))
                : null;
        }

        return chain.Count >= 2 ? chain : [];
    }

    private static bool IsFunctionWord(string norm) => norm is "of" or "to" or "and" or "or" or "with" or "has" or "have" or "had" or "is" or "was" or "were" or "are"
        or "be" or "been" or "in" or "on" or "at" or "by" or "for" or "from" or "under" or "after" or "before" or "said" or "says" or "as";

    /// <summary>Parties named by the sentence: "between A and B" after the head, or "A and B (have) signed" before it.</summary>
    private List<Mention> Parties(ExtractionContext context, Sentence sentence, int first, int head)
    {
        var tokens = sentence.Tokens;
        // a capital stands for its government when it signs ("Baghdad and Ankara signed a memorandum")
        var actors = context.MentionsIn(sentence.Index)
            .Where(m => m.Role == MentionRole.Actor && (m.Label is NodeLabels.Country or NodeLabels.Organization || (m.Label == NodeLabels.Place && gazetteer.IsCapital(m.Canonical))))
            .Where(m => m.Start == 0 || context.Text[m.Start - 1] != '(') // an acronym defined in parentheses repeats the name before it
            .Select(m => m.Label == NodeLabels.Place ? AsState(m) : m)
            .OrderBy(m => m.Start).ToList();
        if (BetweenAfter(tokens, head) is { } between)
        {
            var after = actors.Where(m => m.Start > tokens[between].End).Take(2).ToList();
            if (after.Count == 2 && Joined(context.Text, after[0].End, after[1].Start))
            {
                return after;
            }
        }

        // "A and B have signed a border security agreement"
        var verb = -1;
        for (var j = first - 1; j >= Math.Max(0, first - 4); j--)
        {
            if (tokens[j].IsWord && IsSigningVerb(tokens[j].Norm))
            {
                verb = j;
                break;
            }
        }

        if (verb < 0)
        {
            // "the security agreement (that) the two countries signed in March"
            return FollowingSigners(context, sentence, head) ?? [];
        }

        if (BothStates(context, sentence, verb) is { } states)
        {
            return states;
        }

        var before = actors.Where(m => m.End <= tokens[verb].Start).ToList();
        if (before.Count >= 2 && Joined(context.Text, before[^2].End, before[^1].Start, sentence.IsHeadline)
            && Gap(context.Text, before[^1].End, tokens[verb].Start))
        {
            // "A, B, C and D signed": every member of the list is a party
            var list = new List<Mention> { before[^2], before[^1] };
            for (var k = before.Count - 3; k >= 0 && context.Text[before[k].End..list[0].Start].Trim() == ","; k--)
            {
                list.Insert(0, before[k]);
            }

            return list;
        }

        // "A signed an agreement with B"
        if (before.Count >= 1 && Gap(context.Text, before[^1].End, tokens[verb].Start) && head + 1 < tokens.Count && tokens[head + 1].Norm == "with")
        {
            var partner = actors.FirstOrDefault(m => m.Start > tokens[head + 1].End && m.Start - tokens[head + 1].End <= 6);
            if (partner is not null)
            {
                return [before[^1], partner];
            }
        }

        return [];
    }

    /// <summary>
    /// The "between" that names an accord's sides: right after its head, or after a short predicate of lower-case words
    /// ("an agreement was reached between", "a deal takes shape between"); a comma or a relative pronoun ends the phrase.
    /// </summary>
    private static int? BetweenAfter(IReadOnlyList<Token> tokens, int head)
    {
        for (var k = head + 1; k < tokens.Count && k <= head + 4; k++)
        {
            if (tokens[k].Norm == "between")
            {
                return k;
            }

            if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Norm is "which" or "that" or "who" or "amid" or "after" or "before" or "despite" or "and" or "or" or "with" or "of" or "on")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the agreement (that|which) both countries signed": the collective signers right after the head.</summary>
    private static List<Mention>? FollowingSigners(ExtractionContext context, Sentence sentence, int head)
    {
        var tokens = sentence.Tokens;
        var j = head + 1;
        if (j < tokens.Count && tokens[j].Norm is "that" or "which")
        {
            j++;
        }

        var nounEnd = j + (j < tokens.Count && tokens[j].Norm == "both" ? 1 : 2);
        var verb = nounEnd + 1;
        while (verb < tokens.Count && tokens[verb].Norm is "have" or "has" or "had" or "also" or "jointly" or "formally")
        {
            verb++;
        }

        return verb < tokens.Count && tokens[verb].Norm is "signed" or "reached" or "concluded" or "inked" ? BothStates(context, sentence, verb) : null;
    }

    /// <summary>
    /// "Both countries signed", "the two sides have signed": the two states the article has named most
    /// up to here, when two clearly lead (otherwise the reference is too uncertain to use).
    /// </summary>
    private static List<Mention>? BothStates(ExtractionContext context, Sentence sentence, int verb)
    {
        var tokens = sentence.Tokens;
        var j = verb - 1;
        while (j >= 0 && tokens[j].Norm is "have" or "has" or "had" or "also" or "jointly" or "formally" or "officially" or "finally")
        {
            j--;
        }

        if (j < 1 || !(tokens[j].Norm is "countries" or "sides" or "governments" or "nations" or "neighbours" or "neighbors" or "states")
            || !(tokens[j - 1].Norm == "both" || (tokens[j - 1].Norm == "two" && j >= 2 && tokens[j - 2].Norm == "the")))
        {
            return null;
        }

        var start = tokens[j - 1].Norm == "both" ? tokens[j - 1].Start : tokens[j - 2].Start;
        var counts = context.Mentions.Where(m => m.Label == NodeLabels.Country && m.Start < start)
            .GroupBy(m => m.Canonical).Select(g => (State: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.State, StringComparer.Ordinal).ToList();
        if (counts.Count < 2 || (counts.Count > 2 && counts[2].Count >= counts[1].Count))
        {
            return null;
        }

        return [.. counts.Take(2).Select(c => new Mention
        {
            Start = start,
            End = tokens[j].End,
            Surface = context.Text[start..tokens[j].End],
            Label = NodeLabels.Country,
            Canonical = c.State,
            SentenceIndex = sentence.Index,
            Confidence = 0.75,
            KeepAlias = false,
        })];
    }

    private Mention AsState(Mention capital) => new()
    {
        Start = capital.Start,
        End = capital.End,
        Surface = capital.Surface,
        Label = NodeLabels.Country,
        Canonical = gazetteer.Place(capital.Canonical)?.Country ?? capital.Canonical,
        SentenceIndex = capital.SentenceIndex,
        Confidence = capital.Confidence * 0.9,
        KeepAlias = false,
    };

    /// <summary>Only "and" (with an optional "the") between two mentions.</summary>
    private static bool Joined(string text, int end, int start, bool headline = false) =>
        start > end && (System.Text.RegularExpressions.Regex.Replace(text[end..start], @"^\s*\([A-Za-z-]{2,10}\)", "").Trim() is "and" or "and the"
            || (headline && text[end..start].Trim() == ",")); // a headline joins its parties with a comma: "Kuwait, Iraq Seal Pact"

    /// <summary>Only auxiliaries between a subject and its verb ("have", "has also").</summary>
    private static bool Gap(string text, int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        var words = text[end..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => w is "have" or "has" or "had" or "also" or "jointly" or "formally" or "officially" or "finally" or "on" or "will" or "would");
    }
}

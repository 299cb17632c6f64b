using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// HOLDS_ROLE with the title, from the office titles around a person's name:
/// "Iraqi Prime Minister X" and "Iraq's national security adviser X" (a state: the Country),
/// "Kurdistan Region Prime Minister X" (a region: its government), "Iran's Supreme National Security
/// Council secretary X", "Secretary of the Y X", "the Minister of Interior for the Y, X",
/// "X, head of the Y", "X, the Iraqi National Security Advisor"; a military rank with no body names the
/// armed forces of the state the article is about. The body of a title is no argument of other relations.
/// Runs first.
/// </summary>
internal sealed partial class RoleRule(Gazetteer gazetteer, Lexicon.RelationWords words) : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create([" "], StringComparison.OrdinalIgnoreCase);

    // The ministries an article names as actors, listed once per article (mentions are settled before relations are read):
    // scanning every mention at every minister's title grew with the square of the article's length.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExtractionContext, List<string>> MinistriesNamed = new();

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var persons = view.Mentions.Where(m => m.Label == NodeLabels.Person && (!view.Excluded.Contains(m) || view.IsAttributedSource(m) || BracketedAfterTitle(view, m))).ToList();
        var roles = new List<(TitleSpan Title, Mention? Body, Mention Person)>();
        (int BodyEnd, Mention? Person)? previous = null;
        foreach (var title in view.Sentence.Titles)
        {
            var after = BodyAfter(view, title, backedGap);
            var body = after?.Body ?? BodyBefore(view, title);
            var bodyEnd = PastPost(view, PastTitles(view, after?.End ?? title.End));
            var before = persons.LastOrDefault(p => p.End <= title.Start && AppositionGap().IsMatch(view.Between(p.End, QualifierStart(view, title, body))));

            // "X, the president of the Y and the deputy leader of the Z": a title coordinated with the one before it in an
            // apposition describes the same person
            if (before is null && previous is { Person: { } described } && previous.Value.BodyEnd <= QualifierStart(view, title, body)
                && CoordinatedTitleGap().IsMatch(view.Between(previous.Value.BodyEnd, QualifierStart(view, title, body))))
            {
                before = described;
            }

            previous = (after?.End ?? title.End, before);
            var next = persons.FirstOrDefault(p => p.Start >= bodyEnd && PersonGap().IsMatch(view.Between(bodyEnd, p.Start)));

            // "X, the special envoy of Iraqi Prime Minister Y": a further title after the body opens the name of the body's
            // own office holder, so the title before it describes the person named before
            var person = after is not null && bodyEnd > after.Value.End && before is not null ? before : next ?? before;
            if (body is null && person is not null && person.Start >= title.End && BodyAfterPerson(view, person) is { } employer)
            {
                body = employer; // "Maj. X of the Baghdad Police Department"
                view.Excluded.Add(body);
                view.TitleBodies.Add(body);
            }

            if (body is not null)
            {
                view.Excluded.Add(body);
                view.TitleBodies.Add(body);
            }

            if (person is not null)
            {
                roles.Add((title, body, person));
            }
        }

        for (var r = 1; r < roles.Count; r++)
        {
            // "Turkish Foreign Minister A, Defense Minister B, and intelligence chief C": a state adjective before the first
            // title of a list of titled persons qualifies every title of the list that names no body of its own
            var (previousTitle, previousBody, previousPerson) = roles[r - 1];
            var (title, body, person) = roles[r];
            if (body is null && title.Kind != "military" && previousBody is { Label: NodeLabels.Country } state && previousBody.End <= previousTitle.Start
                && previousPerson.End <= title.Start && ListGap().IsMatch(view.Between(previousPerson.End, title.Start)))
            {
                roles[r] = (title, state, person);
            }
        }

        foreach (var (title, body, person) in roles)
        {
            // a bare rank says less than the person's other title in the sentence ("spokesman Brig. Gen. X", "Gen. X, commander of the Y")
            var bareRank = title.Kind == "military" && body is null;
            if (bareRank && roles.Any(r => r.Person == person && r.Title != title))
            {
                continue;
            }

            var office = Former(view, title, body) ? null : Office(view, body, title);
            if (office is not null)
            {
                sink.Add(EdgeTypes.HoldsRole, Endpoint.Of(person), office.Value, view.Sentence, bareRank ? 0.6 : 0.9, title: Title(title.Text));
                if (!bareRank)
                {
                    view.Offices.TryAdd(person, office.Value);
                    view.ArticleOffices.TryAdd(person.Canonical, office.Value);
                }
            }

            person.Title ??= Title(title.Text);
        }

        Counterparts(view, sink, persons);
        OfficeVerbs(view, sink, persons);
        PluralTitleLists(view, sink, persons);
    }

    /// <summary>The verbs of Gazetteers/office-verbs.tsv, as written, with the title of the office each states.</summary>
    private static readonly Dictionary<string, string> OfficeVerbTitles = GazetteerFiles.Rows(GazetteerFiles.Read("office-verbs.tsv"))
        .ToDictionary(row => row[0].Trim().ToLowerInvariant(), row => row[1].Trim(), StringComparer.OrdinalIgnoreCase);

    private static readonly Regex OfficeVerbGap = new(
        $@"^(?:\s*,\s*who|\s*,\s*and)?\s+(?:(?:currently|now|also|still)\s+)?(?<verb>{string.Join('|', OfficeVerbTitles.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", @"\s+", StringComparison.Ordinal)))})\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// "X, who chairs the Y", "X heads the Y", "X, who once commanded the Y": a verb of office (office-verbs.tsv) right after a
    /// person's name (or its relative pronoun) whose whole object is a body names the office. A body that only opens a longer
    /// phrase ("leads the Iraqi delegation", "heads the KRG's team") is none; a possessive before a body names that body
    /// ("heads the KRG's Department of Foreign Relations").
    /// </summary>
    private void OfficeVerbs(SentenceView view, RelationSink sink, List<Mention> persons)
    {
        foreach (var body in view.Mentions.Where(m => m.Label is NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place && m.Role == MentionRole.Actor).ToList())
        {
            var person = persons.LastOrDefault(p => p.End <= body.Start);
            if (person is null || OfficeVerbGap.Match(view.Between(person.End, body.Start)) is not { Success: true } gap)
            {
                continue;
            }

            var office = Possessed(view, body) ?? body;
            if (!WholeObject(view, office))
            {
                continue;
            }

            var endpoint = office.Label == NodeLabels.Place
                ? gazetteer.Place(office.Canonical)?.Government is { } government ? new Endpoint(NodeLabels.Organization, government, office.Confidence) : (Endpoint?)null
                : Endpoint.Of(office);
            if (endpoint is null)
            {
                continue;
            }

            var title = OfficeVerbTitles[Regex.Replace(gap.Groups["verb"].Value, @"\s+", " ")];
            sink.Add(EdgeTypes.HoldsRole, Endpoint.Of(person), endpoint.Value, view.Sentence, 0.85, title: title);
            view.Offices.TryAdd(person, endpoint.Value);
            view.ArticleOffices.TryAdd(person.Canonical, endpoint.Value);
            person.Title ??= title;
            view.Excluded.Add(body);
            view.TitleBodies.Add(body);
            view.Excluded.Add(office);
            view.TitleBodies.Add(office);
        }
    }

    /// <summary>A body that ends its phrase: the sentence, a clause or a list ends after it, or a time or place phrase follows.</summary>
    private static bool WholeObject(SentenceView view, Mention body) =>
        ObjectEnd().IsMatch(view.Context.Text[body.End..view.Sentence.End]) && !(body.Label == NodeLabels.Country && body.Role == MentionRole.Modifier);

    [GeneratedRegex(@"^\s*(?:\([A-Z]{2,8}\)\s*)?(?:$|[,.;:)—–]|\s(?:since|until|from|in|at|for|and|which|that|when|where|between)\b)")]
    private static partial Regex ObjectEnd();

    /// <summary>
    /// "the foreign ministers of Turkey and Syria, A and B": a plural title of a list of states followed by a list of as many
    /// persons gives each person the office in the state named in the same place; "foreign ministers Egypt's A, Jordan's B and
    /// Iraq's C" (or the plural title after the list: "..., the three foreign ministers") gives each the office in his own state.
    /// </summary>
    private void PluralTitleLists(SentenceView view, RelationSink sink, List<Mention> persons)
    {
        var states = view.Mentions.Where(m => m.Label == NodeLabels.Country).OrderBy(m => m.Start).ToList();
        var ordered = persons.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < states.Count; i++)
        {
            // "the X of A, B and C, P, Q and R"
            if (PluralTitleBefore(view, view.Between(view.Sentence.Start, states[i].Start), OfBefore()) is { } title)
            {
                var list = ListFrom(view, states, i, _ => true);
                var first = list.Count >= 2 ? ordered.FirstOrDefault(p => p.Start >= list[^1].End) : null;
                if (first is not null && ListOpen().IsMatch(view.Between(list[^1].End, first.Start)))
                {
                    var holders = ListFrom(view, ordered, ordered.IndexOf(first), _ => true);
                    if (holders.Count == list.Count)
                    {
                        for (var k = 0; k < list.Count; k++)
                        {
                            PluralRole(view, sink, holders[k], list[k], title);
                        }
                    }
                }

                i += Math.Max(0, list.Count - 1);
                continue;
            }

            // "Egypt's A, Jordan's B and Iraq's C"
            var items = new List<(Mention State, Mention Person)>();
            for (var k = i; k < states.Count; k++)
            {
                var holder = ordered.FirstOrDefault(p => p.Start >= states[k].End && PossessiveOnly().IsMatch(view.Between(states[k].End, p.Start)));
                if (holder is null || (items.Count > 0 && !ListGapBetween().IsMatch(view.Between(items[^1].Person.End, states[k].Start))))
                {
                    break;
                }

                items.Add((states[k], holder));
            }

            if (items.Count >= 2
                && (PluralTitleBefore(view, view.Between(view.Sentence.Start, items[0].State.Start), TitleRightBefore()) ?? PluralTitleAfter(view, view.Between(items[^1].Person.End, view.Sentence.End))) is { } shared)
            {
                foreach (var (state, holder) in items)
                {
                    PluralRole(view, sink, holder, state, shared);
                }

                i += items.Count - 1;
            }
        }
    }

    private static void PluralRole(SentenceView view, RelationSink sink, Mention person, Mention state, string title)
    {
        sink.Add(EdgeTypes.HoldsRole, Endpoint.Of(person), Endpoint.Of(state), view.Sentence, 0.85, title: title);
        view.Offices.TryAdd(person, Endpoint.Of(state));
        view.ArticleOffices.TryAdd(person.Canonical, Endpoint.Of(state));
        person.Title ??= title;
        view.Excluded.Add(state);
        view.TitleBodies.Add(state);
    }

    /// <summary>The members of a list starting at <paramref name="start"/>: mentions joined by commas and "and".</summary>
    private static List<Mention> ListFrom(SentenceView view, List<Mention> mentions, int start, Func<Mention, bool> accept)
    {
        var list = new List<Mention> { mentions[start] };
        for (var k = start + 1; k < mentions.Count && accept(mentions[k]); k++)
        {
            if (mentions[k].Start < list[^1].End || !ListGapBetween().IsMatch(view.Between(list[^1].End, mentions[k].Start)))
            {
                break;
            }

            list.Add(mentions[k]);
        }

        return list;
    }

    /// <summary>The singular title of a plural title noun phrase ending <paramref name="before"/> ("foreign ministers of the" → "foreign minister").</summary>
    private string? PluralTitleBefore(SentenceView view, string before, Regex tail)
    {
        var match = tail.Match(before);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length); n >= 1; n--)
        {
            if (SingularTitle(string.Join(' ', words[^n..])) is { } title)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>"..., the three foreign ministers" / "— all foreign ministers —" right after a list.</summary>
    private string? PluralTitleAfter(SentenceView view, string after)
    {
        var match = PluralTitleTail().Match(after);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length); n >= 1; n--)
        {
            if (SingularTitle(string.Join(' ', words[..n])) is { } title)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>A title of titles.tsv whose last word is written in the plural ("foreign ministers", "army chiefs", "spokesmen").</summary>
    private string? SingularTitle(string phrase)
    {
        var words = phrase.Split(' ');
        var last = words[^1];
        string[] singulars = last.EndsWith("men", StringComparison.OrdinalIgnoreCase) ? [last[..^3] + "man"]
            : last.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? [last[..^3] + "y"]
            : last.EndsWith('s') ? [last[..^1]]
            : [];
        foreach (var singular in singulars)
        {
            var text = string.Join(' ', words[..^1].Append(singular));
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            if (gazetteer.LongestMatch(tokens, 0, e => e.Kind == EntryKind.Title) is { } match && match.EndToken == tokens.Count - 1)
            {
                return text.ToLowerInvariant();
            }
        }

        return null;
    }

    // The two phrases before a list are anchored at the end of the text before it: read from the right, they cost what the
    // phrase costs, not a try at every offset of the sentence so far (and give the same match: the longest phrase there).
    [GeneratedRegex(@"(?<words>(?:\p{L}+\s+){0,2}\p{L}+)\s+of\s+(?:the\s+)?$", RegexOptions.RightToLeft)]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"(?<words>(?:\p{L}+\s+){0,2}\p{L}+)\s*(?:,|—|–|:)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TitleRightBefore();

    [GeneratedRegex(@"^\s*(?:,|—|–|\()?\s*(?:the|their|all|both)\s+(?:(?:two|three|four|five|six)\s+)?(?<words>\p{L}+(?:\s+\p{L}+){0,2})")]
    private static partial Regex PluralTitleTail();

    [GeneratedRegex(@"^\s*['’]s\s+$")]
    private static partial Regex PossessiveOnly();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)$")]
    private static partial Regex ListGapBetween();

    [GeneratedRegex(@"^\s*,\s*$")]
    private static partial Regex ListOpen();

    /// <summary>
    /// "Turkish Defence Minister A met his Iraqi counterpart B": B holds the same office as A in the
    /// state named by the adjective (or possessive) before "counterpart".
    /// </summary>
    private static void Counterparts(SentenceView view, RelationSink sink, List<Mention> persons)
    {
        foreach (var (start, end, _) in Triggers.Find(view, Counterpart()))
        {
            var state = view.Mentions.FirstOrDefault(m => m.Label == NodeLabels.Country && m.Start >= start && m.End <= end);
            var person = persons.FirstOrDefault(p => p.Start >= end && PersonGap().IsMatch(view.Between(end, p.Start)));
            // the model's title: that of the last titled person before, else of a title with no name ("Turkey's foreign minister met his Iraqi homologue, X")
            var title = persons.LastOrDefault(p => p.End <= start && p.Title is not null)?.Title
                ?? (view.Sentence.Titles.LastOrDefault(t => t.End <= start) is { } unnamed ? Title(unnamed.Text) : null);
            if (state is null || person is null || title is null)
            {
                continue;
            }

            sink.Add(EdgeTypes.HoldsRole, Endpoint.Of(person), Endpoint.Of(state), view.Sentence, 0.8, title: title);
            person.Title ??= title;
        }
    }

    /// <summary>The office the title is held in: the body, a region's government, or for a bare rank the main state's armed forces.</summary>
    private Endpoint? Office(SentenceView view, Mention? body, TitleSpan title)
    {
        if (body is null)
        {
            if (title.Kind != "military")
            {
                // "defence ministry spokesman": the ministry named in lower case before the title
                var before = view.Context.Text[Math.Max(view.Sentence.Start, title.Start - 30)..title.Start];
                if (BareMinistryBefore().IsMatch(before))
                {
                    return ArticleMinistry(view.Context, "Ministry"); // "ministry spokesman X", "the ministry's spokesman X": the one ministry the article names
                }

                if (BareBodyBefore().Match(before) is { Success: true } bare && ArticleBody(view.Context, bare.Groups["head"].Value) is { } named)
                {
                    return named; // "commission spokesman X", "the council's chairman X": the one body of that head the article names
                }

                return PortfolioBefore().Match(before) is { Success: true } portfolio
                    ? ArticleMinistry(view.Context, portfolio.Groups[1].Value)
                    : MinistryOfTitle(view.Context, title) ?? StateOfCabinetTitle(view, title);
            }

            // a rank serves in the armed body named before it ("a coalition delegation headed by Maj. Gen. X"), else the article's state
            var armed = view.Mentions.LastOrDefault(m => m.End <= title.Start && m.Label == NodeLabels.Organization && ArmedWords().IsMatch(m.Canonical));
            if (armed is not null)
            {
                return new Endpoint(armed.Label, armed.Canonical, 0.7);
            }

            // a rank after another state's demonym ("an Iranian general close to the late Gen. X") is that state's officer, not placed
            if (view.Context.MainCountry is { } state && gazetteer.Country(state) is { } info
                && !view.Mentions.Any(m => m.Label == NodeLabels.Country && m.Role == MentionRole.Modifier && m.Canonical != state && m.End <= title.Start))
            {
                return new Endpoint(NodeLabels.Organization, info.ArmedForces, 0.8);
            }

            return null;
        }

        // the portfolio inside the title ("Minister of Energy") or right after it
        var portfolioNamed = MinisterOf().Match(title.Text) is { Success: true } inside ? inside
            : title.Text.EndsWith("minister", StringComparison.OrdinalIgnoreCase) ? MinisterOf().Match(" " + view.Context.Text[title.End..view.Sentence.End].TrimStart()) : null;
        if (body.Label == NodeLabels.Country && portfolioNamed is { Success: true } && ArticleMinistry(view.Context, portfolioNamed.Groups[1].Value) is { } ministry)
        {
            return ministry; // "Iraqi Minister of Migration X" in an article that names the Ministry of Migration and Displaced
        }

        if (body.Label == NodeLabels.Place && gazetteer.Place(body.Canonical)?.Government is { } government)
        {
            return new Endpoint(NodeLabels.Organization, government, body.Confidence);
        }

        return body.Label is NodeLabels.Country or NodeLabels.Organization ? Endpoint.Of(body) : null;
    }

    /// <summary>
    /// "Defense Minister X said" with no state named: a cabinet title speaks for the state the article is about when
    /// that is the one state the sentence names (a sentence naming two states leaves the title unplaced).
    /// </summary>
    private static Endpoint? StateOfCabinetTitle(SentenceView view, TitleSpan title)
    {
        if (!CabinetTitle().IsMatch(title.Text) || view.Context.MainCountry is not { } home)
        {
            return null;
        }

        var states = view.Mentions.Where(m => m.Label == NodeLabels.Country).Select(m => m.Canonical).Distinct().ToList();
        return states is [var only] && only == home ? new Endpoint(NodeLabels.Country, home, 0.75) : null;
    }

    /// <summary>"X of the Y" right after a person's name: the organization the person works for.</summary>
    private static Mention? BodyAfterPerson(SentenceView view, Mention person)
    {
        var of = PersonOf().Match(view.Context.Text[person.End..view.Sentence.End]);
        return of.Success
            ? view.Mentions.Where(m => m.Start == person.End + of.Length && m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor)
                .OrderByDescending(m => m.End - m.Start).FirstOrDefault()
            : null;
    }

    /// <summary>"the Iranian consul in Erbil, X", "Turkey's ambassador in Baghdad, X": the place a title is held in, past which its holder is named.</summary>
    private static int PastPost(SentenceView view, int position)
    {
        var post = PostIn().Match(view.Context.Text[position..view.Sentence.End]);
        return post.Success && view.Mentions.Where(m => m.Start == position + post.Length && m.Label is NodeLabels.Place or NodeLabels.Country)
            .OrderByDescending(m => m.End).FirstOrDefault() is { } place ? place.End : position;
    }

    [GeneratedRegex(@"^\s+in\s+(?:the\s+)?")]
    private static partial Regex PostIn();

    /// <summary>Where the person may start after a title: past further titles right after it ("ministry spokesman Brigadier General X").</summary>
    private static int PastTitles(SentenceView view, int position)
    {
        var next = view.Sentence.Titles.FirstOrDefault(t => t.Start >= position && view.Between(position, t.Start).Trim().Length == 0);
        return next is null ? position : PastTitles(view, next.End);
    }

    /// <summary>
    /// "Peshmerga Minister": the ministry the gazetteer knows as "Peshmerga ministry", if any; "Interior
    /// Minister", "interior ministry spokesman": the one interior ministry the article names, if exactly one.
    /// </summary>
    private Endpoint? MinistryOfTitle(ExtractionContext context, TitleSpan title)
    {
        var words = title.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => w.Equals("minister", StringComparison.OrdinalIgnoreCase) || w.Equals("ministry", StringComparison.OrdinalIgnoreCase));
        if (at == 1 && ArticleMinistry(context, words[0]) is { } named)
        {
            return named;
        }

        if (words.Length != 2 || !words[1].Equals("minister", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var phrase = words[0] + " Ministry";
        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
        return gazetteer.LongestMatch(tokens, 0, e => e.Kind == EntryKind.Name && e.Label == NodeLabels.Organization) is { EndToken: 1 } match
            ? new Endpoint(NodeLabels.Organization, match.Entry.Canonical, 0.8)
            : null;
    }

    private static Endpoint? ArticleMinistry(ExtractionContext context, string portfolio)
    {
        var ministries = MinistriesNamed.GetValue(context, Ministries).Where(m => m.Contains(portfolio, StringComparison.OrdinalIgnoreCase)).ToList();
        return ministries is [var one] ? new Endpoint(NodeLabels.Organization, one, 0.75) : null;
    }

    /// <summary>The one body the article names (as an actor) whose name holds <paramref name="head"/> as a word, if exactly one.</summary>
    private static Endpoint? ArticleBody(ExtractionContext context, string head)
    {
        var bodies = BodiesNamed.GetValue(context, Bodies).Where(b => b.Split(' ').Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase))).ToList();
        return bodies is [var one] ? new Endpoint(NodeLabels.Organization, one, 0.75) : null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExtractionContext, List<string>> BodiesNamed = new();

    private static List<string> Bodies(ExtractionContext context) =>
        [.. context.Mentions.Where(m => m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor && m.KeepAlias).Select(m => m.Canonical).Distinct()];

    private static List<string> Ministries(ExtractionContext context) =>
        [.. context.Mentions.Where(m => m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor && m.Canonical.Contains("Ministry", StringComparison.Ordinal))
            .Select(m => m.Canonical).Distinct()];

    /// <summary>"of the Y" / "for the Y" right after the title.</summary>
    private static (Mention Body, int End)? BodyAfter(SentenceView view, TitleSpan title, Regex backedGap)
    {
        var rest = view.Context.Text[title.End..view.Sentence.End];
        var of = OfThe().Match(rest);
        if (!of.Success)
        {
            return null;
        }

        if (PortfolioThenBody().Match(rest) is { Success: true } portfolio && !view.Mentions.Any(m => m.Start == title.End + of.Length))
        {
            of = portfolio; // "Minister of Health in the Kurdistan Regional Government": the body after the portfolio
        }

        var at = title.End + of.Length;
        var inPhrase = of.Groups["in"].Success;
        var body = view.Mentions.Where(m => m.Start == at && (inPhrase ? m.Label == NodeLabels.Organization : m.Label is NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place))
            .OrderByDescending(m => m.End - m.Start).FirstOrDefault();
        if (body is null && inPhrase)
        {
            return null; // "Minister in Baghdad" says where, not which body
        }

        if (body is { Label: NodeLabels.Country, Role: MentionRole.Modifier }
            && view.Mentions.FirstOrDefault(m => m.Label == NodeLabels.Organization && m.Start > body.End && backedGap.IsMatch(view.Between(body.End, m.Start))) is { } named)
        {
            body = named; // "spokesperson for Iraqi Joint Operations Command", "a spokesman for the Iran-backed X": the body the state qualifies
        }
        else if (body is { Label: NodeLabels.Country } && BackedOpening(backedGap, view.Context.Text[body.End..view.Sentence.End]))
        {
            return null; // "a treasurer of the Chile-sponsored Y" with Y unnamed: the state backs the body, it is not the body
        }

        if (body is null)
        {
            return null;
        }

        // "director of the Ibrahim Khalil crossing at the Y": the site is where the office is held, the body after "at" is its employer
        if (body.Label == NodeLabels.Place && SiteAt().Match(view.Context.Text[body.End..view.Sentence.End]) is { Success: true } site
            && view.Mentions.Where(m => m.Start == body.End + site.Length && m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor)
                .OrderByDescending(m => m.End - m.Start).FirstOrDefault() is { } employer)
        {
            body = employer;
        }

        // "head of the KRG's Department of Foreign Relations": the body is the one the possessive introduces
        var possessed = Possessed(view, body);
        if (possessed is not null)
        {
            view.Excluded.Add(body);
            view.TitleBodies.Add(body);
            body = possessed;
        }

        // skip an acronym in parentheses after the body: "the Kurdistan Regional Government (KRG), Rebar Ahmed"
        var end = body.End;
        var tail = Acronym().Match(view.Context.Text[end..view.Sentence.End]);
        return (body, tail.Success ? end + tail.Length : end);
    }

    private static Mention? Possessed(SentenceView view, Mention owner)
    {
        var tail = view.Context.Text.AsSpan(owner.End, Math.Min(3, view.Sentence.End - owner.End));
        return tail.StartsWith("'s ", StringComparison.Ordinal) || tail.StartsWith("’s ", StringComparison.Ordinal)
            ? view.Mentions.FirstOrDefault(m => m.Start == owner.End + 3 && m.Label == NodeLabels.Organization)
            : null;
    }

    /// <summary>A state, region or body named right before the title ("Iraqi", "Iraq's", "Kurdistan Region", "Iran's Supreme National Security Council").</summary>
    private static Mention? BodyBefore(SentenceView view, TitleSpan title) =>
        view.Mentions.Where(m => m.End <= title.Start && m.Label is NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place
                && Possessive().IsMatch(view.Between(m.End, title.Start)))
            .OrderByDescending(m => m.End).ThenByDescending(m => m.End - m.Start).FirstOrDefault();

    /// <summary>"the Kuwaiti Foreign Minister (Abdullah al-Yahya)": the holder's name in brackets right after the title, no side note.</summary>
    private static bool BracketedAfterTitle(SentenceView view, Mention person) =>
        view.Sentence.Titles.Any(t => t.End <= person.Start && BracketOpen().IsMatch(view.Between(t.End, person.Start)))
        && view.Between(person.End, Math.Min(person.End + 2, view.Sentence.End)).TrimStart().StartsWith(')');

    /// <summary>
    /// "X, a former commander of the Y", "Former Iraqi prime minister X", "the Y's ex-spokesman": a qualifier of the data class
    /// title-former (anaphora-words.tsv) in the title's own phrase (after the last clause mark before it) makes it an office
    /// no longer held.
    /// </summary>
    private static bool Former(SentenceView view, TitleSpan title, Mention? body)
    {
        var start = QualifierStart(view, title, body);
        var phrase = view.Context.Text[Math.Max(view.Sentence.Start, start - 40)..title.Start];
        var cut = phrase.LastIndexOfAny([',', ';', ':', '(', '—', '–']);
        return FormerWord.IsMatch(cut >= 0 ? phrase[(cut + 1)..] : phrase) || FormerWord.IsMatch(title.Text);
    }

    private static readonly Regex FormerWord = new(
        $@"\b(?:{string.Join('|', Resolution.AnaphoraResolver.FormerQualifiers.Order(StringComparer.Ordinal).Select(Regex.Escape))})(?:\s|-)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static int QualifierStart(SentenceView view, TitleSpan title, Mention? body) =>
        body is not null && body.End <= title.Start ? body.Start : title.Start;

    private static string Title(string text) => text.Trim();

    [GeneratedRegex(@"\b(\p{L}+)\s+ministry\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PortfolioBefore();

    /// <summary>"ministry" with no portfolio before a title: after a determiner, a clause boundary or at the sentence start.</summary>
    [GeneratedRegex(@"(?:^|[,;:(—–]\s*|\b(?:the|its)\s+)ministry(?:['’]s)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMinistryBefore();

    /// <summary>
    /// A body noun (anaphora-words.tsv, body-noun) in lower case with no name before a title ("commission spokesman X", "the
    /// council's chairman X", "party spokesman X"): after a determiner, a clause boundary or at the sentence start; it stands
    /// for the one body of that head the article names.
    /// </summary>
    private static readonly Regex BareBody = new(
        $@"(?:^|[,;:(—–]\s*|\b(?:the|its|their)\s+)(?<head>{string.Join('|', Resolution.AnaphoraResolver.BodyNouns.Where(n => n != "ministry").Order(StringComparer.Ordinal).Select(Regex.Escape))})(?:['’]s)?\s+$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static Regex BareBodyBefore() => BareBody;

    [GeneratedRegex(@"\b(?:Coalition|Forces|Army|Command|Corps|Guards?|Brigades|Units|Peshmerga|Military|Navy|Resolve)\b")]
    private static partial Regex ArmedWords();

    /// <summary>"his Iraqi counterpart", "her Turkish homologue", "their Syrian peers": a counterpart noun (anaphora-words.tsv, counterpart-noun) after a state.</summary>
    private static readonly Regex CounterpartPhrase = new(
        $@"\b(?:his|her|their)\s+(?:\p{{Lu}}[\p{{L}}.]+(?:['’]s)?)\s+(?:{string.Join('|', Resolution.AnaphoraResolver.CounterpartNouns.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape))})\b",
        RegexOptions.Compiled);

    private static Regex Counterpart() => CounterpartPhrase;

    /// <summary>
    /// Between a state that qualifies a body and the body's name: a space, or a backing participle hyphened to the state
    /// (relationwords.tsv, backing: "the Iran-backed X", "the Turkish-sponsored Y"); the title is held in the body, not the state.
    /// </summary>
    /// <summary>A backing participle hyphened to the state that ends before <paramref name="rest"/> ("-backed X").</summary>
    private static bool BackedOpening(Regex backedGap, string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        return space > 1 && backedGap.IsMatch(rest[..(space + 1)]);
    }

    private readonly Regex backedGap = new(
        $@"^(?:[-‐–]\s*(?:{string.Join('|', words.Class("backing").Order(StringComparer.Ordinal).Select(Regex.Escape))}))?\s+$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\s+(?:of|for|in\s+charge\s+of|(?<in>in))\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,3}(?:department|office|division|section|bureau|unit|directorate|branch|wing|desk)\s+(?:of|at|in)\s+(?:the\s+)?|(?:[a-z][\w-]*\s+){1,3}at\s+(?:the\s+)?)?")]
    private static partial Regex OfThe();

    /// <summary>"director of the X crossing at the Y": a site named after the title, then the body it is run by.</summary>
    [GeneratedRegex(@"^\s+at\s+(?:the\s+)?")]
    private static partial Regex SiteAt();

    [GeneratedRegex(@"^\s+of\s+(?:\p{Lu}\p{L}+\s+(?:and\s+)?){1,3}(?:for|(?<in>in))\s+(?:the\s+)?")]
    private static partial Regex PortfolioThenBody();

    [GeneratedRegex(@"(?:^|\b[Mm]inister)\s+of\s+(\p{Lu}\p{L}+)")]
    private static partial Regex MinisterOf();

    /// <summary>"X of the Y", "X of the navy's Y": the body after a person's name, past a possessive in lower case.</summary>
    [GeneratedRegex(@"^,?\s+of\s+the\s+(?:\p{Ll}[\p{L}-]*['’]s\s+)?")]
    private static partial Regex PersonOf();

    [GeneratedRegex(@"^(?:(?:foreign|defen[cs]e|interior|finance|oil|justice|health|trade|energy|prime)\s+)?minister$", RegexOptions.IgnoreCase)]
    private static partial Regex CabinetTitle();

    [GeneratedRegex(@"^\s*\([A-Z]{2,8}\)")]
    private static partial Regex Acronym();

    /// <summary>
    /// The qualifiers of a title (anaphora-words.tsv, class title-qualifier: "new", "former", "acting", "newly appointed"), up to
    /// two, as one regular expression group; the one list every gap below reads.
    /// </summary>
    private static readonly string Qualifiers =
        $@"(?:(?:{string.Join('|', Resolution.AnaphoraResolver.TitleQualifiers.Order(StringComparer.Ordinal).Select(Regex.Escape))})\s+){{0,2}}";

    /// <summary>
    /// Between a body and its title: nothing, a possessive, and qualifiers of the title ("Iraq's new prime minister", "its former
    /// commander"); after a possessive also up to two lower-case words of the office's field, no participle among them ("Latvia's
    /// new customs director").
    /// </summary>
    private static readonly Regex PossessiveGap = new(
        $@"^\s*(?:(?:['’]s)?\s*{Qualifiers}|['’]s\s+{Qualifiers}(?:(?-i:[a-z][\w-]*)(?<!ed|ing)\s+){{1,2}})$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static Regex Possessive() => PossessiveGap;

    /// <summary>Between a title and its holder's name: nothing, a comma or an opening bracket, or an ayn opening the name ("envoy ‘Umar X").</summary>
    [GeneratedRegex(@"^\.?\s*[,\[(]?\s*[‘’']?$")]
    private static partial Regex PersonGap();

    [GeneratedRegex(@"^\s*,\s*(?:and\s+)?$")]
    private static partial Regex ListGap();

    /// <summary>Between a title's body and a title coordinated with it: "and", an article, qualifiers ("… of the Y and the former head of the Z").</summary>
    private static readonly Regex CoordinatedGap = new($@"^\s*,?\s+and\s+(?:the\s+|a\s+|an\s+|as\s+)?{Qualifiers}$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static Regex CoordinatedTitleGap() => CoordinatedGap;

    [GeneratedRegex(@"^\s*\(\s*$")]
    private static partial Regex BracketOpen();

    /// <summary>
    /// Between a name and the title that describes it: an apposition ("X, the former head of", "X, assistant head of"),
    /// the complement of an appointment ("appointed X as chief of staff", "elected X as its secretary general") or of a
    /// copula ("He is the group's spokesman", "X, who was Iraq's ambassador").
    /// </summary>
    private static readonly Regex Apposition = new(
        $@"^(?:\s*,\s*(?:the\s+|a\s+|an\s+|as\s+|now\s+)?|\s+as\s+(?:the\s+)?|(?:\s*,\s*who)?\s+{Copula}\s+(?:the\s+|a\s+|an\s+)?){Qualifiers}$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// A copula stating what a person is now ("He is the group's spokesman", "X, who is the head of the Y", "X serves as its
    /// commander"); a past copula ("was") states a former office, and a negation, a modal or an adverb between them is none.
    /// </summary>
    private const string Copula = @"(?:is|has\s+been|remains|serves\s+as|has\s+served\s+as|works\s+as)";

    private static Regex AppositionGap() => Apposition;
}

using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Lexicon;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Anaphora as news uses it, turned into ordinary mentions of the entity referred to, so that every relation
/// rule reads them like names: "he"/"she"/"his"/"her" (the person the sentence, or else the last sentence
/// naming one, is about: its first person), "the two officials"/"both men" (the two persons just named),
/// "the two countries"/"both sides" (the two states just named), "the group"/"the party"/"the militia"
/// (the last body of that kind; "this group" too, and "the groups" for a body with a plural name), "the minister"/"the president" (the last person named with that title),
/// "our government" inside a quotation (the speaker's state), and "its signatories, A and B" (A and B
/// signed the agreement "its" refers to); and descriptions that name someone the sentence names too ("his
/// Romanian counterpart, X", "a Libyan team headed by X", "officials from Kenya"). Agreements ("the deal", "the accord") are resolved by
/// <see cref="AgreementResolver"/>. Anaphoric mentions never become aliases.
/// </summary>
internal static class AnaphoraResolver
{
    private const int Reach = 3; // sentences back an antecedent may lie

    /// <summary>The classes of Gazetteers/anaphora-words.tsv this resolver reads.</summary>
    internal static readonly string[] WordClassNames =
        ["person-plural", "state-plural", "body-noun", "armed-group-noun", "armed-unit-head", "body-description", "delegation-noun", "leadership-noun", "collective", "signer-noun", "event-noun", "title-qualifier", "title-former", "counterpart-noun"];

    private static readonly WordClasses Words = WordClasses.Load("anaphora-words.tsv", GazetteerFiles.Read("anaphora-words.tsv"), WordClassNames);

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "his", "her" };

    private static readonly IReadOnlySet<string> PersonPlurals = Words.Class("person-plural");

    private static readonly IReadOnlySet<string> StatePlurals = Words.Class("state-plural");

    /// <summary>Nouns for a body named before; "group" and "organization" take any body that is no ministry or government.</summary>
    internal static readonly IReadOnlySet<string> BodyNouns = Words.Class("body-noun");

    /// <summary>
    /// Nouns news uses for any armed group whatever its name ("the militia" for the Valley Lions Brigade, "the faction", "the
    /// cell", "the outfit", "the network"): they take the last armed or political body, as "the movement" does, besides bodies so named.
    /// </summary>
    private static readonly IReadOnlySet<string> ArmedGroupNouns = Words.Class("armed-group-noun");

    /// <summary>Heads of an armed body's name that "the force" may stand for ("the Nineveh Plains Protection Units").</summary>
    private static readonly IReadOnlySet<string> ArmedUnitHeads = Words.Class("armed-unit-head");

    /// <summary>Descriptions that may stand between "the" and a body noun without naming the body ("the terror group", "the militant movement").</summary>
    private static readonly IReadOnlySet<string> BodyDescriptions = Words.Class("body-description");

    public static void Resolve(ExtractionContext context, Gazetteer gazetteer)
    {
        var added = new List<Mention>();
        foreach (var sentence in context.Sentences)
        {
            if (sentence.IsHeadline || IsHeading(sentence))
            {
                added.AddRange(HeadlineHolders(context, sentence));
            }

            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || Covered(context, sentence, t, added))
                {
                    continue;
                }

                if (PersonPronouns.Contains(t.Norm) && (t.Norm is "he" or "she" || EventNounAfter(tokens, i)))
                {
                    if (PersonReferent(context, sentence, t.Start) is { } person)
                    {
                        added.Add(Copy(person, t.Start, t.End, sentence, context, 0.75));
                    }

                    continue;
                }

                if (t.Norm == "its" && TitleAfter(sentence, i) && PossessorBody(context, sentence, t.Start, added) is { } possessor)
                {
                    added.Add(Copy(possessor, t.Start, t.End, sentence, context, 0.7)); // "Its secretary-general, X": the body the title is held in
                    continue;
                }

                if (t.Norm is "the" or "both" && Plural(context, sentence, i) is { } plural)
                {
                    added.AddRange(plural);
                    while (i + 1 < tokens.Count && tokens[i].End < plural[0].End)
                    {
                        i++;
                    }

                    continue;
                }

                if (GroupNoun(t.Norm) && (i == 0 || tokens[i - 1].Norm == "a") && sentence.Titles.Any(x => x.FirstToken == i + 1)
                    && LastBody(context, sentence, t.Start, t.Norm, gazetteer, armedOnly: t.Norm == "movement") is { } titleBody)
                {
                    // "Group spokesman X", "a militia commander, X": a noun news uses for any group is the body named before (a noun
                    // a body's name holds, "Ministry spokesman X", is the one body of that name the article names: RoleRule)
                    added.Add(Copy(titleBody, t.Start, t.End, sentence, context, 0.7));
                    continue;
                }

                if ((t.Norm == "the" || (t.Norm == "this" && i + 1 < tokens.Count && BodyNouns.Contains(tokens[i + 1].Norm)))
                    && i + 1 < tokens.Count && Definite(context, sentence, i + 1, gazetteer) is { } definite)
                {
                    added.Add(definite);
                    i++;
                    continue;
                }

                if (t.Norm == "the" && i + 2 < tokens.Count && BodyDescriptions.Contains(tokens[i + 1].Norm) && !tokens[i + 1].IsCapitalized
                    && (tokens[i + 2].Norm is "group" or "organization" or "organisation" or "movement" || ArmedGroupNouns.Contains(tokens[i + 2].Norm))
                    && Definite(context, sentence, i + 2, gazetteer, described: true) is { } described)
                {
                    added.Add(described); // "the terror group": the description names no body of its own
                    i += 2;
                    continue;
                }

                if (t.Norm == "our" && i + 1 < tokens.Count && tokens[i + 1].Norm is "government" or "country" or "state" or "nation"
                    && SpeakerState(context, sentence, t.Start) is { } state)
                {
                    added.Add(new Mention
                    {
                        Start = t.Start,
                        End = tokens[i + 1].End,
                        Surface = context.Text[t.Start..tokens[i + 1].End],
                        Label = NodeLabels.Country,
                        Canonical = state,
                        SentenceIndex = sentence.Index,
                        Confidence = 0.7,
                        KeepAlias = false,
                    });
                    i++;
                }
            }

            Signatories(context, sentence, added);
            Descriptions(context, sentence, added, gazetteer);
        }

        context.Mentions.AddRange(added);
    }

    /// <summary>A title right after the possessive at <paramref name="at"/>, over a qualifier ("its secretary-general", "its new commander").</summary>
    private static bool TitleAfter(Sentence sentence, int at)
    {
        var next = at + 1;
        while (next < sentence.Tokens.Count && TitleQualifiers.Contains(sentence.Tokens[next].Norm) && !sentence.Titles.Any(x => x.FirstToken == next))
        {
            next++;
        }

        return sentence.Titles.Any(x => x.FirstToken == next);
    }

    /// <summary>
    /// Words that qualify a title without naming another office ("its new commander", "its former spokesman", "X, the acting
    /// head of"): between a possessive and its title here, and in every gap <see cref="Relations.RoleRule"/> reads.
    /// </summary>
    internal static readonly IReadOnlySet<string> TitleQualifiers = Words.Class("title-qualifier");

    /// <summary>Qualifiers of a title its holder no longer holds ("former", "ex-"): read by the role rule.</summary>
    internal static readonly IReadOnlySet<string> FormerQualifiers = Words.Class("title-former");

    /// <summary>Nouns for the holder of the same office in another state ("counterpart", "homologue", "peer"), singular and plural.</summary>
    internal static readonly IReadOnlySet<string> CounterpartNouns = Words.Class("counterpart-noun");

    /// <summary>
    /// The body "its" before a title stands for: the first body (else the first state) this sentence names before it, its subject as a
    /// rule ("The party told Rudaw that its spokesman ...", "Speaking for the force, its commander X": a body an anaphor of
    /// this sentence stands for included), else the first body (else state) named by the nearest sentence up to three before that names one.
    /// </summary>
    private static Mention? PossessorBody(ExtractionContext context, Sentence sentence, int position, List<Mention> added)
    {
        static bool Possessor(Mention m) => m.Label is NodeLabels.Organization or NodeLabels.Country && m.Role == MentionRole.Actor;
        // a body named in the sentence before a state ("Turkey said the PKK ... its commander"): the body, whose office a title is
        var candidates = context.MentionsIn(sentence.Index).Where(m => m.End <= position && m.KeepAlias)
            .Concat(added.Where(m => m.SentenceIndex == sentence.Index && m.End <= position))
            .Where(Possessor).OrderBy(m => m.Start).ToList();
        var here = candidates.FirstOrDefault(m => m.Label == NodeLabels.Organization) ?? candidates.FirstOrDefault();
        if (here is not null)
        {
            return here;
        }

        for (var s = sentence.Index - 1; s >= Math.Max(0, sentence.Index - Reach); s--)
        {
            var earlier = context.MentionsIn(s).Where(m => m.KeepAlias && Possessor(m)).OrderBy(m => m.Start).ToList();
            if ((earlier.FirstOrDefault(m => m.Label == NodeLabels.Organization) ?? earlier.FirstOrDefault()) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static readonly IReadOnlySet<string> Groups = Words.Class("delegation-noun");

    private static readonly IReadOnlySet<string> Collectives = Words.Class("collective");

    private static readonly IReadOnlySet<string> LeadershipNouns = Words.Class("leadership-noun");

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its", "our" };

    /// <summary>
    /// Descriptions that name an entity the sentence states: "his Romanian counterpart, X," and "Uganda's leader, X"
    /// (X), "a Libyan team headed by X" (X), "officials from Kenya" and "Omani officials" (the state).
    /// </summary>
    private static void Descriptions(ExtractionContext context, Sentence sentence, List<Mention> added, Gazetteer gazetteer)
    {
        var tokens = sentence.Tokens;
        var mentions = context.MentionsIn(sentence.Index);
        var led = new List<(int Start, int End)>();
        foreach (var person in mentions.Where(m => m.Label == NodeLabels.Person && m.Role == MentionRole.Actor && m.KeepAlias).ToList())
        {
            var first = IndexOf(tokens, t => t.Start == person.Start);
            var last = IndexOf(tokens, t => t.End == person.End);
            if (first < 2 || last < 0)
            {
                continue;
            }

            // "his Romanian counterpart, X," / "Uganda's leader, X."
            var closed = last + 1 >= tokens.Count || tokens[last + 1].Text is "," or "." or ")" or ";";
            if (tokens[first - 1].Text == "," && closed && DescribedHead(sentence, ComplementedHead(mentions, tokens, first - 2), gazetteer) is { } head && NounPhraseStart(context, sentence, head) is { } npStart)
            {
                added.Add(Copy(person, tokens[npStart].Start, tokens[first - 2].End, sentence, context, 0.75));
                continue;
            }

            // "a Libyan team headed by (Defence Minister) X"
            var by = first - 1;
            while (by > 0 && sentence.Titles.Any(t => t.FirstToken <= by && by <= t.LastToken))
            {
                by--;
            }

            if (LedGroup(tokens, by) is { } group && NounPhraseStart(context, sentence, group) is { } groupStart)
            {
                added.Add(Copy(person, tokens[groupStart].Start, tokens[by].End, sentence, context, 0.7));
                led.Add((tokens[groupStart].Start, tokens[by].End));
                continue;
            }

            // "an Iraqi team that (Adviser) X steered", "a mission which X headed": the leader as the relative clause's subject
            var relative = first - 1;
            while (relative > 0 && sentence.Titles.Any(t => t.FirstToken <= relative && relative <= t.LastToken))
            {
                relative--;
            }

            if (relative >= 2 && tokens[relative].Norm is "that" or "which" && Groups.Contains(tokens[relative - 1].Norm)
                && last + 1 < tokens.Count && IsLeaderParticiple(tokens[last + 1].Norm)
                && NounPhraseStart(context, sentence, relative - 1) is { } teamStart)
            {
                added.Add(Copy(person, tokens[teamStart].Start, tokens[relative - 1].End, sentence, context, 0.7));
                led.Add((tokens[teamStart].Start, tokens[last + 1].End));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !Collectives.Contains(tokens[i].Norm) || led.Any(l => l.Start <= tokens[i].Start && tokens[i].End <= l.End)
                || (i + 2 < tokens.Count && IsLeaderParticiple(tokens[i + 1].Norm) && tokens[i + 2].Norm == "by"))
            {
                continue; // a delegation led by someone acts through its leader
            }

            // "officials from Kenya"
            if (i + 2 < tokens.Count && tokens[i + 1].Norm is "from" or "of" && mentions.FirstOrDefault(m => m.Start == tokens[i + 2].Start && m.Label == NodeLabels.Country) is { } from)
            {
                added.Add(Copy(from, tokens[i].Start, from.End, sentence, context, 0.7));
                continue;
            }

            // "Omani officials", "the Iraqi delegation" (not "Turkish and Iraqi officials": both states took part)
            if (i > 0 && mentions.FirstOrDefault(m => m.End == tokens[i - 1].End && m.Label == NodeLabels.Country && m.Role == MentionRole.Modifier) is { } state
                && !(IndexOf(tokens, t => t.Start == state.Start) is var s0 and > 0 && tokens[s0 - 1].Norm is "and" or "or" or ","))
            {
                added.Add(Copy(state, state.Start, tokens[i].End, sentence, context, 0.7));
            }
        }
    }

    /// <summary>
    /// The group noun a leader phrase ending at <paramref name="by"/> (the token right before the leader's name and title)
    /// describes: "a Libyan team headed by X", "a delegation, led by X", "a mission chaired by X", "a delegation presided over
    /// by X", "a delegation under X", "a team under the leadership (chairmanship, command...) of X"; null when none. The participles are the leader verbs of relationwords.tsv.
    /// </summary>
    private static int? LedGroup(IReadOnlyList<Token> tokens, int by)
    {
        int group;
        if (by >= 3 && tokens[by].Norm == "by" && IsLeaderParticiple(tokens[by - 1].Norm))
        {
            group = tokens[by - 2].Text == "," ? by - 3 : by - 2;
        }
        else if (by >= 4 && tokens[by].Norm == "by" && tokens[by - 1].Norm is "over" or "up" && IsLeaderParticiple(tokens[by - 2].Norm))
        {
            group = tokens[by - 3].Text == "," ? by - 4 : by - 3; // "presided over by", "headed up by"
        }
        else if (by >= 1 && tokens[by].Norm == "under")
        {
            group = tokens[by - 1].Text == "," && by >= 2 ? by - 2 : by - 1;
        }
        else if (by >= 4 && tokens[by].Norm == "of" && LeadershipNouns.Contains(tokens[by - 1].Norm) && tokens[by - 2].Norm is "the" or "its" && tokens[by - 3].Norm == "under")
        {
            group = tokens[by - 4].Text == "," && by >= 5 ? by - 5 : by - 4;
        }

        else
        {
            return null;
        }

        return group >= 1 && Groups.Contains(tokens[group].Norm) ? group : null;
    }

    /// <summary>"led", "headed", "chaired", "commanded": the past participle of a leader verb (relationwords.tsv).</summary>
    private static bool IsLeaderParticiple(string norm)
    {
        var words = TriggerLexicon.Default.Words;
        return norm == "led" || (norm.EndsWith("ed", StringComparison.Ordinal) && (words.IsLeaderVerb(norm[..^2]) || words.IsLeaderVerb(norm[..^1])));
    }

    /// <summary>
    /// "the UN envoy for Iraq, X": where the head's complement ("for", "to" or "in" and a named entity) ends at
    /// <paramref name="at"/>, the token before the complement; otherwise <paramref name="at"/>.
    /// </summary>
    private static int ComplementedHead(IEnumerable<Mention> mentions, IReadOnlyList<Token> tokens, int at)
    {
        if (at < 2 || mentions.FirstOrDefault(m => m.End == tokens[at].End && m.Role == MentionRole.Actor && m.Label is NodeLabels.Country or NodeLabels.Place or NodeLabels.Organization) is not { } named)
        {
            return at;
        }

        var start = IndexOf(tokens, t => t.Start == named.Start);
        return start >= 2 && tokens[start - 1].Norm is "for" or "to" or "in" ? start - 2 : at;
    }

    /// <summary>The token ending a description head before an appositive name: an office title, "counterpart" or a noun for a person.</summary>
    private static int? DescribedHead(Sentence sentence, int at, Gazetteer gazetteer)
    {
        if (at < 0)
        {
            return null;
        }

        // "his Turkish counterpart, X", "his cousin, X", "the only survivor, X": a noun for a person, in the singular
        var t = sentence.Tokens[at];
        if (CounterpartNouns.Contains(t.Norm)
            || (t.IsWord && !t.IsCapitalized && !t.Norm.EndsWith('s') && gazetteer.IsPersonNoun(t.Norm) && at > 0 && sentence.Tokens[at - 1].IsWord))
        {
            return at;
        }

        return sentence.Titles.FirstOrDefault(t => t.LastToken == at) is { } title ? title.FirstToken : null;
    }

    /// <summary>Where the noun phrase ending in the head at <paramref name="head"/> starts: over adjectives, a state's possessive, up to its determiner.</summary>
    private static int? NounPhraseStart(ExtractionContext context, Sentence sentence, int head)
    {
        var tokens = sentence.Tokens;
        var mentions = context.MentionsIn(sentence.Index);
        var k = head - 1;
        while (k >= 0)
        {
            var t = tokens[k];
            if (t.IsWord && Determiners.Contains(t.Norm))
            {
                return k;
            }

            // "Uganda's leader": the owner's possessive opens the phrase
            if (t.Norm == "s" && k >= 2 && tokens[k - 1].Text is "'" or "’" && mentions.FirstOrDefault(m => m.End == tokens[k - 2].End && m.Label is NodeLabels.Country or NodeLabels.Organization or NodeLabels.Place) is { } owner)
            {
                return IndexOf(tokens, x => x.Start == owner.Start);
            }

            // a modifier, or a body naming whose office it is ("the UN envoy"), stays inside the phrase
            if (t.IsWord && (mentions.Any(m => (m.Role == MentionRole.Modifier || m.Label == NodeLabels.Organization) && m.Start <= t.Start && t.End <= m.End) || (!t.IsCapitalized && t.Norm.Length > 2 && !char.IsDigit(t.Text[0]))))
            {
                k--;
                continue;
            }

            return null;
        }

        return null;
    }

    /// <summary>A token inside a mention already made (by recognition or by this resolver).</summary>
    private static bool Covered(ExtractionContext context, Sentence sentence, Token t, List<Mention> added)
    {
        if (context.MentionsIn(sentence.Index).Any(m => m.Start <= t.Start && t.End <= m.End))
        {
            return true;
        }

        // Sentences go in order, so the mentions this resolver made in this sentence are the last ones added: looking
        // at every one made in the article grew with the square of its length.
        for (var j = added.Count - 1; j >= 0 && added[j].End > sentence.Start; j--)
        {
            if (added[j].Start <= t.Start && t.End <= added[j].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person a pronoun at <paramref name="position"/> is about: the first person the sentence names before it,
    /// else the first person of the nearest sentence before that names one (the subject of the last statement).
    /// </summary>
    private static Mention? PersonReferent(ExtractionContext context, Sentence sentence, int position)
    {
        var here = context.MentionsIn(sentence.Index).Where(m => m.Label == NodeLabels.Person && m.Role == MentionRole.Actor && m.End <= position && m.KeepAlias)
            .OrderBy(m => m.Start).FirstOrDefault();
        if (here is not null)
        {
            return here;
        }

        for (var s = sentence.Index - 1; s >= Math.Max(0, sentence.Index - Reach); s--)
        {
            if (context.Sentences[s].IsHeadline)
            {
                continue;
            }

            var first = context.MentionsIn(s).Where(m => m.Label == NodeLabels.Person && m.Role == MentionRole.Actor && m.KeepAlias).OrderBy(m => m.Start).FirstOrDefault();
            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>"the two officials", "both men", "the two countries", "both sides": a mention for each of the two just named.</summary>
    private static List<Mention>? Plural(ExtractionContext context, Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        var noun = tokens[i].Norm == "both" ? i + 1 : i + 2;
        if (i + 1 >= tokens.Count || (tokens[i].Norm == "the" && tokens[i + 1].Norm != "two"))
        {
            return null;
        }

        if (tokens[i].Norm == "the" && BareCount(sentence, i + 1))
        {
            // "clashes broke out between the two", "the two signed a memorandum": a count with no noun stands for the two
            // actors just named, whatever their kind
            var start2 = tokens[i].Start;
            return LastTwoNamed(context, sentence, start2) is { } pair ? [.. pair.Select(m => Copy(m, start2, tokens[i + 1].End, sentence, context, 0.65))] : null;
        }

        if (noun >= tokens.Count)
        {
            return null;
        }

        var label = PersonPlurals.Contains(tokens[noun].Norm) ? NodeLabels.Person : StatePlurals.Contains(tokens[noun].Norm) ? NodeLabels.Country : null;
        if (label is null || (noun + 1 < tokens.Count && tokens[noun + 1].Norm == "of"))
        {
            return null;
        }

        var start = tokens[i].Start;
        // "clashes between the army and the X units ..., the two sides reached a deal": sides and parties may be any
        // two actors the sentence has just named, bodies as well as states
        var two = (tokens[noun].Norm is "sides" or "parties" ? LastTwoActors(context, sentence, start) : null) ?? LastTwo(context, sentence, start, label);
        if (two is null)
        {
            return null;
        }

        return [.. two.Select(m => Copy(m, start, tokens[noun].End, sentence, context, 0.7))];
    }

    /// <summary>
    /// "the two" with no noun of its own: in the sentence's tree the count heads its phrase (the subject of "the two met", the
    /// object of "between the two") instead of modifying a noun ("the two strikes", "the two armed groups": nummod). Unparsed,
    /// only a count the sentence or clause ends on counts. Never "the two-day visit".
    /// </summary>
    private static bool BareCount(Sentence sentence, int count)
    {
        var tokens = sentence.Tokens;
        var next = count + 1;
        if (next < tokens.Count && tokens[next].Text is "-" or "‑" or "–")
        {
            return false;
        }

        if (sentence.Syntax?.WordAt(tokens[count].Start) is { } word)
        {
            return word.Upos == "NUM" && !word.Is("nummod") && !word.Is("compound");
        }

        return next >= tokens.Count || tokens[next].Text is "," or "." or ";" or ":" or ")" or "?" or "!";
    }

    /// <summary>
    /// The two distinct persons, bodies or states named as actors last before <paramref name="position"/> (this sentence, else
    /// the one before), if exactly two; with one actor, a body named as the modifier of a noun no name covers ("Turkish troops
    /// and PKK fighters") is the other.
    /// </summary>
    private static List<Mention>? LastTwoNamed(ExtractionContext context, Sentence sentence, int position) =>
        ExactlyTwoLast(sentence, s =>
        {
            // recognized mentions only (this resolver's own are added after it): "Turkish troops" keeps no alias but names a body
            var mentions = context.MentionsIn(s).Where(m => s < sentence.Index || m.End <= position).ToList();
            var actors = mentions.Where(m => m.Role == MentionRole.Actor && m.Label is NodeLabels.Person or NodeLabels.Organization or NodeLabels.Country).ToList();
            var named = actors.GroupBy(m => m.Canonical).Select(g => g.First()).ToList();
            if (named.Count == 1)
            {
                named.AddRange(mentions.Where(m => m.Role == MentionRole.Modifier && m.Label == NodeLabels.Organization && m.Canonical != named[0].Canonical
                    && !actors.Any(a => a.Start <= m.Start && m.End <= a.End)).GroupBy(m => m.Canonical).Select(g => g.First()));
            }

            return named;
        });

    /// <summary>The two distinct states or bodies this sentence names before <paramref name="position"/>, if exactly two and at least one a body.</summary>
    private static List<Mention>? LastTwoActors(ExtractionContext context, Sentence sentence, int position)
    {
        var named = context.MentionsIn(sentence.Index)
            .Where(m => m.End <= position && m.Role == MentionRole.Actor && m.Label is NodeLabels.Organization or NodeLabels.Country)
            .GroupBy(m => m.Canonical).Select(g => g.First()).ToList();
        return named.Count == 2 && named.Any(m => m.Label == NodeLabels.Organization) ? named : null;
    }

    /// <summary>The two distinct entities of a label named last before <paramref name="position"/> (this sentence, else the one before), if exactly two.</summary>
    private static List<Mention>? LastTwo(ExtractionContext context, Sentence sentence, int position, string label) =>
        ExactlyTwoLast(sentence, s => context.MentionsIn(s).Where(m => m.Label == label && m.KeepAlias && (s < sentence.Index || m.End <= position)
                && (m.Role == MentionRole.Actor || label == NodeLabels.Country))
            .GroupBy(m => m.Canonical).Select(g => g.First()).ToList());

    /// <summary>
    /// The distinct mentions <paramref name="namedIn"/> picks in this sentence, else in the one before: the first sentence
    /// naming two or more decides, and only exactly two are an answer.
    /// </summary>
    private static List<Mention>? ExactlyTwoLast(Sentence sentence, Func<int, List<Mention>> namedIn)
    {
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 1); s--)
        {
            var named = namedIn(s);
            if (named.Count == 2)
            {
                return named;
            }

            if (named.Count > 2)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the group", "the party", "the minister": a body or a titled person named before; null when it opens a name ("the Group of Seven").</summary>
    private static Mention? Definite(ExtractionContext context, Sentence sentence, int noun, Gazetteer gazetteer, bool described = false)
    {
        var tokens = sentence.Tokens;
        var t = tokens[noun];
        // "the Group of Seven", "the Committee for Refugees", "the group for the Defence of X" open names; "blamed the group for
        // recruiting", "blamed the group for the deaths", "accused the groups of trafficking" do not
        if (!t.IsWord || t.IsCapitalized && noun > 1 || (noun + 1 < tokens.Count && ((tokens[noun + 1].Norm is "of" && !(noun + 2 < tokens.Count && tokens[noun + 2].Norm.EndsWith("ing", StringComparison.Ordinal)))
            || tokens[noun + 1].IsCapitalized
            || (tokens[noun + 1].Norm is "for" && noun + 2 < tokens.Count && (tokens[noun + 2].IsCapitalized
                || (tokens[noun + 2].Norm == "the" && noun + 3 < tokens.Count && tokens[noun + 3].IsCapitalized))))))
        {
            return null;
        }

        if (BodyNouns.Contains(t.Norm))
        {
            var body = LastBody(context, sentence, tokens[noun - 1].Start, t.Norm, gazetteer, armedOnly: described || t.Norm == "movement")
                ?? (ArmedGroupNouns.Contains(t.Norm) ? LastBody(context, sentence, tokens[noun - 1].Start, "group", gazetteer, armedOnly: true) : null);
            return body is null ? null : Copy(body, tokens[noun - 1].Start, t.End, sentence, context, 0.7);
        }

        var title = sentence.Titles.FirstOrDefault(x => x.FirstToken == noun && x.LastToken == noun);
        if (title is not null && TitledPerson(context, sentence, tokens[noun - 1].Start, t.Norm) is { } person)
        {
            return Copy(person, tokens[noun - 1].Start, t.End, sentence, context, 0.7);
        }

        return null;
    }

    /// <summary>The body named last (this sentence before the anaphor, or up to three before) that the noun can stand for.</summary>
    /// <summary>With <paramref name="armedOnly"/> ("the movement", "the terror group") only an armed or political body, or one the gazetteer does not know.</summary>
    private static Mention? LastBody(ExtractionContext context, Sentence sentence, int position, string noun, Gazetteer gazetteer, bool armedOnly)
    {
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - Reach); s--)
        {
            var found = context.MentionsIn(s)
                .Where(m => m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor && m.KeepAlias && (s < sentence.Index || m.End <= position) && Fits(m.Canonical, noun)
                    && (!armedOnly || (gazetteer.KindOfOrganization(m.Canonical) is null or "group" or "party" or "armed" && !StateForce(m.Canonical, gazetteer)))
                    && !(GroupNoun(noun) && gazetteer.KindOfOrganization(m.Canonical) is "media" or "international" or "company"))
                .OrderBy(m => m.Start).LastOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// A state's own armed force named by its state ("Syrian Arab Army", "Israel Defense Forces", "Iraqi Navy"; not "Syrian
    /// Democratic Forces"): a class noun for an armed group ("the faction", "the militia") or a described one ("the terror
    /// group") never stands for it.
    /// </summary>
    private static bool StateForce(string canonical, Gazetteer gazetteer)
    {
        var words = canonical.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && (gazetteer.CountryOfDemonym(words[0]) is not null || gazetteer.Country(words[0]) is not null)
            && words.Skip(1).Any(w => w.ToLowerInvariant() is "army" or "armed" or "military" or "navy" or "defense" or "defence" or "gendarmerie" or "police");
    }

    /// <summary>
    /// Nouns for a group of people acting together ("the group", "the faction", "the militia"): never a news outlet, an
    /// international body or a company the article names (organizations.tsv kinds), which reports on or deals with the group.
    /// </summary>
    private static bool GroupNoun(string noun) =>
        noun is "group" or "groups" or "organization" or "organisation" or "movement" || ArmedGroupNouns.Contains(noun);

    /// <summary>"the group", "the organization" and "the movement" stand for any body but a ministry, a government or a state's armed forces; other nouns for bodies so named ("the party": "Green Valley Party").</summary>
    private static bool Fits(string canonical, string noun)
    {
        var words = canonical.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var stateBody = words.Contains("ministry") || words.Contains("government") || (words.Contains("armed") && words.Contains("forces"));
        if (noun is "group" or "organization" or "organisation" or "movement")
        {
            return !stateBody; // "the movement" too: news calls any armed or political group so, whatever its name (never an international body, a company or the media)
        }

        if (noun is "groups")
        {
            // "the groups" for one body whose name is plural ("the Southern Brigades", "the Popular Mobilization Forces")
            return !stateBody && words.Length > 0 && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal);
        }

        var singular = noun.EndsWith('s') && noun != "forces" ? noun[..^1] : noun;
        return words.Contains(noun) || words.Contains(singular) || (noun == "forces" && words.Contains("force"))
            || (noun is "army" or "military" && words.Contains("armed") && words.Contains("forces")) // "the army" for "Iraqi army" read as the Iraqi Armed Forces
            || (noun is "force" or "forces" && !stateBody && words.Length > 1 && ArmedUnitHeads.Contains(words[^1])); // "the force" for "X Protection Units"
    }

    /// <summary>A line with no closing punctuation: a subheading, read as headlines are.</summary>
    private static bool IsHeading(Sentence sentence) =>
        sentence.Text.TrimEnd() is { Length: > 0 } text && !".!?\"”’:;)]".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>
    /// "Iraqi Prime Minister visits Washington" over a body that names "Iraq's Prime Minister X": a headline's (or subheading's) title qualified by a
    /// state, with no name, stands for the person the first sentences after it name with that title and state.
    /// </summary>
    private static IEnumerable<Mention> HeadlineHolders(ExtractionContext context, Sentence headline)
    {
        var mentions = context.MentionsIn(headline.Index).ToList();
        foreach (var title in headline.Titles)
        {
            var state = mentions.FirstOrDefault(m => m.Label == NodeLabels.Country && m.End <= title.Start && title.Start - m.End <= 3);
            if (state is null || mentions.Any(m => m.Label == NodeLabels.Person && m.Start >= title.End && m.Start - title.End <= 2))
            {
                continue;
            }

            for (var s = headline.Index + 1; s < Math.Min(context.Sentences.Count, headline.Index + 6); s++)
            {
                var body = context.Sentences[s];
                var inBody = context.MentionsIn(s).ToList();
                var holder = inBody.FirstOrDefault(p => p.Label == NodeLabels.Person && p.Role == MentionRole.Actor && body.Titles.Any(x =>
                    x.Text.Equals(title.Text, StringComparison.OrdinalIgnoreCase) && Adjacent(body, x, p)
                    && inBody.Any(c => c.Label == NodeLabels.Country && c.Canonical == state.Canonical && c.End <= x.Start && x.Start - c.End <= 3)));
                if (holder is not null)
                {
                    yield return Copy(holder, title.Start, title.End, headline, context, 0.7);
                    break;
                }
            }
        }
    }

    /// <summary>The person named last with a title whose head word is <paramref name="head"/> ("Foreign Minister X" for "the minister").</summary>
    private static Mention? TitledPerson(ExtractionContext context, Sentence sentence, int position, string head)
    {
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 5); s--)
        {
            var candidate = context.Sentences[s];
            var titled = context.MentionsIn(s)
                .Where(m => m.Label == NodeLabels.Person && m.Role == MentionRole.Actor && m.KeepAlias && (s < sentence.Index || m.End <= position)
                    && candidate.Titles.Any(x => x.Text.Split(' ')[^1].Equals(head, StringComparison.OrdinalIgnoreCase) && Adjacent(candidate, x, m)))
                .OrderBy(m => m.Start).LastOrDefault();
            if (titled is not null)
            {
                return titled;
            }
        }

        return null;
    }

    /// <summary>The title stands right before the person ("Foreign Minister X") or in apposition right after ("X, the foreign minister").</summary>
    private static bool Adjacent(Sentence sentence, TitleSpan title, Mention person)
    {
        var tokens = sentence.Tokens;
        var first = IndexOf(tokens, t => t.Start == person.Start);
        var last = IndexOf(tokens, t => t.End == person.End);
        return (first > 0 && (title.LastToken == first - 1 || (title.LastToken == first - 2 && !tokens[first - 1].IsWord)))
            || (last >= 0 && title.FirstToken > last && title.FirstToken <= last + 3 && tokens[last + 1].Text == ",");
    }

    /// <summary>"our government" in a quotation: the state of the speaker named with a national title after (or before) the quote.</summary>
    private static string? SpeakerState(ExtractionContext context, Sentence sentence, int position)
    {
        var text = context.Text;
        var open = position > sentence.Start ? text.LastIndexOfAny(['“', '"'], position - 1, position - sentence.Start) : -1;
        if (open < 0)
        {
            return null;
        }

        // the speaker: a person whose title is qualified by a state ("Malian Interior Minister X told reporters")
        var mentions = context.MentionsIn(sentence.Index);
        foreach (var person in mentions.Where(m => m.Label == NodeLabels.Person && (m.End <= open || m.Start > position)))
        {
            var title = sentence.Titles.FirstOrDefault(x => Adjacent(sentence, x, person));
            if (title is null)
            {
                continue;
            }

            var state = mentions.FirstOrDefault(m => m.Label == NodeLabels.Country && m.End <= title.Start && title.Start - m.End <= 3);
            if (state is not null)
            {
                return state.Canonical;
            }
        }

        return null;
    }

    private static readonly IReadOnlySet<string> SignerNouns = Words.Class("signer-noun");

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "two", "three", "four", "five", "both" };

    /// <summary>
    /// "Its signatories, A and B, ...", "the accord's two signatories: A and B", "the two signatories, A and B": A and B
    /// signed the agreement referred to: the one the possessive names ("the accord's" is the last agreement named up to
    /// there, the phrase itself included), else the last one named before within <see cref="Reach"/> sentences.
    /// </summary>
    private static void Signatories(ExtractionContext context, Sentence sentence, List<Mention> added)
    {
        var tokens = sentence.Tokens;
        for (var n = 1; n + 1 < tokens.Count; n++)
        {
            if (!SignerNouns.Contains(tokens[n].Norm))
            {
                continue;
            }

            // "its signatories, A and B", "both of its signatories — A and B —", "signatories of the treaty, A and B"
            var listAt = n + 1;
            int? opening = null;
            if (tokens[listAt].Norm == "of" && OfAgreement(context, sentence, listAt) is { } named)
            {
                opening = named;
                listAt = named + 1;
            }
            else
            {
                opening = SignatoryReference(context, sentence, n);
            }

            if (opening is null || listAt >= tokens.Count || !(tokens[listAt].Text is "," or ":" or "—" or "–" || tokens[listAt].Norm is "were" or "are"))
            {
                continue;
            }

            var agreement = Enumerable.Range(0, sentence.Index + 1).Reverse().Take(Reach + 1)
                .Select(s => context.MentionsIn(s).Where(m => m.Label == NodeLabels.Agreement && m.Canonical.Length > 0 && (s < sentence.Index || m.Start < tokens[n].Start)).OrderBy(m => m.Start).LastOrDefault())
                .FirstOrDefault(m => m is not null);
            if (agreement is null)
            {
                continue;
            }

            var reference = new Mention
            {
                Start = tokens[opening.Value].Start,
                End = tokens[opening.Value].End,
                Surface = tokens[opening.Value].Text,
                Label = NodeLabels.Agreement,
                Canonical = agreement.Canonical,
                SentenceIndex = sentence.Index,
                Confidence = 0.7,
                KeepAlias = false,
                Role = MentionRole.Modifier,
            };

            // the signers: the persons and bodies listed right after, up to the clause's end
            var from = tokens[listAt].End;
            var clauseEnd = ListEnd(context.Text, from, sentence.End);
            var signers = context.MentionsIn(sentence.Index)
                .Where(m => m.Start >= from && m.End <= clauseEnd && m.Role == MentionRole.Actor && m.Label is NodeLabels.Person or NodeLabels.Organization)
                .ToList();
            if (signers.Count > 0)
            {
                if (!context.MentionsIn(sentence.Index).Any(m => m.Start <= reference.Start && reference.End <= m.End))
                {
                    added.Add(reference);
                }

                context.AgreementParties.Add(new AgreementParties(reference, signers, sentence.Index, Signers: true));
            }
        }
    }

    /// <summary>
    /// "signatories of the treaty", "signatories of the Halabja Accord": the token that ends the agreement an of-phrase at
    /// <paramref name="of"/> names (an agreement head after "the", or an agreement mention), or null.
    /// </summary>
    private static int? OfAgreement(ExtractionContext context, Sentence sentence, int of)
    {
        var tokens = sentence.Tokens;
        var k = of + 1;
        if (k < tokens.Count && tokens[k].Norm is "the" or "this" or "that")
        {
            k++;
            if (k < tokens.Count && Vocabulary.AgreementHeads.Contains(tokens[k].Norm))
            {
                return k;
            }
        }

        var named = k < tokens.Count ? context.MentionsIn(sentence.Index).FirstOrDefault(m => m.Label == NodeLabels.Agreement && m.Start == tokens[k].Start) : null;
        return named is null ? null : IndexOf(tokens, t => t.End == named.End) is var end and >= 0 ? end : null;
    }

    /// <summary>
    /// The token that makes the signer noun at <paramref name="noun"/> refer to an agreement: "its"/"their", "the" (with an
    /// optional count: "the two signatories"), or the agreement word before a possessive ("the accord's", "the pact’s");
    /// null for "signatories" of anything else ("the letter's signatories").
    /// </summary>
    private static int? SignatoryReference(ExtractionContext context, Sentence sentence, int noun)
    {
        var tokens = sentence.Tokens;
        var k = noun - 1;
        if (k >= 1 && Counts.Contains(tokens[k].Norm))
        {
            k--;
        }

        if (tokens[k].Norm is "its" or "their" or "the")
        {
            return k;
        }

        // "the accord's signatories": a possessive whose noun is an agreement head or ends an agreement mention
        if (k >= 2 && tokens[k].Norm == "s" && tokens[k - 1].Text is "'" or "’" && tokens[k - 1].Start == tokens[k - 2].End)
        {
            var owner = tokens[k - 2];
            var agreement = Vocabulary.AgreementHeads.Contains(owner.Norm)
                || context.MentionsIn(sentence.Index).Any(m => m.Label == NodeLabels.Agreement && m.End == owner.End);
            return agreement ? k - 2 : null;
        }

        return null;
    }

    /// <summary>Where a list after a colon or comma ends: the next comma that is not followed by "and", or the sentence end.</summary>
    private static int ListEnd(string text, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            if (text[i] is ';' or '.' or '—' or '(' or ')')
            {
                return i; // a dash or a parenthesis closes a list set off by it ("— A and B —")
            }

            if (text[i] == ',' && !text.AsSpan(i + 1, Math.Min(5, end - i - 1)).TrimStart().StartsWith("and", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>"his talks with", "her visit to": a possessive before an event noun names who took part (not "his counterpart").</summary>
    private static bool EventNounAfter(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 2; k++)
        {
            if (EventNouns.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly IReadOnlySet<string> EventNouns = Words.Class("event-noun");

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (match(tokens[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static Mention Copy(Mention antecedent, int start, int end, Sentence sentence, ExtractionContext context, double confidence) => new()
    {
        Start = start,
        End = end,
        Surface = context.Text[start..end],
        Label = antecedent.Label,
        Canonical = antecedent.Canonical,
        SentenceIndex = sentence.Index,
        Confidence = Math.Min(antecedent.Confidence, confidence),
        KeepAlias = false,
        Title = antecedent.Title,
    };
}

using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Pipeline;

/// <summary>The working state of one article as it passes through the steps.</summary>
internal sealed class ExtractionContext(SourceDocument document)
{
    public SourceDocument Document { get; } = document;

    /// <summary>The readable text (HTML already turned into text); furniture is blanked in place so offsets stay true.</summary>
    public string Text { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly? Published { get; set; }

    public string? Publisher { get; set; }

    public string? Author { get; set; }

    /// <summary>Spans of <see cref="Text"/> that are the article's headline (read as one sentence each).</summary>
    public List<(int Start, int End)> Headlines { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>Entity drafts by key (label + canonical name), filled by resolution.</summary>
    public Dictionary<string, EntityDraft> Entities { get; } = new(StringComparer.Ordinal);

    public List<Relationship> Relationships { get; } = [];

    /// <summary>Agreements with the parties the text names for them (from "between A and B", "A and B signed").</summary>
    public List<AgreementParties> AgreementParties { get; } = [];

    /// <summary>The country the article is mostly about (most mentioned), once recognized.</summary>
    public string? MainCountry { get; set; }

    public Article? Article { get; set; }

    /// <summary>When not null (<see cref="ArticlePipeline.Explain"/>), steps note here how they read each sentence: (sentence index, line).</summary>
    public List<(int Sentence, string Line)>? Trace { get; set; }

    /// <summary>When tracing, the tree the relation rules read for each sentence (after the tree repairs), by sentence index.</summary>
    public Dictionary<int, DependencyTree>? ReadTrees { get; set; }

    private readonly Dictionary<int, List<Mention>> bySentence = [];
    private int indexed;

    /// <summary>Sorts the mentions by position (longest first at one start) and rebuilds the sentence index.</summary>
    public void SortMentions()
    {
        Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        bySentence.Clear();
        indexed = 0;
    }

    /// <summary>Removes a mention (and drops the sentence index).</summary>
    public void RemoveMention(Mention mention)
    {
        Mentions.Remove(mention);
        bySentence.Clear();
        indexed = 0;
    }

    /// <summary>The mentions of one sentence (mentions added since the last call are indexed first; mentions are only appended or removed through <see cref="RemoveMention"/>).</summary>
    public IReadOnlyList<Mention> MentionsIn(int sentence)
    {
        if (indexed > Mentions.Count)
        {
            bySentence.Clear();
            indexed = 0;
        }

        for (; indexed < Mentions.Count; indexed++)
        {
            var m = Mentions[indexed];
            if (!bySentence.TryGetValue(m.SentenceIndex, out var bucket))
            {
                bucket = [];
                bySentence[m.SentenceIndex] = bucket;
            }

            bucket.Add(m);
        }

        return bySentence.TryGetValue(sentence, out var list) ? list : [];
    }

    public string ArticleId => Document.Id;

    /// <summary>Returns the draft for a label and canonical name, creating it when new.</summary>
    public EntityDraft Draft(string label, string canonical)
    {
        var key = EntityDraft.KeyOf(label, canonical);
        if (!Entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(label, canonical);
            Entities[key] = draft;
        }

        return draft;
    }
}

/// <summary>
/// An agreement mention with the party mentions that define it, in one sentence; <paramref name="Signers"/> when the
/// sentence calls them its signatories (they signed it, persons and bodies alike).
/// </summary>
internal sealed record AgreementParties(Mention Agreement, IReadOnlyList<Mention> Parties, int SentenceIndex, bool Signers = false);

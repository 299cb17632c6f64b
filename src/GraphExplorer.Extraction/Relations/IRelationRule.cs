using System.Buffers;

namespace GraphExplorer.Extraction.Relations;

/// <summary>One family of relation patterns (meetings, signatures, accusations...). Reads a sentence, adds what it states to the sink.</summary>
internal interface IRelationRule
{
    /// <summary>Words one of which a sentence must contain for the rule to apply (a cheap vectorized pre-check before the patterns).</summary>
    SearchValues<string> Keywords { get; }

    void Apply(SentenceView sentence, RelationSink sink);
}

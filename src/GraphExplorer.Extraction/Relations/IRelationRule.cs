namespace GraphExplorer.Extraction.Relations;

/// <summary>One family of relation patterns (meetings, signatures, accusations...). Reads a sentence, adds what it states to the sink.</summary>
internal interface IRelationRule
{
    void Apply(SentenceView sentence, RelationSink sink);
}

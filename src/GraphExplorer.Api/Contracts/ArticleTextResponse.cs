namespace GraphExplorer.Api.Contracts;

/// <summary>An article with its text and the facts it states, each with the character offsets of its evidence sentences.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">Publication date, when the page states one.</param>
/// <param name="Publisher">Publisher, when stated.</param>
/// <param name="Author">Author, when stated.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Text">The article text the offsets point into.</param>
/// <param name="Entities">The entities it mentions, as curated.</param>
/// <param name="Facts">The facts it states, as curated; evidence offsets are into <paramref name="Text"/>.</param>
internal sealed record ArticleTextResponse(
    string Id,
    string Title,
    DateOnly? Published,
    string? Publisher,
    string? Author,
    string? Source,
    string Text,
    IReadOnlyList<NodeResponse> Entities,
    IReadOnlyList<RelationshipResponse> Facts);

/// <summary>One export format.</summary>
/// <param name="Name">The value of the <c>format</c> parameter.</param>
/// <param name="Extension">The file extension of the download.</param>
/// <param name="ContentType">Its media type.</param>
internal sealed record ExportFormatResponse(string Name, string Extension, string ContentType);

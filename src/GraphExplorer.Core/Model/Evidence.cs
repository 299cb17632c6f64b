namespace GraphExplorer.Core.Model;

/// <summary>Where a fact was read: the article and the verbatim sentence, with its character offsets.</summary>
/// <param name="ArticleId">The article id (its file name stem).</param>
/// <param name="Sentence">The sentence exactly as it stands in the article text.</param>
/// <param name="Start">Offset of the sentence's first character in the article text.</param>
/// <param name="End">Offset just past the sentence's last character.</param>
public sealed record Evidence(string ArticleId, string Sentence, int Start, int End);

using System.Text.RegularExpressions;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// A handler that plays the transaction endpoints like Neo4j: opening gives a fresh id, statements answer
/// from <see cref="Answers"/>, the commit answers from <see cref="Commit"/>, DELETE answers 200 with no body.
/// Articles count as stored only when their transaction commits.
/// </summary>
internal sealed partial class TransactionalFake
{
    private int opened;
    private string? pendingArticle;

    /// <summary>Answers to statements by a fragment of their text; unmatched statements get an empty result.</summary>
    public List<(string Fragment, Func<FakeRequest, (string[] Fields, object?[][] Rows)> Answer)> Answers { get; } = [];

    /// <summary>The commit's answer given the commit number (1-based); default success.</summary>
    public Func<int, FakeRequest, FakeResponse?> Commit { get; set; } = (_, _) => null;

    /// <summary>A statement run inside a transaction may be replaced by a failure: given the run number (1-based).</summary>
    public Func<int, FakeRequest, FakeResponse?> Run { get; set; } = (_, _) => null;

    /// <summary>Article ids whose transaction committed.</summary>
    public HashSet<string> Stored { get; } = [];

    private int commits;
    private int runs;

    public FakeResponse Handle(FakeRequest request)
    {
        var match = TransactionPath().Match(request.Path);
        if (request.Method == "DELETE")
        {
            return new FakeResponse(200, null);
        }

        if (!match.Success)
        {
            return AutoCommit(request);
        }

        var id = match.Groups["id"].Value;
        if (id.Length == 0)
        {
            id = $"tx{++opened}";
            return Statement(request, id);
        }

        if (match.Groups["commit"].Success)
        {
            if (Commit(++commits, request) is { } failure)
            {
                return failure;
            }

            if (pendingArticle is not null)
            {
                Stored.Add(pendingArticle);
            }

            return FakeResponse.Rows([]);
        }

        return Run(++runs, request) ?? Statement(request, id);
    }

    private FakeResponse Statement(FakeRequest request, string id)
    {
        if (request.Statement.Contains("MERGE (a:Article", StringComparison.Ordinal))
        {
            pendingArticle = request.Parameter("articleId")?.GetString();
        }

        foreach (var (fragment, answer) in Answers)
        {
            if (request.Statement.Contains(fragment, StringComparison.Ordinal))
            {
                var (fields, rows) = answer(request);
                return FakeResponse.InTransaction(id, fields, rows);
            }
        }

        return FakeResponse.InTransaction(id);
    }

    private FakeResponse AutoCommit(FakeRequest request)
    {
        if (request.Statement.Contains("a.contentHash", StringComparison.Ordinal))
        {
            var id = request.Parameter("id")?.GetString() ?? "";
            return Stored.Contains(id) ? FakeResponse.Rows(["hash"], ["hash-" + id]) : FakeResponse.Rows(["hash"]);
        }

        return FakeResponse.Rows([]);
    }

    [GeneratedRegex(@"^/db/[^/]+/query/v2/tx(?:/(?<id>[^/]+))?(?<commit>/commit)?$")]
    private static partial Regex TransactionPath();
}

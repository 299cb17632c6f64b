using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Contracts;

/// <summary>One curated query as listed by <c>GET /api/queries</c>.</summary>
internal sealed record QuerySummary(string Name, string Description, string Returns, IReadOnlyList<ParameterSchema> Parameters)
{
    public static QuerySummary From(QueryDefinition query) =>
        new(query.Name, query.Description, query.Returns, [.. query.Parameters.Select(ParameterSchema.From)]);
}

/// <summary>
/// A parameter's schema. <c>Min</c>/<c>Max</c> bound a number's value or a string's length;
/// <c>Allowed</c> lists the accepted names of an edgeTypes parameter.
/// </summary>
internal sealed record ParameterSchema(
    string Name,
    ParameterKind Kind,
    bool Required,
    object? Default,
    double? Min,
    double? Max,
    string Description,
    IReadOnlyList<string>? Allowed)
{
    public static ParameterSchema From(QueryParameter parameter) => new(
        parameter.Name,
        parameter.Kind,
        parameter.Required,
        parameter.Default,
        parameter.Min,
        parameter.Max,
        parameter.Description,
        parameter.Kind == ParameterKind.EdgeTypes ? [.. EdgeTypes.All.Select(t => t.Name)] : null);
}

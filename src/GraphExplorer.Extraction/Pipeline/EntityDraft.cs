using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Pipeline;

/// <summary>An entity being built from its mentions in one article.</summary>
internal sealed class EntityDraft(string label, string canonical)
{
    public string Label { get; } = label;

    public string Canonical { get; } = canonical;

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string Key => KeyOf(Label, Canonical);

    /// <summary>For an agreement: the year it was made, when the text gives it; part of the id (accords of one name made in different years are two).</summary>
    public int? Year { get; set; }

    /// <summary>The entity's id (label and slug of the name, with the year for an agreement that has one); made once per year it is asked with.</summary>
    public string Id
    {
        get
        {
            if (id is null || idYear != Year)
            {
                idYear = Year;
                id = Year is { } year ? NameKey.EntityId(Label, $"{Canonical} {year}") : NameKey.EntityId(Label, Canonical);
            }

            return id;
        }
    }

    private string? id;
    private int? idYear;

    public static string KeyOf(string label, string canonical) => label + "|" + canonical;

    /// <summary>The finished entity: aliases sorted ordinal, without the name itself.</summary>
    public Entity ToEntity() => new(Id, Label, Canonical, [.. Aliases.Where(a => a != Canonical)]);
}

using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Formatting;

/// <summary>One fill colour per node label, shared by every picture format so a Person looks the same everywhere.</summary>
internal static class Palette
{
    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        [NodeLabels.Person] = "#8DD3C7",
        [NodeLabels.Organization] = "#FFFFB3",
        [NodeLabels.Country] = "#BEBADA",
        [NodeLabels.Place] = "#FB8072",
        [NodeLabels.Border] = "#80B1D3",
        [NodeLabels.Agreement] = "#FDB462",
    };

    /// <summary>The fill of a label as #RRGGBB; grey for a label the palette does not know.</summary>
    public static string Of(string label) => Colors.GetValueOrDefault(label, "#D9D9D9");

    /// <summary>The fill of a label as red, green and blue bytes.</summary>
    public static (int Red, int Green, int Blue) RgbOf(string label)
    {
        var hex = Of(label);
        return (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
    }
}

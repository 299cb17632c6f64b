using System.Globalization;
using System.Numerics;
using System.Text;

namespace GraphExplorer.Extraction.Evaluation;

/// <summary>Precision, recall and F1.</summary>
public sealed record Figures(double Precision, double Recall, double F1)
{
    /// <summary>From true positives, false positives and false negatives, as the reference scorer computes them.</summary>
    public static Figures Of(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Figures(p, r, f);
    }

    public override string ToString() => $"P {ScoreReport.F2(Precision)}  R {ScoreReport.F2(Recall)}  F1 {ScoreReport.F2(F1)}";
}

/// <summary>The figures of one edge type with its counts.</summary>
public sealed record TypeFigures(string Type, Figures Figures, int TruePositives, int FalsePositives, int FalseNegatives);

/// <summary>
/// What the scorer found: the same figures and lists as shared/eval/score.py (entities, per edge type,
/// core and all relations, the share of verbatim evidence), and <see cref="ToText"/> prints them like it.
/// </summary>
public sealed record ScoreReport(
    Figures Entities,
    int EntitiesFound,
    int EntitiesRequired,
    int EntitiesSpurious,
    IReadOnlyList<TypeFigures> RelationsByType,
    Figures RelationsCore,
    Figures RelationsAll,
    double? EvidenceVerbatimShare,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> SpuriousEntities,
    IReadOnlyList<string> UnresolvedDuplicates,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> SpuriousRelations)
{
    /// <summary>The report as score.py prints it (the same lines, the same rounding, the same truncation of long lists).</summary>
    public string ToText()
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"entities           {Entities}   ({EntitiesFound} of {EntitiesRequired} found, {EntitiesSpurious} spurious or duplicate)\n");
        foreach (var t in RelationsByType)
        {
            b.Append(CultureInfo.InvariantCulture, $"  {t.Type,-16} {t.Figures}   tp {t.TruePositives} fp {t.FalsePositives} fn {t.FalseNegatives}\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"relations (core)   {RelationsCore}\n");
        b.Append(CultureInfo.InvariantCulture, $"relations (all)    {RelationsAll}\n");
        if (EvidenceVerbatimShare is { } share)
        {
            b.Append(CultureInfo.InvariantCulture, $"evidence verbatim  {F2(share)} of scored relationships\n");
        }

        Line(b, "missed entities", MissedEntities, int.MaxValue, ", ");
        Line(b, "spurious entities", SpuriousEntities, 40, ", ");
        Line(b, "unresolved duplicates", UnresolvedDuplicates, 20, "; ");
        Line(b, "missed relations", MissedRelations, int.MaxValue, ", ");
        Line(b, "spurious relations", SpuriousRelations, 40, ", ");
        return b.ToString();
    }

    private static void Line(StringBuilder b, string name, IReadOnlyList<string> items, int max, string separator)
    {
        if (items.Count > 0)
        {
            b.Append(name).Append(": ").Append(string.Join(separator, items.Take(max))).Append('\n');
        }
    }

    /// <summary>Two decimals, rounded half to even on the exact binary value, as Python's "%.2f" does.</summary>
    public static string F2(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var negative = value < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // value = mantissa * 2^exponent
        BigInteger hundredths;
        if (exponent >= 0)
        {
            hundredths = new BigInteger(mantissa) * BigInteger.Pow(2, exponent) * 100;
        }
        else
        {
            var denominator = BigInteger.Pow(2, -exponent);
            var numerator = new BigInteger(mantissa) * 100;
            hundredths = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !hundredths.IsEven))
            {
                hundredths += 1;
            }
        }

        var whole = BigInteger.DivRem(hundredths, 100, out var cents);
        return (negative && hundredths != 0 ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture) + "." + ((int)cents).ToString("00", CultureInfo.InvariantCulture);
    }
}

using System.Text;
using RelationsGraph.Common;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Extraction;

/// <summary>
/// Readable, deterministic ids for extracted relations, from their natural key: the parties' names (Vietnamese units
/// first), the level when it is not the provincial government's, the kind, and the number, period, date or session
/// ordinal: <c>bac-giang-xaisomboun-plan-481-kh-ubnd</c>, <c>binh-phuoc-champasak-mou-2022-2026</c>.
/// </summary>
public static class RelationIds
{
    public static string For(ExtractedRelation relation, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(names);
        var parts = new List<string>();
        foreach (var party in relation.Parties
            .OrderBy(party => names.Directory.FindById(party.UnitId)?.Country.Code == "VN" ? 0 : 1)
            .ThenBy(party => party.UnitId, StringComparer.Ordinal))
        {
            parts.Add(names.Directory.FindById(party.UnitId)?.Name ?? party.UnitId);
        }

        if (relation.Level is not (PartyLevel.ProvincialGovernment or PartyLevel.District))
        {
            parts.Add(EnumCodes.ToCode(relation.Level));
        }

        parts.Add(EnumCodes.ToCode(relation.Kind));
        if (relation.Number is { } number)
        {
            parts.Add(number);
        }
        else if (relation.PeriodStart is { } start)
        {
            parts.Add($"{start}-{relation.PeriodEnd}");
        }
        else if (relation.Session?.Ordinal is { } ordinal)
        {
            parts.Add(ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (relation.SignedOn is { } signedOn)
        {
            parts.Add(signedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Slug(string.Join('-', parts));
    }

    /// <summary>Lower-case ASCII letters and digits separated by single hyphens ("Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau").</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = NameKey.Fold(c);
            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(folded);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}

using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>
/// Supranational unions and intergovernmental organisations that can be a partnership's party or counterpart (the EU,
/// the EAEU, the CIS, ASEAN…), by a stable short id, with their names in English, Russian and Azerbaijani, loaded from
/// the data file unions.tsv. The entity extractor finds them as organisations; the linker counts them as parties a text
/// may be about, like states.
/// </summary>
public static class UnionTable
{
    private static readonly Lazy<IReadOnlyList<(string Id, string[] Names)>> s_unions = new(Load);

    private static readonly Lazy<FrozenSet<string>> s_ids = new(() => s_unions.Value.Select(u => u.Id).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Every union with its written names in the three languages.</summary>
    public static IReadOnlyList<(string Id, string[] Names)> Unions => s_unions.Value;

    /// <summary>True when <paramref name="id"/> is a union's id ("eu").</summary>
    public static bool IsUnion(string id) => s_ids.Value.Contains(id);

    private static List<(string Id, string[] Names)> Load()
    {
        using var stream = typeof(UnionTable).Assembly.GetManifestResourceStream("Entente.Text.unions.tsv")
            ?? throw new InvalidOperationException("The table of unions (unions.tsv) is not embedded in Entente.Text.");
        using var reader = new StreamReader(stream);
        var unions = new List<(string Id, string[] Names)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var names = fields.Skip(1)
                .SelectMany(column => column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            unions.Add((fields[0], names));
        }

        return unions;
    }
}

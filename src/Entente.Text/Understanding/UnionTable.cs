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
    private static readonly Lazy<IReadOnlyList<(string Id, string[] Names, FrozenSet<string> Members)>> s_unions = new(Load);

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> s_members =
        new(() => s_unions.Value.ToFrozenDictionary(u => u.Id, u => u.Members, StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyList<(string Id, string[] Names)>> s_names = new(() => [.. s_unions.Value.Select(u => (u.Id, u.Names))]);

    /// <summary>Every union with its written names in the three languages.</summary>
    public static IReadOnlyList<(string Id, string[] Names)> Unions => s_names.Value;

    /// <summary>True when <paramref name="id"/> is a union's id ("eu").</summary>
    public static bool IsUnion(string id) => s_members.Value.ContainsKey(id);

    /// <summary>
    /// True when <paramref name="id"/> is a union every one of <paramref name="states"/> belongs to: a forum where they
    /// meet ("the CIS Council of Foreign Ministers" for two of its members), not another party to their dealings.
    /// </summary>
    public static bool IsAForumOf(string id, IEnumerable<string> states) =>
        s_members.Value.TryGetValue(id, out var members) && states.All(members.Contains);

    private static List<(string Id, string[] Names, FrozenSet<string> Members)> Load()
    {
        using var stream = typeof(UnionTable).Assembly.GetManifestResourceStream("Entente.Text.unions.tsv")
            ?? throw new InvalidOperationException("The table of unions (unions.tsv) is not embedded in Entente.Text.");
        using var reader = new StreamReader(stream);
        var unions = new List<(string Id, string[] Names, FrozenSet<string> Members)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // id, the names in three columns, the members.
            var fields = line.Split('\t');
            var names = fields.Skip(1).Take(3)
                .SelectMany(column => column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var members = fields.Length > 4 ? fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
            unions.Add((fields[0], names, members));
        }

        return unions;
    }
}

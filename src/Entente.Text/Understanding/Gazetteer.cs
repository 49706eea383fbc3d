using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>One organisation or place of the gazetteer: its id, the state it is in (or null) and every written form of its names.</summary>
internal sealed record GazetteerEntry(string Id, string? State, string[] Names);

/// <summary>
/// The organisations (organisations.tsv) and places (places.tsv) the entity extractor finds besides states and unions,
/// with the state each belongs to, loaded from data so that another partnership's cities and bodies are an edit of a
/// table, not of the code. Place names take their Russian and Azerbaijani case forms by rule, as state names do.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> s_organisations = new(() => Load("organisations.tsv", inflect: false));

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> s_places = new(() => Load("places.tsv", inflect: true));

    private static readonly Lazy<FrozenDictionary<string, string>> s_stateOf = new(() => s_organisations.Value.Concat(s_places.Value)
        .Where(entry => entry.State is not null)
        .ToFrozenDictionary(entry => entry.Id, entry => entry.State!, StringComparer.Ordinal));

    public static IReadOnlyList<GazetteerEntry> Organisations => s_organisations.Value;

    public static IReadOnlyList<GazetteerEntry> Places => s_places.Value;

    /// <summary>The ISO code of the state an organisation or place (by its id) belongs to, or null.</summary>
    public static string? StateOf(string id) => s_stateOf.Value.GetValueOrDefault(id);

    private static List<GazetteerEntry> Load(string file, bool inflect)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Entente.Text." + file)
            ?? throw new InvalidOperationException($"The gazetteer's table {file} is not embedded in Entente.Text.");
        using var reader = new StreamReader(stream);
        var entries = new List<GazetteerEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 5)
            {
                throw new InvalidDataException($"{file}: a line needs five tab-separated columns (id, state, English, Russian, Azerbaijani): {line}");
            }

            var names = Written(fields[2], form => [form])
                .Concat(Written(fields[3], inflect ? RussianInflection.NameForms : form => [form]))
                .Concat(Written(fields[4], inflect ? AzerbaijaniInflection.NameForms : form => [form]))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            entries.Add(new GazetteerEntry(fields[0], fields[1] == "-" ? null : fields[1], names));
        }

        return entries;
    }

    // A stem name ("Bakı*") already matches every ending; the rules inflect the others.
    private static IEnumerable<string> Written(string column, Func<string, IEnumerable<string>> forms) =>
        column == "-"
            ? []
            : column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(name => name.EndsWith('*') ? [name] : forms(name));
}

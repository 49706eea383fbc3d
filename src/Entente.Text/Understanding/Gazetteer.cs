using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>One organisation or place of the gazetteer: its id, the state it is in (or null), every written form of its names and its kind.</summary>
internal sealed record GazetteerEntry(string Id, string? State, string[] Names, GazetteerKind Kind);

/// <summary>What a gazetteer entry is, by the table it comes from.</summary>
internal enum GazetteerKind : byte
{
    /// <summary>An organisation, national body, company or agency (organisations.tsv).</summary>
    Organisation,

    /// <summary>A sea, a region of several states or a part of the world (places.tsv).</summary>
    Place,

    /// <summary>A state's capital (capitals.tsv): where its government sits, so "talks in Moscow" are the state's own.</summary>
    Capital,

    /// <summary>A region or city of a state other than its capital (regions.tsv): "the Astrakhan Region", "Ganja".</summary>
    Region,
}

/// <summary>
/// The organisations (organisations.tsv) and places (places.tsv, capitals.tsv, regions.tsv) the entity extractor finds
/// besides states and unions, with the state each belongs to, loaded from data so that another partnership's cities,
/// regions and bodies are an edit of a table, not of the code. Names in places.tsv and capitals.tsv take their Russian
/// and Azerbaijani case forms by rule, as state names do; regions.tsv writes every Russian case out, since the heads of
/// region names ("область", "край") decline in ways the rule does not make.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> s_organisations = new(() => Load("organisations.tsv", GazetteerKind.Organisation, inflect: false));

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> s_places = new(() =>
    [
        .. Load("places.tsv", GazetteerKind.Place, inflect: true),
        .. Load("capitals.tsv", GazetteerKind.Capital, inflect: true),
        .. Load("regions.tsv", GazetteerKind.Region, inflect: false),
    ]);

    private static readonly Lazy<FrozenSet<string>> s_regions = new(() => s_places.Value
        .Where(entry => entry.Kind == GazetteerKind.Region)
        .Select(entry => entry.Id)
        .ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<string, string>> s_stateOf = new(() => s_organisations.Value.Concat(s_places.Value)
        .Where(entry => entry.State is not null)
        .ToFrozenDictionary(entry => entry.Id, entry => entry.State!, StringComparer.Ordinal));

    public static IReadOnlyList<GazetteerEntry> Organisations => s_organisations.Value;

    public static IReadOnlyList<GazetteerEntry> Places => s_places.Value;

    /// <summary>The ISO code of the state an organisation or place (by its id) belongs to, or null.</summary>
    public static string? StateOf(string id) => s_stateOf.Value.GetValueOrDefault(id);

    /// <summary>True when the place (by its id) is a region or city of a state other than its capital.</summary>
    public static bool IsRegion(string id) => s_regions.Value.Contains(id);

    private static List<GazetteerEntry> Load(string file, GazetteerKind kind, bool inflect)
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
                .Concat(Written(fields[4], inflect ? AzerbaijaniInflection.NameForms : AzerbaijaniLetters.AsWritten))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            entries.Add(new GazetteerEntry(fields[0], fields[1] == "-" ? null : fields[1], names, kind));
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

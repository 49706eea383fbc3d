using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>Decides which spheres a clause concerns from the weighted cues of <see cref="SphereLexicon"/>.</summary>
internal static class SphereClassifier
{
    private const double Threshold = 1.0;

    private sealed record Entry(string[] Words, string Sphere, double Weight, bool CaseSensitive);

    // Longest phrases first, so "atomic energy" wins over "energy" and "information security" over "security".
    private static readonly Entry[] s_entries = SphereLexicon.Entries
        .Select(e => new Entry(EntityTables.Split(e.Phrase), e.Sphere, e.Weight, e.Phrase.Length <= 4 && e.Phrase.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        .OrderByDescending(e => e.Words.Length)
        .ThenByDescending(e => e.Words.Sum(w => w.Length))
        .ToArray();

    // Entries by the first three letters of their first word, longest phrase first within each bucket.
    private static readonly Dictionary<string, Entry[]> s_byPrefix = s_entries
        .Where(e => e.Weight > 0)
        .GroupBy(e => Key(e.Words[0].TrimEnd('*')), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (IReadOnlyList<string> Spheres, IReadOnlyList<Cue> Cues) Classify(string text)
    {
        using var t = TokenStream.Create(text);
        var used = new bool[t.Count];
        Span<double> scores = stackalloc double[Spheres.All.Count];
        var cues = new List<Cue>();

        // Left to right, the longest phrase that starts at a word wins and its words count once.
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.IsWord(i) || !s_lookup.TryGetValue(Key(t.Span(i)), out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (i + entry.Words.Length > t.Count || !Matches(t, i, entry, used))
                {
                    continue;
                }

                var last = i + entry.Words.Length - 1;
                for (var k = i; k <= last; k++)
                {
                    used[k] = true;
                }

                scores[IndexOf(entry.Sphere)] += entry.Weight;
                var span = t.SpanOf(i, last);
                cues.Add(new Cue(entry.Sphere, span.Of(text), span));
                i = last;
                break;
            }
        }

        var spheres = new List<string>();
        for (var k = 0; k < Spheres.All.Count; k++)
        {
            if (scores[k] >= Threshold)
            {
                spheres.Add(Spheres.All[k].Key);
            }
        }

        var kept = cues.Where(c => spheres.Contains(c.Label)).ToList();
        return (spheres, kept);
    }

    private static readonly Dictionary<string, int> s_sphereIndex =
        Spheres.All.Select((s, k) => (s.Key, k)).ToDictionary(x => x.Key, x => x.k, StringComparer.Ordinal);

    private static int IndexOf(string sphere) => s_sphereIndex[sphere];

    private static string Key(string word) => word.Length <= 3 ? word : word[..3];

    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> word) => word.Length <= 3 ? word : word[..3];

    private static bool Matches(TokenStream t, int i, Entry entry, bool[] used)
    {
        for (var k = 0; k < entry.Words.Length; k++)
        {
            var at = i + k;
            if (used[at] || !t.IsWord(at))
            {
                return false;
            }

            var pattern = entry.Words[k];
            var word = t.Span(at);
            if (pattern.EndsWith('*'))
            {
                if (!word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            else if (entry.CaseSensitive ? !word.SequenceEqual(pattern) : !word.Equals(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}

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

    public static (IReadOnlyList<string> Spheres, IReadOnlyList<Cue> Cues) Classify(string text)
    {
        var t = TokenStream.Create(text);
        var used = new bool[t.Count];
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var cues = new List<Cue>();
        foreach (var entry in s_entries)
        {
            if (entry.Weight <= 0)
            {
                continue;
            }

            for (var i = 0; i + entry.Words.Length <= t.Count; i++)
            {
                if (!Matches(t, i, entry, used))
                {
                    continue;
                }

                var last = i + entry.Words.Length - 1;
                for (var k = i; k <= last; k++)
                {
                    used[k] = true;
                }

                scores[entry.Sphere] = scores.GetValueOrDefault(entry.Sphere) + entry.Weight;
                var span = t.SpanOf(i, last);
                cues.Add(new Cue(entry.Sphere, span.Of(text), span));
            }
        }

        var spheres = Spheres.All.Select(s => s.Key).Where(k => scores.GetValueOrDefault(k) >= Threshold).ToList();
        var kept = cues.Where(c => spheres.Contains(c.Label)).OrderBy(c => c.Span.Start).ToList();
        return (spheres, kept);
    }

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

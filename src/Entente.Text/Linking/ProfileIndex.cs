namespace Entente.Text.Linking;

/// <summary>
/// The cues of one agreement's commitment profiles in one language, compiled for matching sentence by sentence.
/// Cues are found by the first three letters of their first word, so a sentence costs a dictionary look-up per word.
/// </summary>
internal sealed class ProfileIndex
{
    /// <summary>Short words (articles, prepositions: "of the", "по", "və") a cue may skip between two of its own.</summary>
    private const int MaxGap = 2;

    private const int MaxGapWordLength = 3;

    private const int KeyLength = 3;

    /// <summary>The shortest first word a cue may have: two letters ("co-chair*"); one letter would match too much.</summary>
    internal const int MinKeyLength = 2;

    private readonly Dictionary<string, List<Cue>> _byStart = new(StringComparer.Ordinal);

    private ProfileIndex()
    {
    }

    public bool IsEmpty => _byStart.Count == 0;

    /// <summary>A compiled cue: its clause, whether it is a name (alone enough) or a term, and its words.</summary>
    private sealed record Cue(string Clause, bool IsName, string Pattern, CueWord[] Words);

    internal readonly record struct CueWord(string Text, bool Prefix)
    {
        public bool Matches(string word) =>
            Prefix ? word.StartsWith(Text, StringComparison.Ordinal) : string.Equals(word, Text, StringComparison.Ordinal);
    }

    /// <summary>One cue found in a sentence: its clause, the words it covers and whether it is a name.</summary>
    public readonly record struct Hit(string Clause, bool IsName, string Pattern, TextSpan Span);

    public static ProfileIndex Build(IReadOnlyList<CommitmentProfile> profiles, string language)
    {
        var index = new ProfileIndex();
        foreach (var profile in profiles)
        {
            index.Add(profile.Clause, true, profile.Names.GetValueOrDefault(language) ?? []);
            index.Add(profile.Clause, false, profile.Terms.GetValueOrDefault(language) ?? []);
        }

        return index;
    }

    private void Add(string clause, bool isName, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (Compile(pattern) is not { Length: > 0 } words || words[0].Text.Length < MinKeyLength)
            {
                continue;
            }

            var key = words[0].Text[..Math.Min(KeyLength, words[0].Text.Length)];
            if (!_byStart.TryGetValue(key, out var list))
            {
                _byStart[key] = list = [];
            }

            list.Add(new Cue(clause, isName, pattern, words));
        }
    }

    /// <summary>The words of a cue pattern, folded as text words are; a trailing <c>*</c> makes a word a prefix.</summary>
    internal static CueWord[] Compile(string pattern)
    {
        var words = new List<CueWord>();
        foreach (var word in ProfileWords.Split(pattern, 0, pattern.Length))
        {
            var prefix = word.Span.End < pattern.Length && pattern[word.Span.End] == '*';
            words.Add(new CueWord(word.Text, prefix));
        }

        return [.. words];
    }

    /// <summary>Every cue found among the words of one sentence.</summary>
    public List<Hit> Find(List<ProfileWord> words)
    {
        var hits = new List<Hit>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            // A cue is filed under the first three letters of its first word, or the whole word when shorter ("co-chair*", "дн*").
            for (var length = MinKeyLength; length <= Math.Min(KeyLength, word.Length); length++)
            {
                if (!_byStart.TryGetValue(word[..length], out var cues))
                {
                    continue;
                }

                foreach (var cue in cues)
                {
                    if (cue.Words[0].Matches(word) && MatchRest(words, i, cue.Words) is { } last)
                    {
                        hits.Add(new Hit(cue.Clause, cue.IsName, cue.Pattern, new TextSpan(words[i].Span.Start, words[last].Span.End)));
                    }
                }
            }
        }

        return hits;
    }

    // The index of the word that completes the cue begun at words[first], or null.
    private static int? MatchRest(List<ProfileWord> words, int first, CueWord[] cue)
    {
        var at = first;
        for (var c = 1; c < cue.Length; c++)
        {
            var found = -1;
            for (var j = at + 1; j < words.Count && j <= at + 1 + MaxGap; j++)
            {
                if (cue[c].Matches(words[j].Text))
                {
                    found = j;
                    break;
                }

                if (words[j].Text.Length > MaxGapWordLength)
                {
                    break;
                }
            }

            if (found < 0)
            {
                return null;
            }

            at = found;
        }

        return at;
    }
}

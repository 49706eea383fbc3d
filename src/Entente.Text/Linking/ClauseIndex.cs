namespace Entente.Text.Linking;

/// <summary>
/// The clauses of one agreement as stem sets weighted by inverse document frequency over those clauses, so that
/// "intergovernmental commission" counts and "cooperation" hardly does.
/// </summary>
internal sealed class ClauseIndex
{
    private readonly List<(string Number, List<string> Stems, HashSet<string> Set, double Weight)> _clauses = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _rare;

    public ClauseIndex(IReadOnlyList<CandidateClause> clauses)
    {
        var stems = clauses.Select(c => (c.Number, Stems: LinkWords.Stems(c.Body))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, list) in stems)
        {
            foreach (var stem in list.Distinct(StringComparer.Ordinal))
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        // A rare word appears in at most two clauses.
        _rare = Math.Log((stems.Count + 1.0) / 2.5) - 1e-9;
        foreach (var (stem, count) in df)
        {
            _idf[stem] = Math.Log((stems.Count + 1.0) / (count + 0.5));
        }

        foreach (var (number, list) in stems)
        {
            var set = new HashSet<string>(list, StringComparer.Ordinal);
            _clauses.Add((number, list, set, set.Sum(s => _idf[s])));
        }
    }

    /// <summary>
    /// The clause a sentence is about, with its score (a cosine of idf-weighted word sets) and the longest run of
    /// shared words in the clause's order; null when none qualifies. A clause qualifies by a run of
    /// <see cref="ClauseLinker.QuoteRun"/> words, or by two rare shared words and a score of at
    /// least <see cref="ClauseLinker.ContentThreshold"/>.
    /// </summary>
    public (string Clause, double Score, int Run)? Best(List<string> sentence)
    {
        var known = sentence.Where(_idf.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (known.Count < 2)
        {
            return null;
        }

        var sentenceWeight = known.Sum(s => _idf[s]);
        (string, double, int)? best = null;
        foreach (var (number, list, set, weight) in _clauses)
        {
            var shared = known.Where(set.Contains).ToList();
            // One shared word is a coincidence, not a subject.
            if (shared.Count < 2 || weight == 0)
            {
                continue;
            }

            var sharedWeight = shared.Sum(s => _idf[s]);
            var score = sharedWeight / Math.Sqrt(sentenceWeight * weight);
            var run = LongestRun(sentence, list);
            var rare = shared.Count(s => _idf[s] >= _rare);
            var qualifies = run >= ClauseLinker.QuoteRun
                || (rare >= 2 && score >= ClauseLinker.ContentThreshold);
            if (qualifies && (best is null || score > best.Value.Item2))
            {
                best = (number, score, run);
            }
        }

        return best;
    }

    private static int LongestRun(List<string> a, List<string> b)
    {
        var best = 0;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }
}

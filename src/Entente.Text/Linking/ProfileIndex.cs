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

    /// <summary>
    /// A stem shorter than this, written in lower case ("elm*", "qaz*"), matches only words written in lower case: the
    /// words it starts that are written with a capital are mostly names ("Elmar", "Qazaxıstan"), in every language.
    /// </summary>
    internal const int MinStemForCapitalised = 5;

    /// <summary>Written before a cue, marks it weak: it means different things in different spheres and counts only with a second cue.</summary>
    internal const char WeakMark = '~';

    /// <summary>
    /// Written before a cue, names a kind of place instead of words: <see cref="RegionCue"/> is any region or city of one
    /// Party (not its capital) in a sentence that also names or places another Party — "the Governor of the Astrakhan
    /// Region … in Baku", "cooperation between Azerbaijan and St Petersburg": a region's own tie with the other Party.
    /// </summary>
    internal const char PlaceMark = '@';

    /// <summary>
    /// Written before a name, makes it claim its sentence: a sentence it is found in links its clause alone, the other
    /// clauses' cues there being the circumstances of what it reports ("!national currencies": "the share of national
    /// currencies in trade between …" reports payments, not trade). Written twice, the name also claims the text from its
    /// headline (<see cref="ClaimsText"/>).
    /// </summary>
    internal const char ClaimMark = '!';

    /// <summary>True for a cue written with <see cref="ClaimMark"/> (once or twice).</summary>
    internal static bool IsClaiming(string pattern) => CueMarks.Has(pattern, ClaimMark);

    /// <summary>
    /// True for a cue written with <see cref="ClaimMark"/> twice: found in a headline, it makes the whole text its clause's
    /// story ("!!smuggling": the citizens detained and the bank cards the money went through are the crime's
    /// circumstances), where a payments headline ("!national currencies") leaves the banks and the trade of the text alone.
    /// </summary>
    internal static bool ClaimsText(string pattern) => CueMarks.Leading(pattern).Count(ClaimMark) >= 2;

    /// <summary>
    /// Written before a name, makes it yield to another clause's name next to it (no comma between, at most a few words
    /// apart): "^road map" is the action plan's, but "the road map for inter-parliamentary cooperation" is the
    /// parliaments' and "the road map on veterinary and phytosanitary control" the food-safety clause's.
    /// </summary>
    internal const char YieldMark = '^';

    /// <summary>True for a cue written with <see cref="YieldMark"/>.</summary>
    internal static bool IsYielding(string pattern) => CueMarks.Has(pattern, YieldMark);

    /// <summary>
    /// Written before a cue, makes it context: the sphere it names is quoted in passing wherever the text is about something
    /// else ("%trade turnover": a speaker at a parliaments' meeting recalling last year's trade). It links only in a text
    /// whose lead (<see cref="EvidenceLinker.LeadSentences"/>) links its clause, or names a body that sets the partnership's
    /// agenda (<see cref="AgendaMark"/>).
    /// </summary>
    internal const char ContextMark = '%';

    /// <summary>True for a cue written with <see cref="ContextMark"/>.</summary>
    internal static bool IsContext(string pattern) => CueMarks.Has(pattern, ContextMark);

    /// <summary>
    /// Written before a name, marks a joint body whose sessions review the whole partnership ("&amp;intergovernmental
    /// commission"): what a text led by it reports, its context cues (<see cref="ContextMark"/>) included, is evidence.
    /// </summary>
    internal const char AgendaMark = '&';

    /// <summary>True for a cue written with <see cref="AgendaMark"/>.</summary>
    internal static bool SetsTheAgenda(string pattern) => CueMarks.Has(pattern, AgendaMark);

    /// <summary>The one kind of place a cue can name.</summary>
    internal const string RegionCue = "@region";

    private readonly Dictionary<string, List<Cue>> _byStart = new(StringComparer.Ordinal);

    private readonly List<Cue> _regionCues = [];

    private ProfileIndex()
    {
    }

    public bool IsEmpty => _byStart.Count == 0 && _regionCues.Count == 0;

    /// <summary>True when some profile has a <see cref="RegionCue"/>, so the linker needs the sentence's regions.</summary>
    public bool HasRegionCues => _regionCues.Count > 0;

    /// <summary>True when the clause's profile has a <see cref="RegionCue"/>.</summary>
    public bool HasRegionCue(string clause) => _regionCues.Exists(c => c.Clause == clause);

    /// <summary>A compiled cue: its clause, whether it is a name (alone enough) or a term, whether it is weak, and its words.</summary>
    private sealed record Cue(string Clause, bool IsName, bool IsWeak, string Pattern, CueWord[] Words)
    {
        /// <summary>The words as they match: folded, a prefix with its <c>*</c>, marks and case rules left out.</summary>
        public string Stem { get; } = string.Join(' ', Words.Select(w => w.Prefix ? w.Text + "*" : w.Text));
    }

    /// <param name="Text">The word, folded as text words are.</param>
    /// <param name="Prefix">Written with a trailing <c>*</c>: matches every word it starts.</param>
    /// <param name="LowerCase">Written in lower case in the profile (a common word, not a name).</param>
    /// <param name="Mutated">The prefix with its last consonant softened before a vowel, where the language does so
    /// (Azerbaijani "əməkdaşlıq*" → "əməkdaşlığ*", "təhlükəsizlik*" → "təhlükəsizliy*").</param>
    internal readonly record struct CueWord(string Text, bool Prefix, bool LowerCase = false, string? Mutated = null)
    {
        public bool Matches(ProfileWord word)
        {
            if (!Prefix)
            {
                return string.Equals(word.Text, Text, StringComparison.Ordinal);
            }

            return (word.Text.StartsWith(Text, StringComparison.Ordinal) || Mutated is not null && word.Text.StartsWith(Mutated, StringComparison.Ordinal))
                && !(word.Capitalised && LowerCase && Text.Length < MinStemForCapitalised);
        }
    }

    /// <summary>
    /// One cue found in a sentence: its clause, the words it covers, whether it is a name and whether it is weak.
    /// <paramref name="Words"/> is the cue's words as they match, folded and without marks: "bank*" and "Bank*" (which also
    /// matches capitalised words) are one stem, so its hits on "bankları" and "bank" are forms of one word. A place cue's
    /// words are its pattern: the regions it finds are one term however many are named.
    /// </summary>
    public readonly record struct Hit(string Clause, bool IsName, string Pattern, TextSpan Span, bool IsWeak = false, string? Words = null);

    public static ProfileIndex Build(IReadOnlyList<CommitmentProfile> profiles, string language)
    {
        var index = new ProfileIndex();
        foreach (var profile in profiles)
        {
            index.Add(profile.Clause, true, profile.Names.GetValueOrDefault(language) ?? [], language);
            index.Add(profile.Clause, false, profile.Terms.GetValueOrDefault(language) ?? [], language);
        }

        return index;
    }

    private void Add(string clause, bool isName, IReadOnlyList<string> patterns, string language)
    {
        foreach (var pattern in patterns)
        {
            if (IsRegionCue(pattern))
            {
                _regionCues.Add(new Cue(clause, isName, CueMarks.Has(pattern, WeakMark), pattern, []));
                continue;
            }

            if (Compile(pattern, language) is not { Length: > 0 } words || words[0].Text.Length < MinKeyLength)
            {
                continue;
            }

            var cue = new Cue(clause, isName, CueMarks.Has(pattern, WeakMark), pattern, words);
            foreach (var start in new[] { words[0].Text, words[0].Mutated }.OfType<string>())
            {
                var key = start[..Math.Min(KeyLength, start.Length)];
                if (!_byStart.TryGetValue(key, out var list))
                {
                    _byStart[key] = list = [];
                }

                if (!list.Contains(cue))
                {
                    list.Add(cue);
                }
            }
        }
    }

    /// <summary>
    /// The words of a cue pattern, folded as text words are; a trailing <c>*</c> makes a word a prefix (a leading
    /// <see cref="WeakMark"/> is not a word). In Azerbaijani a prefix ending in q or k also matches its softened form
    /// (ğ, y), which the language writes before a vowel: "əməkdaşlıq*" matches "əməkdaşlığın".
    /// </summary>
    internal static CueWord[] Compile(string pattern, string? language = null)
    {
        var words = new List<CueWord>();
        foreach (var word in ProfileWords.Split(pattern, 0, pattern.Length))
        {
            var prefix = word.Span.End < pattern.Length && pattern[word.Span.End] == '*';
            var mutated = prefix && language == "az" && word.Text.Length > 2 ? Softened(word.Text) : null;
            words.Add(new CueWord(word.Text, prefix, !word.Capitalised, mutated));
        }

        return [.. words];
    }

    // Azerbaijani softens a final q to ğ and a final k to y before a vowel: "əməkdaşlıq" → "əməkdaşlığı", "nazirlik" →
    // "nazirliyi". (Words that keep it, "bank" → "bankı", just gain a form no text writes.)
    private static string? Softened(string stem) => stem[^1] switch
    {
        // (ğ as the linker reads it: written without Azerbaijani's own letters, g.)
        'q' => stem[..^1] + Understanding.AzerbaijaniLetters.Plain('ğ'),
        'k' => stem[..^1] + "y",
        _ => null,
    };

    /// <summary>True for the cue <see cref="RegionCue"/> (weak or not), in any case.</summary>
    internal static bool IsRegionCue(string pattern) => CueMarks.WordsOf(pattern).Equals(RegionCue, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a cue written with <see cref="PlaceMark"/>: a kind of place, of which only <see cref="RegionCue"/> exists.</summary>
    internal static bool IsPlaceCue(string pattern) => CueMarks.WordsOf(pattern).StartsWith(PlaceMark);

    /// <summary>
    /// A hit of every <see cref="RegionCue"/> on each of the given regions of a Party. The regions are one cue however
    /// many are named, of one Party or of both: a list of cities a flight serves ("from Moscow and St Petersburg to
    /// Gabala") is no cooperation of regions; a second word of the sphere must say so ("a delegation from Bashkortostan
    /// visited Ganja", "the Governor of St Petersburg").
    /// </summary>
    public IEnumerable<Hit> FindRegions(IEnumerable<(TextSpan Span, string State)> regions) =>
        regions.SelectMany(region => _regionCues.Select(cue => new Hit(cue.Clause, cue.IsName, cue.Pattern, region.Span, cue.IsWeak, cue.Pattern)));

    /// <summary>
    /// A second hit of every <see cref="RegionCue"/> on each Party joined with another Party's region ("the Astrakhan
    /// region and the Republic of Azerbaijan", "Tatarstan and Azerbaijan"): a region dealing with the other state is
    /// what the regions' cue looks for, so the region and its partner count as two cues.
    /// </summary>
    public IEnumerable<Hit> FindRegionPartners(IEnumerable<TextSpan> partners) =>
        partners.SelectMany(partner => _regionCues.Select(cue => new Hit(cue.Clause, cue.IsName, RegionPartnerCue, partner, cue.IsWeak, RegionPartnerCue)));

    // The pattern of a region's partner: a place cue of its own, so it is not the region's cue counted twice.
    private const string RegionPartnerCue = RegionCue + "-partner";

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
                    if (cue.Words[0].Matches(words[i]) && MatchRest(words, i, cue.Words) is { } last)
                    {
                        hits.Add(new Hit(cue.Clause, cue.IsName, cue.Pattern, new TextSpan(words[i].Span.Start, words[last].Span.End), cue.IsWeak, cue.Stem));
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
                if (cue[c].Matches(words[j]))
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

namespace Entente.Text.Linking;

/// <summary>What makes a profile's cues usable; the sample validator and the profile editor both check it.</summary>
public static class ProfileCues
{
    /// <summary>The longest cue accepted, in characters.</summary>
    public const int MaxCueLength = 200;

    /// <summary>The most cues accepted per language and list.</summary>
    public const int MaxCues = 300;

    /// <summary>The problems of one list of cues per language (names or terms), in English; empty when usable.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, IReadOnlyList<string>>? cues)
    {
        var problems = new List<string>();
        foreach (var (language, list) in cues ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (language.Length != 2 || !language.All(char.IsAsciiLetterLower))
            {
                problems.Add($"'{language}' is not a two-letter language code");
            }

            if (list is null)
            {
                problems.Add($"{language}: a list of cues is needed");
                continue;
            }

            if (list.Count > MaxCues)
            {
                problems.Add($"{language}: more than {MaxCues} cues");
            }

            foreach (var cue in list)
            {
                var words = ProfileIndex.Compile(cue ?? string.Empty);
                if (cue is null || cue.Length > MaxCueLength || words.Length == 0 || words[0].Text.Length < ProfileIndex.MinKeyLength)
                {
                    problems.Add($"{language}: the cue '{cue}' needs a first word of at least two letters and at most {MaxCueLength} characters");
                }
            }
        }

        return problems;
    }
}

using System.Globalization;

namespace Entente.Text.Linking;

/// <summary>One problem of a profile's cues: the language whose list has it, and a message as an English template with its values.</summary>
public sealed record CueProblem(string Language, string Template, params object[] Args)
{
    /// <summary>The message in English ("the cue 'x' is given twice.").</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Template, Args);

    public override string ToString() => $"{Language}: {Message}";
}

/// <summary>The rules a profile's cues keep, for the sample file, the API and the administrators' page alike.</summary>
public static class ProfileCues
{
    /// <summary>The longest cue accepted, in characters.</summary>
    public const int MaxCueLength = 200;

    /// <summary>The most cues accepted per language and list.</summary>
    public const int MaxCues = 300;

    /// <summary>
    /// The problems of one list of cues per language (names, or terms when <paramref name="areTerms"/>); empty when usable.
    /// Cues are compared trimmed. Only a name may claim its sentence (<see cref="ProfileIndex.ClaimMark"/>).
    /// </summary>
    public static IReadOnlyList<CueProblem> Problems(IReadOnlyDictionary<string, IReadOnlyList<string>>? cues, bool areTerms = false)
    {
        var problems = new List<CueProblem>();
        foreach (var (language, list) in cues ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (language.Length != 2 || !language.All(char.IsAsciiLetterLower))
            {
                problems.Add(new(language, "is not a two-letter language code."));
            }

            if (list is null)
            {
                problems.Add(new(language, "needs a list of cues."));
                continue;
            }

            if (list.Count > MaxCues)
            {
                problems.Add(new(language, "has more than {0} cues.", MaxCues));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cue in list.Select(c => c?.Trim() ?? string.Empty))
            {
                if (CueMarks.Of(cue).Words.Length == 0)
                {
                    problems.Add(new(language, "has an empty cue."));
                }
                else if (cue.Length > MaxCueLength)
                {
                    problems.Add(new(language, "has a cue of {0} characters; a cue takes at most {1}.", cue.Length, MaxCueLength));
                }
                else if (areTerms && ProfileIndex.IsClaiming(cue))
                {
                    problems.Add(new(language, "the cue '{0}' claims its sentence, which only a name can do.", cue));
                }
                else if (areTerms && ProfileIndex.SetsTheAgenda(cue))
                {
                    problems.Add(new(language, "the cue '{0}' names a body that sets the agenda, which only a name can do.", cue));
                }
                else if (areTerms && ProfileIndex.IsYielding(cue))
                {
                    problems.Add(new(language, "the cue '{0}' yields to another clause's name, which only a name can do.", cue));
                }
                else if (ProfileIndex.IsPlaceCue(cue))
                {
                    if (!ProfileIndex.IsRegionCue(cue))
                    {
                        problems.Add(new(language, "the cue '{0}' names no kind of place; the one kind is '{1}'.", cue, ProfileIndex.RegionCue));
                    }
                    else if (!seen.Add(cue))
                    {
                        problems.Add(new(language, "the cue '{0}' is given twice.", cue));
                    }
                }
                else if (ProfileIndex.Compile(cue) is not { Length: > 0 } words || words[0].Text.Length < ProfileIndex.MinKeyLength)
                {
                    problems.Add(new(language, "the cue '{0}' needs a first word of at least two letters.", cue));
                }
                else if (!seen.Add(cue))
                {
                    problems.Add(new(language, "the cue '{0}' is given twice.", cue));
                }
            }
        }

        return problems;
    }

    /// <summary>The cues as stored: trimmed, in the order given.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Trimmed(IReadOnlyDictionary<string, IReadOnlyList<string>>? cues) =>
        (cues ?? new Dictionary<string, IReadOnlyList<string>>()).ToDictionary(
            p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(c => c.Trim())], StringComparer.Ordinal);
}

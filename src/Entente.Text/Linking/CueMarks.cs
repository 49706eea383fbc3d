namespace Entente.Text.Linking;

/// <summary>
/// The marks written before a profile cue, read in one place: "~co-chair*" is weak, "%~co-chair*" weak and context,
/// "!!smuggling" claims its text. Marks may come in any order; what follows them is the cue's words. The place mark
/// ('@') is part of its cue ("@region"), not a mark before it. What each mark does: <see cref="ProfileIndex"/>.
/// </summary>
public readonly record struct CueMarks(bool Weak, bool Claims, bool ClaimsText, bool Yields, bool Context, bool SetsTheAgenda, string Words)
{
    private const string Marks = "~!^%&";

    /// <summary>Reads the marks before a cue.</summary>
    public static CueMarks Of(string cue)
    {
        var marks = Leading(cue);
        return new CueMarks(
            Weak: marks.Contains(ProfileIndex.WeakMark),
            Claims: marks.Contains(ProfileIndex.ClaimMark),
            ClaimsText: marks.Count(ProfileIndex.ClaimMark) >= 2,
            Yields: marks.Contains(ProfileIndex.YieldMark),
            Context: marks.Contains(ProfileIndex.ContextMark),
            SetsTheAgenda: marks.Contains(ProfileIndex.AgendaMark),
            Words: WordsOf(cue).ToString());
    }

    /// <summary>The cue's words, after its marks.</summary>
    internal static ReadOnlySpan<char> WordsOf(string cue)
    {
        var text = cue.AsSpan().TrimStart();
        return text[Leading(cue).Length..].Trim();
    }

    /// <summary>The marks (and any spaces among them) before a cue's words.</summary>
    internal static ReadOnlySpan<char> Leading(string cue)
    {
        var text = cue.AsSpan().TrimStart();
        var end = 0;
        while (end < text.Length && (Marks.Contains(text[end]) || char.IsWhiteSpace(text[end])))
        {
            end++;
        }

        return text[..end];
    }

    /// <summary>True when the cue is written with the mark before its words.</summary>
    internal static bool Has(string cue, char mark) => Leading(cue).Contains(mark);
}

namespace Entente.Text.Structure;

/// <summary>How a line's number is written; clauses and their sub-items use different styles.</summary>
internal enum LabelStyle
{
    None,

    /// <summary>"Article 1", "ARTICLE 1.2", "Art. 1", "Статья 1", "Maddə 1", "Artículo 1".</summary>
    Article,

    /// <summary>"Chapter I", "Section 2", "Part III", "Глава 1", "Fəsil 1".</summary>
    Section,

    /// <summary>"1."</summary>
    NumberDot,

    /// <summary>A number alone on its line: "12".</summary>
    BareNumber,

    /// <summary>"1)"</summary>
    NumberParen,

    /// <summary>"(1)"</summary>
    ParenNumber,

    /// <summary>"a)", "а)" (Cyrillic)</summary>
    LetterParen,

    /// <summary>"(a)"</summary>
    ParenLetter,

    /// <summary>"(i)", "(iv)"</summary>
    ParenRoman,
}

/// <summary>A number label found at the start of a line.</summary>
/// <param name="Style">How the number is written.</param>
/// <param name="Keyword">The word before the number ("Article", "Chapter"), for keyword styles.</param>
/// <param name="NumberStart">Where the number itself starts.</param>
/// <param name="NumberEnd">Where the number itself ends.</param>
/// <param name="End">Where the label ends, punctuation and following spaces included.</param>
internal readonly record struct Label(LabelStyle Style, string? Keyword, int NumberStart, int NumberEnd, int End)
{
    public bool IsFound => Style != LabelStyle.None;

    public ReadOnlySpan<char> Number(string text) => text.AsSpan(NumberStart, NumberEnd - NumberStart);
}

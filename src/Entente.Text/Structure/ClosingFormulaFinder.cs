namespace Entente.Text.Structure;

/// <summary>Recognises the line that opens a closing formula: "Done at Moscow…", "The Declaration was signed on…", "Совершено в…".</summary>
internal static class ClosingFormulaFinder
{
    private const int Window = 160;

    private static readonly string[] s_openings =
    [
        "done at", "done in", "done on", "signed at", "signed in", "signed on", "in witness whereof", "in faith whereof",
        "совершено в", "совершено ", "подписано в", "в удостоверение чего", "hecho en", "en fe de lo cual", "fait à", "en foi de quoi",
    ];

    private static readonly string[] s_phrases =
    [
        " was signed on", " was signed in", " was signed at", " were signed on", " is signed in", " has been signed in",
        " подписана ", " подписано ", " подписан ", " imzalanmışdır", " imzalanıb", " imzalandı",
    ];

    public static bool IsClosing(string text, TextLine line)
    {
        if (line.IsBlank)
        {
            return false;
        }

        var content = line.Content(text);
        if (PhraseList.StartsWithAny(content, s_openings))
        {
            return true;
        }

        var window = content[..Math.Min(content.Length, Window)];
        return PhraseList.IndexOfAny(window, s_phrases, out _) >= 0;
    }
}

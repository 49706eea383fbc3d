namespace Entente.Text.Understanding;

/// <summary>
/// Azerbaijani as it is often written on the web, without its own letters: ə as e, ş as s, ç as c, ğ as g, ı as i, ö as o,
/// ü as u ("Azerbaycan ile Rusiya arasinda ticaret dovriyyesi"). Names in the tables match in both spellings, and the
/// linker reads cue and text words in the plain one.
/// </summary>
internal static class AzerbaijaniLetters
{
    /// <summary>The letter as written without Azerbaijani's own letters; any other character as it is.</summary>
    public static char Plain(char c) => c switch
    {
        'ə' => 'e',
        'Ə' => 'E',
        'ş' => 's',
        'Ş' => 'S',
        'ç' => 'c',
        'Ç' => 'C',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ı' => 'i',
        'İ' => 'I',
        'ö' => 'o',
        'Ö' => 'O',
        'ü' => 'u',
        'Ü' => 'U',
        _ => c,
    };

    /// <summary>The text written without Azerbaijani's own letters.</summary>
    public static string Plain(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = Plain(source[i]);
        }
    });

    /// <summary>The form as written and, when it differs, as written without Azerbaijani's own letters.</summary>
    public static IEnumerable<string> AsWritten(string form)
    {
        yield return form;
        var plain = Plain(form);
        if (!string.Equals(plain, form, StringComparison.Ordinal))
        {
            yield return plain;
        }
    }
}

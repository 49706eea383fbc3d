namespace Entente.Text.Extraction;

/// <summary>
/// The one weekday table of the text pipeline: the day a news text says something happened on ("on Friday",
/// "Wednesday's meeting", "в пятницу", "cümə günü"), in English, Russian and Azerbaijani.
/// </summary>
internal static class Weekdays
{
    /// <summary>The English names, capitalised as written; a capitalised word among them opens no title.</summary>
    public static readonly string[] English = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // "Wednesday's meeting".
    private static readonly string[] s_englishPossessives = [.. English.Select(d => d + "'s")];

    // Russian says "on" a day with "в"/"во" and the accusative; other cases are left out, since "среда" and "среде" are
    // also "environment".
    private static readonly string[] s_russianOnTheDay = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"];

    // Azerbaijani names, some of two words; a one-word name counts only before "günü" ("cümə günü"), since "bazar" is
    // also "market" and "şənbə" may begin a longer name.
    private static readonly string[][] s_azerbaijani =
    [
        ["bazar", "ertəsi"], ["çərşənbə", "axşamı"], ["çərşənbə", "günü"], ["cümə", "axşamı"], ["cümə", "günü"], ["şənbə", "günü"], ["bazar", "günü"],
    ];

    private static readonly DayOfWeek[] s_azerbaijaniDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The weekday named by the words starting at <paramref name="p"/>, or null.</summary>
    public static DayOfWeek? At(TokenStream t, int p)
    {
        if (!t.IsWord(p))
        {
            return null;
        }

        var english = Array.FindIndex(English, d => t.Is(p, d));
        english = english >= 0 ? english : Array.FindIndex(s_englishPossessives, d => t.Is(p, d));
        if (english >= 0)
        {
            return (DayOfWeek)((english + 1) % 7);
        }

        if (t.IsAny(p - 1, ["в", "во"]))
        {
            var russian = Array.FindIndex(s_russianOnTheDay, d => t.Is(p, d));
            if (russian >= 0)
            {
                return (DayOfWeek)((russian + 1) % 7);
            }
        }

        for (var a = 0; a < s_azerbaijani.Length; a++)
        {
            if (t.Is(p, s_azerbaijani[a][0]) && t.Is(p + 1, s_azerbaijani[a][1]))
            {
                return s_azerbaijaniDays[a];
            }
        }

        return null;
    }
}

namespace Entente.Text.Linking;

/// <summary>
/// The quoted title of a study programme or course: "совместную магистерскую программу «Металлургия и материаловедение»",
/// "\"Neft-qaz işi\" ixtisası üzrə ikili diplom proqramı", "the course \"Energy Law\"". The title says what is taught, not
/// what is done: a master's programme in metallurgy is education's news, not the industries'.
/// </summary>
internal static class ProgrammeTitles
{
    // The words that name a programme, a course or a speciality, found at a word's start.
    private static readonly string[] s_programmeStems =
        ["programme", "program", "course", "degree", "speciality", "specialty", "программ", "специальност", "курс", "proqram", "ixtisas", "kurs"];

    private static readonly (char Open, char Close)[] s_quotes = [('«', '»'), ('“', '”'), ('"', '"')];

    // How many words may stand between the programme's word and its title ("программу по направлению «…»").
    private const int MaxGap = 2;

    /// <summary>The quoted titles of programmes in the sentence from start to end, quotes included.</summary>
    public static List<TextSpan> Find(string text, int start, int end)
    {
        var titles = new List<TextSpan>();
        foreach (var (open, close) in s_quotes)
        {
            var at = text.IndexOf(open, start, end - start);
            while (at >= 0)
            {
                var shut = text.IndexOf(close, at + 1, end - at - 1);
                if (shut < 0)
                {
                    break;
                }

                var title = new TextSpan(at, shut + 1);
                if (NamesAProgramme(LinkWords.Words(text, start, at), fromEnd: true) || NamesAProgramme(LinkWords.Words(text, shut + 1, end), fromEnd: false))
                {
                    titles.Add(title);
                }

                at = shut + 1 < end ? text.IndexOf(open, shut + 1, end - shut - 1) : -1;
            }
        }

        return titles;
    }

    // A programme's word among the nearest words on the title's side: the last before it, or the first after it (Azerbaijani
    // puts the noun after its title: "\"Neft-qaz işi\" ixtisası").
    private static bool NamesAProgramme(List<LinkWord> words, bool fromEnd)
    {
        var near = fromEnd ? words.TakeLast(MaxGap + 1) : words.Take(1);
        return near.Any(w => Array.Exists(s_programmeStems, stem => w.Text.StartsWith(stem, StringComparison.Ordinal)));
    }
}

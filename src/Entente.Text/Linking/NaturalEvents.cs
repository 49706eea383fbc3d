namespace Entente.Text.Linking;

/// <summary>
/// Reports of an event of nature: a text whose headline tells of an earthquake, a heatwave, snow or a flood ("Magnitude
/// 5.3 earthquake in Caspian shakes Baku and Derbent", "Землетрясение ощутили жители Дагестана и Азербайджана", "Şimaldan
/// soyuq hava kütləsi gəlir"). It names both Parties because the event reached both; each Party's services, its academy
/// of sciences and its power supplies are there as the event's circumstances, not as any dealing between them. A headline
/// that tells of help between them ("Russian rescuers fly to …") is the Parties' dealing and is read as usual.
/// </summary>
internal static class NaturalEvents
{
    /// <summary>True when the headline reports an event of nature and no help.</summary>
    public static bool IsOne(string text, TextSpan? headline)
    {
        if (headline is not { } h)
        {
            return false;
        }

        // The event opens the headline: "New cargo terminal opens at Yalama as snow hits northern Azerbaijan" reports the terminal.
        var words = LinkWords.Words(text, h.Start, h.End);
        return words.Take(MaxWordsBeforeTheEvent + 1).Any(w => LinkWords.IsOneOf(w.Text, s_eventWords, s_eventStems)) && !words.Exists(w => LinkWords.IsOneOf(w.Text, s_helpWords, s_helpStems));
    }

    private const int MaxWordsBeforeTheEvent = 3;

    // The beginnings of the words of events of nature, in lower case; short ones ("qar", snow) as whole words.
    private static readonly string[] s_eventStems =
    [
        "earthquake", "quake", "tremor", "magnitude", "heatwave", "snowfall", "snowstorm", "blizzard", "flood", "drought", "wildfire",
        "землетрясени", "подземн", "толчк", "магнитуд", "снегопад", "метел", "наводнени", "паводк", "засух", "ураган",
        "zəlzələ", "təkanlar", "maqnitudalı", "daşqın", "quraqlıq", "qasırğa", "şaxta",
    ];

    private static readonly HashSet<string> s_eventWords = new(StringComparer.Ordinal)
    {
        "heat", "snow", "frost", "storm", "storms", "жара", "жару", "жары", "мороз", "морозы", "морозов", "шторм", "qar", "sel", "leysan", "soyuq",
    };

    private static readonly string[] s_helpStems =
    [
        "rescue", "assistance", "relief", "humanitarian", "спасател", "помощ", "гуманитарн", "xilasedici", "yardım", "humanitar",
    ];

    private static readonly HashSet<string> s_helpWords = new(StringComparer.Ordinal) { "aid", "help", "helps", "kömək" };
}

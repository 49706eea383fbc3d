namespace Entente.Text.Linking;

/// <summary>
/// Whether a headline reports officials meeting, talking or agreeing ("Interior ministers agree to fight drug trafficking
/// together", "Колокольцев и Эйвазов договорились …", "… nazirləri … birgə addımları razılaşdırıb"). Such a text reports
/// the meeting's agenda, item by item: its headline's subject is one item, not the story the rest is circumstance of.
/// </summary>
internal static class Meetings
{
    // The beginnings of the words that say officials met, talked or agreed, in lower case.
    private static readonly string[] s_meetingStems =
    [
        "talks", "meet", "met", "meeting", "discuss", "agree", "consultations",
        "переговор", "встреч", "встрет", "обсуд", "обсужда", "договорил", "договорят", "договорен", "согласова", "консультаци",
        "görüş", "danışıq", "müzakirə", "razılaş", "razılığa", "məsləhətləşmə",
    ];

    public static bool ReportsOne(string text, TextSpan headline) =>
        LinkWords.Words(text, headline.Start, headline.End)
            .Exists(word => LinkWords.StartsWithAny(word.Text, s_meetingStems));
}

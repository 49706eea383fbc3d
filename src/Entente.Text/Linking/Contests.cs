namespace Entente.Text.Linking;

/// <summary>
/// Reports of a contest: a text whose headline tells who beat whom or who won a medal or a championship ("Azerbaijan's
/// Aghayev beats Russian to win European gold", "Азербайджанец обыграл россиянина в финале", "Rəşad Hüseynzadə finalda
/// rusiyalı rəqibini məğlub edib"). It names both Parties because their athletes met; the tournament, the sport and the
/// fans are its circumstances, not sports ties between them. A headline that also tells of cooperation ("joint training
/// camp") is read as usual.
/// </summary>
internal static class Contests
{
    /// <summary>True when the headline reports a contest's result and no cooperation.</summary>
    public static bool IsOne(string text, TextSpan? headline)
    {
        if (headline is not { } h)
        {
            return false;
        }

        var words = LinkWords.Words(text, h.Start, h.End);
        return words.Exists(w => LinkWords.IsOneOf(w.Text, s_resultWords, s_resultStems)) && !CooperationWords.AreIn(text, h);
    }

    // The beginnings of the words of a contest's result, in lower case: beating, losing, a medal, a championship.
    private static readonly string[] s_resultStems =
    [
        "defeat", "medal", "championship",
        "обыграл", "победил", "уступил", "проиграл", "разгромил", "одолел", "медал", "чемпионат",
        "məğlub", "uduz", "medal", "çempionat",
    ];

    private static readonly HashSet<string> s_resultWords = new(StringComparer.Ordinal)
    {
        "beat", "beats", "beating", "stuns", "stunned", "edges", "loses", "thrashes", "outplays",
    };
}

using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>
/// Decides how binding a clause is from its main verb: "will"/"shall"/"будут" (obligation), "intend"/"намерены"
/// (intention), "express their readiness"/"выражают готовность" (readiness), "may consider"/"могут рассмотреть"
/// (possibility), "refrain"/"воздерживаются" (restraint), "appreciates"/"высоко оценивает" (appreciation),
/// "reaffirm", "build their relations on the basis of" (principle). A clause with none of these in the present
/// tense ("The Parties cooperate") is an obligation.
/// </summary>
internal static class ModalityClassifier
{
    // Each cue is a sequence of words; "*" ends a stem. Where several match, the earliest in the clause decides.
    private static readonly (string[] Words, string Modality)[] s_cues =
    [
        (["refrain*"], Modalities.Restraint), (["abstain*"], Modalities.Restraint), (["воздерж*"], Modalities.Restraint),
        (["не", "допуска*"], Modalities.Restraint), (["çəkin*"], Modalities.Restraint),
        (["express*", "their", "readiness"], Modalities.Readiness), (["express*", "its", "readiness"], Modalities.Readiness),
        (["are", "ready"], Modalities.Readiness), (["is", "ready"], Modalities.Readiness), (["stand", "ready"], Modalities.Readiness),
        (["выража*", "готовность"], Modalities.Readiness), (["готовы"], Modalities.Readiness), (["hazır*"], Modalities.Readiness),
        (["may", "consider"], Modalities.Possibility), (["could", "consider"], Modalities.Possibility),
        (["consider", "the", "possibilit*"], Modalities.Possibility), (["explore", "the", "possibilit*"], Modalities.Possibility),
        (["study", "the", "possibilit*"], Modalities.Possibility), (["may"], Modalities.Possibility),
        (["могут", "рассмотреть"], Modalities.Possibility), (["рассмотр*", "возможност*"], Modalities.Possibility),
        (["изуч*", "возможност*"], Modalities.Possibility), (["могут"], Modalities.Possibility), (["bilərlər"], Modalities.Possibility),
        (["imkan*", "nəzərdən"], Modalities.Possibility),
        (["intend*"], Modalities.Intention), (["намерен*"], Modalities.Intention), (["niyyət*"], Modalities.Intention),
        (["highly", "appreciate*"], Modalities.Appreciation), (["appreciate*"], Modalities.Appreciation), (["welcome*"], Modalities.Appreciation),
        (["commend*"], Modalities.Appreciation), (["высоко", "оценива*"], Modalities.Appreciation), (["приветству*"], Modalities.Appreciation),
        (["yüksək", "qiymətləndir*"], Modalities.Appreciation), (["alqışla*"], Modalities.Appreciation),
        (["reaffirm*"], Modalities.Principle), (["build", "their", "relations"], Modalities.Principle), (["base", "their", "relations"], Modalities.Principle),
        (["proceed", "from"], Modalities.Principle), (["are", "guided", "by"], Modalities.Principle), (["adhere", "to"], Modalities.Principle),
        (["pursue"], Modalities.Principle), (["recogni*"], Modalities.Principle), (["подтвержда*"], Modalities.Principle),
        (["строят", "свои", "отношения"], Modalities.Principle), (["исходят", "из"], Modalities.Principle), (["руководствуются"], Modalities.Principle),
        (["проводят"], Modalities.Principle), (["təsdiq*"], Modalities.Principle), (["münasibətlərini", "qurur*"], Modalities.Principle),
        (["will"], Modalities.Obligation), (["shall"], Modalities.Obligation), (["undertake*"], Modalities.Obligation),
        (["commit*"], Modalities.Obligation), (["будут"], Modalities.Obligation), (["будет"], Modalities.Obligation), (["обязу*"], Modalities.Obligation),
        (["öhdəlik*"], Modalities.Obligation),
    ];

    // Cues by the first three letters of their first word; order within a bucket keeps the table's order.
    private static readonly Dictionary<string, (string[] Words, string Modality)[]> s_byPrefix = s_cues
        .GroupBy(c => Key(c.Words[0].TrimEnd('*')), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, (string[] Words, string Modality)[]>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Key(string word) => word.Length <= 3 ? word : word[..3];

    private static (string[] Words, string Modality)[] CuesAt(TokenStream t, int i)
    {
        if (!t.IsWord(i))
        {
            return [];
        }

        var word = t.Span(i);
        return s_lookup.TryGetValue(word.Length <= 3 ? word : word[..3], out var cues) ? cues : [];
    }

    public static (string? Modality, Cue? Cue) Classify(string text)
    {
        using var t = TokenStream.Create(text);
        if (t.Count == 0)
        {
            return (null, null);
        }

        // Only the first sentence carries the main verb; later ones ("To this end, …") elaborate.
        var firstSentence = t.SentenceOf[0];
        for (var i = 0; i < t.Count && t.SentenceOf[i] == firstSentence; i++)
        {
            if (IsSubordinate(t, i))
            {
                continue;
            }

            foreach (var (words, modality) in CuesAt(t, i))
            {
                if (!Matches(t, i, words))
                {
                    continue;
                }

                var (decided, last) = modality == Modalities.Obligation ? InnerVerb(t, i) ?? (modality, i + words.Length - 1) : (modality, i + words.Length - 1);
                var span = t.SpanOf(i, last);
                return (decided, new Cue(decided, span.Of(text), span));
            }

            // Azerbaijani future ("inkişaf etdirəcəklər", "dəstəkləyəcəklər") is the obligation.
            if (IsAzerbaijaniFuture(t, i))
            {
                var span = t.SpanOf(i, i);
                return (Modalities.Obligation, new Cue(Modalities.Obligation, span.Of(text), span));
            }

            // "consider the Convention … as a reliable legal basis", "рассматривают … в качестве".
            if (t.IsAny(i, ["consider", "рассматривают"]) && !t.IsAny(i - 1, ["will", "may", "could"]) && Within(t, i, 15, ["as", "в"]))
            {
                var span = t.SpanOf(i, i);
                return (Modalities.Principle, new Cue(Modalities.Principle, span.Of(text), span));
            }
        }

        return (Modalities.Obligation, null);
    }

    // "will consider the possibilities", "will refrain from": the verb after the auxiliary decides.
    private static (string Modality, int Last)? InnerVerb(TokenStream t, int auxiliary)
    {
        for (var k = auxiliary + 1; k <= auxiliary + 3 && k < t.Count; k++)
        {
            foreach (var (inner, innerModality) in CuesAt(t, k))
            {
                if (innerModality is not Modalities.Obligation and not Modalities.Principle && Matches(t, k, inner))
                {
                    return (innerModality, k + inner.Length - 1);
                }
            }
        }

        return null;
    }

    private static bool IsAzerbaijaniFuture(TokenStream t, int i)
    {
        if (!t.IsWord(i))
        {
            return false;
        }

        var w = t.Span(i);
        return w.EndsWith("əcəklər", StringComparison.OrdinalIgnoreCase) || w.EndsWith("acaqlar", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("əcəkdir", StringComparison.OrdinalIgnoreCase) || w.EndsWith("acaqdır", StringComparison.OrdinalIgnoreCase);
    }

    // Words inside "which …", "that …" and "in the event …" do not carry the clause's main verb.
    private static bool IsSubordinate(TokenStream t, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (t.IsAny(k, ["which", "that", "who", "если", "который", "которые", "которая", "event"]))
            {
                return true;
            }

            if (t.IsSymbol(k, ','))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Within(TokenStream t, int i, int distance, string[] words)
    {
        for (var k = i + 2; k < t.Count && k <= i + distance && t.SameSentence(i, k); k++)
        {
            if (t.IsAny(k, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(TokenStream t, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var at = i + k;
            if (!t.IsWord(at))
            {
                return false;
            }

            var pattern = words[k];
            if (pattern.EndsWith('*') ? !t.StartsWith(at, pattern.AsSpan(0, pattern.Length - 1)) : !t.Is(at, pattern))
            {
                return false;
            }
        }

        return true;
    }
}

using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Understanding;

/// <summary>
/// Decides what kind of document a text is. An agreement shows itself by its shape (an operative
/// formula, numbered clauses after recitals) and names its kind in its title; a transcript by its
/// speaker turns; a news item by its dateline or its reporting verbs.
/// </summary>
public static class KindClassifier
{
    private const int MinClauses = 3;

    // Longest first, so "Joint Statement" wins over "Statement".
    private static readonly (string Word, string Kind)[] s_kindWords =
    [
        ("Joint Statement", DocumentKinds.JointStatement), ("Joint Declaration", DocumentKinds.Declaration),
        ("Action Plan", DocumentKinds.ActionPlan), ("Plan of Action", DocumentKinds.ActionPlan),
        ("Road Map", DocumentKinds.Roadmap), ("Roadmap", DocumentKinds.Roadmap),
        ("Declaration", DocumentKinds.Declaration), ("Treaty", DocumentKinds.Treaty), ("Agreement", DocumentKinds.Agreement),
        ("Convention", DocumentKinds.Convention), ("Statement", DocumentKinds.Statement), ("Protocol", DocumentKinds.Protocol),
        ("Memorandum", DocumentKinds.Memorandum), ("Transcript", DocumentKinds.Transcript),
        ("Совместное заявление", DocumentKinds.JointStatement), ("План действий", DocumentKinds.ActionPlan),
        ("Дорожная карта", DocumentKinds.Roadmap), ("Декларация", DocumentKinds.Declaration), ("Договор", DocumentKinds.Treaty),
        ("Соглашение", DocumentKinds.Agreement), ("Конвенция", DocumentKinds.Convention), ("Заявление", DocumentKinds.Statement),
        ("Протокол", DocumentKinds.Protocol), ("Меморандум", DocumentKinds.Memorandum),
        ("Birgə bəyanat", DocumentKinds.JointStatement), ("Fəaliyyət planı", DocumentKinds.ActionPlan), ("Yol xəritəsi", DocumentKinds.Roadmap),
        ("Bəyannamə", DocumentKinds.Declaration), ("Müqavilə", DocumentKinds.Treaty), ("Saziş", DocumentKinds.Agreement),
        ("Konvensiya", DocumentKinds.Convention), ("Bəyanat", DocumentKinds.Statement), ("Protokol", DocumentKinds.Protocol),
        ("Memorandum", DocumentKinds.Memorandum),
    ];

    private static readonly string[] s_reportingWords =
    [
        " said", " says", " reported", " reports", " noted", " stressed", " added", "according to", " told ", " announced", " stated",
        " сообщил", " заявил", " отметил", " сообщает", " сообщается", " передает", " по словам",
        " bildirib", " bildirilib", " qeyd edib", " qeyd olunub", " qeyd olunur", " deyib", " vurğulayıb", " xəbər verir",
    ];

    public static string Classify(string text, int contentEnd, string? title, DocumentStructure structure, int speakerTurns, bool hasDateline)
    {
        var agreementShaped = structure.OperativeFormula is not null ||
            (structure.Clauses.Count >= MinClauses && (structure.Preamble.Count > 0 || structure.Closing is not null));
        if (agreementShaped)
        {
            return KindNamedIn(title, anywhere: true)
                ?? KindNamedIn(structure.Closing?.Text, anywhere: true)
                ?? DocumentKinds.Agreement;
        }

        if (speakerTurns >= 2)
        {
            return DocumentKinds.Transcript;
        }

        var titled = KindNamedIn(title, anywhere: false);
        if (titled is not null && structure.Clauses.Count >= MinClauses)
        {
            return titled;
        }

        if (hasDateline || CountReporting(text, contentEnd) >= 2)
        {
            return DocumentKinds.News;
        }

        return titled ?? DocumentKinds.Other;
    }

    /// <summary>The kind a title names: at its start (en, ru), its end (az), or anywhere when <paramref name="anywhere"/>.</summary>
    public static string? KindNamedIn(string? title, bool anywhere)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var trimmed = title.AsSpan().Trim();
        if (trimmed.StartsWith("The ", StringComparison.Ordinal))
        {
            trimmed = trimmed[4..];
        }

        var best = -1;
        string? kind = null;
        foreach (var (word, candidate) in s_kindWords)
        {
            if (trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase) || trimmed.TrimEnd('.').EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            if (anywhere)
            {
                var at = trimmed.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (best < 0 || at < best))
                {
                    best = at;
                    kind = candidate;
                }
            }
        }

        return kind;
    }

    private static int CountReporting(string text, int contentEnd)
    {
        var sample = text.AsSpan(0, Math.Min(contentEnd, 20_000));
        var count = 0;
        foreach (var word in s_reportingWords)
        {
            var from = 0;
            while (from < sample.Length)
            {
                var at = sample[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                count++;
                from += at + word.Length;
            }
        }

        return count;
    }
}

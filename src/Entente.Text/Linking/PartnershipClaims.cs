using Entente.Text.Analysis;

namespace Entente.Text.Linking;

/// <summary>
/// The claims of a text that speak of the partnership's own indicators. A report on another relation ("trade between
/// Russia and Kazakhstan exceeded $25 billion") states a true figure of someone else's trade: put into this
/// partnership's series it would be a false point and a false conflict. A claim is kept when the text is not about
/// another relation (<see cref="PartyFocus.IsAboutAnotherRelation"/>) and neither its sentence nor the stretch of it
/// the claim owns names a third state without naming every Party.
/// </summary>
public static class PartnershipClaims
{
    public static IReadOnlyList<Claim> Of(string text, DocumentAnalysis analysis, IReadOnlyList<string> parties)
    {
        if (analysis.Claims.Count == 0 || parties.Count == 0)
        {
            return analysis.Claims;
        }

        var end = Math.Clamp(analysis.ContentEnd ?? text.Length, 0, text.Length);
        var sentences = Sentences.Split(text, end);
        var focus = new PartyFocus(text, end, analysis, sentences);
        if (focus.IsAboutAnotherRelation(parties))
        {
            return [];
        }

        return analysis.Claims.Where(c => SentenceOf(sentences, c.Span) is not { } sentence
                                          || !focus.SentenceNamesAThirdState(sentence, parties) && !focus.SentenceNamesAThirdState(OwnStretch(analysis.Claims, c, sentence), parties))
            .ToList();
    }

    /// <summary>
    /// The stretch of its sentence a claim owns: from the end of the claim before it in the sentence (or the sentence's
    /// start) to its own end. "Trade between Russia and Azerbaijan amounted to $4.6 billion in 2025, while Russia's trade
    /// with Türkiye stood at $52 billion": the second amount's stretch names Russia and Türkiye, and it is their figure.
    /// </summary>
    private static TextSpan OwnStretch(IReadOnlyList<Claim> claims, Claim claim, TextSpan sentence)
    {
        var start = sentence.Start;
        foreach (var other in claims)
        {
            if (other.Span.End <= claim.Span.Start && other.Span.End > start && sentence.Contains(other.Span))
            {
                start = other.Span.End;
            }
        }

        return new TextSpan(start, claim.Span.End);
    }

    private static TextSpan? SentenceOf(List<TextSpan> sentences, TextSpan span)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.Contains(span))
            {
                return sentence;
            }
        }

        return null;
    }
}

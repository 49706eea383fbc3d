namespace Entente.Text.Linking;

/// <summary>
/// Proposes a first commitment profile from a clause's own wording, for an administrator to complete: the names
/// the clause writes with capitals ("Intergovernmental Commission on Economic Cooperation", "North-South") become
/// name cues, and the clause's rarest content words among the agreement's clauses become terms, cut to a stem with
/// <c>*</c> so other forms match. Only the clause's language is proposed; the others are left for a person to write.
/// The scope is proposed too: a clause about the Parties' cooperation in a field, with no word of a world beyond
/// them (a region, third states, peace), is proposed as <see cref="CommitmentProfile.BetweenPartiesOnly"/>.
/// </summary>
public static class ProfileProposer
{
    private const int MaxTerms = 8;

    private const int StemLength = 6;

    // Words of the Parties' dealings with each other, and of a world beyond them; English, as the clauses proposed from.
    private static readonly HashSet<string> s_dealings = new(StringComparer.Ordinal)
    {
        "cooperate", "cooperation", "ties", "interaction", "relations", "exchange", "joint", "consultations", "settlements", "assistance", "commission",
    };

    private static readonly HashSet<string> s_beyondTheParties = new(StringComparer.Ordinal)
    {
        "regional", "region", "global", "third", "world", "peace", "stability",
    };

    private static readonly HashSet<string> s_nameJoiners = new(StringComparer.Ordinal) { "of", "on", "the", "and", "for", "in", "between" };

    /// <param name="clause">The clause to profile.</param>
    /// <param name="agreement">Every numbered clause of its agreement (rarity is measured among them).</param>
    /// <param name="language">The language of the clauses' text (ISO 639-1).</param>
    public static CommitmentProfile Propose(CandidateClause clause, IReadOnlyList<CandidateClause> agreement, string language)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(agreement);
        var body = clause.Body;
        var names = Names(body);
        var others = agreement.Where(c => c.Number != clause.Number).Select(c => LinkWords.Stems(c.Body).ToHashSet(StringComparer.Ordinal)).ToList();
        var terms = LinkWords.Words(body, 0, body.Length)
            .Select(w => (Word: w.Text, Stem: LinkWords.Stem(w.Text)))
            .Where(w => w.Stem is not null && !w.Word.Contains('-', StringComparison.Ordinal))
            .DistinctBy(w => w.Stem, StringComparer.Ordinal)
            .Select(w => (w.Word, Clauses: others.Count(o => o.Contains(w.Stem!))))
            .Where(w => w.Clauses <= 2 && !names.Any(n => n.Contains(w.Word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(w => w.Clauses).ThenByDescending(w => w.Word.Length)
            .Take(MaxTerms)
            .Select(w => w.Word.Length > StemLength ? w.Word[..StemLength] + "*" : w.Word)
            .ToList();
        return new CommitmentProfile(clause.Number)
        {
            Names = names.Count > 0 ? new Dictionary<string, IReadOnlyList<string>> { [language] = names } : new Dictionary<string, IReadOnlyList<string>>(),
            Terms = terms.Count > 0 ? new Dictionary<string, IReadOnlyList<string>> { [language] = terms } : new Dictionary<string, IReadOnlyList<string>>(),
            BetweenPartiesOnly = language == "en" && IsAboutTheirOwnDealings(body),
        };
    }

    /// <summary>
    /// True when the clause speaks of the Parties' dealings with each other ("cooperation", "ties", "consultations")
    /// and of nothing beyond them: "the regional and international levels", "third countries", "peace". On the
    /// sample's Declaration this agrees with the hand-set scope of 32 of its 43 clauses; a person checks the rest.
    /// </summary>
    private static bool IsAboutTheirOwnDealings(string body)
    {
        var words = LinkWords.Words(body, 0, body.Length);
        return words.Any(w => s_dealings.Contains(w.Text)) && !words.Any(w => s_beyondTheParties.Contains(w.Text));
    }

    /// <summary>Runs of capitalised words (joined by "of", "on", "the"…) that name something other than the Parties.</summary>
    private static List<string> Names(string body)
    {
        var names = new List<string>();
        var words = LinkWords.Words(body, 0, body.Length);
        var run = new List<LinkWord>();
        void Close()
        {
            while (run.Count > 0 && s_nameJoiners.Contains(run[^1].Text))
            {
                run.RemoveAt(run.Count - 1);
            }

            // A name says something beyond stop words ("the Russian Federation", "the Parties" name only the Parties).
            var content = run.Count(w => LinkWords.Stem(w.Text) is not null && !IsDemonym(w.Text));
            if (content >= 1 && (run.Count >= 2 || run[0].Text.Contains('-', StringComparison.Ordinal)))
            {
                names.Add(body[run[0].Span.Start..run[^1].Span.End]);
            }

            run.Clear();
        }

        for (var i = 0; i < words.Count; i++)
        {
            var capital = char.IsUpper(body[words[i].Span.Start]) && !AtSentenceStart(body, words[i].Span.Start);
            if (capital || (run.Count > 0 && s_nameJoiners.Contains(words[i].Text)))
            {
                run.Add(words[i]);
            }
            else if (run.Count > 0)
            {
                Close();
            }
        }

        if (run.Count > 0)
        {
            Close();
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    // "Russian", "Azerbaijani": adjectives of a state name the Parties, not a body.
    private static bool IsDemonym(string word) => Extraction.Demonyms.StateOf(word) is not null;

    private static bool AtSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }
}

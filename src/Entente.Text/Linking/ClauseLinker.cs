using System.Runtime.CompilerServices;
using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Linking;

/// <summary>
/// Links a document to the clauses of stored agreements it concerns. A link needs the agreement to be named
/// in the document (by title, kind and date, or by "the Declaration" after it was named), a document not older
/// than the agreement, and — for links by content — all the agreement's Parties named in the document.
/// Explicit links come from "Paragraphs 5, 6 and 7", "the first clause", "пункт 6"; quote and content links from
/// the words a sentence shares with a clause, weighted by how rare each word is among the agreement's clauses.
/// Pure and deterministic: at most one link per agreement and clause, the strongest.
/// </summary>
public static class ClauseLinker
{
    /// <summary>The score a sentence needs with a clause to be linked by content; chosen on the gold, leaning to precision.</summary>
    public const double ContentThreshold = 0.30;

    /// <summary>A run of this many content words in the clause's order makes a link a quote.</summary>
    public const int QuoteRun = 4;

    private const int Foreign = -1;
    private const int Unresolved = -2;

    private static readonly HashSet<string> s_heads = new(StringComparer.Ordinal)
    {
        "paragraph", "paragraphs", "clause", "clauses", "article", "articles", "point", "points", "item", "items", "section", "sections",
        "пункт", "пункта", "пункту", "пункте", "пунктом", "пункты", "пунктов", "пунктам", "пунктах", "пунктами",
        "статья", "статьи", "статье", "статью", "статьей", "статьёй", "статей", "статьям", "статьях",
        "параграф", "параграфа", "параграфу", "параграфе", "параграфом", "параграфы", "параграфов",
    };

    // Azerbaijani heads take their endings after the stem: "bəndi", "bəndinə", "bəndlərində", "maddəsinə".
    private static readonly string[] s_suffixedHeads = ["bənd", "maddə"];

    private static readonly HashSet<string> s_listWords = new(StringComparer.Ordinal) { "and", "и", "və", "to", "по" };

    private static readonly HashSet<string> s_documentWords = new(StringComparer.Ordinal) { "document", "документа", "документе", "документ", "sənədin" };

    private static readonly HashSet<string> s_genericTitleWords = new(StringComparer.Ordinal)
    {
        "of", "on", "the", "and", "between", "in", "for", "about", "cooperation", "relations", "republic", "federation",
        "о", "об", "и", "между", "сотрудничестве", "отношениях", "республикой", "федерацией",
    };

    /// <summary>How "declaration" begins in the languages whose words are not the kind's key ("декларация", "bəyannamə").</summary>
    private static readonly string[] s_kindWordStarts = ["декл", "bəyan"];

    /// <summary>The clause links of one analysed document against the candidate agreements.</summary>
    /// <param name="text">The document's original decoded text, which the analysis's spans point into.</param>
    /// <param name="analysis">The document's analysis: its date, parties, references and entities.</param>
    /// <param name="candidates">The stored agreements; those without numbered clauses are ignored.</param>
    public static IReadOnlyList<ClauseLink> Link(string text, DocumentAnalysis analysis, IReadOnlyList<LinkCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(candidates);
        if (analysis.Error is not null || text.Length == 0)
        {
            return [];
        }

        if (!ReadsLanguage(analysis.Language))
        {
            return [];
        }

        var linkable = candidates.Where(c => c.Clauses.Count > 0 && !IsTheAgreementItself(analysis, c)).OrderBy(c => c.Id).ToList();
        var end = Math.Clamp(analysis.ContentEnd ?? text.Length, 0, text.Length);
        var sentences = Sentences.Split(text, end);
        var links = new Dictionary<(int Candidate, string Clause, string Kind), ClauseLink>();

        void Offer(int candidate, string clause, ClauseLink link)
        {
            if (!links.TryGetValue((candidate, clause, link.Kind), out var known) || Rank(link) > Rank(known))
            {
                links[(candidate, clause, link.Kind)] = link;
            }
        }

        // Evidence may predate the agreement (it is then the baseline); a citation cannot.
        var focus = linkable.Count > 0 ? new PartyFocus(text, end, analysis, sentences) : null;
        foreach (var candidate in linkable.Where(c => c.Profiles.Count > 0))
        {
            foreach (var link in EvidenceLinker.Find(text, analysis, candidate, sentences, focus!))
            {
                Offer(candidate.Id, link.Clause, link);
            }
        }

        var usable = linkable.Where(c => !PredatesAgreement(analysis, c)).ToList();
        CiteLinks(text, analysis, usable, sentences, end, focus, (k, clause, link) => Offer(usable[k].Id, clause, link));
        return links.Values.OrderBy(l => l.Span.Start).ThenBy(l => l.Agreement.Id).ThenBy(l => l.Clause, StringComparer.Ordinal)
            .ThenBy(l => l.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The languages whose wording the linker reads (its clause-reference words and the profiles' languages); a text in
    /// any other language gets no links rather than wrong ones. <c>und</c> (too short to tell) is read as it is.
    /// </summary>
    public static bool ReadsLanguage(string language) => language is "en" or "ru" or "az" or "und";

    private static void CiteLinks(string text, DocumentAnalysis analysis, List<LinkCandidate> usable, List<TextSpan> sentences, int end, PartyFocus? focus, Action<int, string, ClauseLink> offer)
    {
        if (usable.Count == 0)
        {
            return;
        }

        var mentions = ResolveMentions(analysis, usable);
        void Offer(int candidate, string clause, ClauseLink link) => offer(candidate, clause, link);
        var words = LinkWords.Words(text, 0, end);
        foreach (var (span, numbers, documentAnaphor) in ExplicitReferences(text, words))
        {
            var target = TargetOf(span, documentAnaphor, mentions, sentences);
            if (target < 0)
            {
                continue;
            }

            var candidate = usable[target];
            foreach (var number in numbers)
            {
                if (candidate.Clauses.Any(c => c.Number == number))
                {
                    Offer(target, number, new ClauseLink(new AgreementRef(candidate.Id, candidate.Title), number, span)
                    {
                        Evidence = ClauseEvidence.Explicit,
                        Score = 1.0,
                    });
                }
            }
        }

        var states = DocumentStates(analysis);
        for (var k = 0; k < usable.Count; k++)
        {
            var candidate = usable[k];
            // A text whose lead pairs a Party with another state is that pair's, whatever agreement it names: "the Commission
            // of Azerbaijan and Turkey met on the anniversary of their declaration on allied relations" quotes no clause of ours.
            if (!mentions.Any(m => m.Target == k) || !candidate.Parties.All(states.Contains) || focus?.LeadIsAboutAnotherPair(sentences, candidate.Parties) == true)
            {
                continue;
            }

            var index = new ClauseIndex(candidate.Clauses);
            foreach (var sentence in sentences)
            {
                var stems = LinkWords.Words(text, sentence.Start, sentence.End).Select(w => LinkWords.Stem(w.Text)).OfType<string>().ToList();
                if (index.Best(stems) is not { } best)
                {
                    continue;
                }

                var evidence = best.Run >= QuoteRun ? ClauseEvidence.Quote : ClauseEvidence.Content;
                Offer(k, best.Clause, new ClauseLink(new AgreementRef(candidate.Id, candidate.Title), best.Clause, sentence)
                {
                    Evidence = evidence,
                    Score = Math.Round(Math.Min(best.Score, 0.99), 3),
                });
            }
        }
    }

    private static int Rank(ClauseLink link) =>
        (link.Evidence switch { ClauseEvidence.Explicit => 3, ClauseEvidence.Quote => 2, _ => 1 }) * 10_000 + (int)(link.Score * 1000);

    /// <summary>
    /// Whether <paramref name="candidate"/> can take part in the links of <paramref name="analysis"/>'s document: it has
    /// clauses, is not the document itself, and has a profile (evidence) or is named by the text, not after it (citations).
    /// The links depend on these candidates only, so a legal base that changed only in candidates that cannot gives the
    /// same links (a batch relinks a document only when an agreement stored after it was read can concern it).
    /// </summary>
    public static bool CanConcern(DocumentAnalysis analysis, LinkCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Clauses.Count == 0 || IsTheAgreementItself(analysis, candidate))
        {
            return false;
        }

        if (candidate.Profiles.Count > 0)
        {
            return true;
        }

        // Citations reach only an agreement the text names (ResolveMentions): a reference that resolves to it, or a
        // bare "the Agreement" of its kind that it could be the sole candidate for (SoleCandidateOfKind).
        if (PredatesAgreement(analysis, candidate))
        {
            return false;
        }

        var states = new Lazy<HashSet<string>>(() => DocumentStates(analysis));
        return analysis.References.Any(reference => Resolve(reference, candidate) == true
            || (reference.Date is null && reference.Title is null && CouldBeTheOneOfItsKind(reference, candidate, states.Value)));
    }

    private static bool IsTheAgreementItself(DocumentAnalysis analysis, LinkCandidate candidate) =>
        DocumentKinds.AgreementKinds.Contains(analysis.Kind) && analysis.Kind == candidate.Kind
        && (analysis.SignedOn ?? analysis.Date) is { } signed && signed == candidate.Date;

    private static bool PredatesAgreement(DocumentAnalysis analysis, LinkCandidate candidate) =>
        analysis.Date is { } date && candidate.Date is { } signed && date < signed;

    private static HashSet<string> DocumentStates(DocumentAnalysis analysis)
    {
        var states = new HashSet<string>(analysis.Parties, StringComparer.Ordinal);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Type == "state" && entity.Id is { } id)
            {
                states.Add(id);
            }
        }

        foreach (var reference in analysis.References)
        {
            states.UnionWith(reference.Parties);
        }

        return states;
    }

    private readonly record struct Mention(TextSpan Span, int Target);

    /// <summary>Every agreement reference in text order, resolved to a usable candidate, or to <see cref="Foreign"/>.</summary>
    private static List<Mention> ResolveMentions(DocumentAnalysis analysis, List<LinkCandidate> usable)
    {
        var mentions = new List<Mention>();
        var lastByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in analysis.References.OrderBy(r => r.Span.Start))
        {
            var target = Unresolved;
            for (var k = 0; k < usable.Count && target == Unresolved; k++)
            {
                target = Resolve(reference, usable[k]) switch { true => k, false => Unresolved, null => Unresolved };
            }

            if (target == Unresolved)
            {
                // "the Declaration", and "the Moscow Declaration" (a place cannot say which of the stored ones it is).
                var anaphoric = reference.Date is null && (reference.Title is null || reference.NamedByPlace);
                target = anaphoric && lastByKind.TryGetValue(reference.Kind, out var previous) ? previous
                    : anaphoric ? SoleCandidateOfKind(reference, usable, analysis)
                    : Foreign;
            }

            lastByKind[reference.Kind] = target;
            mentions.Add(new Mention(reference.Span, target));
        }

        return mentions;
    }

    private static int SoleCandidateOfKind(AgreementReference reference, List<LinkCandidate> usable, DocumentAnalysis analysis)
    {
        var states = DocumentStates(analysis);
        var matching = Enumerable.Range(0, usable.Count).Where(k => CouldBeTheOneOfItsKind(reference, usable[k], states)).ToList();
        return matching.Count == 1 ? matching[0] : Foreign;
    }

    /// <summary>
    /// Whether a bare reference ("the Agreement") could mean the candidate: same kind, and all its Parties named in the
    /// text; one named by a place ("the Minsk agreements") also needs the candidate's Parties to be its own when it has some.
    /// </summary>
    private static bool CouldBeTheOneOfItsKind(AgreementReference reference, LinkCandidate candidate, HashSet<string> states) =>
        candidate.Kind == reference.Kind && candidate.Parties.Count > 0 && candidate.Parties.All(states.Contains)
        && (!reference.NamedByPlace || reference.Parties.Count == 0
            || reference.Parties.Order(StringComparer.Ordinal).SequenceEqual(candidate.Parties.Order(StringComparer.Ordinal)));

    /// <summary>True when the reference names the candidate, false when it names something else, null when it cannot tell.</summary>
    internal static bool? Resolve(AgreementReference reference, LinkCandidate candidate)
    {
        if (!SameKind(reference.Kind, candidate.Kind))
        {
            return false;
        }

        if (reference.Parties.Count > 0 && candidate.Parties.Count > 0
            && !(reference.Parties.All(candidate.Parties.Contains) && candidate.Parties.All(reference.Parties.Contains)))
        {
            return false;
        }

        if (reference.Date is { } date)
        {
            // "9/10 November 2020" is dated by either day.
            return candidate.Date is { } signed && Math.Abs(date.DayNumber - signed.DayNumber) <= 1;
        }

        if (reference.Title is null)
        {
            return null;
        }

        var words = s_referenceTitleWords.GetValue(reference, r => TitleWords(r.Title!, r.Kind));
        if (words.Count == 0)
        {
            return null;
        }

        return CandidateTitleWords(candidate).Any(title => title.Overlaps(words));
    }

    /// <summary>
    /// The distinctive words of each of a candidate's titles, worked out once per candidate: every reference of every
    /// document is compared with every candidate, and a batch keeps its candidates for its whole length.
    /// </summary>
    private static HashSet<string>[] CandidateTitleWords(LinkCandidate candidate) =>
        s_candidateTitleWords.GetValue(candidate, c => [.. new[] { c.Title }.Concat(c.OtherTitles).Select(title => TitleWords(title, c.Kind))]);

    private static readonly ConditionalWeakTable<LinkCandidate, HashSet<string>[]> s_candidateTitleWords = new();

    /// <summary>A reference's title words, once per reference rather than once per candidate it is compared with.</summary>
    private static readonly ConditionalWeakTable<AgreementReference, HashSet<string>> s_referenceTitleWords = new();

    private static bool SameKind(string a, string b) =>
        a == b || (a is DocumentKinds.Statement or DocumentKinds.JointStatement && b is DocumentKinds.Statement or DocumentKinds.JointStatement);

    /// <summary>
    /// A title's distinctive words (cut to six letters): not its kind, not the generic words of titles, and not the
    /// names or adjectives of states, which the Parties compare already ("Treaty between the Kyrgyz Republic and …").
    /// </summary>
    private static HashSet<string> TitleWords(string title, string kind)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var states = CountryTable.Find(title);
        foreach (var word in LinkWords.Words(title, 0, title.Length))
        {
            if (s_genericTitleWords.Contains(word.Text) || word.Text.Length < 4 || kind.Contains(word.Text[..4], StringComparison.Ordinal)
                || LinkWords.StartsWithAny(word.Text, s_kindWordStarts)
                || states.Any(state => state.Span.Start <= word.Span.Start && word.Span.End <= state.Span.End)
                || CountryTable.StateOfAdjective(title.AsSpan(word.Span.Start, word.Span.End - word.Span.Start)) is not null)
            {
                continue;
            }

            words.Add(word.Text.Length > 6 ? word.Text[..6] : word.Text);
        }

        return words;
    }

    /// <summary>The candidate an explicit clause reference points to, or a negative value when it points to none.</summary>
    private static int TargetOf(TextSpan span, bool documentAnaphor, List<Mention> mentions, List<TextSpan> sentences)
    {
        var before = mentions.LastOrDefault(m => m.Span.Start < span.Start, new Mention(default, Unresolved));
        if (documentAnaphor)
        {
            return before.Target;
        }

        var sentence = sentences.FirstOrDefault(s => s.Overlaps(span), span);
        // "Article 6 of the Treaty…" names its agreement just after; "the Declaration's first clause" just before.
        var inside = mentions.Where(m => m.Span.Overlaps(span)).ToList();
        if (inside.Count > 0)
        {
            return inside[^1].Target;
        }

        var after = mentions.FirstOrDefault(m => m.Span.Start >= span.End && m.Span.Start - span.End <= 40 && sentence.Overlaps(m.Span), new Mention(default, Unresolved));
        if (after.Target != Unresolved)
        {
            return after.Target;
        }

        return before.Target;
    }

    /// <summary>"Paragraphs 5, 6 and 7", "clause 7", "the first paragraph", "пункты 5–7": the span and the clause numbers.</summary>
    private static IEnumerable<(TextSpan Span, List<string> Numbers, bool DocumentAnaphor)> ExplicitReferences(string text, List<LinkWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsHead(words[i].Text))
            {
                continue;
            }

            var numbers = new List<string>();
            var start = words[i].Span.Start;
            var last = i;
            if (OrdinalBefore(text, words, i) is { } ordinal)
            {
                numbers.Add(ordinal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                start = ordinal.Start;
            }
            else
            {
                var j = i + 1;
                while (j < words.Count && IsClauseNumber(words[j].Text))
                {
                    var gap = text.AsSpan(words[j - 1].Span.End, words[j].Span.Start - words[j - 1].Span.End);
                    if (numbers.Count > 0 && gap.IndexOfAny('–', '-') >= 0 && int.TryParse(numbers[^1], out var from)
                        && int.TryParse(words[j].Text, out var to) && to > from && to - from <= 50)
                    {
                        for (var n = from + 1; n < to; n++)
                        {
                            numbers.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        }
                    }

                    numbers.Add(words[j].Text);
                    last = j;
                    j++;
                    if (j + 1 < words.Count && s_listWords.Contains(words[j].Text) && IsClauseNumber(words[j + 1].Text))
                    {
                        j++;
                    }
                }
            }

            if (numbers.Count == 0)
            {
                continue;
            }

            var next = last + 1;
            var anaphor = next + 2 < words.Count && words[next].Text is "of" && words[next + 1].Text is "the" or "this" && s_documentWords.Contains(words[next + 2].Text)
                || next < words.Count && s_documentWords.Contains(words[next].Text);
            var spanEnd = anaphor && words[next].Text is "of" ? words[next + 2].Span.End : words[last].Span.End;
            yield return (new TextSpan(start, Math.Max(spanEnd, words[i].Span.End)), numbers, anaphor);
        }
    }

    private static bool IsHead(string word)
    {
        if (s_heads.Contains(word))
        {
            return true;
        }

        foreach (var stem in s_suffixedHeads)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An ordinal just before a clause head: "the seventh paragraph", "седьмому пункту", "двадцать шестой пункт", "7th
    /// clause", "7-й пункт", "28-ci bəndində". The number and where the ordinal starts, or null.
    /// </summary>
    private static (int Number, int Start)? OrdinalBefore(string text, List<LinkWord> words, int head)
    {
        if (head == 0 || !OnlySpaceBetween(text, words[head - 1].Span, words[head].Span))
        {
            return null;
        }

        var previous = words[head - 1];

        // "двадцать шестой пункт", "iyirmi altıncı bənd", "the twenty sixth paragraph": a cardinal ten before the unit's ordinal.
        if (head >= 2 && OnlySpaceBetween(text, words[head - 2].Span, previous.Span) && Ordinals.CompoundValue(words[head - 2].Text, previous.Text) is { } compound)
        {
            return (compound, words[head - 2].Span.Start);
        }

        if ((Ordinals.ValueOf(previous.Text) ?? Ordinals.EnglishNumeralValue(previous.Text) ?? Ordinals.HyphenatedValue(previous.Text)) is { } value)
        {
            return (value, previous.Span.Start);
        }

        // "28-го": a numeral, a hyphen and an ending (LinkWords splits a word at a hyphen after a digit).
        if (head >= 2 && Ordinals.IsNumeralEnding(previous.Text) && IsClauseNumber(words[head - 2].Text)
            && text.AsSpan(words[head - 2].Span.End, previous.Span.Start - words[head - 2].Span.End) is "-" or "–")
        {
            return (int.Parse(words[head - 2].Text, System.Globalization.CultureInfo.InvariantCulture), words[head - 2].Span.Start);
        }

        return null;
    }

    private static bool OnlySpaceBetween(string text, TextSpan a, TextSpan b) =>
        text.AsSpan(a.End, b.Start - a.End).Trim().IsEmpty;

    private static bool IsClauseNumber(string word) =>
        word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit) && word[0] != '0';
}

/// <summary>The kinds of evidence behind a clause link.</summary>
public static class ClauseEvidence
{
    /// <summary>The text names the clause: "Paragraphs 5, 6 and 7", "the first paragraph of the Declaration", "пункт 6".</summary>
    public const string Explicit = "explicit";

    /// <summary>The text quotes or closely paraphrases the clause.</summary>
    public const string Quote = "quote";

    /// <summary>The text is about what the clause is about.</summary>
    public const string Content = "content";
}

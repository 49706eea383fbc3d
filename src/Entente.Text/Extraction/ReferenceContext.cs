using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

/// <summary>
/// Parties of a referenced instrument that its sentence names around it rather than in its title:
/// "all trilateral agreements … reached by the leaders of Azerbaijan, Armenia and Russia",
/// "statements of 10 November 2020 [between Russian, Azerbaijani and Armenian leaders]",
/// "Russia and Azerbaijan are implementing the Action Plan". Only a list of two or more states counts.
/// </summary>
internal static class ReferenceContext
{
    // Words that introduce the parties after a reference, and words allowed between the reference and them.
    private static readonly string[] s_partyIntroducers = ["between", "by", "among", "между"];
    private static readonly string[] s_participles = ["reached", "signed", "concluded", "adopted", "agreed", "made", "issued", "подписанн*", "заключенн*"];
    private static readonly string[] s_dateWords = ["of", "on", "dated", "and", "от", "года", "г"];
    private static readonly string[] s_listJoins = ["and", "и", "və", "as", "well"];
    private static readonly string[] s_listWords = ["the", "of", "leaders", "presidents", "heads", "state", "states", "governments", "foreign", "ministers", "sides", "parties", "лидерами", "президентами", "лидеров", "президентов"];

    public static List<AgreementReference> FillParties(TokenStream t, List<AgreementReference> references, IReadOnlyList<EntityMention> entities)
    {
        // Built on first need: most references name their parties themselves, and the tables cost a pass over the tokens.
        StatesByToken? states = null;
        int[]? sentenceStarts = null;
        for (var n = 0; n < references.Count; n++)
        {
            var reference = references[n];
            if (reference.Parties.Count > 0)
            {
                continue;
            }

            states ??= new StatesByToken(t, entities);
            sentenceStarts ??= SentenceStarts(t);

            var first = t.IndexAt(reference.Span.Start);
            var last = t.IndexAt(reference.Span.End) - 1;
            var parties = After(t, last, states) ?? Before(t, first, sentenceStarts[t.SentenceOf[first]], states);
            if (parties is not null)
            {
                references[n] = reference with { Parties = parties };
            }
        }

        return references;
    }

    // "… reached by the leaders of Azerbaijan, Armenia and Russia", "… [between Russian, Azerbaijani and Armenian leaders]".
    private static List<string>? After(TokenStream t, int last, StatesByToken states)
    {
        // Between the reference and its parties there may be its dates and a participle: "statements of 10 November
        // 2020 [between …", "the memorandum signed between …".
        var k = last + 1;
        for (var skipped = 0; skipped < 24 && k < t.Count && t.SameSentence(last, k) && !t.IsAny(k, s_partyIntroducers); skipped++, k++)
        {
            var skippable = t.IsSymbol(k, '[') || t.IsSymbol(k, '(') || t.IsSymbol(k, ',') || t.IsNumber(k)
                || t.IsAny(k, s_dateWords) || Months.TryParse(t.Span(k), out _) || MatchesAny(t, k, s_participles);
            if (!skippable)
            {
                return null;
            }
        }

        return t.IsAny(k, s_partyIntroducers) && t.SameSentence(last, k) ? List(t, k + 1, states) : null;
    }

    // "Russia and Azerbaijan are actively implementing the Action Plan": the sentence opens with the states.
    private static List<string>? Before(TokenStream t, int first, int start, StatesByToken states)
    {
        var parties = List(t, t.Is(start, "the") ? start + 1 : start, states, out var end);
        return parties is not null && end < first ? parties : null;
    }

    // The first token of each sentence, found in one pass so that long sentences full of references stay linear.
    private static int[] SentenceStarts(TokenStream t)
    {
        var starts = new int[t.Count == 0 ? 0 : t.SentenceOf[t.Count - 1] + 1];
        for (var k = t.Count - 1; k >= 0; k--)
        {
            starts[t.SentenceOf[k]] = k;
        }

        return starts;
    }

    private static List<string>? List(TokenStream t, int from, StatesByToken states) => List(t, from, states, out _);

    // A list of states from token `from`: "Azerbaijan, Armenia and Russia", "the leaders of Russia and Azerbaijan".
    private static List<string>? List(TokenStream t, int from, StatesByToken states, out int end)
    {
        var parties = new List<string>();
        end = from - 1;
        for (var k = from; k < t.Count && k < from + 24 && t.SameSentence(from, k); k++)
        {
            if (states.At(k) is { } state)
            {
                if (!parties.Contains(state))
                {
                    parties.Add(state);
                }

                end = k;
            }
            else if (!(t.IsSymbol(k, ',') || t.IsAny(k, s_listJoins) || t.IsAny(k, s_listWords)))
            {
                break;
            }
        }

        return parties.Count >= 2 ? parties : null;
    }

    private static bool MatchesAny(TokenStream t, int k, string[] forms)
    {
        foreach (var form in forms)
        {
            if (form.EndsWith('*') ? t.StartsWith(k, form.AsSpan(0, form.Length - 1)) : t.Is(k, form))
            {
                return true;
            }
        }

        return false;
    }

    // The state each token names: every token inside a state entity ("Republic of Azerbaijan"), or a demonym.
    private sealed class StatesByToken
    {
        private readonly TokenStream _tokens;

        // Few tokens are inside a state's name, so a map by token index is smaller than an array over all tokens.
        private readonly Dictionary<int, string> _entityStates = [];

        public StatesByToken(TokenStream t, IReadOnlyList<EntityMention> entities)
        {
            _tokens = t;
            foreach (var entity in entities)
            {
                if (entity.Type != EntityTables.State || entity.Id is null)
                {
                    continue;
                }

                for (var k = t.IndexAt(entity.Span.Start); k < t.Count && t[k].Start < entity.Span.End; k++)
                {
                    _entityStates[k] = entity.Id;
                }
            }
        }

        // Demonyms are looked up only for the few tokens a list of parties reaches, not for every word of the text.
        public string? At(int k) =>
            _entityStates.TryGetValue(k, out var state) ? state : _tokens.IsWord(k) ? Demonyms.StateOf(_tokens.Span(k)) : null;
    }
}

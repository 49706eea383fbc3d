using System.Globalization;
using System.Text;
using Entente.Text.Stemming;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Entente.Search;

/// <summary>A word of a text: where it stands and the search term it reduces to.</summary>
/// <param name="Start">Offset of the word's first character in the text.</param>
/// <param name="Length">Length of the word in the text.</param>
/// <param name="Term">The folded and stemmed form both the index and queries use.</param>
public readonly record struct SearchToken(int Start, int Length, string Term);

/// <summary>
/// Turns text into search terms, the same way for what is indexed and what is asked: words are split on
/// anything that is not a letter or digit, lower-cased, folded (diacritics dropped, ё→е, ə→e, ı→i), and
/// reduced to their stem word by word, so a text mixing languages (a clause's versions and summaries) is
/// stemmed right in each: Cyrillic words by the Snowball Russian stemmer; Latin words by the Snowball English
/// stemmer, and those it finds no English ending on by <see cref="AzerbaijaniStemmer"/> ("dəhlizinin" and
/// "dehlizi" → "dehliz"). Everything works on the folded word, so a query finds Azerbaijani words whatever
/// diacritics it was typed with.
/// </summary>
public sealed class SearchAnalyzer
{
    /// <summary>Words longer than this are cut: no real word is, and it bounds the stemmers' work.</summary>
    private const int MaxWordLength = 64;

    // Snowball stemmers keep state, so each analyzer has its own; an analyzer is for one thread at a time.
    private readonly SnowballProgram _russian = new RussianStemmer();
    private readonly SnowballProgram _english = new EnglishStemmer();
    private readonly StringBuilder _fold = new();

    /// <summary>Every word of <paramref name="text"/> with its term, in text order.</summary>
    public IEnumerable<SearchToken> Tokens(string text)
    {
        foreach (var (start, length) in Words(text))
        {
            if (Term(text.AsSpan(start, Math.Min(length, MaxWordLength))) is { Length: > 0 } term)
            {
                yield return new SearchToken(start, length, term);
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> whose term is one of <paramref name="terms"/>. Only words that
    /// start like a wanted term are stemmed (a stem keeps all but at most the last letter of its word's
    /// start), which keeps marking snippets in long documents cheap.
    /// </summary>
    public IEnumerable<SearchToken> Matches(string text, IReadOnlySet<string> terms)
    {
        var prefixes = terms.Select(t => t[..Math.Min(t.Length, 2)]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (start, length) in Words(text))
        {
            var folded = Fold(text.AsSpan(start, Math.Min(length, MaxWordLength)));
            if (prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal)) && Stem(folded) is var term && terms.Contains(term))
            {
                yield return new SearchToken(start, length, term);
            }
        }
    }

    // The runs of word characters in a text, as start and length.
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            yield return (start, i - start);
        }
    }

    /// <summary>The terms of <paramref name="text"/> joined by spaces, as the index stores them.</summary>
    public string Terms(string? text, int maxTerms = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var count = 0;
        foreach (var token in Tokens(text))
        {
            if (count++ == maxTerms)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(token.Term);
        }

        return builder.ToString();
    }

    /// <summary>The search term of one word: folded, then stemmed by its script's stemmers.</summary>
    public string Term(ReadOnlySpan<char> word) => Stem(Fold(word));

    private string Stem(string folded)
    {
        if (folded.Length < 3 || !folded.Any(char.IsLetter))
        {
            return folded;
        }

        var cyrillic = folded.Any(IsCyrillic);
        var stemmer = cyrillic ? _russian : _english;
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        var stem = stemmer.Current;
        // A Latin word without an English ending may be Azerbaijani: it loses the inflections that language adds.
        return !cyrillic && stem == folded ? AzerbaijaniStemmer.Stem(folded) : stem;
    }

    private string Fold(ReadOnlySpan<char> word)
    {
        _fold.Clear();
        foreach (var upper in word)
        {
            var c = char.ToLowerInvariant(upper);
            switch (c)
            {
                case 'ё':
                    _fold.Append('е');
                    break;
                case 'ə':
                    _fold.Append('e');
                    break;
                case 'ı':
                    _fold.Append('i');
                    break;
                case < '\u0080':
                    _fold.Append(c);
                    break;
                default:
                    // Cyrillic keeps its letters (й is not и); elsewhere diacritics go: ş→s, ç→c, ğ→g, ö→o, ü→u.
                    if (IsCyrillic(c))
                    {
                        _fold.Append(c);
                        break;
                    }

                    foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
                    {
                        // İ (Azerbaijani and Turkish capital dotted i) lower-cases to itself; its base letter does not.
                        if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                        {
                            _fold.Append(char.ToLowerInvariant(part));
                        }
                    }

                    break;
            }
        }

        return _fold.ToString();
    }

    private static bool IsWordChar(string text, int i) => char.IsLetterOrDigit(text[i]);

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}

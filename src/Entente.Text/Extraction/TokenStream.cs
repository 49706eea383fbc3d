using System.Globalization;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Entente.Text.Extraction;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with inner hyphens and apostrophes ("military-technical", "Russia’s").</summary>
    Word,

    /// <summary>Digits with inner separators ("11,000", "27.4", "3,4").</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>What the tokenizer notes about a token besides its kind, one bit each.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>A line break comes before the token.</summary>
    AfterNewline = 1,

    /// <summary>White space comes before the token.</summary>
    AfterSpace = 2,

    /// <summary>A word whose first letter is upper case.</summary>
    Capitalised = 4,

    /// <summary>A word made of ASCII letters only: no hyphen, apostrophe or other letter.</summary>
    PlainAscii = 8,
}

/// <summary>
/// One token of a text: where it is, what it is, and whether a line break precedes it. The flags share one byte, so
/// that a token stays 12 bytes; the extractors ask about capitals and plain ASCII words many times per token.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public bool AfterNewline => (Flags & TokenFlags.AfterNewline) != 0;

    public bool AfterSpace => (Flags & TokenFlags.AfterSpace) != 0;

    public bool Capitalised => (Flags & TokenFlags.Capitalised) != 0;

    public bool PlainAscii => (Flags & TokenFlags.PlainAscii) != 0;
}

/// <summary>
/// The tokens of one text with helpers the extractors share. One linear pass over the characters,
/// no regular expressions: every construct above it works on token indices.
/// </summary>
/// <remarks>
/// The per-token arrays are rented from <see cref="ArrayPool{T}.Shared"/> (they are the bulk of what an analysis
/// allocates) and may be longer than <see cref="Count"/>; <see cref="Dispose"/> gives them back. Nothing read from
/// a stream may keep a reference to its arrays, and a disposed stream has no tokens left to read.
/// </remarks>
internal sealed class TokenStream : IDisposable
{
    private Token[] _tokens;

    private TokenStream(string text, Token[] tokens, int count, int[] sentenceOf)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
        SentenceOf = sentenceOf;
    }

    public string Text { get; }

    /// <summary>True for an Azerbaijani text: a word written without Azerbaijani's own letters matches one written with them.</summary>
    public bool ReadsPlainAzerbaijani { get; private init; }

    public int Count { get; }

    /// <summary>For each token, the index of the sentence it belongs to (rented: only the first <see cref="Count"/> entries count).</summary>
    public int[] SentenceOf { get; private set; }

    private WordClass[]? _classes;

    public Token this[int index] => _tokens[index];

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(_tokens);
        ArrayPool<int>.Shared.Return(SentenceOf);
        if (_classes is not null)
        {
            ArrayPool<WordClass>.Shared.Return(_classes);
        }

        // Reading after Dispose fails loudly instead of reading tokens of another text.
        _tokens = [];
        SentenceOf = [];
        _classes = [];
    }

    /// <summary>What the word at <paramref name="index"/> can start (computed for all words on first use).</summary>
    public WordClass ClassOf(int index) => (_classes ??= Classes())[index];

    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private WordClass[] Classes()
    {
        var classes = ArrayPool<WordClass>.Shared.Rent(Count);
        for (var k = 0; k < Count; k++)
        {
            var token = _tokens[k];
            classes[k] = token.Kind != TokenKind.Word ? WordClass.None
                : token.PlainAscii ? WordClasses.OfAsciiLetters(Text.AsSpan(token.Start, token.Length))
                : WordClasses.Of(Text.AsSpan(token.Start, token.Length));
        }

        return classes;
    }

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public bool IsWord(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Number;

    /// <summary>The year a four-digit number token names ("2023" in "в 2023 году", "2023-cü il"), or null.</summary>
    /// <remarks>The one test of "is this number a year" that every extractor uses: 1800 to 2100 covers the
    /// treaties and reports Entente reads; wider, a count such as "2500 tonnes" would read as a year.</remarks>
    public int? YearAt(int index)
    {
        if (!IsNumber(index) || _tokens[index].Length != 4)
        {
            return null;
        }

        // NumberStyles.None takes digits only: "2.50" is no year.
        return int.TryParse(Span(index), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && IsAYearNumber(year)
            ? year
            : null;
    }

    /// <summary>True for a number in the years <see cref="YearAt"/> reads: "2024" in "2024.03.14", not "8702" in the tariff code "8702.10.03".</summary>
    public static bool IsAYearNumber(int year) => year is >= FirstYear and <= LastYear;

    public bool IsAYear(int index) => YearAt(index) is not null;

    private const int FirstYear = 1800;
    private const int LastYear = 2100;

    public bool IsSymbol(int index, char c) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Symbol && Text[_tokens[index].Start] == c;

    /// <summary>True when the token is a list's bullet: "•", "·", "▪", "*".</summary>
    public bool IsABullet(int index) => IsSymbol(index, '•') || IsSymbol(index, '·') || IsSymbol(index, '▪') || IsSymbol(index, '*');

    /// <summary>True when the token is a dash of any length: "-", "–", "—", the non-breaking "‑" and the minus "−".</summary>
    public bool IsADash(int index) =>
        IsSymbol(index, '-') || IsSymbol(index, '–') || IsSymbol(index, '—') || IsSymbol(index, '‑') || IsSymbol(index, '−');

    /// <summary>True when the token is the mark that opens an item of a list: a bullet or a dash first on its line.</summary>
    public bool IsAListMark(int index) => (IsABullet(index) || IsADash(index)) && OpensALine(index);

    /// <summary>True when the token is the first of its line (a text starts as if after a line break).</summary>
    public bool OpensALine(int index) => (uint)index < (uint)Count && _tokens[index].AfterNewline;

    /// <summary>
    /// The first token of the line that holds <paramref name="index"/>, or null when it stands more than
    /// <paramref name="reach"/> tokens back: a caller that reads only a line's opening bounds its walk.
    /// </summary>
    public int? LineStart(int index, int reach = int.MaxValue)
    {
        for (var k = index; k >= 0 && index - k <= reach; k--)
        {
            if (_tokens[k].AfterNewline)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>True when the token is a currency's sign: "$", "€", "₽", "₼".</summary>
    public bool IsCurrencySign(int index) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Symbol && CurrencyTable.FromSymbol(Span(index)) is not null;

    // Ignoring case never changes a length, so the lengths are compared first: most candidates stop there. Azerbaijani
    // written without its own letters matches too ("dovriyyesi" is "dövriyyəsi"), which keeps the length as well.
    public bool Is(int index, string word) =>
        (uint)index < (uint)Count && _tokens[index].Length == word.Length && EqualsAsWritten(Span(index), word, ReadsPlainAzerbaijani);

    public bool IsAny(int index, ReadOnlySpan<string> words)
    {
        if ((uint)index >= (uint)Count)
        {
            return false;
        }

        var span = Span(index);
        foreach (var w in words)
        {
            if (w.Length == span.Length && EqualsAsWritten(span, w, ReadsPlainAzerbaijani))
            {
                return true;
            }
        }

        return false;
    }

    public bool StartsWith(int index, string prefix) => StartsWith(index, prefix.AsSpan());

    public bool StartsWith(int index, ReadOnlySpan<char> prefix) =>
        index >= 0 && index < Count && StartsAsWritten(Span(index), prefix, ReadsPlainAzerbaijani);

    /// <summary>True when the word begins with the prefix, ignoring case and reading plain letters as Azerbaijani's own.</summary>
    internal static bool StartsAsWritten(ReadOnlySpan<char> word, ReadOnlySpan<char> prefix, bool plainAzerbaijani) =>
        word.Length >= prefix.Length && EqualsAsWritten(word[..prefix.Length], prefix, plainAzerbaijani);

    // Ignoring case, and reading a word of plain letters as the word written with Azerbaijani's own (ə, ş, ç, ğ, ı, ö, ü).
    // (Most words that differ do so at their first letter, where the second comparison stops.)
    internal static bool EqualsAsWritten(ReadOnlySpan<char> token, ReadOnlySpan<char> word, bool plainAzerbaijani) =>
        token.Equals(word, StringComparison.OrdinalIgnoreCase) || plainAzerbaijani && token.Length == word.Length && EqualsPlain(token, word);

    private static bool EqualsPlain(ReadOnlySpan<char> token, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (char.ToLowerInvariant(token[i]) != char.ToLowerInvariant(Understanding.AzerbaijaniLetters.Plain(word[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when token <paramref name="index"/> begins with one of <paramref name="stems"/>, in any case.</summary>
    public bool StartsWithAny(int index, ReadOnlySpan<string> stems)
    {
        foreach (var stem in stems)
        {
            if (StartsWith(index, stem))
            {
                return true;
            }
        }

        return false;
    }

    // Decided once by the tokenizer: asked for many tokens by every extractor.
    public bool IsCapitalised(int index) => (uint)index < (uint)Count && _tokens[index].Capitalised;

    /// <summary>True when tokens <paramref name="index"/> and <paramref name="index"/>+1 touch (no space between).</summary>
    public bool Touches(int index) => index + 1 < Count && !_tokens[index + 1].AfterSpace;

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && SentenceOf[a] == SentenceOf[b];

    public TextSpan SpanOf(int first, int last) => new(_tokens[first].Start, _tokens[last].End);

    public string TextOf(int first, int last) => Text[_tokens[first].Start.._tokens[last].End];

    /// <summary>Index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static TokenStream Create(string text) => Create(text, readsPlainAzerbaijani: false);

    /// <summary>
    /// The tokens of <paramref name="text"/>; with <paramref name="readsPlainAzerbaijani"/> (an Azerbaijani text) its
    /// words are compared as Azerbaijani written without its own letters too (<see cref="Is"/>).
    /// </summary>
    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TokenStream Create(string text, bool readsPlainAzerbaijani)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        var count = 0;

        // What comes before the next token (a text starts as if after a line break).
        var before = TokenFlags.AfterNewline | TokenFlags.AfterSpace;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    before |= TokenFlags.AfterNewline;
                }

                before |= TokenFlags.AfterSpace;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            var flags = before;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                if (char.IsAsciiLetter(c))
                {
                    flags |= TokenFlags.PlainAscii | (char.IsAsciiLetterUpper(c) ? TokenFlags.Capitalised : 0);
                }
                else if (char.IsUpper(c))
                {
                    flags |= TokenFlags.Capitalised;
                }

                i++;
                while (i < text.Length)
                {
                    // Runs of ASCII letters are skipped in one vectorised step; other characters are looked at one by one.
                    var asciiRun = text.AsSpan(i).IndexOfAnyExcept(s_asciiLetters);
                    i = asciiRun < 0 ? text.Length : i + asciiRun;
                    if (i == text.Length)
                    {
                        break;
                    }

                    if (!char.IsAscii(text[i]) && (char.IsLetter(text[i]) || IsMark(text[i])))
                    {
                        flags &= ~TokenFlags.PlainAscii;
                        i++;
                    }
                    else if (IsInnerJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        flags &= ~TokenFlags.PlainAscii;
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            if (count == tokens.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan().CopyTo(larger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = new Token(start, i, kind, flags);
            before = TokenFlags.None;
        }

        return new TokenStream(text, tokens, count, Sentences(text, tokens, count)) { ReadsPlainAzerbaijani = readsPlainAzerbaijani };
    }

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Hyphens and apostrophes inside a word keep it whole: "inter-parliamentary", "Russia’s", "Nagorno-Karabakh".
    private static bool IsInnerJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Sentences(string text, Token[] tokens, int count)
    {
        var sentenceOf = ArrayPool<int>.Shared.Rent(count);
        var sentence = 0;
        for (var i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (i > 0 && t.AfterNewline)
            {
                sentence++;
            }

            sentenceOf[i] = sentence;
            if (t.Kind == TokenKind.Symbol && text[t.Start] is '.' or '!' or '?' or ';' && i + 1 < count)
            {
                var next = tokens[i + 1];
                var nextChar = text[next.Start];
                // An abbreviation ("Feb. 23") or a decimal does not end a sentence; a capital or a quote after a space does,
                // and so does a number after a full word ("… olub. 2024-cü ildə …": Azerbaijani and Russian sentences
                // often open with a year; "No. 5", "Art. 5", "ст. 5" do not end one).
                if (next.AfterSpace && (char.IsUpper(nextChar) || nextChar is '“' or '"' or '«' or '„' or '‘' or '\'' || char.IsAsciiDigit(nextChar) && AfterFullWord(tokens, i))
                    && !IsAbbreviation(text, tokens, i))
                {
                    sentence++;
                }
            }
        }

        return sentenceOf;
    }

    private static bool AfterFullWord(Token[] tokens, int dot) =>
        dot > 0 && tokens[dot - 1].Kind == TokenKind.Word && tokens[dot - 1].Length >= 4 && !tokens[dot].AfterSpace;

    private static bool IsAbbreviation(string text, Token[] tokens, int dot)
    {
        if (dot == 0 || tokens[dot - 1].Kind != TokenKind.Word || tokens[dot].AfterSpace)
        {
            return false;
        }

        // A short month before a day ("Oct. 12") is abbreviated; before a capital it is a full name ending the
        // sentence ("… in June. The two agencies …", "… в мае. Стороны …").
        var word = text.AsSpan(tokens[dot - 1].Start, tokens[dot - 1].Length);
        var beforeADay = dot + 1 < tokens.Length && char.IsAsciiDigit(text[tokens[dot + 1].Start]);
        return word.Length <= 4 && (char.IsUpper(word[0]) && word.Length <= 2 || beforeADay && Months.TryParse(word, out _))
            || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jan" or "Feb" or "Sept" or "vs" or "etc" or "г";
    }
}

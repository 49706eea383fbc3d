using System.Buffers;
using System.Collections.Frozen;

namespace Entente.Text.Extraction;

/// <summary>What a word can start, so that each extractor skips most words after one shared lookup.</summary>
[Flags]
internal enum WordClass : byte
{
    None = 0,

    /// <summary>A month, an ordinal, a number word or a time word ("last", "early", "этом").</summary>
    Date = 1,

    /// <summary>A number in words ("three", "a", "полтора").</summary>
    Number = 2,

    /// <summary>The first word of an agreement kind ("Treaty", "joint", "road").</summary>
    Reference = 4,

    /// <summary>A lower-case word that can start an entity: an office ("ambassador") or an any-case name.</summary>
    Entity = 8,

    /// <summary>Every class: words with letters outside ASCII, whose stems the extractors check themselves.</summary>
    All = Date | Number | Reference | Entity,
}

/// <summary>The shared table behind <see cref="WordClass"/>, built once from the extractors' own vocabularies.</summary>
internal static class WordClasses
{
    // Looked up once for every word of every text. Only ASCII words are looked up (the others get every class), so only
    // ASCII keys can match, and with only those the frozen table compares case-insensitively on a short ASCII slice.
    private static readonly FrozenDictionary<string, WordClass> s_table = Build()
        .Where(entry => System.Text.Ascii.IsValid(entry.Key))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_table.GetAlternateLookup<ReadOnlySpan<char>>();

    // The shapes of the keys: first two characters (lower case) and length, one bit each. Most words have a shape no key
    // has, and this test costs far less than a lookup.
    private static readonly ulong[] s_keyShapes = KeyShapes();

    private static ulong[] KeyShapes()
    {
        var shapes = new ulong[(1 << 19) / 64];
        foreach (var key in s_table.Keys)
        {
            var shape = Shape(key);
            shapes[shape >> 6] |= 1UL << (shape & 63);
        }

        return shapes;
    }

    // Only for ASCII text: 7 bits for each of the first two characters, 5 bits for the length (31 for anything longer).
    private static int Shape(ReadOnlySpan<char> word)
    {
        var first = word.Length > 0 ? char.ToLowerInvariant(word[0]) : '\0';
        var second = word.Length > 1 ? char.ToLowerInvariant(word[1]) : '\0';
        return (first & 0x7F) << 12 | (second & 0x7F) << 5 | Math.Min(word.Length, 31);
    }

    // Only for ASCII words: a key equal to the word ignoring case has the same shape.
    private static bool TryLookUp(ReadOnlySpan<char> word, out WordClass wordClass)
    {
        wordClass = WordClass.None;
        var shape = Shape(word);
        return (s_keyShapes[shape >> 6] & 1UL << (shape & 63)) != 0 && s_lookup.TryGetValue(word, out wordClass);
    }

    private static Dictionary<string, WordClass> Build()
    {
        var table = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                var w = word.TrimEnd('*');
                table[w] = table.GetValueOrDefault(w) | wordClass;
            }
        }

        Add(Months.Forms, WordClass.Date);
        Add(DateExtractor.Triggers, WordClass.Date);
        Add(NumberWords.Starts, WordClass.Number);

        // "nine months of 2019" starts with a number word; the article "a" starts no date.
        Add(NumberWords.Starts.Where(w => w != "a"), WordClass.Date);
        Add(ReferenceExtractor.HeadStarts, WordClass.Reference);
        Add(EntityExtractor.LowerCaseStarts, WordClass.Entity);
        return table;
    }

    // The ASCII characters of most words (a hyphen is looked for separately).
    private static readonly SearchValues<char> s_asciiWordChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'");

    // The same ASCII keys, for words of ASCII letters only (most words): one hash over the letters, usually no comparison.
    private static readonly AsciiWordTable<WordClass> s_letterWords = new(s_table);

    // Heads that take endings and are written in ASCII letters ("protokol*", "memorandum*": "protokolu",
    // "Memorandumunu"): an ASCII word is a reference word when it starts with one. Other words are looked up whole.
    private static readonly string[] s_asciiReferenceStems = [.. ReferenceExtractor.HeadStems.Where(stem => System.Text.Ascii.IsValid(stem))];

    // The stems' first three letters, lower-cased: a word that starts otherwise ("said", "between") is no stem's, without a
    // loop over them ("saziş" and "bəyanat", written plain, start with letters many English words start with).
    private static readonly bool[] s_asciiStemStarts = StemStarts(s_asciiReferenceStems);

    private static bool[] StemStarts(string[] stems)
    {
        var starts = new bool[26 * 26 * 26];
        foreach (var stem in stems)
        {
            if (StartKey(stem) is var key and >= 0)
            {
                starts[key] = true;
            }
        }

        return starts;
    }

    // The index of a word's first three ASCII letters, lower-cased, or -1.
    private static int StartKey(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        var key = 0;
        for (var i = 0; i < 3; i++)
        {
            var c = (char)(word[i] | 0x20);
            if (c is < 'a' or > 'z')
            {
                return -1;
            }

            key = key * 26 + (c - 'a');
        }

        return key;
    }

    /// <summary><see cref="Of"/> for a word the tokenizer found to be ASCII letters only: no scan, no hyphen.</summary>
    public static WordClass OfAsciiLetters(ReadOnlySpan<char> word) =>
        (s_letterWords.TryGetValue(word, out var wordClass) ? wordClass : WordClass.None) | OfAsciiStem(word);

    private static WordClass OfAsciiStem(ReadOnlySpan<char> word)
    {
        if (StartKey(word) is not (>= 0 and var key) || !s_asciiStemStarts[key])
        {
            return WordClass.None;
        }

        foreach (var stem in s_asciiReferenceStems)
        {
            if (word.Length >= stem.Length && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return WordClass.Reference;
            }
        }

        return WordClass.None;
    }

    public static WordClass Of(ReadOnlySpan<char> word)
    {
        // Most words are plain ASCII letters: one vectorised scan settles them, the rest are checked further.
        var firstOther = word.IndexOfAnyExcept(s_asciiWordChars);
        if (firstOther >= 0 && !System.Text.Ascii.IsValid(word[firstOther..]))
        {
            return WordClass.All;
        }

        var found = (TryLookUp(word, out var wordClass) ? wordClass : WordClass.None) | OfAsciiStem(word);

        // "twenty-one", "January-November", "mid-March": the part before the hyphen decides too.
        var hyphen = firstOther < 0 ? -1 : word.IndexOf('-');
        if (hyphen > 0 && TryLookUp(word[..hyphen], out var head))
        {
            found |= head;
        }

        return found;
    }
}

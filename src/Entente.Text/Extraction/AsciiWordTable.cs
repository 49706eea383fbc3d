namespace Entente.Text.Extraction;

/// <summary>
/// A small read-only map from words to values, looked up with words made only of ASCII letters and compared ignoring
/// case. Built for the lookups that run once per word of a text: the hash is computed in one pass over the letters,
/// and most words miss on an empty slot without any comparison.
/// </summary>
/// <remarks>
/// A key is stored under the ASCII letters it equals under <see cref="StringComparer.OrdinalIgnoreCase"/> (that
/// comparison folds a few other letters onto ASCII ones, such as the dotless ı onto I), so that a lookup finds exactly
/// the keys an ordinal-ignore-case dictionary would; keys that no ASCII word can equal are left out.
/// </remarks>
internal sealed class AsciiWordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public AsciiWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var folded = new List<(string Key, TValue Value)>();
        foreach (var (key, value) in entries)
        {
            if (AsciiForm(key) is { } form)
            {
                folded.Add((form, value));
            }
        }

        // A quarter full at most: a word that is not a key usually lands on an empty slot.
        var size = 16;
        while (size < folded.Count * 4)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in folded)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is { } taken)
            {
                if (taken == key)
                {
                    throw new ArgumentException($"Two keys equal \"{key}\" ignoring case.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>Looks up <paramref name="word"/>, which must be ASCII letters only.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        for (var slot = Hash(word) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && EqualsLowerCase(word, key))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    // From the length and four letters (first, second, middle, last) rather than every letter: no loop, one multiply,
    // and distinct enough for word lists. ASCII letters only: setting bit 5 lower-cases a letter.
    private static int Hash(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var letters = (ulong)(word[0] | 0x20u) | (ulong)(word[^1] | 0x20u) << 16
            | (ulong)(word[word.Length >> 1] | 0x20u) << 32 | (ulong)(word[Math.Min(1, word.Length - 1)] | 0x20u) << 48;
        var hash = (letters ^ (ulong)word.Length << 8) * 0x9E3779B97F4A7C15UL;
        return (int)(hash >> 40);
    }

    private static bool EqualsLowerCase(ReadOnlySpan<char> word, string lowerKey)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if ((word[k] | 0x20) != lowerKey[k])
            {
                return false;
            }
        }

        return true;
    }

    // The lower-case ASCII letters that equal the key ignoring case, or null when no word of ASCII letters does.
    private static string? AsciiForm(string key)
    {
        var form = new char[key.Length];
        for (var k = 0; k < key.Length; k++)
        {
            var c = key[k];
            if (char.IsAsciiLetter(c))
            {
                form[k] = char.ToLowerInvariant(c);
                continue;
            }

            var found = false;
            for (var letter = 'a'; letter <= 'z' && !found; letter++)
            {
                if (string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    form[k] = letter;
                    found = true;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return key.Length == 0 ? null : new string(form);
    }
}

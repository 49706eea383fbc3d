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
    private static readonly Dictionary<string, WordClass> s_table = Build();

    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_table.GetAlternateLookup<ReadOnlySpan<char>>();

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

    public static WordClass Of(ReadOnlySpan<char> word)
    {
        if (!System.Text.Ascii.IsValid(word))
        {
            return WordClass.All;
        }

        var found = s_lookup.TryGetValue(word, out var wordClass) ? wordClass : WordClass.None;

        // "twenty-one", "January-November", "mid-March": the part before the hyphen decides too.
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && s_lookup.TryGetValue(word[..hyphen], out var head))
        {
            found |= head;
        }

        return found;
    }
}

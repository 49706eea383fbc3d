using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Frozen;
using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

/// <summary>
/// Finds states (ISO codes), organisations (stable ids), places and people with their roles. States, organisations
/// and places come from <see cref="EntityTables"/>; people are found by their office ("President … Ilham Aliyev") and
/// then recognised again by full name or surname.
/// </summary>
internal static class EntityExtractor
{
    private static readonly Dictionary<string, List<EntityName>> s_byFirstToken = Index(stems: false);

    // Stem names ("Азербайджан*") by the first four letters of their first token.
    private static readonly Dictionary<string, List<EntityName>> s_byStem = Index(stems: true);

    private static readonly Dictionary<string, List<EntityName>>.AlternateLookup<ReadOnlySpan<char>> s_exactLookup = s_byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, List<EntityName>>.AlternateLookup<ReadOnlySpan<char>> s_stemLookup = s_byStem.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same two indexes for words of plain ASCII letters, which are most words.
    private static readonly AsciiWordTable<List<EntityName>> s_plainExact = new(s_byFirstToken);

    private static readonly AsciiWordTable<List<EntityName>> s_plainStems = new(s_byStem);

    private static readonly (string[] Words, string Role)[] s_roles =
    [
        (["First", "Vice", "President"], "First Vice President"),
        (["Vice", "President"], "Vice President"),
        (["Deputy", "Prime", "Minister"], "Deputy Prime Minister"),
        (["Prime", "Minister"], "Prime Minister"),
        (["Foreign", "Minister"], "Foreign Minister"),
        (["President"], "President"),
        (["Minister"], "Minister"),
        (["Ambassador"], "ambassador"),
        (["ambassador"], "ambassador"),
        (["Chairman"], "Chairman"),
        (["Speaker"], "Speaker"),
        (["Secretary-General"], "Secretary-General"),
        (["Президент"], "President"),
        (["Президента"], "President"),
        (["Премьер-министр"], "Prime Minister"),
        (["Председатель", "Правительства"], "Prime Minister"),
        (["министр"], "Minister"),
        (["Министр"], "Minister"),
        (["посол"], "ambassador"),
        (["Посол"], "ambassador"),
        (["Prezident"], "President"),
        (["Prezidenti"], "President"),
        (["Baş", "naziri"], "Prime Minister"),
        (["səfir"], "ambassador"),
    ];

    private static readonly string[] s_ministryWords = ["Ministry", "Ministries", "Министерство", "Министерства", "Министерством"];

    private static readonly string[] s_nameParticles = ["oglu", "oğlu", "qizi", "qızı", "kyzy", "uulu", "bin", "ibn", "de", "van", "von"];

    private static readonly string[] s_notNames =
    [
        "Mr", "Mrs", "Ms", "The", "This", "That", "And", "Of", "In", "On", "At", "To", "For", "We", "I", "It", "He", "She", "They",
        "Today", "Yesterday", "Thank", "Ladies", "Let", "Our", "First", "As", "But", "However",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNameSet =
        s_notNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All entity mentions in document order.</summary>
    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<EntityMention> Extract(TokenStream t)
    {
        var found = new List<EntityMention>();
        var people = new Dictionary<string, (string Name, string Role)>(StringComparer.Ordinal);
        var i = 0;
        while (i < t.Count)
        {
            // Names start with a capital; a lower-case word matters only as an office ("ambassador") or an any-case name.
            if (!t.IsWord(i) || !t.IsCapitalised(i) && (t.ClassOf(i) & WordClass.Entity) == 0 || !MayStartEntity(t, i))
            {
                i++;
                continue;
            }

            if (TryPerson(t, i, people, found, out var afterPerson))
            {
                i = afterPerson;
                continue;
            }

            if (TryPartyAdjective(t, i, out var party, out var partyEnd))
            {
                found.Add(party!);
                i = partyEnd + 1;
                continue;
            }

            if (Match(t, i) is { } match)
            {
                found.Add(Mention(t, i, i + match.Tokens.Length - 1, match));
                i += match.Tokens.Length;
                continue;
            }

            if (TryMinistry(t, i, out var ministry, out var ministryEnd))
            {
                found.Add(ministry!);
                i = ministryEnd + 1;
                continue;
            }

            if (t.IsWord(i) && SplitHyphenated(t, i, found))
            {
                i++;
                continue;
            }

            i++;
        }

        return RecogniseKnownPeople(t, found, people);
    }

    private static EntityName? Match(TokenStream t, int i)
    {
        if (!t.IsWord(i))
        {
            return null;
        }

        // A word of plain ASCII letters has no possessive ending and is looked up in the tables made for such words.
        var plain = t[i].PlainAscii;
        var word = plain ? t.Span(i) : Possessive(t.Span(i));
        var stemKey = word[..Math.Min(4, word.Length)];
        EntityName? best = null;
        if (plain ? s_plainExact.TryGetValue(word, out var exact) : s_exactLookup.TryGetValue(word, out exact))
        {
            best = Best(t, i, exact, best);
        }

        if (plain ? s_plainStems.TryGetValue(stemKey, out var stems) : s_stemLookup.TryGetValue(stemKey, out stems))
        {
            best = Best(t, i, stems, best);
        }

        return best;
    }

    private static EntityName? Best(TokenStream t, int i, List<EntityName> candidates, EntityName? best)
    {
        foreach (var name in candidates)
        {
            if ((best is null || name.Tokens.Length > best.Tokens.Length) && Matches(t, i, name))
            {
                best = name;
            }
        }

        return best;
    }

    private static bool Matches(TokenStream t, int i, EntityName name)
    {
        for (var k = 0; k < name.Tokens.Length; k++)
        {
            var at = i + k;
            if (at >= t.Count)
            {
                return false;
            }

            var pattern = name.Tokens[k];
            var word = k == name.Tokens.Length - 1 ? Possessive(t.Span(at)) : t.Span(at);
            if (k > 0 && t[at].AfterNewline)
            {
                return false;
            }

            var matches = name.Matches[k] switch
            {
                TokenMatch.Stem => word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase),
                TokenMatch.Exact => word.SequenceEqual(pattern),
                _ => word.Length == pattern.Length && word.Equals(pattern, StringComparison.OrdinalIgnoreCase),
            };
            if (!matches)
            {
                return false;
            }

            // Proper names need their capital unless the table says otherwise ("ministries of foreign affairs").
            if (k == 0 && !name.AnyCase && char.IsLetter(word[0]) && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    // "Russia’s" names Russia; the span stops before the possessive.
    private static ReadOnlySpan<char> Possessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '’' or '\'' ? word[..^2] : word;

    private static EntityMention Mention(TokenStream t, int first, int last, EntityName name)
    {
        var end = t[last].Start + Possessive(t.Span(last)).Length;
        var span = new TextSpan(t[first].Start, end);
        return new EntityMention(span.Of(t.Text), span) { Type = name.Type, Id = Qualify(t, first, last, name) };
    }

    // "Russian Foreign Ministry" → ru-mfa; a ministry without its state keeps no id.
    private static string? Qualify(TokenStream t, int first, int last, EntityName name)
    {
        if (name.Id != "mfa")
        {
            return name.Id;
        }

        foreach (var (id, adjectives) in EntityTables.StateAdjectives)
        {
            if (t.IsAny(first - 1, adjectives))
            {
                return id.ToLowerInvariant() + "-mfa";
            }
        }

        return null;
    }

    // "Ministry of Economic Development", "Russian Ministry of Energy": a ministry by its name, without a table id.
    private static bool TryMinistry(TokenStream t, int i, out EntityMention? mention, out int end)
    {
        mention = null;
        end = i;
        if (!t.IsCapitalised(i))
        {
            return false;
        }

        var first = i;
        var k = i;
        if (StateOfAdjective(t, i, out _))
        {
            k++;
        }

        if (!t.IsAny(k, s_ministryWords) || !t.IsCapitalised(k))
        {
            return false;
        }

        var j = k + 1;
        if (t.Is(j, "of") || t.IsCapitalised(j) || IsCyrillicWord(t, j))
        {
            j++;
        }

        var last = k;
        for (var n = 0; j < t.Count && n < 6; j++, n++)
        {
            if (t.IsCapitalised(j) || t.IsAny(j, ["and", "of"]) && t.IsCapitalised(j + 1) || IsCyrillicWord(t, j) && n < 3)
            {
                last = j;
                continue;
            }

            break;
        }

        if (last == k)
        {
            return false;
        }

        var span = t.SpanOf(first, last);
        mention = new EntityMention(span.Of(t.Text), span) { Type = EntityTables.Organisation };
        end = last;
        return true;
    }

    private static bool IsCyrillicWord(TokenStream t, int j) => t.IsWord(j) && t.Text[t[j].Start] is >= '\u0400' and <= '\u04FF';

    // "Armenia-Azerbaijan border", "Russia-Azerbaijan relations": each part that is a state is a mention.
    private static bool SplitHyphenated(TokenStream t, int i, List<EntityMention> found)
    {
        var word = t.Span(i);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }

        var added = false;
        Span<char> lowerWord = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        foreach (var range in word.Split('-'))
        {
            var part = word[range];

            // The table compares ignoring case; lower-casing first (as before) keeps the match exactly as it was.
            var lower = lowerWord[..part.Length];
            part.ToLowerInvariant(lower);
            if (s_exactLookup.TryGetValue(lower, out var candidates))
            {
                foreach (var name in candidates)
                {
                    // A heading's capitals name the state too: "KAZAKHSTAN-UZBEKISTAN."
                    if (name.Type == EntityTables.State && name.Tokens.Length == 1
                        && (part.Equals(name.Tokens[0], StringComparison.Ordinal)
                            || IsAllCapitals(part) && part.Equals(name.Tokens[0], StringComparison.OrdinalIgnoreCase)))
                    {
                        var span = TextSpan.FromLength(t[i].Start + range.Start.Value, part.Length);
                        found.Add(new EntityMention(part.ToString(), span) { Type = name.Type, Id = name.Id });
                        added = true;
                        break;
                    }
                }
            }

        }

        return added;
    }

    // "the Azerbaijani Party", "the Russian side", "Российская Сторона".
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_adjectiveToState = EntityTables.StateAdjectives
        .SelectMany(a => a.Adjectives.Select(adjective => (adjective, a.Id)))
        .DistinctBy(a => a.adjective, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(a => a.adjective, a => a.Id, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly AsciiWordTable<string> s_plainAdjectiveToState = new(EntityTables.StateAdjectives
        .SelectMany(a => a.Adjectives.Select(adjective => (adjective, a.Id)))
        .DistinctBy(a => a.adjective, StringComparer.OrdinalIgnoreCase)
        .Select(a => KeyValuePair.Create(a.adjective, a.Id)));

    private static bool StateOfAdjective(TokenStream t, int i, out string id) =>
        t[i].PlainAscii ? s_plainAdjectiveToState.TryGetValue(t.Span(i), out id) : s_adjectiveToState.TryGetValue(t.Span(i), out id!);

    private static bool TryPartyAdjective(TokenStream t, int i, out EntityMention? mention, out int end)
    {
        mention = null;
        end = i;
        if (!t.IsCapitalised(i) || !StateOfAdjective(t, i, out var id))
        {
            return false;
        }

        foreach (var noun in EntityTables.PartyNouns)
        {
            var matches = noun.EndsWith('*')
                ? t.IsWord(i + 1) && t.Span(i + 1).StartsWith(noun.AsSpan(0, noun.Length - 1), StringComparison.Ordinal)
                : t.IsWord(i + 1) && Possessive(t.Span(i + 1)).SequenceEqual(noun);
            if (matches)
            {
                var span = new TextSpan(t[i].Start, t[i + 1].Start + Possessive(t.Span(i + 1)).Length);
                mention = new EntityMention(span.Of(t.Text), span) { Type = EntityTables.State, Id = id };
                end = i + 1;
                return true;
            }
        }

        return false;
    }

    // President [of the Russian Federation] Vladimir Putin; Russian ambassador to Azerbaijan Mikhail Bocharnikov.
    /// <summary>Lower-case words that can start an entity: offices ("ambassador") and any-case names.</summary>
    public static IEnumerable<string> LowerCaseStarts =>
        s_roles.Select(r => r.Words[0]).Concat(EntityTables.Names.Where(n => n.AnyCase).Select(n => n.Tokens[0])).Where(w => !char.IsUpper(w[0]));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_roleStarts =
        s_roles.Select(r => r.Words[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryPerson(TokenStream t, int i, Dictionary<string, (string, string)> people, List<EntityMention> found, out int next)
    {
        next = i;
        if (!t.IsWord(i) || !s_roleStarts.Contains(t.Span(i)))
        {
            return false;
        }

        foreach (var (words, role) in s_roles)
        {
            var k = 0;
            while (k < words.Length && t.IsWord(i + k) && t.Span(i + k).SequenceEqual(words[k]))
            {
                k++;
            }

            if (k < words.Length)
            {
                continue;
            }

            var j = i + k;
            var pending = new List<EntityMention>();

            // "of the Republic of Azerbaijan", "to Azerbaijan", "Российской Федерации", "of Russia".
            for (var guard = 0; guard < 3; guard++)
            {
                var p = j;
                if (t.IsAny(p, ["of", "to"]))
                {
                    p++;
                }

                if (t.Is(p, "the"))
                {
                    p++;
                }

                if (Match(t, p) is { } where && where.Type is EntityTables.State or EntityTables.Organisation)
                {
                    pending.Add(Mention(t, p, p + where.Tokens.Length - 1, where));
                    j = p + where.Tokens.Length;
                    continue;
                }

                break;
            }

            var nameStart = j;
            var nameEnd = NameEnd(t, j);
            if (nameEnd < 0)
            {
                return false;
            }

            found.AddRange(pending);
            var span = t.SpanOf(nameStart, nameEnd);
            var name = span.Of(t.Text);
            found.Add(new EntityMention(name, span) { Type = EntityTables.Person, Name = name, Role = role });
            people[name] = (name, role);
            var surname = t.Span(nameEnd).ToString();
            if (surname.Length >= 4)
            {
                people.TryAdd(surname, (name, role));
            }

            next = nameEnd + 1;
            return true;
        }

        return false;
    }

    // Two to four capitalised words ("Vladimir Putin", "Ilham Heydar oglu Aliyev"), or one known surname ("President Putin").
    private static int NameEnd(TokenStream t, int j)
    {
        var k = j;
        var words = 0;
        while (k < t.Count && words < 5)
        {
            if (t.IsCapitalised(k) && !s_notNameSet.Contains(t.Span(k)) && !IsAllCapsToken(t, k) && Match(t, k) is null && !Months.TryParse(t.Span(k), out _)
                && (k == j || !t[k].AfterNewline))
            {
                words++;
                k++;
                continue;
            }

            if (words > 0 && t.IsAny(k, s_nameParticles) && t.IsCapitalised(k + 1))
            {
                k++;
                continue;
            }

            break;
        }

        return words is >= 2 and <= 4 ? k - 1 : -1;
    }

    private static bool IsAllCapsToken(TokenStream t, int k) => IsAllCapitals(t.Span(k));

    private static bool IsAllCapitals(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && !word.ContainsAnyInRange('а', 'я');

    // Later mentions: the full name again, or the surname alone ("Bocharnikov said", "President Putin").
    private static List<EntityMention> RecogniseKnownPeople(TokenStream t, List<EntityMention> found, Dictionary<string, (string Name, string Role)> people)
    {
        if (people.Count == 0)
        {
            return found;
        }

        // Rented and cleared: only the first t.Count entries are read.
        var taken = ArrayPool<bool>.Shared.Rent(t.Count);
        Array.Clear(taken, 0, t.Count);
        try
        {
            return RecogniseKnownPeople(t, found, people, taken);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
    }

    private static List<EntityMention> RecogniseKnownPeople(TokenStream t, List<EntityMention> found, Dictionary<string, (string Name, string Role)> people, bool[] taken)
    {
        foreach (var m in found)
        {
            for (var k = t.IndexAt(m.Span.Start); k < t.Count && t[k].Start < m.Span.End; k++)
            {
                taken[k] = true;
            }
        }

        var added = new List<EntityMention>();
        var knownPeople = people.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWords = people.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < t.Count; i++)
        {
            if (taken[i] || !t.IsCapitalised(i) || !firstWords.Contains(Possessive(t.Span(i))))
            {
                continue;
            }

            // Full name first (two to four tokens), then the surname alone.
            var matched = false;
            for (var len = 4; len >= 1 && !matched; len--)
            {
                if (i + len - 1 >= t.Count)
                {
                    continue;
                }

                // Looked up as a span: a string is made only for a name that is found.
                var text = t.Text.AsSpan(t[i].Start, t[i + len - 1].End - t[i].Start);
                if (knownPeople.TryGetValue(len == 1 ? Possessive(text) : text, out var key, out var person))
                {
                    var span = TextSpan.FromLength(t[i].Start, key.Length);
                    added.Add(new EntityMention(key, span) { Type = EntityTables.Person, Name = person.Name, Role = person.Role });
                    for (var k = i; k < i + len; k++)
                    {
                        taken[k] = true;
                    }

                    i += len - 1;
                    matched = true;
                }
            }
        }

        if (added.Count == 0)
        {
            return found;
        }

        found.AddRange(added);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // Every word that one of the readers above can start with (an office, a state adjective, a ministry, the first token of
    // a name); compared ignoring case, which only widens the net. Declared after the tables it is built from.
    private static readonly string[] s_startWordList = s_roles.Select(r => r.Words[0])
        .Concat(EntityTables.StateAdjectives.SelectMany(a => a.Adjectives))
        .Concat(s_ministryWords)
        .Concat(s_byFirstToken.Keys)
        .ToArray();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_startWords =
        s_startWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // An ASCII word can only equal an ASCII key ignoring case, and an all-ASCII frozen set compares much faster.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_asciiStartWords =
        s_startWordList.Where(w => System.Text.Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The ASCII start words again, for words of plain ASCII letters (no possessive, no hyphen): the usual case.
    private static readonly AsciiWordTable<bool> s_plainStartWords = new(s_startWordList
        .Where(w => System.Text.Ascii.IsValid(w))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(w => KeyValuePair.Create(w, true)));

    private static bool MayStartEntity(TokenStream t, int i)
    {
        if (!t[i].PlainAscii)
        {
            return MayStartEntity(t.Span(i));
        }

        var word = t.Span(i);
        return s_plainStartWords.ContainsKey(word) || s_plainStems.ContainsKey(word[..Math.Min(4, word.Length)]);
    }

    /// <summary>
    /// False for a word that none of the readers can start from: not a start word (with or without a possessive), no
    /// stem name's beginning, no hyphen to split at. Most capitalised words are rejected here after one or two lookups.
    /// </summary>
    private static bool MayStartEntity(ReadOnlySpan<char> word)
    {
        var name = Possessive(word);
        var startWords = System.Text.Ascii.IsValid(word) ? s_asciiStartWords : s_startWords;
        return startWords.Contains(word) || name.Length < word.Length && startWords.Contains(name)
            || s_stemLookup.ContainsKey(name[..Math.Min(4, name.Length)])
            || word.IndexOf('-') > 0;
    }

    private static Dictionary<string, List<EntityName>> Index(bool stems)
    {
        var index = new Dictionary<string, List<EntityName>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in EntityTables.Names)
        {
            var first = name.Tokens[0];
            if (first.EndsWith('*') != stems)
            {
                continue;
            }

            var key = stems ? first[..Math.Min(4, first.Length - 1)] : first;
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(name);
        }

        return index;
    }
}

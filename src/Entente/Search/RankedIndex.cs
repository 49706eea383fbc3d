namespace Entente.Search;

/// <summary>
/// An inverted index of the search entries' terms held in memory, ranking with BM25 exactly as SQLite's FTS5
/// <c>bm25(…, 4.0, 1.0)</c> does (title terms weigh four times body terms; k1 = 1.2, b = 0.75).
/// </summary>
/// <remarks>
/// <para>
/// The database engines score every match before they can sort: a word found in half of 100,000 entries cost FTS5
/// 80 ms and PostgreSQL's ts_rank 370 ms. Here a posting is two integers in an array, so the same query scores its
/// 50,000 matches in about a millisecond and keeps only the best few in a small heap.
/// </para>
/// <para>
/// Entries are numbered by slot in the order they were added; postings are appended, so every list stays sorted by
/// slot and lists are intersected by walking them side by side. A removed entry is only marked dead (its postings are
/// skipped) — the owner rebuilds the index when too many are. Not thread-safe: <see cref="SearchReplica"/> guards it.
/// </para>
/// </remarks>
public sealed class RankedIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 4;
    private const int BodyWeight = 1;

    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> _postingsBySpan;
    private readonly Dictionary<int, int> _slotOfEntry = [];

    // Per slot: the entry it holds, its length in tokens, and whether it is still in the index.
    private int[] _entryOfSlot = new int[64];
    private int[] _lengthOfSlot = new int[64];
    private bool[] _alive = new bool[64];
    private int _slots;
    private long _liveTokens;

    // Reused while adding one entry: each term's weighted frequency in it.
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    public RankedIndex() => _postingsBySpan = _postings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Entries in the index.</summary>
    public int Count => _slotOfEntry.Count;

    /// <summary>Entries removed whose postings are still held (skipped when ranking).</summary>
    public int DeadCount => _slots - _slotOfEntry.Count;

    /// <summary>Distinct terms held.</summary>
    public int TermCount => _postings.Count;

    /// <summary>
    /// About how many bytes the index holds: its arrays as allocated, each term's string and list object, and the
    /// dictionaries' entries (object headers and dictionary slack counted roughly). For sizing a server.
    /// </summary>
    public long EstimatedBytes
    {
        get
        {
            const int ObjectHeader = 24;
            long bytes = (long)_entryOfSlot.Length * (sizeof(int) + sizeof(int) + sizeof(bool)) + (_slotOfEntry.Count * 24L);
            foreach (var (term, postings) in _postings)
            {
                bytes += ObjectHeader + (2L * term.Length) // the term
                    + ObjectHeader + sizeof(int) + 16 // the list object and its two references
                    + (2L * ObjectHeader) + (2L * sizeof(int) * postings.Slots.Length) // its two arrays
                    + 24; // the dictionary entry
            }

            return bytes;
        }
    }

    public bool Contains(int entryId) => _slotOfEntry.ContainsKey(entryId);

    /// <summary>The ids of every entry in the index.</summary>
    public IEnumerable<int> EntryIds => _slotOfEntry.Keys;

    /// <summary>Adds an entry from its space-separated terms; an entry already held is replaced.</summary>
    public void Add(int entryId, string titleTerms, string bodyTerms)
    {
        Remove(entryId);
        _frequencies.Clear();
        var length = CountTerms(titleTerms, TitleWeight) + CountTerms(bodyTerms, BodyWeight);

        var slot = _slots++;
        EnsureSlotCapacity(_slots);
        _entryOfSlot[slot] = entryId;
        _lengthOfSlot[slot] = length;
        _alive[slot] = true;
        _slotOfEntry[entryId] = slot;
        _liveTokens += length;

        foreach (var (term, frequency) in _frequencies)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                postings = new Postings();
                _postings[term] = postings;
            }

            postings.Append(slot, frequency);
        }
    }

    /// <summary>Takes an entry out of the ranking; false when it was not held.</summary>
    public bool Remove(int entryId)
    {
        if (!_slotOfEntry.Remove(entryId, out var slot))
        {
            return false;
        }

        _alive[slot] = false;
        _liveTokens -= _lengthOfSlot[slot];
        return true;
    }

    /// <summary>
    /// The entries holding every term, best first, at most <paramref name="limit"/> of them, with FTS5's BM25 score
    /// (higher is better). Equal scores keep the older entry first.
    /// </summary>
    public List<SearchMatch> Top(IReadOnlyList<string> terms, int limit)
    {
        if (terms.Count == 0 || limit <= 0 || Count == 0)
        {
            return [];
        }

        var lists = new Postings[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_postings.TryGetValue(terms[i], out var postings))
            {
                return [];
            }

            lists[i] = postings;
        }

        // As FTS5: each term's IDF over the rows holding it, and the average length over all rows.
        double rows = Count;
        var averageLength = _liveTokens / rows;
        var idf = new double[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            double holding = LiveCount(lists[i]);
            var value = Math.Log((rows - holding + 0.5) / (holding + 0.5));
            idf[i] = value <= 0.0 ? 1e-6 : value;
        }

        // The shortest list leads; the others are walked forward to each of its slots.
        var order = Enumerable.Range(0, lists.Length).OrderBy(i => lists[i].Count).ToArray();
        var lead = lists[order[0]];
        var cursors = new int[lists.Length];
        var best = new TopMatches(limit);
        var frequencies = new int[lists.Length];
        for (var p = 0; p < lead.Count; p++)
        {
            var slot = lead.Slots[p];
            if (!_alive[slot])
            {
                continue;
            }

            frequencies[order[0]] = lead.Frequencies[p];
            var inAll = true;
            for (var k = 1; k < order.Length && inAll; k++)
            {
                var list = lists[order[k]];
                var at = list.SeekFrom(cursors[order[k]], slot);
                cursors[order[k]] = at;
                inAll = at < list.Count && list.Slots[at] == slot;
                if (inAll)
                {
                    frequencies[order[k]] = list.Frequencies[at];
                }
            }

            if (!inAll)
            {
                continue;
            }

            var lengthFactor = K1 * (1 - B + (B * _lengthOfSlot[slot] / averageLength));
            var score = 0.0;
            for (var i = 0; i < lists.Length; i++)
            {
                score += idf[i] * (frequencies[i] * (K1 + 1) / (frequencies[i] + lengthFactor));
            }

            best.Offer(slot, score);
        }

        return [.. best.Sorted().Select(m => new SearchMatch(_entryOfSlot[m.Slot], m.Score))];
    }

    /// <summary>Counts an entry field's terms into <see cref="_frequencies"/>; returns how many tokens it has.</summary>
    private int CountTerms(string terms, int weight)
    {
        var tokens = 0;
        var lookup = _frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in terms.AsSpan().Split(' '))
        {
            var term = terms.AsSpan(range);
            if (term.IsEmpty)
            {
                continue;
            }

            tokens++;
            if (lookup.TryGetValue(term, out var frequency))
            {
                lookup[term] = frequency + weight;
            }
            else
            {
                // Share the string the index already holds for a known term rather than keeping a copy per entry.
                var key = _postingsBySpan.TryGetValue(term, out var known, out _) ? known : term.ToString();
                _frequencies[key] = weight;
            }
        }

        return tokens;
    }

    private int LiveCount(Postings postings)
    {
        if (DeadCount == 0)
        {
            return postings.Count;
        }

        var live = 0;
        for (var p = 0; p < postings.Count; p++)
        {
            if (_alive[postings.Slots[p]])
            {
                live++;
            }
        }

        return live;
    }

    private void EnsureSlotCapacity(int needed)
    {
        if (needed <= _entryOfSlot.Length)
        {
            return;
        }

        var size = Math.Max(needed, _entryOfSlot.Length * 2);
        Array.Resize(ref _entryOfSlot, size);
        Array.Resize(ref _lengthOfSlot, size);
        Array.Resize(ref _alive, size);
    }

    /// <summary>One term's postings: slots ascending, each with the term's weighted frequency in that entry.</summary>
    private sealed class Postings
    {
        public int[] Slots = new int[4];
        public int[] Frequencies = new int[4];
        public int Count;

        public void Append(int slot, int frequency)
        {
            if (Count == Slots.Length)
            {
                Array.Resize(ref Slots, Count * 2);
                Array.Resize(ref Frequencies, Count * 2);
            }

            Slots[Count] = slot;
            Frequencies[Count] = frequency;
            Count++;
        }

        /// <summary>The first position at or after <paramref name="from"/> whose slot is not below <paramref name="slot"/>.</summary>
        public int SeekFrom(int from, int slot)
        {
            // Gallop, then binary search: cheap both when the lists are alike and when this one is much longer.
            var step = 1;
            var low = from;
            var high = from;
            while (high < Count && Slots[high] < slot)
            {
                low = high + 1;
                high += step;
                step *= 2;
            }

            high = Math.Min(high, Count);
            var found = Array.BinarySearch(Slots, low, high - low, slot);
            return found >= 0 ? found : ~found;
        }
    }

    /// <summary>The best few matches seen so far: a min-heap on score, the older slot winning a tie.</summary>
    private sealed class TopMatches(int limit)
    {
        private readonly PriorityQueue<(int Slot, double Score), (double Score, int NegativeSlot)> _heap = new();

        public void Offer(int slot, double score)
        {
            var priority = (score, -slot);
            if (_heap.Count < limit)
            {
                _heap.Enqueue((slot, score), priority);
            }
            else if (_heap.TryPeek(out _, out var worst) && Compare(priority, worst) > 0)
            {
                _heap.DequeueEnqueue((slot, score), priority);
            }
        }

        public IEnumerable<(int Slot, double Score)> Sorted()
        {
            var all = new List<(int Slot, double Score)>(_heap.Count);
            while (_heap.TryDequeue(out var match, out _))
            {
                all.Add(match);
            }

            all.Reverse();
            return all;
        }

        private static int Compare((double Score, int NegativeSlot) a, (double Score, int NegativeSlot) b)
        {
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : a.NegativeSlot.CompareTo(b.NegativeSlot);
        }
    }
}

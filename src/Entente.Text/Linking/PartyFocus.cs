using Entente.Text.Analysis;

namespace Entente.Text.Linking;

/// <summary>
/// Which states and unions a document is about, from what its extraction found (entities, its parties, the parties of
/// the agreements it refers to), so evidence is only taken from texts about an agreement's own Parties: a report on
/// another partnership that uses the same words ("Intergovernmental Commission", "transport corridor") links to
/// nothing. A supranational union (the EU, the EAEU: <see cref="Understanding.UnionTable"/>) counts as a party like a
/// state, since a partnership's counterpart can be one.
/// </summary>
internal sealed class PartyFocus
{
    /// <summary>How many times as often as a Party another state may be named before the text is about that state's relations.</summary>
    private const int Dominance = 2;

    private readonly string _text;

    private readonly Dictionary<string, int> _mentions = new(StringComparer.Ordinal);
    private readonly List<(TextSpan Span, string State)> _spans = [];

    // States the text is placed in by a city or a national body ("in Baku", "Gazprom said") without naming them.
    private readonly HashSet<string> _placedIn = new(StringComparer.Ordinal);

    private readonly List<(TextSpan Span, string State)> _placedSpans = [];

    // The national bodies and companies among them ("SOCAR", "Roscosmos"): actors, where a city is a place.
    private readonly List<(TextSpan Span, string State)> _bodySpans = [];

    // Regions and cities of a state other than its capital ("the Astrakhan Region"), for the profiles' "@region" cue.
    private readonly List<(TextSpan Span, string State)> _regionSpans = [];

    // Places of no one state ("the Caspian region", "Южном Кавказе"): their words are a name, not a region's cue.
    private readonly List<TextSpan> _sharedPlaceSpans = [];

    /// <param name="text">The document's original text (the analysis's spans point into it).</param>
    /// <param name="end">Where its analysed content ends.</param>
    /// <param name="analysis">Its analysis: entities, parties, references.</param>
    /// <param name="sentences">Its sentences, up to <paramref name="end"/>.</param>
    public PartyFocus(string text, int end, DocumentAnalysis analysis, List<TextSpan> sentences)
    {
        _text = text;
        // (A copied page's menu lines come before its headline: "Home | News | Politics | Sport".)
        var first = sentences.FindIndex(s => !PageChrome.IsAMenuLine(text, s));
        Headline = first < 0 ? null
            : first + 1 < sentences.Count && Understanding.DatelineReader.IsADateLine(text, sentences[first].Start, sentences[first].End) ? sentences[first + 1]
            : sentences[first];
        foreach (var entity in analysis.Entities)
        {
            if (entity.Id is { } id && (entity.Type == "state" || (entity.Type == "organisation" && Understanding.UnionTable.IsUnion(id))))
            {
                Count(id, entity.Span);
            }
            else if (entity.Type == Extraction.EntityTables.Place && entity.Id is { } shared && Extraction.EntityTables.StateOf(shared) is null)
            {
                _sharedPlaceSpans.Add(entity.Span);
            }
            else if (entity.Id is { } placed && Extraction.EntityTables.StateOf(placed) is { } state && !IsDateline(text, entity.Span))
            {
                _placedIn.Add(state);
                _placedSpans.Add((entity.Span, state));
                if (entity.Type == Extraction.EntityTables.Organisation)
                {
                    _bodySpans.Add((entity.Span, state));
                }

                if (Understanding.Gazetteer.IsRegion(placed))
                {
                    _regionSpans.Add((entity.Span, state));
                }
            }
        }

        // "российско-азербайджанский", "the Russian side": a state's adjective names it as surely as its name.
        foreach (var word in LinkWords.Words(text, 0, end))
        {
            var state = Extraction.Demonyms.StateOf(word.Text);
            if (state is null && !word.Text.Contains('-', StringComparison.Ordinal) || _spans.Any(s => s.Span.Overlaps(word.Span)))
            {
                continue;
            }

            foreach (var named in state is not null ? [state] : Extraction.Demonyms.StatesOfCompound(word.Text).Distinct(StringComparer.Ordinal))
            {
                Count(named, word.Span);
            }
        }

        foreach (var state in analysis.Parties.Concat(analysis.References.SelectMany(r => r.Parties)))
        {
            _mentions[state] = Math.Max(1, _mentions.GetValueOrDefault(state));
        }
    }

    // "MOSCOW, June 4 (TASS) –": where a report was filed, not what it is about.
    private static bool IsDateline(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        if (start > 0 && text[start - 1] != '\n')
        {
            return false;
        }

        var after = span.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] is ',' or '(' or '—' or '–' or '-' or '.';
    }

    // A Party's cities and national bodies count as mentions of it ("Moscow and Baku extend rail discounts", "Russian
    // Railways and Azerbaijan Railways agreed"): a report on the Parties' dealings names them that way as often as by name.
    private int MentionsOf(string party) => _mentions.GetValueOrDefault(party) + _placedSpans.Count(p => p.State == party);

    private void Count(string state, TextSpan span)
    {
        _mentions[state] = _mentions.GetValueOrDefault(state) + 1;
        _spans.Add((span, state));
    }

    /// <summary>
    /// True when every Party is named (by name or adjective, or placed by a city or national body) and no other state is named more than
    /// <see cref="Dominance"/> times as often as the least-named Party: the text is about this partnership, not another
    /// one that mentions a Party in passing.
    /// </summary>
    public bool IsAbout(IReadOnlyList<string> parties)
    {
        if (parties.Count == 0 || parties.Any(p => MentionsOf(p) == 0))
        {
            return false;
        }

        var least = parties.Min(MentionsOf);
        return !AnotherStateDominates(parties, least) && !IsAPassingMentionAmongMany(parties, least);
    }

    /// <summary>True when the text names (or places) every Party somewhere: a digest's, whose stories are read one by one.</summary>
    public bool MentionsEveryParty(IReadOnlyList<string> parties) => parties.Count > 0 && parties.All(p => MentionsOf(p) > 0);

    // How many other states a text names around a Party it names once, for that Party to be a passing mention.
    private const int ManyOthers = 4;

    /// <summary>
    /// True when a Party is named once in a text that names <see cref="ManyOthers"/> or more other states: "Azerbaijan's
    /// gas exports to Italy, Greece and Bulgaria … as Europe cuts its dependence on Russian gas" is about Europe's gas.
    /// </summary>
    private bool IsAPassingMentionAmongMany(IReadOnlyList<string> parties, int least) =>
        least == 1 && _mentions.Keys.Count(state => !parties.Contains(state) && !Understanding.UnionTable.IsUnion(state)) >= ManyOthers;

    /// <summary>
    /// The headline: the first sentence, or the second when the first line only dates the report ("date 2025-06-03").
    /// </summary>
    public TextSpan? Headline { get; }

    /// <summary>
    /// True when the lead (the first <see cref="LeadSentences"/> sentences that name a state) joins a Party with another
    /// state before it names every Party: "Azerbaijan and Turkey to hold joint exercises", "EU, Azerbaijan pledge to double
    /// gas flows". Such a text is about that pair's relation however often it names a Party later. A lead that names
    /// every Party first ("Russia ready to help Azerbaijan and Armenia sign a peace treaty"; "Lavrov met his Azerbaijani
    /// counterpart …" before "… normalising Azerbaijani-Armenian relations") keeps the text about them.
    /// </summary>
    public bool LeadIsAboutAnotherPair(List<TextSpan> sentences, IReadOnlyList<string> parties)
    {
        var named = _spans.Concat(_bodySpans).ToList();
        // Only the top of the text is its lead: "Filling lines were supplied from Russia and Germany" four paragraphs down,
        // under a headline and an opening that name a Party only through its towns, is a detail of the story.
        var top = Headline is { } headline ? Math.Max(0, sentences.IndexOf(headline)) : 0;
        foreach (var sentence in sentences.Skip(top).Take(LeadWindow).Where(s => named.Exists(n => s.Contains(n.Span))).Take(LeadSentences))
        {
            // A Party's town counts for the Party only in a sentence naming no other state: "Russia to lend Iran money for
            // the Rasht–Astara railway" names a town on both sides of a border, and the pair is Russia and Iran.
            var present = named.Where(s => sentence.Contains(s.Span)).Select(s => s.State).ToHashSet(StringComparer.Ordinal);
            if (!present.Any(s => !parties.Contains(s)))
            {
                present.UnionWith(_placedSpans.Where(s => sentence.Contains(s.Span)).Select(s => s.State));
            }

            // A headline whose first words on states join a Party with another is that pair's, though the other Party comes
            // after them: "Kazakhstan and Azerbaijan set up rail and ferry venture as shippers avoid Russia".
            var pairs = PairsOfAPartyWithAnother(_text, sentence, parties);
            if (parties.All(present.Contains))
            {
                return sentence == Headline && IsHeadline(sentence) && pairs.Count > 0
                    && pairs[0].Start <= named.Where(n => sentence.Contains(n.Span)).Min(n => n.Span.Start)
                    && !NamesAPartyAsTheRoute(sentence, parties);
            }

            if (pairs.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Words that make the state after them the way goods go ("through Azerbaijan", "через Азербайджан"), and Azerbaijani
    // postpositions that do so after it ("Azərbaycan üzərindən", "Azərbaycan ərazisindən").
    private static readonly HashSet<string> s_routeWordsBefore = new(StringComparer.Ordinal) { "through", "via", "across", "через" };

    private static readonly HashSet<string> s_routeWordsAfter = new(StringComparer.Ordinal) { "üzərindən", "vasitəsilə", "ərazisindən" };

    /// <summary>
    /// True when the headline names a Party as the route another pair's goods take: "Russia-Iran freight through
    /// Azerbaijan up 28 percent" is the transit the Parties' corridor carries, not Russia's and Iran's dealing alone.
    /// </summary>
    private bool NamesAPartyAsTheRoute(TextSpan sentence, IReadOnlyList<string> parties)
    {
        var words = LinkWords.Words(_text, sentence.Start, sentence.End);
        foreach (var (span, state) in _spans.Where(s => sentence.Contains(s.Span) && parties.Contains(s.State)))
        {
            var at = words.FindIndex(w => w.Span.Start >= span.Start);
            var end = words.FindLastIndex(w => w.Span.End <= span.End);
            if (at > 0 && s_routeWordsBefore.Contains(words[at - 1].Text) || end >= 0 && end + 1 < words.Count && s_routeWordsAfter.Contains(words[end + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A line of its own with no full stop: the text's headline.
    private bool IsHeadline(TextSpan sentence)
    {
        var line = _text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        var after = sentence.End;
        while (after < _text.Length && _text[after] is ' ' or '\t')
        {
            after++;
        }

        return line.Length > 0 && line[^1] != '.' && (after == _text.Length || _text[after] is '\n' or '\r');
    }

    /// <summary>
    /// True when a Party is named only in sentences that also name another state and not every Party: one country of a
    /// list ("citizens of Russia accounted for the largest share of arrivals, followed by visitors from Türkiye, Iran and
    /// Georgia"), never on its own nor with its partner. The text is about the other Party alone.
    /// </summary>
    public bool APartyIsOnlyOneOfMany(List<TextSpan> sentences, IReadOnlyList<string> parties)
    {
        var named = _spans.Concat(_placedSpans).ToList();
        foreach (var party in parties)
        {
            var mentions = named.Where(n => n.State == party).ToList();
            if (mentions.Count == 0)
            {
                // Named only through its parties or references: no sentence to read.
                continue;
            }

            if (!sentences.Exists(s => mentions.Exists(m => s.Contains(m.Span)) && (NamesEvery(s) || !NamesAThirdState(s))))
            {
                return true;
            }
        }

        return false;

        // Every Party, and not as two of a list of suppliers or visitors ("with Norway, the United States and Azerbaijan").
        bool NamesEvery(TextSpan sentence) =>
            parties.All(p => named.Exists(n => n.State == p && sentence.Contains(n.Span))) && ThirdStates(sentence) < 2;

        // A union counts as another party here: "the European Union has been seeking to replace Russian gas".
        int ThirdStates(TextSpan sentence) =>
            _spans.Where(n => sentence.Contains(n.Span) && !parties.Contains(n.State)).Select(n => n.State).Distinct(StringComparer.Ordinal).Count();

        bool NamesAThirdState(TextSpan sentence) => ThirdStates(sentence) > 0;
    }

    /// <summary>A headline and the first sentence under it.</summary>
    private const int LeadSentences = 2;

    /// <summary>How many sentences from the headline on may hold the lead's sentences that name states.</summary>
    private const int LeadWindow = 3;

    /// <summary>
    /// True when another state is named more than <see cref="Dominance"/> times as often as the least-named Party, or at
    /// all when a Party goes unnamed: a report on Russia and Kazakhstan, not on Russia and Azerbaijan. A text naming
    /// one Party and no other state (a statistics office on "trade with Russia") is not.
    /// </summary>
    public bool IsAboutAnotherRelation(IReadOnlyList<string> parties)
    {
        return AnotherStateDominates(parties, parties.Min(MentionsOf));
    }

    // Another state's cities and bodies count for it as a Party's count for the Party: Uzbekistan's culture days that name
    // Tashkent and Samarkand besides Uzbekistan are Uzbekistan's, though Baku's Russian theatre hosts them.
    // A union of which every Party is a member is where they meet, however often it is named: "the CIS Council of Foreign
    // Ministers … Bayramov met Lavrov after the session".
    private bool AnotherStateDominates(IReadOnlyList<string> parties, int least) =>
        _mentions.Keys.Concat(_placedIn).Distinct(StringComparer.Ordinal)
            .Any(state => !parties.Contains(state) && !Understanding.UnionTable.IsAForumOf(state, parties) && MentionsOf(state) > least * Dominance);

    /// <summary>True when every Party is named, placed by a city or a national body, in the sentence.</summary>
    public bool NamesEveryParty(TextSpan sentence, IReadOnlyList<string> parties) => NamesEveryParty([sentence], parties);

    /// <summary>True when every Party is named or placed in one of the spans (an answer and the headline of who answers).</summary>
    public bool NamesEveryParty(IReadOnlyList<TextSpan> spans, IReadOnlyList<string> parties) =>
        parties.All(p => spans.Any(span => _spans.Exists(s => s.State == p && span.Contains(s.Span)) || _placedSpans.Exists(s => s.State == p && span.Contains(s.Span))));

    /// <summary>True when the sentence names a state that is not a Party and does not name every Party ("Russia's trade with China").</summary>
    public bool SentenceNamesAThirdState(TextSpan sentence, IReadOnlyList<string> parties)
    {
        var named = _spans.Where(s => sentence.Contains(s.Span)).Select(s => s.State).ToHashSet(StringComparer.Ordinal);
        return named.Any(s => !parties.Contains(s)) && !parties.All(named.Contains);
    }

    /// <summary>True when the span lies inside the name of one of a state's regions or cities ("Astara", "Astarada").</summary>
    public bool IsInARegionsName(TextSpan span) => _regionSpans.Exists(r => r.Span.Contains(span));

    /// <summary>
    /// True when the span lies inside a state's name or adjective ("Republic" in "the Republic of Azerbaijan"), a national
    /// body's name ("Republic" in "the Central Bank of the Republic of Azerbaijan") or a region's name ("region" in "the
    /// Astrakhan region"), or a place of no one state's ("регионе" in "в Каспийском регионе"), or ends a compound name
    /// ("region" in "the Moscow-region terminals").
    /// </summary>
    public bool IsInAPlacesName(TextSpan span) =>
        _spans.Exists(s => s.Span.Contains(span)) || _bodySpans.Exists(s => s.Span.Contains(span)) || IsInARegionsName(span) || EndsACompoundName(span)
        || _sharedPlaceSpans.Exists(s => s.Contains(span));

    // Joined by a hyphen to a capitalised word, a lower-case word ends a name: "Moscow-region", "Volga-region".
    private bool EndsACompoundName(TextSpan span)
    {
        var hyphen = span.Start - 1;
        if (hyphen < 1 || _text[hyphen] != '-' || !char.IsLetter(_text[hyphen - 1]) || !char.IsLower(_text[span.Start]))
        {
            return false;
        }

        var wordStart = hyphen - 1;
        while (wordStart > 0 && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        return char.IsUpper(_text[wordStart]);
    }

    /// <summary>
    /// True when the sentence names other states (not only unions) and none of the Parties ("Iran and Turkmenistan opened a railway"): it
    /// reports another relation, even in a text about this one. A sentence naming a Party and a third state
    /// ("normalisation between Azerbaijan and Armenia") may still concern a commitment.
    /// </summary>
    public bool SentenceNamesOthers(TextSpan sentence, IReadOnlyList<string> parties)
    {
        var named = _spans.Where(s => sentence.Contains(s.Span)).Select(s => s.State).ToHashSet(StringComparer.Ordinal);

        // Unions alone are where states meet ("взаимодействие на площадках ООН, ОБСЕ и СНГ"), not another relation; a union
        // joined with a Party ("the EU and Azerbaijan") is read by the pairs rule.
        if (named.All(Understanding.UnionTable.IsUnion))
        {
            return false;
        }

        // A Party's city or body in the sentence ("the Milli Majlis … the CIS Assembly"), or the Parties together ("the two
        // sides coordinated their approaches … in the OSCE"), keeps it about the Parties.
        return named.Count > 0 && !named.Any(parties.Contains) && !_placedSpans.Any(p => sentence.Contains(p.Span) && parties.Contains(p.State))
            && !NamesBothSides(sentence);
    }

    /// <summary>
    /// Where the sentence joins a Party with a state that is not one ("Azerbaijan and Turkey", "министры Азербайджана
    /// и Турции", "Azərbaycan və Qazaxıstan arasında", "the Kazakh-Azerbaijani commission"): the words around such a
    /// pair report that pair's dealings. None when the sentence joins the Parties with each other too ("Russia,
    /// Azerbaijan and Iran"). A list after "with" ("Russia's settlements with Armenia and Azerbaijan") is a list of
    /// counterparts, not of partners.
    /// </summary>
    public List<TextSpan> PairsOfAPartyWithAnother(string text, TextSpan sentence, IReadOnlyList<string> parties)
    {
        // A national body stands for its state here too ("SOCAR and Turkey's BOTAŞ"); a city is where, not who ("met in
        // Astana, and Uzbekistan sent an observer").
        var mentions = _spans.Concat(_bodySpans).Where(s => sentence.Contains(s.Span))
            .OrderBy(s => s.Span.Start).ThenBy(s => s.State, StringComparer.Ordinal).ToList();
        var pairs = new List<TextSpan>();
        for (var first = 0; first < mentions.Count;)
        {
            var last = first;
            while (last + 1 < mentions.Count && Joined(text, mentions[last].Span, mentions[last + 1].Span))
            {
                last++;
            }

            var group = mentions[first..(last + 1)];
            if (last > first && !IsCounterpartList(text, sentence, group[0].Span, group[^1].Span) && !IsTheirBorder(text, sentence, group[^1].Span))
            {
                var states = group.Select(m => m.State).ToHashSet(StringComparer.Ordinal);
                var partiesIn = states.Count(parties.Contains);
                if (partiesIn >= 2)
                {
                    return [];
                }

                if (partiesIn == 1 && states.Count > 1)
                {
                    pairs.Add(new TextSpan(group[0].Span.Start, group.Max(m => m.Span.End)));
                }
            }

            first = last + 1;
        }

        return pairs;
    }

    // "near the Azerbaijan–Iran border", "на российско-казахстанской границе", "Azərbaycan–İran sərhədinin yaxınlığında": a
    // pair before the word for their border names a place, not a dealing.
    private static bool IsTheirBorder(string text, TextSpan sentence, TextSpan lastOfPair)
    {
        var next = LinkWords.Words(text, lastOfPair.End, Math.Min(sentence.End, lastOfPair.End + MaxBorderWordLength + 2));
        return next.Count > 0 && next[0].Span.Start - lastOfPair.End <= 2 && s_borderWords.Any(word => next[0].Text.StartsWith(word, StringComparison.Ordinal));
    }

    private const int MaxBorderWordLength = 16;

    private static readonly string[] s_borderWords = ["border", "frontier", "границ", "sərhəd"];

    /// <summary>
    /// The other states named or placed in a sentence that leaves out a Party ("Astrakhan's governor led a trade mission
    /// to Ashgabat"): words near them report that state's dealings with the Party that is there. None when every Party
    /// is named or placed in the sentence. With <paramref name="statesOnly"/>, only the states named, not the unions
    /// among them nor the cities that place them ("dekabrın 2-də Stokholmda başlayacaq ATƏT Nazirlər Şurası" is a venue).
    /// </summary>
    public List<TextSpan> OthersWhereAPartyIsMissing(TextSpan sentence, IReadOnlyList<string> parties, bool statesOnly = false)
    {
        var present = _spans.Concat(_placedSpans).Where(s => sentence.Contains(s.Span)).ToList();
        if (parties.All(party => present.Exists(s => s.State == party)) || NamesBothSides(sentence))
        {
            return [];
        }

        return [.. present.Where(s => !parties.Contains(s.State) && !(statesOnly && (Understanding.UnionTable.IsUnion(s.State) || !_spans.Contains(s)))).Select(s => s.Span)];
    }

    /// <summary>
    /// True when a Party is missing from the sentence and the first state it names or places is another: "Belarusun Baş
    /// naziri ilə görüşdə isə Gəncədəki avtomobil zavodunda kənd təsərrüfatı texnikasının birgə istehsalı müzakirə edilib"
    /// (at the meeting with Belarus's prime minister, the joint production of farm machinery at the plant in Ganja) is that
    /// state's dealing with the Party whose town it names, all through the sentence.
    /// </summary>
    public bool OpensWithAnotherStateWhereAPartyIsMissing(TextSpan sentence, IReadOnlyList<string> parties)
    {
        // (A union is a forum the Parties sit in: "В рамках СНГ …" opens many a sentence on the Parties' own dealings.)
        var present = _spans.Concat(_placedSpans).Where(s => sentence.Contains(s.Span) && !Understanding.UnionTable.IsUnion(s.State)).OrderBy(s => s.Span.Start).ToList();
        // (A state named as where something happened is background: "на фоне августовской войны в Грузии, стороны приняли …".)
        return present.Count > 0 && !parties.Contains(present[0].State) && !FollowsAPlacePreposition(present[0].Span.Start)
               && !parties.All(party => present.Exists(s => s.State == party)) && !NamesBothSides(sentence);
    }

    /// <summary>
    /// True when the sentence names no state and speaks of "the two countries", and the last sentence of its paragraph that
    /// names states names another state and not every Party: "В Уральске прошло заседание … российско-казахстанской межправительственной
    /// комиссии. … Товарооборот двух стран в 2024 году составил 27,8 млрд долларов." (a digest's item on another relation).
    /// </summary>
    public bool BothSidesAreAnotherPair(List<TextSpan> sentences, int at, IReadOnlyList<string> parties)
    {
        // A city does not say whose the two countries are: "The two countries' commission met in Tashkent."
        var sentence = sentences[at];
        return !_spans.Any(s => sentence.Contains(s.Span)) && NamesBothSides(sentence) && FollowsAnotherState(sentences, at, parties);
    }

    /// <summary>
    /// True when the sentence names no state nor a state's body, and the last sentence of its paragraph that names states
    /// names another state and not every Party: "Правительство Казахстана на полгода запретит ввоз пшеницы из России. По
    /// данным Минсельхоза республики, …" is Kazakhstan's ministry (a digest's item on another relation).
    /// </summary>
    public bool ContinuesAnotherState(List<TextSpan> sentences, int at, IReadOnlyList<string> parties)
    {
        var sentence = sentences[at];
        return !_spans.Concat(_bodySpans).Concat(_placedSpans).Any(s => sentence.Contains(s.Span)) && FollowsAnotherState(sentences, at, parties);
    }

    // How many sentences back a paragraph's last naming of states is looked for (a treaty's article may be one long line).
    private const int MaxSentencesBack = 8;

    // A union named alone ("the CIS Council of Foreign Ministers", "the OSCE") is a forum the Parties sit in, not another
    // state whose item the next sentence continues. A paragraph that named every Party before it turned to another state
    // ("Trade between the two countries … Russia … Azerbaijan's foreign trade … Italy matters more to our budget. …
    // roubles and manats now cover 45% of mutual payments") is the Parties', the other state a comparison.
    private bool FollowsAnotherState(List<TextSpan> sentences, int at, IReadOnlyList<string> parties)
    {
        for (var k = at - 1; k >= 0 && at - k <= MaxSentencesBack && IsInOneParagraph(sentences, k); k--)
        {
            var named = StatesNamedIn(sentences[k]);
            if (named.Count > 0 && !named.All(Understanding.UnionTable.IsUnion))
            {
                return named.Any(state => !parties.Contains(state)) && !parties.All(named.Contains)
                       && !EarlierInItsParagraphNamesEvery(sentences, k, parties);
            }
        }

        return false;
    }

    private bool EarlierInItsParagraphNamesEvery(List<TextSpan> sentences, int at, IReadOnlyList<string> parties)
    {
        for (var k = at - 1; k >= 0 && at - k <= MaxSentencesBack && IsInOneParagraph(sentences, k); k--)
        {
            if (parties.All(StatesNamedIn(sentences[k]).Contains))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence and the one after it stand in one paragraph: no line break between them.
    private bool IsInOneParagraph(List<TextSpan> sentences, int k) =>
        !_text.AsSpan(sentences[k].End, sentences[k + 1].Start - sentences[k].End).Contains('\n');

    private HashSet<string> StatesNamedIn(TextSpan sentence) =>
        _spans.Concat(_bodySpans).Where(s => sentence.Contains(s.Span)).Select(s => s.State).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the sentence speaks of the two sides of a bilateral report together: "the two sides", "both countries",
    /// "обе стороны", "двух стран", "iki ölkə", "tərəflər", and "the sides" or "стороны" opening it. In a text about the
    /// Parties (<see cref="IsAbout"/>) these are the Parties.
    /// </summary>
    private bool NamesBothSides(TextSpan sentence)
    {
        // Asked of one sentence by more than one rule: its words are read once.
        if (!_bothSides.TryGetValue(sentence, out var both))
        {
            _bothSides[sentence] = both = ReadsBothSides(sentence);
        }

        return both;
    }

    private readonly Dictionary<TextSpan, bool> _bothSides = [];

    private bool ReadsBothSides(TextSpan sentence)
    {
        var words = LinkWords.Words(_text, sentence.Start, sentence.End);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            // "Стороны обсудили …", "The sides agreed …": the sides as the sentence's subject.
            var opensTheSentence = i == 0 || (i == 1 && words[0].Text == "the");
            if (s_togetherWords.Contains(word) && i + 1 < words.Count && s_sideWords.Contains(words[i + 1].Text)
                || word.StartsWith("tərəflər", StringComparison.Ordinal)
                || opensTheSentence && word is "sides" or "стороны")
            {
                return true;
            }
        }

        return false;
    }

    // "two", "both"; "обе", "две", "обеих", "двух", "обоих"; "iki" (also in "hər iki").
    private static readonly HashSet<string> s_togetherWords = new(StringComparer.Ordinal) { "two", "both", "обе", "две", "обеих", "двух", "обоих", "iki" };

    private static readonly HashSet<string> s_sideWords = new(StringComparer.Ordinal)
    {
        "sides", "countries", "states", "parties", "nations", "governments",
        "стороны", "сторон", "сторонам", "сторонами", "страны", "стран", "странам", "странами", "государства", "государств",
        "ölkə", "ölkənin", "ölkəyə", "ölkədə", "ölkədən", "ölkəni", "tərəf", "tərəfin", "tərəfindən", "dövlət", "dövlətin",
    };

    // Two mentions are joined when they are parts of one compound ("Kazakh-Azerbaijani") or only a joining word or
    // punctuation stands between them ("Azerbaijan's and Turkey's", "Азербайджана с Турцией", "Azərbaycan ilə Türkiyə").
    // A space alone joins nothing: "Rusiyadan İrana" (from Russia to Iran) is a route.
    private static bool Joined(string text, TextSpan first, TextSpan second)
    {
        if (second.Start < first.End)
        {
            return first.Overlaps(second);
        }

        var words = LinkWords.Words(text, first.End, second.Start);
        foreach (var word in words)
        {
            if (!s_joiningWords.Contains(word.Text))
            {
                return false;
            }
        }

        var between = text.AsSpan(first.End, second.Start - first.End);
        return between.IndexOfAny(".;:!?()") < 0 && (words.Count > 0 || !between.IsWhiteSpace());
    }

    // A list governed by "with" before it ("с Арменией и Азербайджаном") or "ilə" after it ("Ermənistan və Azərbaycan ilə").
    private static bool IsCounterpartList(string text, TextSpan sentence, TextSpan first, TextSpan last)
    {
        var before = LinkWords.Words(text, Math.Max(sentence.Start, first.Start - MaxJoiningWordLength - 1), first.Start);
        if (before.Count > 0 && s_withWords.Contains(before[^1].Text) && IsSpaceBetween(text, before[^1].Span.End, first.Start))
        {
            return true;
        }

        var after = LinkWords.Words(text, last.End, Math.Min(sentence.End, last.End + MaxJoiningWordLength + 1));
        return after.Count > 0 && after[0].Text == "ilə" && IsSpaceBetween(text, last.End, after[0].Span.Start);
    }

    private static bool IsSpaceBetween(string text, int start, int end) => text.AsSpan(start, end - start).Trim().IsEmpty;

    private const int MaxJoiningWordLength = 4;

    // "and", "with", the "s" of a possessive in English; "и", "с" in Russian; "və", "ilə" in Azerbaijani.
    private static readonly HashSet<string> s_joiningWords = new(StringComparer.Ordinal) { "and", "with", "s", "и", "с", "со", "və", "ilə" };

    private static readonly HashSet<string> s_withWords = new(StringComparer.Ordinal) { "with", "с", "со" };

    // True when "in", "at", "в" or "на" stands before the word at `start`, perhaps with "the" between: the pair that
    // follows is where something happens ("hydrologists in Baku and Astrakhan agree"), not two sides that meet.
    private bool FollowsAPlacePreposition(int start)
    {
        // The window's first word may be cut; the two words before are whole.
        var before = LinkWords.Words(_text, Math.Max(0, start - 20), start);
        if (before.Count > 0 && before[^1].Text == "the")
        {
            before.RemoveAt(before.Count - 1);
        }

        return before.Count > 1 && s_placePrepositions.Contains(before[^1].Text)
            && _text.AsSpan(before[^1].Span.End, start - before[^1].Span.End).IndexOfAny(".,;:!?()") < 0;
    }

    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.Ordinal) { "in", "at", "в", "во", "на" };

    // True when a comma stands before the word at `start`, perhaps with "the" between: it follows an item of a list.
    private bool FollowsAComma(int start)
    {
        var before = _text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        return before.EndsWith(",");
    }

    /// <summary>
    /// The mentions of a Party, or of its capital, joined with another Party's region in the sentence by "and" or "with"
    /// (and perhaps "the"), nothing else between ("cooperation between the Astrakhan region and the Republic of
    /// Azerbaijan", "Tatarstan and Azerbaijan signed a road map", "Azərbaycan ilə Dağıstan", "соглашение между
    /// Санкт-Петербургом и Баку"). Two regions are places ("flights from Samarkand to Almaty") unless their governments are
    /// joined, and a national body is an actor ("Dagestan and SOCAR"): neither is such a pair.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="regions">Its regions that meet another Party (<see cref="RegionsMeetingAnotherParty"/>).</param>
    /// <param name="parties">The agreement's Parties.</param>
    public IEnumerable<TextSpan> PartiesJoinedWithARegion(TextSpan sentence, List<(TextSpan Span, string State)> regions, IReadOnlyList<string> parties)
    {
        if (regions.Count == 0)
        {
            return [];
        }

        var capitals = _placedSpans.Where(p => !_bodySpans.Contains(p) && !_regionSpans.Contains(p));
        var partners = _spans.Concat(capitals).Where(m => sentence.Contains(m.Span) && parties.Contains(m.State)
                && regions.Exists(r => r.State != m.State && (JoinedAcrossAnArticle(r.Span, m.Span) || JoinedAcrossAnArticle(m.Span, r.Span))));

        // Two regions are a pair when their governments are: "Администрация Дербента и исполнительная власть Губинского района".
        var governedRegions = regions.Where(m => regions.Exists(r => r.State != m.State && r.Span.End <= m.Span.Start
                                                                     && JoinedAcrossAnArticle(r.Span, m.Span) && GovernmentBetween(r.Span, m.Span)));
        return partners.Concat(governedRegions).Select(m => m.Span);
    }

    private bool GovernmentBetween(TextSpan first, TextSpan second) =>
        LinkWords.Words(_text, first.End, second.Start).Exists(w => s_governmentWords.Contains(w.Text) && !s_joiningWords.Contains(w.Text));

    // A joining word between, no punctuation: "Ganja, and Russian doctors" is a list, "Mahaçqalada Azərbaycan" a place.
    // Nor the last two items of a list: "raids in Dagestan, the Astrakhan region and Azerbaijan" name places. The words of
    // a government may come between, as the place's or the state's ("the Astrakhan region and the Cabinet of Ministers of
    // Azerbaijan", "правительством Астраханской области и Кабинетом министров Азербайджана").
    private bool JoinedAcrossAnArticle(TextSpan first, TextSpan second)
    {
        if (second.Start < first.End || _text.AsSpan(first.End, second.Start - first.End).IndexOfAny(".,;:!?()") >= 0 || FollowsAComma(first.Start)
            || FollowsAPlacePreposition(first.Start))
        {
            return false;
        }

        var between = LinkWords.Words(_text, first.End, second.Start);
        return between.Exists(w => s_joiningWords.Contains(w.Text) && w.Text != "s")
            && between.TrueForAll(w => w.Text is "the" or "of" || s_joiningWords.Contains(w.Text) || s_governmentWords.Contains(w.Text));
    }

    /// <summary>True for a word of a government ("cabinet", "администрация", "icra"), lower case.</summary>
    public static bool IsAGovernmentWord(string word) => s_governmentWords.Contains(word);

    private static readonly HashSet<string> s_governmentWords = new(StringComparer.Ordinal)
    {
        "government", "cabinet", "ministers", "правительство", "правительства", "правительством", "правительству", "кабинет",
        "кабинета", "кабинетом", "министров", "hökumət", "hökuməti", "hökumətinin", "nazirlər", "kabineti", "kabinetinin",
        "administration", "authority", "authorities", "executive", "администрация", "администрации", "администрацией", "исполнительная",
        "исполнительной", "исполнительную", "власть", "власти", "властью", "administrasiyası", "administrasiyasının", "icra",
        "hakimiyyəti", "hakimiyyətinin", "city", "şəhər", "şəhərinin",
    };

    /// <summary>
    /// The regions and cities of a Party in the sentence (not its capital), each with its state, when the sentence also
    /// names or places another Party: "the Governor of St Petersburg … cooperation between Azerbaijan and St Petersburg".
    /// </summary>
    public IEnumerable<(TextSpan Span, string State)> RegionsMeetingAnotherParty(TextSpan sentence, IReadOnlyList<string> parties)
    {
        if (!_regionSpans.Any(r => sentence.Contains(r.Span)))
        {
            return [];
        }

        var present = _spans.Concat(_placedSpans).Where(s => sentence.Contains(s.Span)).Select(s => s.State).ToHashSet(StringComparer.Ordinal);
        return _regionSpans.Where(r => sentence.Contains(r.Span) && parties.Contains(r.State) && parties.Any(p => p != r.State && present.Contains(p)));
    }
}

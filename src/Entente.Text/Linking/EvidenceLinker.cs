using Entente.Text.Analysis;
using Entente.Text.Understanding;

namespace Entente.Text.Linking;

/// <summary>
/// Evidence links: sentences reporting activity that carries out a commitment, found through the clause's profile
/// in the document's language. A name cue ("Intergovernmental Commission") is enough; sphere terms need two different
/// ones in the sentence. Nothing is linked unless the document is about the agreement's Parties
/// (<see cref="PartyFocus"/>), and an obituary links nothing (<see cref="Obituaries"/>). Each link keeps its sentence,
/// cue, confidence, activity date and baseline flag.
/// </summary>
internal static class EvidenceLinker
{
    /// <summary>Confidence of a link made by a name cue.</summary>
    public const double NameScore = 0.9;

    /// <summary>Confidence of a link made by two sphere terms; each further term adds <see cref="TermStep"/>.</summary>
    public const double TermsScore = 0.6;

    private const double TermStep = 0.05;

    private const double MaxTermsScore = 0.8;

    public static IEnumerable<ClauseLink> Find(string text, DocumentAnalysis analysis, LinkCandidate candidate, List<TextSpan> sentences, PartyFocus focus)
    {
        // A digest's stories are read one by one: its lead is its first story only ("Телеком-дайджест: … Казахстан — Азербайджан.
        // … Россия — Азербайджан. …"), and the states its other stories name do not make the text another relation's.
        var digest = Digests.Items(text, focus.Headline, top => focus.NamesEveryParty(top, candidate.Parties));
        if (candidate.Profiles.Count == 0 || !(digest.Count > 0 ? focus.MentionsEveryParty(candidate.Parties) : focus.IsAbout(candidate.Parties))
            || digest.Count == 0 && focus.LeadIsAboutAnotherPair(sentences, candidate.Parties)
            || focus.APartyIsOnlyOneOfMany(sentences, candidate.Parties) || Obituaries.IsOne(text, LeadEnd(text, sentences)))
        {
            yield break;
        }

        var index = ProfileIndex.Build(candidate.Profiles, analysis.Language);
        if (index.IsEmpty)
        {
            yield break;
        }

        // A report of an event of nature that reached both Parties, its headline naming no clause's activity ("… shakes
        // Baku and Derbent"; not "New cargo terminal opens at Yalama as snow hits northern Azerbaijan").
        // Nor a contest's result between their athletes, whatever sport its headline names ("Azerbaijan's Aghayev beats Russian
        // to win European gold").
        if (focus.Headline is { } top
            && (NaturalEvents.IsOne(text, top) && !index.Find(ProfileWords.Split(text, top.Start, top.End)).Exists(h => h.IsName) || Contests.IsOne(text, top)))
        {
            yield break;
        }

        var agreement = new AgreementRef(candidate.Id, candidate.Title);
        var clauses = candidate.Clauses.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        var betweenPartiesOnly = candidate.Profiles.Where(p => p.BetweenPartiesOnly).Select(p => p.Clause).ToHashSet(StringComparer.Ordinal);
        var broaderClauses = new BroaderClauses(candidate.Profiles, clauses);

        // A headline a name claiming the text finds ("Police break up a heroin smuggling ring") makes the text that clause's
        // story, and the text links that clause alone: the citizens detained, the bank cards the money went through and the
        // trucks the drugs were hidden in are its circumstances.
        // A headline listing several stories ("Week in review: deputies in Moscow, a new degree in Baku, drugs seized at Samur")
        // claims none of them for the whole text.
        var headline = focus.Headline;
        // A headline reporting a meeting ("… agreed to fight drug trafficking together") names one item of its agenda.
        var story = headline is { } h && !ListsStories(text, h) && !Meetings.ReportsOne(text, h) && !PageChrome.IsAMasthead(text, h) ? Story(index.Find(ProfileWords.Split(text, h.Start, h.End))) : [];
        // A paragraph that turns to another event ("Накануне, в среду, …") ends the headline's story.
        var storyEnd = story.Count > 0 ? StoryTurns.FirstTurn(text, sentences) : text.Length;
        // The agency that filed the report ("БАКУ, 12 мая. /Спорт-Каспий/.") names no activity: a sports agency's chess report
        // is no evidence of sports ties.
        var agency = DatelineReader.ReadAgency(text, text.Length);
        // The currency of an amount says what something cost, not how it was settled: "a monthly payment of 8,900 roubles"
        // is no weak cue of settling in roubles.
        var amounts = analysis.Figures.Where(f => f.Kind == "money").Select(f => f.Span).ToList();
        // A percentage counts no states: "80% of payments between the countries".
        var shares = analysis.Figures.Where(f => f.Kind == "percent").Select(f => f.Span).ToList();
        // A chronicle's lines, a digest's paragraphs and a briefing's exchanges are stories of their own (a briefing answers
        // on a summit, on schools in Baku, on journalists detained elsewhere).
        var chronicle = Chronicles.Items(text, analysis.Dates);
        var exchanges = Questions.Exchanges(text, headline);
        // Each sentence's cues, and those left once names have gone to longer or neighbouring names of other clauses.
        var cuesBySentence = new List<(int At, TextSpan Sentence, List<ProfileIndex.Hit> Found, List<ProfileIndex.Hit> Kept)>();
        for (var at = 0; at < sentences.Count; at++)
        {
            var sentence = sentences[at];
            // A lone word ("Спорт.", "TRADE.") is a digest's section label, and a page's menu ("Home | News | Sport") its
            // sections, not a report of anything; a question and an interviewer's turn ask, and the answer is what reports.
            if (focus.SentenceNamesOthers(sentence, candidate.Parties) || IsALabel(text, sentence) || PageChrome.IsAMenuLine(text, sentence) || PageChrome.IsAMasthead(text, sentence)
                || Questions.IsAsked(text, sentence)
                || focus.BothSidesAreAnotherPair(sentences, at, candidate.Parties))
            {
                continue;
            }

            // A word of a state's or a region's name is no weak cue: "Respublikası" in "Azərbaycan Respublikası" is not the
            // regions' "republic", nor is "region" in "the Astrakhan region" (which is a place cue, or one of a list of places).
            // (A cue that is a state's compound adjective, "Russian-language", is still a cue.)
            var found = index.Find(ProfileWords.Split(text, sentence.Start, sentence.End));
            found.RemoveAll(hit => hit.IsWeak && (focus.IsInAPlacesName(hit.Span) || amounts.Exists(amount => amount.Contains(hit.Span)))
                                   || agency is { } filer && filer.Contains(hit.Span));

            // A term in the name of the source a fact is attributed to ("according to the State Migration Service") says who
            // counted, not what about.
            if (found.Exists(hit => !hit.IsName) && StatedSources.Find(text, sentence.Start, sentence.End) is { Count: > 0 } sources)
            {
                found.RemoveAll(hit => !hit.IsName && sources.Exists(source => source.Contains(hit.Span)));
            }

            // A programme's quoted title says what is taught: "магистерскую программу «Металлургия и материаловедение»".
            if (found.Count > 0 && ProgrammeTitles.Find(text, sentence.Start, sentence.End) is { Count: > 0 } titles)
            {
                found.RemoveAll(hit => titles.Exists(title => title.Contains(hit.Span)));
            }

            // A name that is a town's or a region's says where, not what: "Astara" is the corridor's railway terminal and a town
            // where suspects were detained. It counts as a weak cue ("the rail link to Astara").
            found = [.. found.Select(hit => hit.IsName && !hit.IsWeak && focus.IsInARegionsName(hit.Span) ? hit with { IsWeak = true } : hit)];

            // A sphere's name in lower case that is one item of an enumeration ("ввозятся зерно, древесина, металлопрокат,
            // продукция машиностроения и нефтепродукты") is listed, not reported on: it counts as a term, which needs another.
            // (The items of a headline that lists stories are reports: "Week in review: a smuggling ring broken up, …".)
            var listsStories = sentence == headline && ListsStories(text, sentence);
            found = [.. found.Select(hit => hit.IsName && !hit.IsWeak && !listsStories && !char.IsUpper(text[hit.Span.Start]) && Enumerations.IsAnItem(text, sentence, hit.Span)
                ? hit with { IsName = false }
                : hit)];
            // Each story of such a headline is its own: "Türkiyə ilə ticarət, Gürcüstana elektrik ixracı" pairs no trade terms.
            if (listsStories)
            {
                found.RemoveAll(hit => !hit.IsName && !found.Exists(other => !other.IsName && other.Clause == hit.Clause && other.Pattern != hit.Pattern
                                                                              && AreOneItem(text, hit.Span, other.Span, ",;:")));
            }
            if (index.HasRegionCues)
            {
                var regions = focus.RegionsMeetingAnotherParty(sentence, candidate.Parties).ToList();
                found.AddRange(index.FindRegions(PlacesNotNamedByATerm(regions, found, index)));
                found.AddRange(index.FindRegionPartners(focus.PartiesJoinedWithARegion(sentence, regions, candidate.Parties)));
            }

            cuesBySentence.Add((at, sentence, found, Yielded(text, MostSpecific(found), focus)));
        }

        // A context cue counts only in a text whose lead links its clause or names a body that sets the agenda, or in a
        // sentence that names such a body.
        DropContextOutsideItsStory(text, sentences, cuesBySentence);

        // A name that yields once in the text yields all through it: "the roadmap" a parliament's report names again is the
        // "roadmap for the development of inter-parliamentary cooperation" it began with, not the action plan's.
        var yieldingClauses = YieldingClauses(cuesBySentence.Select(s => (s.Found, s.Kept)));
        foreach (var (at, sentence, _, kept) in cuesBySentence)
        {
            var hits = Claimed(text, kept);
            hits.RemoveAll(h => h.IsName && yieldingClauses.Contains(h.Clause) && ProfileIndex.IsYielding(h.Pattern));
            // Read once per sentence, and only for a between-the-Parties clause.
            List<TextSpan>? otherPairs = null;
            List<TextSpan>? othersWithoutAParty = null;
            bool? countsManyStates = null;
            foreach (var group in hits.Where(h => clauses.Contains(h.Clause)).GroupBy(h => h.Clause, StringComparer.Ordinal))
            {
                var cues = group.ToList();
                // A chronicle's line or a briefing's exchange that does not name or place every Party is not their dealing:
                // one Party's news, or one Party's with a third state ("Ermənistan tərəfi sülh müqaviləsinin layihəsinə …").
                // The headline says who holds the briefing: a Russian governor's answer on "азербайджанские коллеги" names both.
                if (Chronicles.ItemOf(chronicle, sentence) is { } line && !focus.NamesEveryParty(line, candidate.Parties)
                    || Chronicles.ItemOf(digest, sentence) is { } paragraph && !focus.NamesEveryParty(paragraph, candidate.Parties)
                    || Chronicles.ItemOf(exchanges, sentence) is { } exchange && !focus.NamesEveryParty(headline is { } host ? [exchange, host] : [exchange], candidate.Parties))
                {
                    continue;
                }

                if (betweenPartiesOnly.Contains(group.Key))
                {
                    if (focus.ContinuesAnotherState(sentences, at, candidate.Parties) || focus.OpensWithAnotherStateWhereAPartyIsMissing(sentence, candidate.Parties)
                        || (countsManyStates ??= ManyStates.AreCounted(text, sentence, shares)) == true)
                    {
                        continue;
                    }

                    // A cue near one Party joined with another state is that pair's dealing. While a Party is missing, a cue near
                    // another state is that state's dealing and counts for nothing ("Astrakhan's governor led a trade mission to
                    // Ashgabat", "Baku signed a memorandum with the European Union on raising gas supplies"); the rest must make
                    // the link on their own ("Lukoil … holds a stake in Shah Deniz, the field that feeds the pipeline to Turkey").
                    // A sentence that joins a Party with another state and leaves the other Party out is that pair's
                    // throughout: "the Russian–Uzbek intergovernmental commission … signed a protocol on industrial cooperation".
                    otherPairs ??= focus.PairsOfAPartyWithAnother(text, sentence, candidate.Parties);
                    othersWithoutAParty ??= focus.OthersWhereAPartyIsMissing(sentence, candidate.Parties);
                    if (cues.Exists(h => otherPairs.Exists(pair => IsNear(text, pair, h.Span))) || otherPairs.Count > 0 && !focus.NamesEveryParty(sentence, candidate.Parties))
                    {
                        continue;
                    }

                    cues.RemoveAll(h => othersWithoutAParty.Exists(other => IsNear(text, other, h.Span)));
                }

                if (Judge(text, sentence, cues) is not { } judged || (story.Count > 0 && sentence.Start < storyEnd && !story.Contains(group.Key)))
                {
                    continue;
                }

                // A clause open to third states (a corridor through them) takes their dealings by its names only: terms near
                // a Party joined with another state, the other Party left out, are that pair's ("Qazaxıstan və Azərbaycan dəmir
                // yolları tarif endirimi barədə razılığa gəliblər"). Not so a pair the sentence only mentions further on
                // ("… безопасности на Кавказе и в Каспийском регионе, в том числе ход азербайджано-армянского процесса").
                // Nor terms near another state (not a union, where the Parties meet) where a Party is missing: "Азербайджанский премьер … встретился и с главой
                // правительства Казахстана: стороны обсудили рост контейнерных перевозок по … маршруту".
                if (!betweenPartiesOnly.Contains(group.Key) && judged.Evidence == ProfileEvidence.Terms && !focus.NamesEveryParty(sentence, candidate.Parties)
                    && ((otherPairs ??= focus.PairsOfAPartyWithAnother(text, sentence, candidate.Parties)).Count > 0 && cues.Exists(h => otherPairs.Exists(pair => IsNear(text, pair, h.Span)))
                        || focus.OthersWhereAPartyIsMissing(sentence, candidate.Parties, statesOnly: true) is { Count: > 0 } others && cues.Exists(h => others.Exists(other => IsNear(text, other, h.Span)))))
                {
                    continue;
                }

                var (activity, precision) = ActivityDate(text, analysis, sentence);
                var link = new ClauseLink(agreement, group.Key, sentence)
                {
                    Kind = ClauseLinkKinds.Evidences,
                    Evidence = judged.Evidence,
                    Score = judged.Score,
                    Cue = judged.Cue,
                    ActivityDate = activity,
                    ActivityPrecision = precision,
                    // The whole period the date stands for is before the signing: "in 2022" is no baseline of a declaration of February 2022.
                    Baseline = activity is { } day && candidate.Date is { } signed && DatePrecision.LastDay(day, precision) < signed,
                };
                yield return link;

                // A theatre's tour is evidence of the culture days' clause and of the broader one on culture and art it is part of.
                // Only a name says so with confidence: a plant's "production" and a truck's make a weak link of the industries'
                // clause, and no link of the broader one.
                foreach (var broader in judged.Evidence == ProfileEvidence.Name ? broaderClauses.Of(group.Key) : [])
                {
                    yield return link with { Clause = broader };
                }
            }
        }
    }

    /// <summary>
    /// True when a headline is a list of stories: items parted by semicolons, or two or more commas after a colon ("Обзор
    /// недели: маршрут Дербента и Губы, паром до Актау, горячая линия для мигрантов").
    /// </summary>
    internal static bool ListsStories(string text, TextSpan headline)
    {
        var line = text.AsSpan(headline.Start, headline.Length);
        var colon = line.IndexOf(':');
        return line.Contains(';') || colon >= 0 && line[(colon + 1)..].Count(',') >= 2;
    }

    /// <summary>True when nothing between two spans parts a list's items: none of <paramref name="separators"/> is there.</summary>
    private static bool AreOneItem(string text, TextSpan a, TextSpan b, string separators)
    {
        var (from, to) = a.Start <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return to <= from || text.AsSpan(from, to - from).IndexOfAny(separators) < 0;
    }

    // A lone word ("Спорт.", "TRADE.") or a run-in heading that opens its paragraph ("Hərbi-texniki əməkdaşlıq. Müdafiə
    // Sənayesi Nazirliyi ilə Türkiyənin ASFAT şirkəti …").
    private static bool IsALabel(string text, TextSpan sentence) => LinkWords.Words(text, sentence.Start, sentence.End).Count(w => w.Text.Any(char.IsLetter)) switch
    {
        1 => true,
        2 or 3 => Sentences.OpensALine(text, sentence.Start) && Digests.RunInHeadingEnd(text, new TextSpan(sentence.Start, LineEnd(text, sentence.Start))) is var end
                  && end > 0 && text.AsSpan(sentence.Start, sentence.Length).TrimEnd().Length == end - sentence.Start,
        _ => false,
    };

    private static int LineEnd(string text, int from) => text.IndexOf('\n', from) is var end && end >= 0 ? end : text.Length;

    /// <summary>How many sentences from the start (the headline and the first sentences) are the text's lead.</summary>
    internal const int LeadSentences = 3;

    // A line with fewer words than this is a byline or a date line ("By Lamiya Safarova", "November 21, 2023 5:14 PM"),
    // not a sentence of the lead.
    private const int MinLeadWords = 5;

    // Where the lead ends: after its first sentences of words, bylines and date lines not counted.
    private static int LeadEnd(string text, List<TextSpan> sentences)
    {
        var counted = 0;
        foreach (var sentence in sentences)
        {
            if (LinkWords.Words(text, sentence.Start, sentence.End).Count(w => w.Text.Any(char.IsLetter)) >= MinLeadWords && ++counted == LeadSentences)
            {
                return sentence.End;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// Drops the context cues (<see cref="ProfileIndex.ContextMark"/>) of a text whose lead neither links their clause nor
    /// names a body that sets the agenda (<see cref="ProfileIndex.AgendaMark"/>): "She recalled that trade between the
    /// two countries reached $4.4 billion" in a report on a parliaments' meeting is that meeting's background.
    /// </summary>
    private static void DropContextOutsideItsStory(string text, List<TextSpan> all, List<(int At, TextSpan Sentence, List<ProfileIndex.Hit> Found, List<ProfileIndex.Hit> Kept)> sentences)
    {
        if (!sentences.Exists(s => s.Kept.Exists(h => ProfileIndex.IsContext(h.Pattern))))
        {
            return;
        }

        var leadEnd = LeadEnd(text, all);

        // The clauses the lead's sentences link (each sentence judged on its own, as below).
        var lead = sentences.Where(s => s.Sentence.Start < leadEnd).Select(s => (s.Sentence, Hits: Claimed(text, s.Kept))).ToList();
        if (lead.Exists(s => s.Hits.Exists(h => h.IsName && ProfileIndex.SetsTheAgenda(h.Pattern))))
        {
            return;
        }

        var leadClauses = lead
            .SelectMany(s => s.Hits.GroupBy(h => h.Clause, StringComparer.Ordinal).Where(g => Judge(text, s.Sentence, g.ToList()) is not null).Select(g => g.Key))
            .ToHashSet(StringComparer.Ordinal);

        // A subheading is the lead of its section: under "Ticarət: sıçrayışdan sonra mülayim temp" the section's turnover
        // is its story, as it would be under a headline on trade.
        HashSet<string> sectionClauses = [];
        foreach (var (_, sentence, found, kept) in sentences)
        {
            if (sentence.Start >= leadEnd && IsASubheading(text, sentence))
            {
                sectionClauses = found.Select(h => h.Clause).ToHashSet(StringComparer.Ordinal);
            }

            // A sentence that names the body setting the agenda is its own lead: "the Intergovernmental Commission's work …,
            // the road map for 2024–2026 to be carried out on time" in the fourth point of a joint statement.
            var setsItsOwnAgenda = kept.Exists(h => h.IsName && ProfileIndex.SetsTheAgenda(h.Pattern));
            kept.RemoveAll(h => ProfileIndex.IsContext(h.Pattern) && !setsItsOwnAgenda && !leadClauses.Contains(h.Clause) && !sectionClauses.Contains(h.Clause));
        }
    }

    // Subheadings are short.
    private const int MaxSubheadingWords = 10;

    // A short line of its own that ends in no full stop, question or colon: a subheading inside the text.
    private static bool IsASubheading(string text, TextSpan sentence)
    {
        var after = text.AsSpan(sentence.End).TrimStart(" \t");
        var line = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        return Sentences.OpensALine(text, sentence.Start) && (after.IsEmpty || after[0] is '\n' or '\r')
               && line.Length > 0 && line[^1] is not ('.' or '!' or '?' or ':' or '…')
               && LinkWords.Words(text, sentence.Start, sentence.End).Count <= MaxSubheadingWords;
    }

    /// <summary>
    /// The regions that are a place cue: none of a Party one of whose regions the sentence names by a term of a regions'
    /// profile ("Dagestan"). That term already counts the Party's places; "operations in Dagestan, the Astrakhan region and
    /// Moscow" is one list of places, not two words of the sphere. The other Party's places still count ("a delegation
    /// from Dagestan visited Ganja").
    /// </summary>
    private static IEnumerable<(TextSpan Span, string State)> PlacesNotNamedByATerm(List<(TextSpan Span, string State)> regions, List<ProfileIndex.Hit> found, ProfileIndex index)
    {
        var namedByATerm = regions
            .Where(r => found.Exists(h => !h.IsName && index.HasRegionCue(h.Clause) && h.Span.Overlaps(r.Span)))
            .Select(r => r.State)
            .ToHashSet(StringComparer.Ordinal);
        return regions.Where(r => !namedByATerm.Contains(r.State));
    }

    /// <summary>
    /// True when a cue is in the same stretch of the sentence as a pair of states, with no comma between them and at
    /// most <see cref="MaxPairDistance"/> words: "Turkey and Azerbaijan held the tenth meeting of their intergovernmental
    /// commission" is that pair's commission; in "discussed trade and economic cooperation, transport, and the peace
    /// treaty between Azerbaijan and Armenia" the pair is another item of the list.
    /// </summary>
    private static bool IsNear(string text, TextSpan pair, TextSpan cue)
    {
        if (pair.Overlaps(cue))
        {
            return true;
        }

        var (start, end) = pair.End <= cue.Start ? (pair.End, cue.Start) : (cue.End, pair.Start);
        return text.AsSpan(start, end - start).IndexOfAny(",;") < 0 && LinkWords.Words(text, start, end).Count <= MaxPairDistance;
    }

    private const int MaxPairDistance = 8;

    /// <summary>
    /// Keeps only the cues of the clauses whose claiming names (<see cref="ProfileIndex.ClaimMark"/>) are in the sentence,
    /// when there are any: "drugs hidden among farm produce in trucks bound for the Samur crossing" reports smuggling,
    /// not the farm trade or the corridor. A body that sets the agenda (<see cref="ProfileIndex.AgendaMark"/>) is no other
    /// clause's circumstance and stays: "national currencies …, after a meeting of the intergovernmental commission".
    /// A semicolon parts the items of a list, and a name claims its own item only: "a memorandum with Rosselkhoznadzor on
    /// certification; a protocol on through tariffs on the North-South corridor" reports both.
    /// </summary>
    private static List<ProfileIndex.Hit> Claimed(string text, List<ProfileIndex.Hit> hits)
    {
        // A claiming name in quotation marks is a title, not the activity: residency places in «инфекционные болезни».
        var claiming = hits.FindAll(h => !IsQuoted(text, h.Span));
        var claimants = Claimants(claiming);
        if (claimants.Count == 0)
        {
            return hits;
        }

        var from = hits.Min(h => h.Span.Start);
        var hasItems = text.AsSpan(from, hits.Max(h => h.Span.End) - from).Contains(';');
        return [.. hits.Where(h => h.IsName && ProfileIndex.SetsTheAgenda(h.Pattern)
                                   || (hasItems ? Claimants(claiming.FindAll(o => AreOneItem(text, o.Span, h.Span, ";"))) : claimants) is var ofItsItem
                                      && (ofItsItem.Count == 0 || ofItsItem.Contains(h.Clause))
                                   || h.IsName && !h.IsWeak && IsPartedFromTheClaimants(text, h, claiming))];
    }

    // The longest title a quotation's marks enclose that is still read as one ("«инфекционные болезни»").
    private const int MaxQuotedTitle = 60;

    /// <summary>True when quotation marks open right before the span and close soon after it, on the same line.</summary>
    private static bool IsQuoted(string text, TextSpan span)
    {
        if (span.Start == 0 || text[span.Start - 1] is not ('«' or '“' or '"' or '„'))
        {
            return false;
        }

        var reach = Math.Min(text.Length, span.Start + MaxQuotedTitle);
        var close = text.AsSpan(span.End, reach - span.End).IndexOfAny("»”\"\n");
        return close >= 0 && text[span.End + close] != '\n';
    }

    /// <summary>
    /// True when a semicolon, or a comma and then "and", parts another clause's name from every name claiming the
    /// sentence: each is the object of a verb of its own ("reviewed the Action Plan …, and discussed settlements in national
    /// currencies"), not a circumstance of the claimed one ("terrorism, drug trafficking and crimes committed using
    /// information and communication technologies" lists the crimes).
    /// </summary>
    private static bool IsPartedFromTheClaimants(string text, ProfileIndex.Hit name, List<ProfileIndex.Hit> hits) =>
        hits.TrueForAll(c => !(c.IsName && !c.IsWeak && ProfileIndex.IsClaiming(c.Pattern)) || c.Clause == name.Clause || AreParted(text, c.Span, name.Span));

    private static bool AreParted(string text, TextSpan a, TextSpan b)
    {
        var (from, to) = a.Start <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to <= from)
        {
            return false;
        }

        if (!AreOneItem(text, a, b, ";"))
        {
            return true;
        }

        // (", and" itself: in "X, Y and Z" the "and" closes a list.)
        for (var comma = text.IndexOf(',', from, to - from); comma >= 0; comma = text.IndexOf(',', comma + 1, to - comma - 1))
        {
            if (LinkWords.Words(text, comma, to) is { Count: > 0 } after && s_conjunctions.Contains(after[0].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops a yielding name (<see cref="ProfileIndex.YieldMark"/>) that another clause's name is next to: "signed a road
    /// map for the development of inter-parliamentary cooperation" is the parliaments' road map, not the action plan's.
    /// A region of a Party next to it is another clause's too: "a roadmap for 2025–2027 with the Astrakhan region" is the
    /// region's road map. So is a sphere's word that is its subject: "дорожную карту по увеличению грузопотока" (a road map
    /// for raising freight) is the freight's. A weak cue whose subject is another clause's name is that clause's:
    /// "consultations on international information security" are that sphere's, not the foreign ministries' mechanism.
    /// </summary>
    private static List<ProfileIndex.Hit> Yielded(string text, List<ProfileIndex.Hit> hits, PartyFocus focus) =>
        [.. hits.Where(h => !(h.IsName && ProfileIndex.IsYielding(h.Pattern)
                              && hits.Exists(o => o.Clause != h.Clause && ((o.IsName && !o.IsWeak || IsRegion(o, focus)) && (IsNear(text, o.Span, h.Span) || IsInItsTitle(text, h.Span, o.Span))
                                                                           || IsSphereTerm(o) && IsItsSubject(text, h.Span, o.Span)))
                              || h.IsWeak && hits.Exists(o => o.Clause != h.Clause && o.IsName && !o.IsWeak && IsItsSubject(text, h.Span, o.Span))))];

    /// <summary>
    /// True when another clause's name is in the long title of an instrument: joined as its subject is
    /// (<see cref="IsItsSubject"/>), up to <see cref="MaxTitleWords"/> words apart ("«дорожную карту» реализации
    /// межправительственного соглашения о сотрудничестве в области мирного использования атомной энергии" is the nuclear
    /// agreement's road map).
    /// </summary>
    private static bool IsInItsTitle(string text, TextSpan instrument, TextSpan name) => AreJoinedWithin(text, instrument, name, MaxTitleWords);

    private const int MaxTitleWords = 16;

    /// <summary>
    /// True when two terms are forms of one word: one stem matched both (a profile may write it in lower case and with a
    /// capital, "bank*" and "Bank*"; <see cref="ProfileIndex.Hit.Words"/> is the same for both), and both are written
    /// alike ("Rusiya bankları … tərəfdaş bank"). A capital makes another word of it: "banks … the Central Bank" are the
    /// banks and their regulator.
    /// </summary>
    private static bool IsOneStemsForm(string text, ProfileIndex.Hit a, ProfileIndex.Hit b) =>
        a.Words is not null && a.Words == b.Words && char.IsUpper(text[a.Span.Start]) == char.IsUpper(text[b.Span.Start]);

    // "banks … banks": a word said twice is one term, whatever cues matched it.
    private static bool IsTheSameWord(string text, TextSpan a, TextSpan b) =>
        text.AsSpan(a.Start, a.Length).Equals(text.AsSpan(b.Start, b.Length), StringComparison.OrdinalIgnoreCase);

    private static bool IsSphereTerm(ProfileIndex.Hit hit) => !hit.IsName && !hit.IsWeak && !ProfileIndex.IsPlaceCue(hit.Pattern);

    /// <summary>
    /// True when a term says what the instrument before or after it is about: at most <see cref="MaxSubjectGap"/> words
    /// between, none of them "and" and no comma ("a road map on increasing freight", "daşımaların artırılmasına dair yol
    /// xəritəsi"; not "the road map and trade", nor "six roadmaps in the field of trade", which are the plan's).
    /// </summary>
    private static bool IsItsSubject(string text, TextSpan instrument, TextSpan term) => AreJoinedWithin(text, instrument, term, MaxSubjectGap);

    // Two cues apart, at most maxWords words between them, none of them "and" or "or" and no comma or semicolon.
    private static bool AreJoinedWithin(string text, TextSpan a, TextSpan b, int maxWords)
    {
        if (a.Overlaps(b))
        {
            return false;
        }

        var (start, end) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (text.AsSpan(start, end - start).IndexOfAny(",;") >= 0)
        {
            return false;
        }

        var between = LinkWords.Words(text, start, end);
        return between.Count <= maxWords && !between.Exists(w => s_conjunctions.Contains(w.Text));
    }

    private const int MaxSubjectGap = 3;

    private static readonly HashSet<string> s_conjunctions = new(StringComparer.Ordinal) { "and", "or", "и", "или", "а", "və", "ya" };

    // A cue that is a Party's region: the regions' place cue, or a term that names one ("Dagestan").
    private static bool IsRegion(ProfileIndex.Hit hit, PartyFocus focus) => ProfileIndex.IsPlaceCue(hit.Pattern) || focus.IsInARegionsName(hit.Span);

    /// <summary>
    /// The clauses one of whose yielding names gives way somewhere in the text, to another clause's name next to it
    /// (<see cref="Yielded"/>) or around it (<see cref="MostSpecific"/>).
    /// </summary>
    private static HashSet<string> YieldingClauses(IEnumerable<(List<ProfileIndex.Hit> Found, List<ProfileIndex.Hit> Kept)> sentences)
    {
        var clauses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (found, kept) in sentences)
        {
            clauses.UnionWith(found.Where(h => h.IsName && ProfileIndex.IsYielding(h.Pattern) && !kept.Contains(h)).Select(h => h.Clause));
        }

        return clauses;
    }

    // The clauses whose claiming names (of the sentence, or with claimsText of the text) are among the hits.
    // The clauses a headline that claims the text makes its story, when it names no other clause's body or mechanism:
    // "Russia and Azerbaijan hold security consultations on cyber threats and terrorist financing" reports consultations,
    // and is no terrorism story alone. (A sphere's term beside the claim is not enough: "əməliyyat", a payments clause's
    // "transaction", is a police operation in "DTX və FTX-nin birgə əməliyyatı".)
    private static HashSet<string> Story(List<ProfileIndex.Hit> headline)
    {
        var story = Claimants(headline, ProfileIndex.ClaimsText);
        return headline.Exists(h => !story.Contains(h.Clause) && (h.IsName || h.IsWeak) && !ProfileIndex.IsPlaceCue(h.Pattern)) ? [] : story;
    }

    private static HashSet<string> Claimants(List<ProfileIndex.Hit> hits, Func<string, bool>? claims = null) =>
        hits.Where(h => h.IsName && !h.IsWeak && (claims ?? ProfileIndex.IsClaiming)(h.Pattern)).Select(h => h.Clause).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Drops a cue found inside a longer name of another clause: "road map" (an action plan's) inside "road map of
    /// inter-parliamentary cooperation" (the parliaments') is the longer one's. Over the same words a name goes before
    /// another clause's term: "сельхозтехника" (farm machinery, the industries' name) is not "сельхоз…" (farming, a term).
    /// A weak name claims no words: "a joint venture" (banks', weak) leaves "venture … trucks" to the industries' clause.
    /// A term of several words claims the terms that qualify it: "автомобильного пункта пропуска" (a road checkpoint, the
    /// corridors' term) is not the industries' "автомобил…". A term it ends with names the same thing more broadly, and
    /// both count: "транспортного коридора" in "международного транспортного коридора".
    /// </summary>
    private static List<ProfileIndex.Hit> MostSpecific(List<ProfileIndex.Hit> hits) =>
        [.. hits.Where(h => !hits.Any(o => !o.IsWeak && o.Clause != h.Clause && o.Span.Contains(h.Span) && Claims(o, h)))];

    // Whether a cue over more words claims one inside it: a name any shorter name and any term but a weak one that ends it
    // ("совместное предприятие", a joint venture, is also an enterprise), a term a shorter term that does not end it.
    private static bool Claims(ProfileIndex.Hit longer, ProfileIndex.Hit inside) =>
        longer.IsName
            ? inside.IsName ? longer.Span.Length > inside.Span.Length : !(inside.IsWeak && inside.Span.End == longer.Span.End && inside.Span.Length < longer.Span.Length)
            : !inside.IsName && longer.Span.Length > inside.Span.Length && inside.Span.End < longer.Span.End;

    private static (string Evidence, double Score, string Cue)? Judge(string text, TextSpan sentence, List<ProfileIndex.Hit> found)
    {
        var hits = Corroborated(found);
        if (hits.Find(h => h.IsName) is { Pattern: not null } name)
        {
            return (ProfileEvidence.Name, NameScore, name.Span.Of(text));
        }

        // Two terms are two different words of the sentence: "South Caucasus" and "Caucasus" over the same words count once.
        // Over the same words a term goes before a place cue, and a place cue before a weak term: "Bashkortostan" before
        // the region "Republic of Bashkortostan", so the places ("… visited Ganja") still count as one more; the place
        // "the Moscow region" before the weak "region", so a route "from the Moscow region to Astara" is one place cue.
        // A weak term inside any stronger cue's words is no second word, even where that cue counted for nothing: in
        // "the republic of Dagestan" the term "Dagestan" counts, the place "republic of Dagestan" does not (it overlaps
        // the term), and neither does its weak "republic".
        var terms = new List<ProfileIndex.Hit>();
        var read = new List<TextSpan>();
        var places = new List<TextSpan>();
        foreach (var hit in hits.Where(h => !h.IsName).OrderBy(h => h.IsWeak ? 2 : ProfileIndex.IsPlaceCue(h.Pattern) ? 1 : 0).ThenBy(h => h.Span.Start).ThenByDescending(h => h.Span.Length))
        {
            var taken = hit.IsWeak
                ? read.Exists(r => r.Overlaps(hit.Span) || IsHeadOf(text, hit.Span, r) || IsOneCompound(text, r, hit.Span)) || places.Exists(p => IsKindOfPlace(text, p, hit.Span))
                : terms.Exists(t => t.Span.Overlaps(hit.Span) || IsOneCompound(text, t.Span, hit.Span));
            if (!taken && !terms.Exists(t => IsOneStemsForm(text, t, hit) || IsTheSameWord(text, t.Span, hit.Span)))
            {
                terms.Add(hit);
            }

            read.Add(hit.Span);
            if (ProfileIndex.IsPlaceCue(hit.Pattern))
            {
                places.Add(hit.Span);
            }
        }

        // Places alone say where, not what: "Baku … Makhachkala" joined by a fibre line or shaken by one earthquake are no
        // ties between the regions, "cooperation between the Astrakhan region and the Republic of Azerbaijan" is.
        if (terms.Count < 2 || terms.TrueForAll(t => ProfileIndex.IsPlaceCue(t.Pattern)) && !CooperationWords.AreIn(text, sentence))
        {
            return null;
        }

        var score = Math.Min(MaxTermsScore, TermsScore + (TermStep * (terms.Count - 2)));
        return (ProfileEvidence.Terms, Math.Round(score, 3), string.Join(" … ", terms.OrderBy(t => t.Span.Start).Take(3).Select(t => t.Span.Of(text))));
    }

    /// <summary>
    /// True when two cues are the halves of one hyphenated word: "экспортно-импортным операциям" (export-import
    /// operations) is one word of trade, not two.
    /// </summary>
    private static bool IsOneCompound(string text, TextSpan a, TextSpan b)
    {
        var (first, second) = a.End <= b.Start ? (a, b) : (b, a);
        return second.Start - first.End == 1 && text[first.End] == '-';
    }

    /// <summary>
    /// True when a weak word follows a place cue directly and says what kind of place it is: "regions" in "the Guba-Khachmaz
    /// and Lankaran regions" names those places again and is no second word.
    /// </summary>
    private static bool IsKindOfPlace(string text, TextSpan place, TextSpan weak) =>
        weak.Start >= place.End && text.AsSpan(place.End, weak.Start - place.End).IsWhiteSpace();

    /// <summary>
    /// True when a weak word is the head of a stronger cue's name, with only "of" between: "republic" in "Russia's republic
    /// of Dagestan" names that place again and is no second word. ("Samur sərhəd keçidi", a border crossing, is two.)
    /// </summary>
    private static bool IsHeadOf(string text, TextSpan weak, TextSpan cue)
    {
        if (cue.Start < weak.End)
        {
            return false;
        }

        return text.AsSpan(weak.End, cue.Start - weak.End).Trim().Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Drops weak cues (ambiguous across spheres: "service center", "transit") unless the same clause's profile has a
    /// cue that is not weak elsewhere in the sentence (another name or a sphere term) to say which sphere is meant.
    /// </summary>
    private static List<ProfileIndex.Hit> Corroborated(List<ProfileIndex.Hit> hits)
    {
        var strong = hits.Where(h => !h.IsWeak).ToList();
        return strong.Count == 0 ? [] : [.. hits.Where(h => !h.IsWeak || strong.Any(s => !s.Span.Overlaps(h.Span)))];
    }

    // Words before a period, or Azerbaijani after it, that make it the time a plan or a programme covers, not when anything
    // was done: "a plan for 2025", "план на 2025 год", "2025-ci il üçün".
    private static readonly HashSet<string> s_coveringBefore = new(StringComparer.OrdinalIgnoreCase) { "for", "until", "till", "на", "до" };

    private static bool IsAPeriodCovered(string text, DateMention date) =>
        date.Value is null
        && (LinkWords.Words(text, Math.Max(0, date.Span.Start - 12), date.Span.Start) is { Count: > 0 } before && s_coveringBefore.Contains(before[^1].Text)
            || LinkWords.Words(text, date.Span.End, Math.Min(text.Length, date.Span.End + 8)) is { Count: > 0 } after && after[0].Text == "üçün");

    /// <summary>
    /// The first date written in the sentence (a period's first day) that is not a referenced agreement's date, not a period
    /// a plan covers and not after the document's own; else the document's date.
    /// </summary>
    private static (DateOnly? Day, string? Precision) ActivityDate(string text, DocumentAnalysis analysis, TextSpan sentence)
    {
        foreach (var date in analysis.Dates.OrderBy(d => d.Span.Start))
        {
            // An instrument's date is its own, inside its mention or written before it ("2018-ci il sentyabrın 1-də imzalanmış
            // … Fəaliyyət Planının icrası təhlil olunub" reviews the plan now).
            if (date.Dateline || !sentence.Contains(date.Span)
                || analysis.References.Any(r => r.Span.Overlaps(date.Span) || sentence.Contains(r.Span) && r.Date is { } signed && date.Value == signed))
            {
                continue;
            }

            if ((date.Value ?? date.Start) is { } day && (analysis.Date is null || day <= analysis.Date) && !IsAPeriodCovered(text, date))
            {
                return (day, DatePrecision.Of(date));
            }
        }

        return (analysis.Date, analysis.Date is null ? null : DatePrecision.Day);
    }
}

/// <summary>What made an evidence link: a name cue of the profile, or two of its sphere terms.</summary>
public static class ProfileEvidence
{
    public const string Name = "name";

    public const string Terms = "terms";
}

using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Entente.Text.Analysis;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>
/// Finds mentions of agreements — treaties, declarations, statements, conventions, protocols, memoranda, action
/// plans, roadmaps — with their title, kind, date(s) and parties, in English, Russian and Azerbaijani.
/// </summary>
internal static partial class ReferenceExtractor
{
    // Heads, longest first; a form ending in * matches any ending ("Деклараци*" → "Декларации").
    private static readonly (string[] Words, string Kind)[] s_heads =
    [
        (["joint", "statement"], DocumentKinds.JointStatement), (["joint", "statements"], DocumentKinds.JointStatement),
        (["joint", "declaration"], DocumentKinds.Declaration),
        (["action", "plan"], DocumentKinds.ActionPlan), (["action", "plans"], DocumentKinds.ActionPlan),
        (["plan", "of", "action"], DocumentKinds.ActionPlan), (["plan", "of", "cooperation"], DocumentKinds.ActionPlan),
        (["cooperation", "plan"], DocumentKinds.ActionPlan), (["cooperation", "plans"], DocumentKinds.ActionPlan),
        (["plan", "for", "the", "development"], DocumentKinds.ActionPlan), (["plan", "of", "development"], DocumentKinds.ActionPlan),
        (["plan", "of", "consultations"], DocumentKinds.ActionPlan), (["plan", "of", "measures"], DocumentKinds.ActionPlan),
        (["plan", "of", "events"], DocumentKinds.ActionPlan), (["plan", "of", "actions"], DocumentKinds.ActionPlan),
        (["work", "plan"], DocumentKinds.ActionPlan), (["plan", "of", "work"], DocumentKinds.ActionPlan),
        // "?" stands for one lower-case English word: "a plan of joint events", "the plan of cultural events".
        (["plan", "of", "?", "events"], DocumentKinds.ActionPlan), (["plan", "of", "?", "measures"], DocumentKinds.ActionPlan),
        (["plan", "of", "?", "actions"], DocumentKinds.ActionPlan), (["plan", "of", "?", "consultations"], DocumentKinds.ActionPlan),
        (["plan", "of", "activities"], DocumentKinds.ActionPlan), (["plan", "of", "?", "activities"], DocumentKinds.ActionPlan),
        (["plan", "of", "?", "cooperation"], DocumentKinds.ActionPlan), (["plan", "of", "?", "?", "cooperation"], DocumentKinds.ActionPlan),
        (["road", "map"], DocumentKinds.Roadmap), (["road", "maps"], DocumentKinds.Roadmap),
        (["programme", "of", "cooperation"], DocumentKinds.Programme), (["program", "of", "cooperation"], DocumentKinds.Programme),
        (["programme", "of", "?", "cooperation"], DocumentKinds.Programme), (["program", "of", "?", "cooperation"], DocumentKinds.Programme),
        (["cooperation", "programme"], DocumentKinds.Programme), (["cooperation", "program"], DocumentKinds.Programme),
        (["contract"], DocumentKinds.Contract), (["contracts"], DocumentKinds.Contract),
        // A programme of anything else counts only when its signing or its day is told ("signed a programme of youth exchanges").
        (["programme"], DocumentKinds.Programme), (["program"], DocumentKinds.Programme),
        (["final", "act"], DocumentKinds.Other),
        (["treaty"], DocumentKinds.Treaty), (["treaties"], DocumentKinds.Treaty), (["pact"], DocumentKinds.Treaty), (["charter"], DocumentKinds.Treaty),
        (["agreement"], DocumentKinds.Agreement), (["agreements"], DocumentKinds.Agreement), (["accord"], DocumentKinds.Agreement),
        (["declaration"], DocumentKinds.Declaration), (["declarations"], DocumentKinds.Declaration),
        (["convention"], DocumentKinds.Convention), (["conventions"], DocumentKinds.Convention),
        (["statement"], DocumentKinds.Statement), (["statements"], DocumentKinds.Statement),
        (["protocol"], DocumentKinds.Protocol), (["protocols"], DocumentKinds.Protocol),
        (["memorandum"], DocumentKinds.Memorandum), (["memoranda"], DocumentKinds.Memorandum), (["MoU"], DocumentKinds.Memorandum),
        (["roadmap"], DocumentKinds.Roadmap), (["roadmaps"], DocumentKinds.Roadmap),
        // "+" stands for one Russian adjective: "планом военного сотрудничества", "план совместных действий".
        (["совместн*", "заявлени*"], DocumentKinds.JointStatement), (["план*", "+", "действий"], DocumentKinds.ActionPlan),
        (["план*", "+", "сотрудничества"], DocumentKinds.ActionPlan), (["план*", "+", "+", "сотрудничества"], DocumentKinds.ActionPlan), (["план*", "действий"], DocumentKinds.ActionPlan),
        (["план*", "сотрудничества"], DocumentKinds.ActionPlan), (["план-график*"], DocumentKinds.ActionPlan), (["план*", "мероприятий"], DocumentKinds.ActionPlan), (["план*", "+", "мероприятий"], DocumentKinds.ActionPlan),
        (["план*", "+", "+", "мероприятий"], DocumentKinds.ActionPlan), (["план*", "консультаций"], DocumentKinds.ActionPlan), (["план*", "+", "консультаций"], DocumentKinds.ActionPlan), (["план*", "работы"], DocumentKinds.ActionPlan),
        (["дорожн*", "карт*"], DocumentKinds.Roadmap),
        (["программ*", "сотрудничества"], DocumentKinds.Programme), (["программ*", "+", "сотрудничества"], DocumentKinds.Programme),
        // The noun's forms only: "на контрактной основе" (on contract terms) names no instrument.
        (["контракт"], DocumentKinds.Contract), (["контракта"], DocumentKinds.Contract), (["контракту"], DocumentKinds.Contract),
        (["контрактом"], DocumentKinds.Contract), (["контракте"], DocumentKinds.Contract), (["контракты"], DocumentKinds.Contract),
        (["контрактов"], DocumentKinds.Contract), (["контрактам"], DocumentKinds.Contract), (["контрактами"], DocumentKinds.Contract),
        (["программа"], DocumentKinds.Programme), (["программы"], DocumentKinds.Programme), (["программу"], DocumentKinds.Programme),
        (["программой"], DocumentKinds.Programme), (["программе"], DocumentKinds.Programme),
        (["договор*"], DocumentKinds.Treaty), (["соглашени*"], DocumentKinds.Agreement), (["деклараци*"], DocumentKinds.Declaration),
        (["конвенци*"], DocumentKinds.Convention), (["заявлени*"], DocumentKinds.Statement), (["протокол*"], DocumentKinds.Protocol),
        (["меморандум*"], DocumentKinds.Memorandum), (["МоВ"], DocumentKinds.Memorandum), (["устав*"], DocumentKinds.Treaty),
        (["anlaşma", "memorandum*"], DocumentKinds.Memorandum), (["birgə", "bəyanat*"], DocumentKinds.JointStatement), (["fəaliyyət", "plan*"], DocumentKinds.ActionPlan), (["əməkdaşlıq", "plan*"], DocumentKinds.ActionPlan), (["tədbirlər", "plan*"], DocumentKinds.ActionPlan), (["məsləhətləşmələr", "plan*"], DocumentKinds.ActionPlan), (["iş", "plan*"], DocumentKinds.ActionPlan),
        // "… hazırlanmasına dair əməkdaşlıq müqaviləsi": a cooperation agreement named by its subject before it.
        (["əməkdaşlıq", "müqavilə*"], DocumentKinds.Treaty), (["əməkdaşlıq", "saziş*"], DocumentKinds.Agreement), (["əməkdaşlıq", "memorandum*"], DocumentKinds.Memorandum), (["yol", "xəritə*"], DocumentKinds.Roadmap),
        (["əməkdaşlıq", "proqram*"], DocumentKinds.Programme), (["kontrakt*"], DocumentKinds.Contract),
        (["proqram"], DocumentKinds.Programme), (["proqramı"], DocumentKinds.Programme), (["proqramın"], DocumentKinds.Programme),
        (["proqramını"], DocumentKinds.Programme), (["proqramına"], DocumentKinds.Programme), (["proqramında"], DocumentKinds.Programme),
        (["müqavilə*"], DocumentKinds.Treaty), (["saziş*"], DocumentKinds.Agreement), (["bəyannamə*"], DocumentKinds.Declaration),
        (["konvensiya*"], DocumentKinds.Convention), (["bəyanat*"], DocumentKinds.Statement), (["protokol*"], DocumentKinds.Protocol),
        (["memorandum*"], DocumentKinds.Memorandum),
    ];

    private static readonly string[] s_titleLinks = ["of", "on", "for", "about", "о", "об", "по", "в", "на"];

    private static readonly string[] s_titleStops =
    [
        "between", "signed", "dated", "adopted", "concluded", "which", "that", "who", "whose", "through", "until", "till", "as", "was",
        "were", "is", "are", "has", "have", "had", "will", "would", "by", "to", "from", "within", "with", "at", "during", "after",
        "before", "following", "since", "under", "among", "into", "against", "amid", "includes", "being", "been", "this", "and",
        "между", "от", "подписанн*", "подписал*", "который", "которая", "которое", "которые", "заключенн*", "был", "была", "было", "были",
    ];

    private static readonly string[] s_roleWords =
    [
        "President", "Presidents", "Prime", "Heads", "Head", "Ministers", "Minister", "leaders", "Leaders", "Governments", "Government",
        "Президента", "Президентов", "Премьер-министра", "Глав", "лидеров",
    ];

    private static readonly string[] s_anaphora = ["above", "aforementioned", "abovementioned", "above-mentioned", "said", "вышеуказанн*", "упомянут*", "вышеупомянут*"];

    private static readonly string[] s_auxiliaries = ["was", "were", "is", "has", "have", "been", "был", "была", "было", "были"];

    private static readonly string[] s_weekdays = Weekdays.English;

    private static readonly string[] s_sentenceOpeners = ["The", "This", "These", "That", "A", "An", "Its", "Our", "Their", "Each", "All", "Such"];

    /// <summary>All references in document order, with titles and dates resolved across the document.</summary>
    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<AgreementReference> Extract(TokenStream t, IReadOnlyList<DateMention> dateList, IReadOnlyList<EntityMention> entities, DateOnly? textDate = null)
    {
        var dates = new Dates(dateList);
        DateOnly? eventDay = null; // read once, when a signing told as the news needs it
        (int Head, DateOnly Day)? newsSigning = null; // the last instrument signed as the news
        List<SignedList>? signedLists = null; // read once, when an undated instrument needs them
        var found = new List<(AgreementReference Reference, bool Bare, bool Anaphoric, bool Restrictive)>();
        var knownTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < t.Count; i++)
        {
            // The word class settles most tokens before the call.
            if (!t.IsWord(i) || (t.ClassOf(i) & WordClass.Reference) == 0 || Head(t, i) is not { } head)
            {
                continue;
            }

            // "Memorandum of Understanding (MoU)": the short name in brackets is the same instrument again.
            if (t.IsSymbol(i - 1, '(') && found.Count > 0 && t[i - 1].Start - found[^1].Reference.Span.End <= 1)
            {
                continue;
            }

            var headStart = i;
            var headEnd = i + head.Words.Length - 1;
            // "– "Ağıllı sərhəd" memorandumu — …;": the instrument that opens an item of a list of documents signed is one of them.
            var opensASignedItem = OpensAnItem(t, headStart) && ItsList(signedLists ??= SignedLists(t, dates, textDate), t, headStart) is not null;
            var candidate = Read(t, headStart, headEnd, head.Kind, dates, entities, knownTitles, opensASignedItem);
            if (candidate is { Reference.Date: null } undated && textDate is { } day
                && IsSignedAsTheNews(t, headStart, headEnd, t.IndexAt(undated.Reference.Span.End), dates, day, IsRecallable(t, headStart, headEnd, undated.Reference)))
            {
                var signedOn = OnTheWeekdayNamed(t, headStart, day) ?? (eventDay ??= DayOfTheEvent(t, dates, day));
                candidate = undated with { Reference = undated.Reference with { Date = signedOn } };
                newsSigning = (headStart, signedOn);
            }
            // "подписали протокол заседания, а также меморандум о …", "signed a protocol … and a memorandum between …": the
            // next instrument of the list was signed with it.
            else if (candidate is { Reference.Date: null } next && newsSigning is { } signing && t.SameSentence(signing.Head, headStart)
                     && ContinuesAList(t, headStart))
            {
                candidate = next with { Reference = next.Reference with { Date = signing.Day } };
            }

            // "По итогам встречи подписаны следующие документы: — Соглашение …; — Протокол …": the list's day.
            else if (candidate is { Reference.Date: null } item
                     && ItsList(signedLists ??= SignedLists(t, dates, textDate), t, headStart) is { Day: { } listDay })
            {
                candidate = item with { Reference = item.Reference with { Date = listDay } };
            }

            // A contract or a programme told only as the next of a list counts when the list's signing gave it its day, or
            // when it is an item of a list of documents signed ("Also signed were: … – the Programme of … Cooperation").
            if (candidate is { Reference: { Date: null } undatedItem } && IsUntoldContractOrProgramme(t, undatedItem.Kind, headStart, headEnd, dates, opensASignedItem))
            {
                candidate = null;
            }

            // "подписали 10 июля соглашение о … и дорожную карту по его реализации": a signing on a day written before the
            // first instrument signs the next of the list that day too.
            if (candidate is { Reference.Date: { } signingDay } && SignedRightBefore(t, headStart) && DayBefore(t, headStart, dates) == signingDay)
            {
                newsSigning = (headStart, signingDay);
            }

            if (candidate is { } c)
            {
                found.Add(c);
                if (c.Reference.Title is { } title)
                {
                    knownTitles.Add(Normalise(title));
                }

                // "протокол о внесении изменений в межправительственное соглашение о воздушном сообщении 1996 года": the
                // instrument amended is read next, as one of its own.
                var end = t.IndexAt(c.Reference.Span.End);
                i = Math.Max(i, AmendedInTheTitle(t, headEnd, end) is var amended and > 0 ? amended : end - 1);
                if (c.Reference.Title is not null && !c.Bare && IsPlural(t, headEnd) && NextOfList(t, i + 1, c.Reference, t.TextOf(headStart, headEnd), dates) is { } next)
                {
                    found.Add((next, false, false, false));
                    i = Math.Max(i, t.IndexAt(next.Span.End) - 1);
                }
            }
        }

        DateTheListsTheNextSentenceSigns(t, found, dates);
        ShareThePairsDate(t, found, dates);
        return OnePerDate(ReferenceContext.FillParties(t, Resolve(found), entities));
    }

    /// <summary>
    /// "The statements dated November 10, 2020, January 11 and November 26, 2021" name one instrument per date: each
    /// becomes a reference of its own (same words, span, kind and parties), so a reference always has at most one date.
    /// </summary>
    private static List<AgreementReference> OnePerDate(List<AgreementReference> references)
    {
        if (!references.Exists(r => r.Dates.Count > 0))
        {
            return references;
        }

        var split = new List<AgreementReference>(references.Count);
        foreach (var reference in references)
        {
            split.Add(reference with { Dates = [] });
            split.AddRange(reference.Dates.Select(date => reference with { Date = date, Dates = [] }));
        }

        return split;
    }

    private static (AgreementReference Reference, bool Bare, bool Anaphoric, bool Restrictive)? Read(
        TokenStream t, int headStart, int headEnd, string kind, Dates dates, IReadOnlyList<EntityMention> entities,
        HashSet<string> knownTitles, bool opensASignedItem = false)
    {
        var capital = char.IsUpper(t.Text[t[headStart].Start]);

        // Capitalised words before the head belong to the name: "Joint Statement", "Helsinki Final Act", "UN Charter".
        var first = headStart;
        while (first > 0 && t.IsCapitalised(first - 1) && !t[first].AfterNewline && !t.IsAny(first - 1, s_sentenceOpeners)
               && !IsSentenceStart(t, first - 1) && !IsHead(t, first - 1) && capital)
        {
            first--;
        }

        // An instrument named by the place it was made, before a lower-case head: "the Minsk agreements", "the Baku and
        // Moscow declarations", "Московской декларации".
        var byPlace = false;
        if (!capital && kind is not (DocumentKinds.Statement or DocumentKinds.JointStatement) && PlaceBefore(t, headStart, entities) is { } place)
        {
            first = place;
            byPlace = true;
        }

        // The name after the head: "of Friendship, Cooperation and Mutual Security", "on the Legal Status of the Caspian Sea".
        var titleEnd = headEnd;
        var j = headEnd + 1;
        // "Соглашение № 15 о сотрудничестве от 14/03/2023", "Protocol No. 2 of 14/06/2024": the number is part of the name.
        if (AfterItsNumber(t, j) is var afterNumber && afterNumber > j)
        {
            titleEnd = afterNumber - 1;
            j = afterNumber;
        }

        var hasTitleTail = false;
        var namedSubject = false;
        if ((t.IsAny(j, s_titleLinks) || IsInTheFieldOf(t, j)) && !StartsDate(t, j + 1, dates) && !t.IsAny(j + 1, s_roleWords)
            && !(t.Is(j + 1, "the") && t.IsAny(j + 2, s_roleWords)))
        {
            var end = TitleTail(t, j, capital || IsCyrillicOrAz(t, headStart), dates);
            namedSubject = t.IsCapitalised(j + 1) && !Months.TryParse(t.Span(j + 1), out _) && !t.IsAny(j + 1, s_weekdays);

            // A lower-case head keeps a tail only when it names something: "agreements on Nagorno-Karabakh", or a title met before.
            if (end > j && (capital || IsCyrillicOrAz(t, headStart) || namedSubject || knownTitles.Contains(Normalise(t.TextOf(headStart, end)))))
            {
                titleEnd = end;
                hasTitleTail = true;
            }
        }

        // Parties: "between the Russian Federation and the Republic of Azerbaijan", "of the President of … and the President of …".
        var spanEnd = titleEnd;
        var k = titleEnd + 1;
        var parties = new List<string>();
        if (StartsParties(t, k))
        {
            var last = PartiesEnd(t, k, dates);
            AddStates(entities, t[k].Start, t[last].End, parties);

            if (parties.Count > 0)
            {
                spanEnd = last;
                while (spanEnd > k && t[spanEnd].Kind == TokenKind.Symbol)
                {
                    spanEnd--;
                }
            }

            // "of the ministers dated 3 May 2016": the date comes after the phrase, with or without states in it.
            // "between … and … on International Road Transport of 5 May 2005": "of" before a date is the date's.
            // "между РЖД и ЗАО "…" (ADY), подписанного в Баку …": a signing verb after parties that are no states.
            // "между операторами платежных систем двух стран было подписано 4 октября": so with an auxiliary before the verb.
            if (parties.Count > 0 || t.IsAny(last + 1, ["signed", "dated", "от"]) || IsSigningVerb(t, last + 1)
                || t.IsAny(last + 1, s_auxiliaries) && IsSigningVerb(t, last + 2)
                || t.IsAny(last + 1, ["on", "of"]) && StartsDate(t, last + 2, dates)
                // "между министерствами культуры двух стран на 2023—2025 годы, подписанной …": the years it covers come next.
                || t.IsAny(last + 1, ["for", "на"]) && StartsDate(t, last + 2, dates))
            {
                k = last + 1;
            }
        }

        // "меморандум с компанией от 5 июня 2023 г.", "a memorandum with the company of 5 June 2023": the counterpart first.
        if (parties.Count == 0 && AfterTheCounterpart(t, k, dates) is { } afterCounterpart)
        {
            k = afterCounterpart;
        }

        // Dates: "signed on 3 July 1997", "dated 12 August 2018", "of November 10, 2020, January 11 and November 26, 2021", "от 3 июля 1997 года".
        var (date, more, restrictive) = DatesAfter(t, k, dates);
        if (date is null && SigningDateLater(t, k, dates) is { } later)
        {
            (date, more, restrictive) = later;
        }

        if (date is null && AzerbaijaniDayBeforeItsVerb(t, k, dates) is { } azerbaijaniDay)
        {
            date = azerbaijaniDay;
        }

        // "the agreements on air traffic, on road transport and on rail transport, signed on 5 May 2005": a lower-case
        // instrument's subjects, however many, come between it and its date.
        // Parties may come between the subjects and the date: "an agreement on trade, economic … cooperation between the
        // government of the Astrakhan region and the government of Azerbaijan signed in Baku on October 10, 2016".
        if (date is null && !hasTitleTail && parties.Count == 0 && SubjectsEnd(t, headEnd + 1, dates) is { } subjectsEnd
            && AfterParties(t, subjectsEnd + 1, dates) is var afterSubjects
            && (DatesAfter(t, afterSubjects, dates) is { Date: not null } listed ? listed
                : SigningDateLater(t, afterSubjects, dates) ?? DayLaterAfterItsSigning(t, headStart, afterSubjects, dates)) is { } ofList)
        {
            (date, more, restrictive) = ofList;
            spanEnd = subjectsEnd;

            // A capitalised one names itself by them: "the Agreement on Government Procurement of 15 April 1994".
            if (capital)
            {
                titleEnd = subjectsEnd;
                hasTitleTail = true;
            }
        }

        var ownDate = date is not null;
        if (date is null && (SignedRightBefore(t, headStart) || PassiveSigningAfter(t, k) || AzerbaijaniSigningAfter(t, headEnd) || IsAmongTheDocumentsSigned(t, headStart)))
        {
            date = DayBefore(t, headStart, dates);
            ownDate = date is not null;
        }

        if (date is null && SignedRightBefore(t, headStart) && DayLaterInItsClause(t, k, dates) is { } laterDay)
        {
            date = laterDay;
            ownDate = true;
        }

        if (date is null && SigningDayRightBefore(t, first, dates) is { } signingDay)
        {
            date = signingDay;
            ownDate = true;
        }

        if (date is null && DayOfItsChronologyLine(t, first, dates) is { } lineDay)
        {
            date = lineDay;
            ownDate = true;
        }

        if (date is null && WrittenDateBefore(t, first, dates) is { } written && DayOf(written) is { } writtenDay)
        {
            date = writtenDay;
            ownDate = true;

            // "2020-ci il 10 noyabr, 2021-ci il 11 yanvar və 2021-ci il 26 noyabr tarixli bəyanatlar": one per date.
            if (IsPlural(t, headEnd))
            {
                (date, more) = WithEarlierDatesOfList(t, written, writtenDay, dates);
            }
        }

        var nameStart = -1;

        // Azerbaijani puts the name before the head: "… fəaliyyəti haqqında Bəyannamə", "… inkişafı üzrə Fəaliyyət Planı";
        // the parties and a date may come first too. The years it covers ("2019–2021-ci illər üçün") are not its name, nor is
        // the dash that opens an item of a list ("– Mərkəzi banklar arasında … haqqında Memorandum;").
        if (t.IsAny(headStart - 1, ["haqqında", "dair", "barədə", "üzrə"]))
        {
            var p = headStart - 1;
            while (p > 0 && headStart - p < 16 && t.SameSentence(p - 1, headStart) && (!t.IsSymbol(p - 1, ',') || IsListGoingOn(t, p - 1))
                   && !IsOfADate(t, p - 1, dates) && !t.IsAny(p - 1, s_azerbaijaniDayWords) && !IsWrittenOn(t, p - 1) && !t.Is(p - 1, "üçün") && !t.IsAListMark(p - 1))
            {
                p--;
            }

            first = p;
            AddStates(entities, t[first].Start, t[headStart].Start, parties);

            // "X ilə Y arasında …": the parties come before "arasında", the name after it.
            for (var q = headStart - 1; q > first; q--)
            {
                if (t.Is(q, "arasında"))
                {
                    nameStart = q + 1;
                    break;
                }
            }
            // "5 may 2005-ci il tarixli … Sazişə dəyişikliklər edilməsi barədə Protokol": the date is the agreement's.
            if (date is null && !NamesAnotherInstrument(t, first, headStart) && DatesBefore(t, first, dates) is { } before)
            {
                date = before;
                ownDate = true;
            }
        }

        // (A date on the next line is the text's date line under a headline, not the instrument's.)
        if (date is null && IsCyrillicOrAz(t, headStart) && headEnd + 1 < t.Count && !t[headEnd + 1].AfterNewline
            && DateStartingAt(t, headEnd + 1, dates) is { } following && DayOf(following) is { } day)
        {
            date = day;
            ownDate = true;
        }

        var anaphoric = t.IsAny(headStart - 1, s_anaphora) || t.StartsWith(headStart - 1, "вышеуказанн") || t.StartsWith(headStart - 1, "упомянут");
        if (anaphoric)
        {
            first = headStart - 1;
        }

        var bare = !hasTitleTail && first == headStart;
        string? title = !bare ? t.TextOf(nameStart >= 0 ? nameStart : first, titleEnd) : capital && headEnd > headStart ? t.TextOf(headStart, headEnd) : null;

        // A quoted name may carry its parties inside the quotes: "Declaration on “Allied Interaction between … and …”".
        if (title is not null && hasTitleTail && parties.Count == 0)
        {
            var between = -1;
            for (var p = headEnd + 1; p <= titleEnd; p++)
            {
                if (t.IsAny(p, ["between", "между"]))
                {
                    between = p;
                    break;
                }
            }

            if (between > 0)
            {
                title = t.TextOf(first, between - 1);
                AddStates(entities, t[between].Start, t[titleEnd].End, parties);
            }
        }
        var particularMakers = IsOfParticularMakers(t, headStart, headEnd);
        var accepted =
            capital && (!IsSentenceStart(t, headStart) || hasTitleTail || ownDate || first < headStart)
            || ownDate
            || opensASignedItem
            || anaphoric
            || kind is DocumentKinds.ActionPlan or DocumentKinds.Roadmap or DocumentKinds.Programme
            || hasTitleTail && (namedSubject || knownTitles.Contains(Normalise(t.TextOf(headStart, titleEnd))))
            || hasTitleTail && parties.Count >= 2
            // "the statements of the leaders of Azerbaijan, Armenia and Russia": whose they are names which they are.
            || parties.Count >= 2 && IsOfRoleHolders(t, titleEnd + 1)
            // "10 noyabr tarixli birgə bəyanat": written with its day, even one without a year to resolve it.
            || WrittenDateBefore(t, first, dates) is not null || IsWrittenOnADayWithoutYear(t, first)
            || byPlace
            || particularMakers
            || kind == DocumentKinds.Convention && IsAnOrganisations(t, headStart, headEnd, entities)
            || kind == DocumentKinds.Memorandum && t.Is(headEnd + 1, "of") && t.Is(headEnd + 2, "understanding")
            || IsBeingSigned(t, headStart, headEnd, k, dates)
            || EntersIntoForceAfter(t, k)
            || IsNamedInAnothersTitle(t, headStart)
            || IsOneOfASubject(t, headStart, headEnd, kind, dates)
            || IsOneOfAnAzerbaijaniSubject(t, headStart, headEnd, kind)
            || IsASessionsProtocol(t, headStart, headEnd, kind)
            || SignedTodayBefore(t, headStart)
            || IsOfAYear(t, headStart, headEnd)
            || IsSignedByWhoFollows(t, headEnd)
            || IsUnderAnInstrument(t, headStart, headEnd)
            || IsSignedWithTwoModifiers(t, headStart)
            // "a 15-year contract with Gazprom signed in September 2021", "an addendum to the contract".
            || kind == DocumentKinds.Contract && IsToldMade(t, headStart, headEnd)
            || IsAnEventsFinalDocument(t, headStart, headEnd)
            // The next of a list, kept while Extract sees whether the list's signing gives it its day.
            || NeedsItsSigning(kind, headStart, headEnd) && ContinuesAList(t, headStart);
        // A contract is a reference only when its signing or its day is told: in a treaty's articles "contracts" are a
        // matter it regulates ("Of Contracts", "procurement contracts"), not instruments. So is a programme of no cooperation
        // ("the forum's programme"). The next of a signed list may get its day from the list (Extract).
        if (!accepted || IsUntoldContractOrProgramme(t, kind, headStart, headEnd, dates, opensASignedItem) && !ownDate && !ContinuesAList(t, headStart))
        {
            return null;
        }

        if (title is not null)
        {
            title = CleanTitle(title);
        }

        // Azerbaijani "müqavilə" is a treaty between states and a contract between companies or institutions ("SOCAR ilə
        // "Qazprom Eksport" arasında qaz tədarükü üzrə müqavilə", "iki kitabxana arasında müqavilə"): in lower case, with no
        // state among its parties, it is a contract, unless its title is written in capitals ("Müttəfiqlik münasibətləri
        // haqqında müqavilə", a treaty of states) or its subject is an agreement's ("sülh müqaviləsi", "əməkdaşlıq müqaviləsi").
        if (kind == DocumentKinds.Treaty && !capital && parties.Count == 0 && t.StartsWith(headEnd, "müqavilə")
            && !(title is not null && (nameStart >= 0 ? nameStart : first) is var titleStart && t.IsCapitalised(titleStart)
                 && !IsSentenceStart(t, titleStart) && !NamesACompany(t, first, headStart)))
        {
            kind = HasAnAgreementsSubject(t, headEnd) ? DocumentKinds.Agreement : DocumentKinds.Contract;
        }

        // With a company among its makers it is a company's contract, though a state's name qualifies the company
        // ("Rusiyanın "Uralaqromaş" şirkəti ilə Azərbaycanın "Gəncə Texnika" ASC … müqavilə imzalayıb").
        else if (kind == DocumentKinds.Treaty && !capital && t.StartsWith(headEnd, "müqavilə") && NamesACompany(t, first, headStart))
        {
            kind = DocumentKinds.Contract;
        }

        // A deal told by its commercial subject is a contract: "qaz tədarükünə dair əlavə müqavilə" (a supply contract),
        // "договор поставки газа", while "müqavilə" and "договор" between states are treaties.
        if (kind is DocumentKinds.Treaty or DocumentKinds.Agreement && !capital && HasACommercialSubject(t, headStart, headEnd))
        {
            kind = DocumentKinds.Contract;
        }

        // "tripartite agreements": the adjective is part of the mention, not a title.
        var span = t.SpanOf(particularMakers && first == headStart ? headStart - 1 : first, spanEnd);
        var reference = new AgreementReference(span.Of(t.Text), span)
        {
            Title = title,
            Kind = kind,
            Date = date,
            Dates = more,
            Parties = parties,
            NamedByPlace = byPlace && !hasTitleTail,
        };
        return (reference, bare, anaphoric, restrictive);
    }

    // The words that mark a company in Azerbaijani: "şirkəti", and the forms of incorporation "ASC", "MMC", "QSC".
    private static readonly string[] s_azerbaijaniCompanyWords = ["şirkət", "şirkəti", "şirkətinin", "şirkətləri", "ASC", "MMC", "QSC"];

    private static bool NamesACompany(TokenStream t, int from, int to)
    {
        for (var p = Math.Max(0, from); p < to; p++)
        {
            if (t.IsAny(p, s_azerbaijaniCompanyWords))
            {
                return true;
            }
        }

        return false;
    }

    // The subjects of companies' deals: supply, sale, arms, credit, lease, works, services. Azerbaijani names a deal's subject
    // before "müqavilə" ("tədarükünə dair", "silah müqaviləsi"), Russian after "договор" ("договор поставки").
    private static readonly string[] s_commercialSubjectsBefore = ["tədarük", "satış", "satqı", "silah", "kredit", "icarə", "podrat", "xidmət"];

    private static readonly string[] s_commercialSubjectsAfter = ["поставк", "купли", "подряд", "аренд", "займ", "кредит"];

    // How many words before an Azerbaijani head its subject may stand: "təbii qaz tədarükünə dair əlavə müqavilə".
    private const int SubjectReach = 4;

    // The subjects of an agreement rather than a contract, named before "müqavilə": peace, friendship, borders, alliance,
    // cooperation ("əməkdaşlığın genişləndirilməsi haqqında müqavilə").
    private static readonly string[] s_agreementSubjectsBefore = ["sülh", "dostluq", "sərhəd", "müttəfiq", "əməkdaşl"];

    private static bool HasAnAgreementsSubject(TokenStream t, int head) => NamesASubjectBefore(t, head, s_agreementSubjectsBefore);

    private static bool HasACommercialSubject(TokenStream t, int headStart, int headEnd) =>
        t.StartsWith(headStart, "müqavilə")
            ? NamesASubjectBefore(t, headStart, s_commercialSubjectsBefore)
            : t.StartsWith(headStart, "договор") && t.StartsWithAny(headEnd + 1, s_commercialSubjectsAfter);

    private static bool NamesASubjectBefore(TokenStream t, int headStart, string[] subjects)
    {
        for (var p = headStart - 1; p >= 0 && headStart - p <= SubjectReach && t[p].Kind != TokenKind.Symbol; p--)
        {
            if (t.StartsWithAny(p, subjects))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsItsSigning(string kind, int headStart, int headEnd) =>
        kind == DocumentKinds.Contract || kind == DocumentKinds.Programme && headEnd == headStart;

    // A contract or a programme of no cooperation that nothing makes an instrument: no signing told right at it, no list of
    // documents signed it is an item of, no years it covers.
    private static bool IsUntoldContractOrProgramme(TokenStream t, string kind, int headStart, int headEnd, Dates dates, bool opensASignedItem) =>
        NeedsItsSigning(kind, headStart, headEnd) && !IsToldMade(t, headStart, headEnd) && !opensASignedItem && !CoversYears(t, headStart, headEnd, dates);

    // Its signing told, or its amending or extension, which tells that it was made.
    private static bool IsToldMade(TokenStream t, int headStart, int headEnd) => IsToldSigned(t, headStart, headEnd) || IsToldAmended(t, headStart, headEnd);

    // "an addendum to", "amendments to", "дополнение к", "изменения в" right before an instrument; "extended", "продлили".
    private static readonly string[] s_amendments = ["addendum", "addenda", "amendment*", "supplement*", "дополнени*", "изменени*"];
    private static readonly string[] s_extensions = ["extended", "prolonged", "renewed", "продлил*", "продлен*", "продлева*"];

    /// <summary>
    /// Where the words on amending another instrument end in an instrument's title ("о внесении изменений в", "amending",
    /// "on amendments to"), or 0 when the title amends none.
    /// </summary>
    private static int AmendedInTheTitle(TokenStream t, int headEnd, int end)
    {
        for (var k = headEnd + 1; k < end - 1; k++)
        {
            if (t.Is(k, "amending") || t.IsAny(k + 1, ["to", "в"]) && MatchesAny(t, k, s_amendments))
            {
                return t.Is(k, "amending") ? k : k + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when the instrument is amended or extended, which tells that it was made: "an addendum to the contract",
    /// "дополнение к контракту", "продлили контракт", "müqaviləyə dəyişikliklər", "müqaviləyə əlavə".
    /// </summary>
    private static bool IsToldAmended(TokenStream t, int headStart, int headEnd)
    {
        var before = WordBeforeModifiers(t, headStart);
        return t.IsAny(before, ["to", "к", "в"]) && MatchesAny(t, before - 1, s_amendments)
               || MatchesAny(t, before, s_extensions)
               || t.StartsWith(headEnd + 1, "dəyişiklik") || t.StartsWith(headEnd + 1, "əlavə");
    }

    // How many words a programme's subject may take before the years it covers.
    private const int MaxTitleBeforeYears = 8;

    // How many tokens an Azerbaijani programme's years may stand before it: "2024–2026-cı illər üçün iqtisadi əməkdaşlıq
    // üzrə hökumətlərarası proqram".
    private const int MaxYearsLead = 12;

    /// <summary>
    /// True when a programme is told with the years it covers, which makes it an instrument however it is named: "the
    /// programme for 2023-2025", "программа на 2024–2026 годы", "the 2024-2026 programme", "the 2021 programme",
    /// "2022–2024-cü illər üçün nəzərdə tutulmuş proqram", "2026–2028-ci illəri əhatə edəcək yeni proqram" (not "the forum's
    /// programme").
    /// </summary>
    private static bool CoversYears(TokenStream t, int headStart, int headEnd, Dates dates)
    {
        // (Its years may follow its subject: "the Programme of Interregional and Cross-Border Cooperation for 2023-2026".)
        for (var k = headEnd + 1; k < t.Count && k - headEnd <= MaxTitleBeforeYears && t.SameSentence(headEnd, k) && t.IsWord(k); k++)
        {
            if (t.IsAny(k, ["for", "на"]) && DateStartingAt(t, k + 1, dates) is { Granularity: "range" })
            {
                return true;
            }

            if (IsHead(t, k))
            {
                break;
            }
        }

        for (var k = headStart - 1; k >= 0 && headStart - k <= MaxYearsLead && t.SameSentence(k, headStart); k--)
        {
            if (DateStartingAt(t, k, dates) is not { Granularity: "range" or "year" } years)
            {
                continue;
            }

            var after = t.IndexAt(years.Span.End);
            return after == headStart
                   || years.Granularity == "range" && t.IsAny(after, ["illər", "illəri"]) && t.IsAny(after + 1, ["üçün", "əhatə"]);
        }

        return false;
    }

    // The verb of its signing right before it, or after it in Azerbaijani ("… birgə fəaliyyət proqramı imzalanıb").
    private static bool IsToldSigned(TokenStream t, int headStart, int headEnd) =>
        SignedRightBefore(t, headStart) || ConcludedRightBefore(t, headStart) || AzerbaijaniSigningAfter(t, headEnd) || PassiveSigningAfter(t, headEnd + 1, orApproved: true)
        || SignedAfterItsParties(t, headEnd) || IsSignedByWhoFollows(t, headEnd);

    // A company "concluded a contract" tells its making. A treaty's "have concluded this Agreement" or "which has concluded
    // a service contract" does not: "concluded" after an auxiliary is the law's tense, not the news of a signing.
    private static bool ConcludedRightBefore(TokenStream t, int headStart) =>
        BeforeDayAndPlace(t, WordBeforeModifiers(t, headStart)) is var verb && t.Is(verb, "concluded") && !t.IsAny(verb - 1, s_auxiliaries);

    // "contracts", "контракты", "контрактов", "контрактам", "контрактами".
    private static bool IsPlural(ReadOnlySpan<char> noun) =>
        noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("ы", StringComparison.OrdinalIgnoreCase)
        || noun.EndsWith("ов", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("ам", StringComparison.OrdinalIgnoreCase)
        || noun.EndsWith("ами", StringComparison.OrdinalIgnoreCase);

    // How many words the parties of "the contract between Gazprom Export and SOCAR concluded last November" (or "with
    // Gazprom signed in September 2021") may take.
    private const int PartiesReach = 8;

    // "the contract between Gazprom Export and SOCAR concluded last November", "контракт между … заключённый", "a contract
    // with Gazprom signed in September 2021": the
    // participle of its signing after the parties it is between (no comma before it). One instrument, not a class of them:
    // "contracts between economic entities concluded …" are not.
    private static bool SignedAfterItsParties(TokenStream t, int headEnd)
    {
        if (!t.IsAny(headEnd + 1, ["between", "между", "with", "с"]) || IsPlural(t.Span(headEnd)))
        {
            return false;
        }

        for (var k = headEnd + 2; k <= headEnd + 1 + PartiesReach && t.SameSentence(k, headEnd); k++)
        {
            // (Russian sets the participle off with a comma: "по контракту между …, заключённому в ноябре".)
            if (t.IsSymbol(k, ','))
            {
                return IsSigningParticiple(t, k + 1) && (t.StartsWith(k + 1, "заключ") || t.StartsWith(k + 1, "подписан"));
            }

            if (IsSigningParticiple(t, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSigningParticiple(TokenStream t, int k) =>
        t.IsAny(k, ["signed", "concluded", "agreed"]) || t.StartsWith(k, "заключ") || t.StartsWith(k, "подписан");


    // Words of a day that may open an Azerbaijani sentence before an instrument's name: "Həmin gün … Memorandumu imzalanıb".
    private static readonly string[] s_azerbaijaniDayWords = ["gün", "gündə", "dünən", "bugün"];

    // A date's words and the case ending glued to it: "Noyabrın 14-də".
    private static bool IsOfADate(TokenStream t, int p, Dates dates)
    {
        while (p > 0 && !dates.Covers(t[p].Start) && t[p].Start == t[p - 1].End)
        {
            p--;
        }

        return dates.Covers(t[p].Start);
    }

    // Words after an instrument that say what it is about or who made it: "on", "about", "between", "о", "об", "между".
    private static readonly string[] s_subjectLinks = ["on", "about", "between", "о", "об", "между"];

    // "reached an agreement on": agreement as assent, not as a document.
    private static readonly string[] s_assentVerbs = ["reach", "reached", "reaching", "achieved", "достиг*", "достигнут*", "достичь"];

    // "the agreement on which …", "соглашение, о котором …": the words after it begin another clause, not its subject.
    private static readonly string[] s_relativeWords = ["which", "whom", "what", "котор*", "чем", "том"];

    private static readonly string[] s_englishDeterminers = ["a", "an", "the", "this", "that", "its", "their", "new"];

    /// <summary>
    /// One instrument named by its subject or its makers, even in lower case: "implementation of the agreement on security
    /// cooperation in the Caspian Sea", "under a memorandum between the two agencies", "работа над соглашением о взаимном
    /// признании образования", "в развитие соглашения между правительством Дагестана и кабинетом министров …". Not a
    /// statement ("сделал заявление о" is said, not written), not many ("agreements on trade" may be any), not assent
    /// ("reached an agreement on", "достигли соглашения о"); in English an article or a possessive comes before it.
    /// </summary>
    private static bool IsOneOfASubject(TokenStream t, int headStart, int headEnd, string kind, Dates dates)
    {
        var subject = headEnd + 2;
        if (kind is DocumentKinds.Statement or DocumentKinds.JointStatement || IsPlural(t, headEnd) || !t.IsAny(headEnd + 1, s_subjectLinks)
            || subject >= t.Count || !t.IsWord(subject) || !t.SameSentence(headEnd, subject) || StartsDate(t, subject, dates)
            || t.IsAny(subject, s_weekdays) || MatchesAny(t, subject, s_relativeWords)
            || MatchesAny(t, headStart - 1, s_assentVerbs) || MatchesAny(t, headStart - 2, s_assentVerbs))
        {
            return false;
        }

        // "the cooperation agreement between …": one modifier may stand between the article and the instrument.
        var before = IsEnglishModifier(t, headStart - 1) ? headStart - 2 : headStart - 1;
        return IsCyrillicOrAz(t, headStart) || t.IsAny(before, s_englishDeterminers);
    }

    // Nouns of signing: "после подписания 17 января 2025 года Договора о …", "since the signing on 3 May 2019 of the treaty".
    private static readonly string[] s_signingNouns = ["signing", "подписани*", "imzalanma*"];

    // "подписанная 15 июня 2021 года Шушинская декларация": a participle of signing, then the day, then the name.
    private static readonly string[] s_signingParticiples = ["подписанн*", "заключенн*", "заключённ*", "принят*"];

    /// <summary>
    /// The day written between a noun or a verb of signing and the instrument: "после подписания 17 января 2025 года Договора",
    /// "signed on 16 April a Plan".
    /// </summary>
    private static DateOnly? SigningDayRightBefore(TokenStream t, int headStart, Dates dates)
    {
        var last = WordBeforeModifiers(t, headStart);
        if (t.Is(last, "of"))
        {
            last--;
        }

        var bracketed = t.IsSymbol(last, ')');
        if (bracketed)
        {
            last--;
        }

        if (DateEndingAt(t, last, dates) is not { } written || DayOf(written) is not { } day)
        {
            return null;
        }

        var before = t.IndexAt(written.Span.Start) - 1;
        // "signed on Wednesday (16 April) a Plan of …": the day in brackets after its weekday.
        if (bracketed && t.IsSymbol(before, '('))
        {
            before--;
            if (t.IsAny(before, s_weekdays))
            {
                before--;
            }
        }

        if (t.Is(before, "on"))
        {
            before--;
        }

        // ("the ministers signed on 16 April a Plan of …", "министры подписали 16 апреля соглашение": a verb of signing.)
        return MatchesAny(t, before, s_signingNouns) || MatchesAny(t, before, s_signingVerbs)
               || IsCyrillicOrAz(t, before) && MatchesAny(t, before, s_signingParticiples) ? day : null;
    }


    // "ali təhsil sahəsində əməkdaşlıq haqqında memorandum", "konteyner daşımalarının artırılması üzrə saziş", "readmissiya
    // haqqında ikitərəfli saziş", "“KazMunayQaz” ilə SOCAR arasında imzalanmış saziş", "Rosselxoznadzor ilə imzalanmış
    // saziş": Azerbaijani names the subject or the makers before one instrument, an adjective or the words of its signing
    // between.
    private static bool IsOneOfAnAzerbaijaniSubject(TokenStream t, int headStart, int headEnd, string kind)
    {
        if (kind is DocumentKinds.Statement or DocumentKinds.JointStatement || IsPlural(t, headEnd))
        {
            return false;
        }

        var p = headStart - 1;
        for (var skipped = 0; skipped < 2 && IsAzerbaijaniAdjective(t, p); skipped++)
        {
            p--;
        }

        // "Rosselxoznadzor ilə imzalanmış saziş": signed with someone, it is one.
        if (IsWrittenOn(t, p))
        {
            return t.IsAny(p - 1, ["haqqında", "dair", "barədə", "arasında", "ilə"]);
        }

        return t.IsAny(p, ["haqqında", "dair", "barədə", "üzrə", "arasında"]);
    }

    private static readonly string[] s_sessionWords = ["session", "meeting", "sitting", "commission"];

    // "the protocol of the last session of the intergovernmental commission", "в протоколе заседания комиссии", "iclasın
    // protokolu": the record of one meeting.
    private static bool IsASessionsProtocol(TokenStream t, int headStart, int headEnd, string kind)
    {
        if (kind != DocumentKinds.Protocol || IsPlural(t, headEnd))
        {
            return false;
        }

        if (MatchesAny(t, AfterRussianOrdinal(t, headEnd + 1), ["заседани*", "сесси*", "встреч*", "комисси*", "межправкомисси*"])
            || MatchesAny(t, headStart - 1, ["iclas*", "sessiya*", "komissiya*"]))
        {
            return true;
        }

        if (!t.Is(headEnd + 1, "of") || !t.IsAny(headStart - 1, s_englishDeterminers))
        {
            return false;
        }

        // "of the last session", "of its 20th meeting": an article, then at most two words of which one.
        var p = t.IsAny(headEnd + 2, ["the", "its", "their"]) ? headEnd + 3 : headEnd + 2;
        for (var skipped = 0; skipped < 2 && !t.IsAny(p, s_sessionWords) && (t.IsWord(p) || t.IsNumber(p)) && !IsLink(t, p) && !t.IsAny(p, s_titleStops); skipped++)
        {
            p++;
        }

        return t.IsAny(p, s_sessionWords) && t.SameSentence(headEnd, p);
    }

    // The word after a Russian ordinal written in figures ("протокол 25-го заседания"), or p when none is there.
    private static int AfterRussianOrdinal(TokenStream t, int p) =>
        t.IsNumber(p) && t.IsSymbol(p + 1, '-') && t.IsWord(p + 2) && t.Span(p + 2).Length <= 3 && IsCyrillicOrAz(t, p + 2) ? p + 3 : p;

    // "their 1996 news exchange agreement", "the 2015 treaty": one instrument named by the year it was made, a few words
    // of its subject between. Or the year after it: "the allied declaration of 2022", "декларация 2022 года".
    private static bool IsOfAYear(TokenStream t, int headStart, int headEnd)
    {
        if (IsPlural(t, headEnd))
        {
            return false;
        }

        if (t.Is(headEnd + 1, "of") && t.IsAYear(headEnd + 2) && !t.IsSymbol(headEnd + 3, '-')
            || t.IsAYear(headEnd + 1) && t.IsAny(headEnd + 2, ["года", "г"]))
        {
            return true;
        }

        if (IsCyrillicOrAz(t, headStart))
        {
            return false;
        }

        var p = headStart - 1;
        for (var skipped = 0; skipped < 3 && t.IsWord(p) && !t.IsCapitalised(p) && !t.IsAny(p, s_englishDeterminers); skipped++)
        {
            p--;
        }

        return t.IsAYear(p) && t.IsAny(p - 1, s_englishDeterminers);
    }

    // States named between two positions.
    private static void AddStates(IReadOnlyList<EntityMention> entities, int from, int to, List<string> parties)
    {
        for (var k = FirstEntityFrom(entities, from); k < entities.Count && entities[k].Span.Start < to; k++)
        {
            var e = entities[k];
            if (e.Type == EntityTables.State && e.Span.End <= to && e.Id is { } id && !parties.Contains(id))
            {
                parties.Add(id);
            }
        }
    }

    private static readonly string[] s_listJoins = ["and", "и", "а", "və"];

    private static int TitleTail(TokenStream t, int link, bool capitalised, Dates dates)
    {
        var j = link + 1;
        var end = link;
        var quoted = t.IsSymbol(j, '“') || t.IsSymbol(j, '"') || t.IsSymbol(j, '«');
        if (quoted)
        {
            for (var q = j + 1; q < t.Count && q < j + 40 && t.SameSentence(j, q); q++)
            {
                if (t.IsSymbol(q, '”') || t.IsSymbol(q, '"') || t.IsSymbol(q, '»'))
                {
                    return q;
                }
            }

            return link;
        }

        var sawCapital = false;
        for (var count = 0; j < t.Count && count < 16; j++, count++)
        {
            if (t[j].AfterNewline)
            {
                break;
            }

            // "the Treaty of Gulistan of October 24, 1813": the date after a link word is not part of the name.
            if (StartsDate(t, j, dates) || t.IsAny(j, s_titleLinks) && StartsDate(t, j + 1, dates)
                || Weekdays.At(t, j) is not null || t.IsAny(j, s_titleLinks) && Weekdays.At(t, j + 1) is not null)
            {
                break;
            }

            if (t.IsWord(j))
            {
                if (IsStop(t, j) && !(t.Is(j, "and") && t.IsCapitalised(j + 1) && capitalised) && !(!capitalised && JoinsTheSubjects(t, j)))
                {
                    break;
                }

                // The instrument another one amends or completes is one of its own: "Протокол о внесении изменений в
                // [Соглашение … от 5 мая 2005 года]", "Protocol on Amendments to the [Agreement …]"; its parties and date
                // are its own. A name that merely contains a head goes on ("Convention on the Law of Treaties").
                if (IsHead(t, j) && IsNamedInAnothersTitle(t, j))
                {
                    break;
                }

                // So is the next instrument of a list in lower case: "соглашение о сотрудничестве и дорожную карту по его
                // реализации", "… и межправительственное соглашение".
                if (!t.IsCapitalised(j) && IsHead(t, j) && (t.IsAny(j - 1, s_listJoins) || IsRussianAdjective(t, j - 1) && t.IsAny(j - 2, s_listJoins)))
                {
                    break;
                }

                // A place after a lower-case English name is where it was made: "an agreement on cooperation [in Baku]".
                if (!capitalised && t.Is(j, "in") && t.IsCapitalised(j + 1))
                {
                    break;
                }

                // A past participle after a name ends it: "… on Nagorno-Karabakh reached by the leaders" (but "on allied interaction"
                // goes on, and so does a noun before "of": "the delimitation of the Caspian seabed of September 23, 2002").
                if (!t.IsCapitalised(j) && t.Span(j).EndsWith("ed", StringComparison.Ordinal) && t.Span(j).Length > 4 && !IsLink(t, j - 1) && !t.Is(j + 1, "of"))
                {
                    break;
                }

                // Once a capitalised name has begun, a lower-case word ends it: "… of the Caspian Sea for the development of …".
                if (capitalised && sawCapital && !t.IsCapitalised(j) && !IsLink(t, j) && IsLink(t, j - 1) && !IsCyrillicOrAz(t, j))
                {
                    break;
                }

                sawCapital |= t.IsCapitalised(j);

                end = j;
                continue;
            }

            // "протокол об организации «зеленого коридора»": a quoted name inside a Russian or Azerbaijani name is part of it.
            if ((t.IsSymbol(j, '«') || t.IsSymbol(j, '“') || t.IsSymbol(j, '"') && t[j].AfterSpace) && j > link + 1 && IsCyrillicOrAz(t, j - 1)
                && QuoteClose(t, j) is > 0 and var close)
            {
                end = close;
                j = close;
                continue;
            }

            // "Friendship, Cooperation and Mutual Security": a comma inside a capitalised name.
            if (t.IsSymbol(j, ',') && capitalised && t.IsCapitalised(j + 1) && t.IsCapitalised(j - 1))
            {
                continue;
            }

            // "о дружбе, сотрудничестве и взаимной безопасности": Russian writes the list in lower case.
            if (t.IsSymbol(j, ',') && IsListGoingOn(t, j))
            {
                continue;
            }

            // "an agreement on trade, economic, scientific, technical and cultural cooperation": so does English, up to its "and".
            if (t.IsSymbol(j, ',') && !capitalised && EnglishSubjectsGoOnTo(t, j) is > 0 and var resumed)
            {
                j = resumed - 1;
                continue;
            }

            break;
        }

        // The name never ends on a link word: "… of the", "… to the", "… в".
        while (end > link && t.IsAny(end, ["of", "the", "on", "for", "in", "and", "to", "о", "об", "по", "и", "в", "во", "к", "ко"]))
        {
            end--;
        }

        return end;
    }

    // "and" inside a lower-case English subject: "cooperation in the exploration and use of outer space", "phytosanitary and
    // veterinary certificates" (not "… and a memorandum", "… and signed").
    private static bool JoinsTheSubjects(TokenStream t, int and) =>
        t.Is(and, "and") && IsLowerCaseEnglishWord(t, and - 1) && JoinsTwoWordsOfAKind(t, and) && !IsStop(t, and + 1)
        && !t.IsAny(and + 1, s_englishDeterminers) && !IsHead(t, and + 1);

    // The closing quote of the quotation that opens at q, within a few words of the same sentence, or -1 (the normalised
    // text writes every quote as '"').
    private static int QuoteClose(TokenStream t, int q)
    {
        for (var p = q + 1; p < t.Count && p - q <= 10 && t.SameSentence(q, p); p++)
        {
            if (t.IsSymbol(p, '»') || t.IsSymbol(p, '”') || t.IsSymbol(p, '"'))
            {
                return p > q + 1 ? p : -1;
            }
        }

        return -1;
    }

    // After a comma in a lower-case English name, the subjects it lists up to the closing "and": the index of the word after
    // that "and", or -1.
    private static int EnglishSubjectsGoOnTo(TokenStream t, int comma)
    {
        for (var p = comma + 1; p < t.Count && p - comma <= 12 && t.SameSentence(comma, p); p++)
        {
            if (t.Is(p, "and"))
            {
                return t.IsWord(p - 1) && IsEnglishSubjectWord(t, p + 1) ? p + 1 : -1;
            }

            if (!(t.IsSymbol(p, ',') && t.IsWord(p - 1) || IsEnglishSubjectWord(t, p)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsEnglishSubjectWord(TokenStream t, int p) =>
        IsLowerCaseEnglishWord(t, p) && !IsStop(t, p) && !IsHead(t, p) && !t.IsAny(p, s_englishDeterminers)
        && !t.Span(p).EndsWith("ed", StringComparison.Ordinal);

    // "the Programme of Cooperation [in the Fields of Education, Culture and Science]": a head that ends in its subject goes on
    // with the fields it covers ("in Baku" after it is where it was made).
    private static bool IsInTheFieldOf(TokenStream t, int j) =>
        t.Is(j, "in") && t.Is(j + 1, "the") && t.IsAny(j + 2, ["field", "fields", "area", "areas", "sphere", "spheres"]) && t.Is(j + 3, "of");

    private static bool IsLink(TokenStream t, int j) => t.IsAny(j, ["of", "on", "the", "and", "for", "in", "a", "an", "о", "об", "по", "и", "в", "на"]);

    // The title stops split once into whole words (one set lookup per title word) and the few stems.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopWords = s_titleStops
        .Where(stop => !stop.EndsWith('*')).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_stopStems = s_titleStops.Where(stop => stop.EndsWith('*')).Select(stop => stop[..^1]).ToArray();

    private static bool IsStop(TokenStream t, int j)
    {
        if (j < 0 || j >= t.Count)
        {
            return false;
        }

        if (s_stopWords.Contains(t.Span(j)))
        {
            return true;
        }

        return t.StartsWithAny(j, s_stopStems);
    }

    private static (DateOnly? Date, IReadOnlyList<DateOnly> More, bool Restrictive) DatesAfter(TokenStream t, int k, Dates dates)
    {
        var restrictive = true;
        var j = k;
        while (t.IsSymbol(j, '’') || t.IsSymbol(j, '”') || t.IsSymbol(j, '"') || t.IsSymbol(j, '»') || t.IsSymbol(j, '\''))
        {
            j++;
        }

        if (t.IsSymbol(j, ','))
        {
            j++;
        }

        // "the Agreement between … and … on 3 July 1997", "signed a cooperation agreement in Baku on 12 September".
        if (t.Is(j, "in") && t.IsCapitalised(j + 1) && t.Is(j + 2, "on") && StartsDate(t, j + 3, dates))
        {
            j += 2;
        }

        if (t.Is(j, "on") && StartsDate(t, j + 1, dates))
        {
            return DateList(t, DateStartingAt(t, j + 1, dates)!, dates);
        }

        if (BracketedDayClosingTheSentence(t, j, dates) is { } bracketedDay)
        {
            return (bracketedDay, [], restrictive);
        }

        // "… was signed on", "… была подписана 22 февраля 2022 года".
        if (t.IsAny(j, s_auxiliaries))
        {
            restrictive = false;
            while (t.IsAny(j, s_auxiliaries))
            {
                j++;
            }
        }

        if (t.IsAny(j, ["signed", "dated", "adopted", "concluded", "of", "from", "от", "подписанн*", "tarixli"]) || t.StartsWith(j, "подписан"))
        {
            j++;
            if (t.IsAny(j, ["on", "in"]))
            {
                j++;
            }
        }
        else
        {
            return (null, [], restrictive);
        }

        var first = DateStartingAt(t, j, dates);
        if (first is null)
        {
            return (null, [], restrictive);
        }

        var (date, more, _) = DateList(t, first, dates);
        return (date, more, restrictive);
    }

    // "… on trade cooperation (25 March).", "… on trade, economic and humanitarian cooperation (25 March).", "… в сфере
    // энергетики (Будапешт, 17 апреля 2023 года).": a day in brackets of its own (after a place, perhaps) that closes the
    // sentence dates the instrument before it, with the rest of its subjects between.
    private const int MaxWordsBeforeABracketedDay = 12;

    private static DateOnly? BracketedDayClosingTheSentence(TokenStream t, int j, Dates dates)
    {
        for (var open = j; open < j + MaxWordsBeforeABracketedDay && t.SameSentence(j, open); open++)
        {
            if (t.IsSymbol(open, '('))
            {
                return DateStartingAt(t, AfterAPlace(t, open + 1), dates) is { } bracketed && DayOf(bracketed) is { } day
                       && t.IndexAt(bracketed.Span.End) is var close && t.IsSymbol(close, ')')
                       && (close + 1 == t.Count || !t.SameSentence(close, close + 1) || t.IsSymbol(close + 1, '.'))
                    ? day
                    : null;
            }
        }

        return null;
    }

    // "(Будапешт, 17 апреля 2023 года)", "(St Petersburg, 10.03.2023)": a bracket may name where before when. The token after
    // the place's comma, or k when no place is written there.
    private static int AfterAPlace(TokenStream t, int k)
    {
        const int MaxPlaceWords = 3;
        for (var j = k; j < k + MaxPlaceWords && t.IsWord(j) && t.IsCapitalised(j); j++)
        {
            if (t.IsSymbol(j + 1, ','))
            {
                return j + 2;
            }
        }

        return k;
    }

    // "Protocol No. 2 of 14/06/2024", "Соглашение № 15 от 14/03/2023": the token after the instrument's number, or k when
    // none is written there.
    private static int AfterItsNumber(TokenStream t, int k)
    {
        var j = k;
        if (t.Is(j, "No") && t.IsCapitalised(j) || t.IsSymbol(j, '№'))
        {
            j++;
            if (t.IsSymbol(j, '.'))
            {
                j++;
            }

            return t.IsNumber(j) ? j + 1 : k;
        }

        return k;
    }

    // A date and the dates listed after it: "November 10, 2020, January 11, and November 26, 2021, as well as October 31, 2022".
    private static (DateOnly? Date, IReadOnlyList<DateOnly> More, bool Restrictive) DateList(TokenStream t, DateMention first, Dates dates)
    {
        var more = new List<DateOnly>();
        var next = t.IndexAt(first.Span.End);
        while (true)
        {
            var p = next;
            if (t.IsSymbol(p, ','))
            {
                p++;
            }

            if (t.IsAny(p, ["and", "и", "və"]))
            {
                p++;
            }
            else if (t.Is(p, "as") && t.Is(p + 1, "well") && t.Is(p + 2, "as"))
            {
                p += 3;
            }

            if (p == next || DateStartingAt(t, p, dates) is not { } d)
            {
                break;
            }

            if (DayOf(d) is { } day)
            {
                more.Add(day);
            }

            next = t.IndexAt(d.Span.End);
        }

        return (DayOf(first), more, true);
    }

    /// <summary>
    /// The last word of the subjects a lower-case instrument lists after a link word ("on air traffic, on road transport
    /// and on international rail transport"), or null when no link word follows it.
    /// </summary>
    private static int? SubjectsEnd(TokenStream t, int link, Dates dates)
    {
        if (!t.IsAny(link, s_titleLinks))
        {
            return null;
        }

        var end = TitleTail(t, link, false, dates);
        if (end <= link)
        {
            return null;
        }

        while (true)
        {
            var next = end + 1;
            next += t.IsSymbol(next, ',') ? 1 : 0;
            next += t.IsAny(next, ["and", "и", "və"]) ? 1 : 0;
            var more = next > end + 1 && t.IsAny(next, s_titleLinks) ? TitleTail(t, next, false, dates) : next;
            if (more <= next)
            {
                return end;
            }

            end = more;
        }
    }

    // The word after the parties that "between" begins at k, or k when it does not.
    private static int AfterParties(TokenStream t, int k, Dates dates) => t.IsAny(k, ["between", "между"]) ? PartiesEnd(t, k, dates) + 1 : k;

    // The last word of the parties that begin at k ("between …"): a signing word, a date, another instrument or the end of
    // the sentence ends them. (Another instrument's head: "a protocol of the session and a memorandum between …".)
    private static int PartiesEnd(TokenStream t, int k, Dates dates)
    {
        var stop = Math.Min(t.Count - 1, k + 30);
        var last = k;
        for (var p = k + 1; p <= stop; p++)
        {
            if (t.IsAny(p, ["signed", "dated", "which", "that", "от", "who"]) || t.IsAny(p, s_auxiliaries) || IsSigningVerb(t, p) || t.IsSymbol(p, '.') || IsHead(t, p)
                || t.IsSymbol(p, ';') || StartsDate(t, p, dates) || t.IsAny(p, ["on", "of", "for", "на"]) && StartsDate(t, p + 1, dates) || !t.SameSentence(k, p)
                || t.IsSymbol(p, '(') && StartsDate(t, AfterAPlace(t, p + 1), dates))
            {
                break;
            }

            last = p;
        }

        return last;
    }

    /// <summary>
    /// A signing verb shortly after the name, then a date within the same clause: "signed between Russia and Azerbaijan
    /// on 22 February 2022", ", which was initially signed on 19 August 2024, in Baku", "signed in Baku on 3 March 2019",
    /// "подписанный в Баку 3 марта 2019 года". Another instrument's head or the end of the sentence ends the search.
    /// </summary>
    private static (DateOnly? Date, IReadOnlyList<DateOnly> More, bool Restrictive)? SigningDateLater(TokenStream t, int k, Dates dates)
    {
        // A relative clause may name its signers at length: "который генеральный директор Эрмитажа и директор бакинского
        // музея подписали".
        const int Reach = 8, RelativeReach = 12;
        var reachEnd = k + Reach;
        var verb = -1;
        for (var p = k; p < t.Count && p < reachEnd && t.SameSentence(k, p); p++)
        {
            // "… for 2023-2024 signed by …", "на 2023-2024 годы, подписанным …", "until 2030, which …": the years it covers are
            // no signing date, and do not count against the reach.
            if (t.IsAny(p, ["for", "на", "until", "till", "до"]) && DateStartingAt(t, p + 1, dates) is { } period)
            {
                var periodEnd = t.IndexAt(period.Span.End);
                reachEnd += periodEnd - p;
                p = periodEnd - 1;
                continue;
            }

            // "…, который министры обороны двух стран подписали 20 декабря": a relative clause names who signed first (not
            // one after a preposition: "the Treaties on which the Union is founded").
            if (MatchesAny(t, p, ["котор*", "which"]) && !IsLink(t, p - 1) && !t.IsAny(p - 1, ["by", "at", "under", "with", "с", "со", "при", "к"]))
            {
                reachEnd = Math.Max(reachEnd, p + RelativeReach);
            }

            if (t.IsSymbol(p, ';') || IsHead(t, p) || StartsDate(t, p, dates))
            {
                return null;
            }

            if (t.IsWord(p) && IsSigningVerb(t, p))
            {
                verb = p;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        // Close to the verb any date of the clause is the signing's; further on ("adopted at the trilateral meeting with
        // Prime Minister … in Sochi on …", "signed by President … and European Commission President … in Baku on …")
        // only while no comma or clause word has brought in another event.
        const int Near = 14, Far = 24;
        var sameClause = true;
        for (var p = verb + 1; p < t.Count && p < verb + 1 + Far && t.SameSentence(verb, p); p++)
        {
            if (t.IsSymbol(p, ';') || IsHead(t, p))
            {
                return null;
            }

            sameClause &= !t.IsSymbol(p, ',') && !t.IsSymbol(p, '(') && !t.IsAny(p, s_clauseWords) && !StartsAnotherClause(t, p);
            if (p >= verb + 1 + Near && !sameClause)
            {
                return null;
            }

            if (StartsDate(t, p, dates))
            {
                var (date, more, _) = DateList(t, DateStartingAt(t, p, dates)!, dates);
                return date is null ? null : (date, more, true);
            }
        }

        return null;
    }

    /// <summary>
    /// Azerbaijani tells the signing after the instrument with its day and place before the verb: "… tarif haqqında saziş
    /// Azərbaycan, Rusiya və İranın dəmir yolu idarələri arasında 2022-ci il iyunun 14-də Tehranda imzalanıb". The first
    /// day after the instrument is the signing's when the verb follows it, a place at most between.
    /// </summary>
    private static DateOnly? AzerbaijaniDayBeforeItsVerb(TokenStream t, int k, Dates dates)
    {
        const int Reach = 20;
        for (var p = k; p < t.Count && p < k + Reach && t.SameSentence(k, p) && !t.IsSymbol(p, ';') && !IsHead(t, p); p++)
        {
            if (DateStartingAt(t, p, dates) is not { } date)
            {
                continue;
            }

            var after = t.IndexAt(date.Span.End);
            while (after < t.Count && IsOfADate(t, after, dates))
            {
                after++;
            }

            for (var skipped = 0; skipped < 2 && t.IsCapitalised(after) && !t.StartsWith(after, "imzala"); skipped++)
            {
                after++;
            }

            // A participle ("… və 2003-cü il noyabrın 4-də Tehranda imzalanmış … Konvensiyası") dates the next instrument.
            return t.StartsWith(after, "imzalan") && !IsWrittenOn(t, after) ? DayOf(date) : null;
        }

        return null;
    }

    /// <summary>
    /// The day the clause of a signing goes on to name after the instrument: "Gazprom signed a memorandum with the National
    /// Iranian Gas Company in St Petersburg on June 26", "подписал меморандум с администрацией парка в Баку 12 марта". A
    /// comma, a bracket, another instrument or a word that opens another clause ends the search.
    /// </summary>
    private static DateOnly? DayLaterInItsClause(TokenStream t, int k, Dates dates)
    {
        const int Reach = 16;
        for (var p = k; p < t.Count && p < k + Reach && t.SameSentence(k, p); p++)
        {
            // "signed a programme of cooperation for 2024–2026 in Baku on October 9": the years it covers are no day.
            if (t.IsAny(p, ["for", "на"]) && DateStartingAt(t, p + 1, dates) is { } period)
            {
                p = t.IndexAt(period.Span.End) - 1;
                continue;
            }

            // "… at the Army-2021 forum on Monday, August 23": the weekday's comma parts no clause.
            if (t.Is(p, "on") && Weekdays.At(t, p + 1) is not null && t.IsSymbol(p + 2, ',') && DateStartingAt(t, p + 3, dates) is { } dayAfterItsWeekday)
            {
                return DayOf(dayAfterItsWeekday);
            }

            if (t.IsSymbol(p, ',') || t.IsSymbol(p, '(') || t.IsSymbol(p, ';') || IsHead(t, p) || t.IsAny(p, s_clauseWords) || StartsAnotherClause(t, p))
            {
                return null;
            }

            if (DateStartingAt(t, p, dates) is { } date)
            {
                return t.Is(p - 1, "on") || IsCyrillicOrAz(t, p - 1) && t.IsCapitalised(p - 1) ? DayOf(date) : null;
            }
        }

        return null;
    }

    // "signed a programme of trade, economic … cooperation for 2021-2024 in Makhachkala on October 6": the day the clause
    // of a signing told before the instrument names after its subjects.
    private static (DateOnly? Date, IReadOnlyList<DateOnly> More, bool Restrictive)? DayLaterAfterItsSigning(TokenStream t, int headStart, int k, Dates dates) =>
        SignedRightBefore(t, headStart) && DayLaterInItsClause(t, k, dates) is { } day ? (day, [], true) : null;

    // Words that open another clause or event after a signing: its date may be that event's.
    private static readonly string[] s_clauseWords =
        ["which", "who", "that", "where", "when", "while", "after", "before", "during", "following", "since", "until", "но", "который", "которая", "которое", "после", "до", "sonra", "əvvəl"];

    // "and" before a lower-case word starts another clause ("… and discussed …"); before a name it joins signatories, and
    // between two words of one kind it joins them: "phytosanitary and veterinary certificates", "фитосанитарными и
    // ветеринарными сертификатами".
    private static bool StartsAnotherClause(TokenStream t, int p) =>
        t.IsAny(p, ["and", "и", "və"]) && !t.IsCapitalised(p + 1) && !(t.Is(p + 1, "the") && t.IsCapitalised(p + 2)) && !JoinsTwoWordsOfAKind(t, p);

    // English tells a verb by its past ending or a few common past forms; Russian and Azerbaijani words of one kind agree in
    // their ending.
    private static bool JoinsTwoWordsOfAKind(TokenStream t, int and)
    {
        if (!t.IsWord(and - 1) || !t.IsWord(and + 1) || t.IsCapitalised(and - 1))
        {
            return false;
        }

        if (t.Is(and, "and"))
        {
            return IsLowerCaseEnglishWord(t, and + 1) && !t.Span(and + 1).EndsWith("ed", StringComparison.Ordinal) && !t.IsAny(and + 1, s_englishClauseOpeners);
        }

        var before = t.Span(and - 1);
        var after = t.Span(and + 1);
        return before.Length > 4 && after.Length > 4 && before[^2..].SequenceEqual(after[^2..]);
    }

    // Past forms and adverbs that open another clause after "and": "… and held talks", "… and then visited".
    private static readonly string[] s_englishClauseOpeners =
        ["held", "met", "said", "made", "took", "gave", "set", "saw", "spoke", "began", "led", "won", "went", "also", "then", "later", "will", "would",
         "shall", "may", "must", "should", "can", "could", "was", "were", "is", "are", "has", "have", "had"];

    // A signing (or an approval) told as done: "signed a …", "… was signed", "подписан протокол", "подписали …", "Protokol
    // imzalanıb", "approved a roadmap".
    private static readonly string[] s_pastSigning =
        ["signed", "подписали", "подписал", "подписала", "подписан", "подписана", "подписано", "подписаны", "заключили", "заключен", "заключена",
         "заключено", "заключены", "заключён", "заключёна", "заключёно", "заключёны", "imzalanıb", "imzalandı", "bağlanıb",
         "imzalanmışdır", "imzalayıb", "imzalayıblar", "imzaladı", "imzaladılar", "approved", "утвердили", "утвержден", "утверждена", "утверждено",
         "утверждены", "təsdiqlənib", "təsdiqləyib", "təsdiqləyiblər"];

    // Words that set a signing in the past or the future: then it is not the day's news.
    private static readonly string[] s_notTheNews =
        ["earlier", "previously", "before", "ago", "will", "would", "plan", "plans", "planned", "intend", "intends", "expected",
         "ранее", "прежде", "раньше", "будет", "будут", "планиру*", "намерен*", "предполага*", "ожида*", "əvvəl", "əvvəllər", "imzalanacaq", "imzalayacaq*", "planlaşdır*"];

    // "signed a …", "подписали межправительственное соглашение", "signed an intergovernmental agreement": a verb of signing
    // told as done right before the instrument (past articles, "new", "bilateral", the makers and adjectives).
    private static bool SignedRightBefore(TokenStream t, int headStart)
    {
        var verb = BeforeDayAndPlace(t, WordBeforeModifiers(t, headStart));
        verb = BeforeItsPartner(t, verb);
        return t.SameSentence(verb, headStart) && (t.IsAny(verb, s_pastSigning) || t.Is(verb, "adopted") || IsEndedWithSigning(t, verb));
    }

    // How many words the partner between a verb and its instrument may take: "с Азербайджанским Каспийским морским пароходством".
    private const int PartnerReach = 6;

    // Russian may put the partner between the verb and the instrument: "заключили с Азербайджанским Каспийским морским
    // пароходством контракты". Returns the word before "с", or p itself when no partner stands there.
    private static int BeforeItsPartner(TokenStream t, int p)
    {
        for (var k = p; k >= 0 && p - k < PartnerReach && t.IsWord(k); k--)
        {
            if (t.Is(k, "с"))
            {
                return k > 0 && k < p ? k - 1 : p;
            }
        }

        return p;
    }

    // "… and a memorandum", "и меморандум", "as well as the plan", "а также меморандум", "və memorandum": the instrument
    // is the next of a list. So is one after a comma when the list closes with a join later on: "signed the protocol …,
    // a memorandum …, an agreement … and a road map …".
    private static bool ContinuesAList(TokenStream t, int headStart)
    {
        var p = WordBeforeModifiers(t, headStart);
        return IsListJoin(t, p) || t.IsSymbol(p, ',') && ListClosesAfter(t, headStart);
    }

    private static bool IsListJoin(TokenStream t, int p) =>
        t.IsAny(p, ["and", "и", "və"]) || t.Is(p, "также") && t.Is(p - 1, "а") || t.Is(p, "as") && t.Is(p - 1, "well") && t.Is(p - 2, "as");

    // An instrument joined to the list later in the sentence, within reach.
    private static bool ListClosesAfter(TokenStream t, int headStart)
    {
        for (var q = headStart + 1; q < t.Count && q - headStart <= SentenceReach && t.SameSentence(headStart, q); q++)
        {
            if (IsHead(t, q) && IsListJoin(t, WordBeforeModifiers(t, q)))
            {
                return true;
            }
        }

        return false;
    }

    // The word before the articles and adjectives of an instrument: "signed" in "signed a new intergovernmental agreement",
    // "а также" in "а также двусторонний меморандум". A quotation mark that opens the name is skipped too: "подписали
    // «Дорожную карту»".
    private static int WordBeforeModifiers(TokenStream t, int headStart)
    {
        var p = headStart - 1;
        if ((t.IsSymbol(p, '«') || t.IsSymbol(p, '“') || t.IsSymbol(p, '"')) && t.Touches(p))
        {
            p--;
        }

        // "подписали Дополнительное соглашение № 2": a capitalised adjective that opens the instrument's name, not the sentence.
        if (p == headStart - 1 && t.IsCapitalised(p) && !IsSentenceStart(t, p) && t.Span(p) is { Length: >= 5 } adjective
            && IsCyrillicOrAz(t, p) && RussianInflection.HasAdjectiveEnding(adjective))
        {
            p--;
        }

        while (t.IsAny(p, ["a", "an", "the", "new", "bilateral"]) || MatchesAny(t, p, s_particularMakers) || IsRussianAdjective(t, p)
               || IsAzerbaijaniAdjective(t, p) || IsEnglishModifier(t, p))
        {
            p--;
        }

        return p;
    }

    // "signed a cooperation agreement": one lower-case word between an article and the instrument says what kind it is.
    private static bool IsEnglishModifier(TokenStream t, int p) =>
        t.IsWord(p) && !t.IsCapitalised(p) && t.IsAny(p - 1, ["a", "an", "the"]) && !IsCyrillicOrAz(t, p) && !IsHead(t, p);

    // "Turkcell has signed a frequency coordination agreement with Georgian operators": two lower-case words say what kind
    // it is. Only after "signed": a treaty's "with which each Party has concluded a free trade agreement" is any such one.
    private static bool IsSignedWithTwoModifiers(TokenStream t, int headStart) =>
        IsLowerCaseEnglishWord(t, headStart - 1) && IsLowerCaseEnglishWord(t, headStart - 2) && !IsHead(t, headStart - 1) && !IsHead(t, headStart - 2)
        && t.IsAny(headStart - 3, ["a", "an"]) && t.Is(headStart - 4, "signed") && t.SameSentence(headStart - 4, headStart);

    // "under a protocol agreed at the same meeting", "under a separate agreement with UEC-Klimov": an instrument that
    // something is done under, told as made or with whom, is one the text refers to. Not a treaty's "under this Agreement",
    // its own, nor "under an appropriate multilateral agreement", any that may be made.
    // So is one under whose terms something is done with those named: "under the contract between Gazprom Export and SOCAR",
    // "во исполнение соглашения с Министерством экономики Азербайджана", "в рамках соглашения с «Роснефтью»".
    private static bool IsUnderAnInstrument(TokenStream t, int headStart, int headEnd)
    {
        var p = WordBeforeModifiers(t, headStart);
        if (!t.SameSentence(p, headStart))
        {
            return false;
        }

        var withNamed = (t.IsAny(headEnd + 1, ["with", "between", "с", "со"]) || t.Is(headEnd + 1, "между")) && NamedAfter(t, headEnd + 2);
        return t.Is(p, "under") && t.IsAny(p + 1, ["a", "an"]) && (t.IsAny(headEnd + 1, ["agreed", "signed", "concluded", "reached"]) || withNamed)
            || t.Is(p, "under") && t.Is(p + 1, "the") && withNamed
            // (Right before the instrument: "исполнение" would pass for an adjective's plural among the modifiers.)
            || (t.Is(headStart - 1, "исполнение") && t.Is(headStart - 2, "во") || t.Is(headStart - 1, "рамках") && t.Is(headStart - 2, "в")) && withNamed;
    }

    // A name right after "with" or "between": capitalised, or in quotation marks («Роснефтью»).
    private static bool NamedAfter(TokenStream t, int k) => t.IsCapitalised(k) || t.IsSymbol(k, '«') || t.IsSymbol(k, '"') || t.IsSymbol(k, '“');

    // "подписали в пятницу в Баку протокол": the day and the place of a signing may stand between the verb and the
    // instrument; the word before them.
    private static int BeforeDayAndPlace(TokenStream t, int p)
    {
        // "подписали 11 марта 2024 года протокол", "подписали 11 марта протокол": a day written out between them.
        if (t.IsAny(p, ["года", "г"]) && t.IsNumber(p - 1))
        {
            p -= 2;
        }
        else if (t.IsNumber(p) && t.Span(p).Length == 4 && Months.TryParse(t.Span(p - 1), out _))
        {
            p--;
        }

        if (t.IsWord(p) && Months.TryParse(t.Span(p), out _) && t.IsNumber(p - 1))
        {
            p -= 2;
        }

        while (p > 0 && t.IsAny(p - 1, ["в", "во"]) && (t.IsCapitalised(p) || Weekdays.At(t, p) is not null))
        {
            p -= 2;
        }

        // "… signed in Baku a protocol on through tariffs", "signed in St Petersburg a memorandum".
        if (t.IsCapitalised(p) && t.IsWord(p))
        {
            var place = t.IsCapitalised(p - 1) && t.IsWord(p - 1) ? p - 1 : p;
            if (t.Is(place - 1, "in") && t.IsAny(place - 2, s_pastSigning))
            {
                return place - 2;
            }
        }

        return p;
    }

    // "… concluded in Gabala on October 17 with the signing of a protocol", "заседание завершилось подписанием протокола":
    // an event that ended with the signing, which is told as done.
    private static bool IsEndedWithSigning(TokenStream t, int p) =>
        (t.Is(p, "of") && t.Is(p - 1, "signing") && t.Is(p - 2, "the") && t.Is(p - 3, "with"))
        || (t.Is(p, "подписанием") && MatchesAny(t, p - 1, ["заверши*", "завершает*", "закончи*"]));

    /// <summary>
    /// The day a signing told as the day's news took place when the sentence names its weekday: the last such day on or
    /// before the text's date ("the co-chairs signed the protocol on Friday", "At Wednesday's meeting … approved a roadmap").
    /// </summary>
    private static DateOnly? OnTheWeekdayNamed(TokenStream t, int headStart, DateOnly textDate)
    {
        for (var p = Math.Max(0, headStart - SentenceReach); p < t.Count && p <= headStart + SentenceReach; p++)
        {
            if (t.SameSentence(p, headStart) && Weekdays.At(t, p) is { } weekday)
            {
                return textDate.AddDays(-(((int)textDate.DayOfWeek - (int)weekday + 7) % 7));
            }
        }

        return null;
    }

    /// <summary>
    /// The day of the event a news text reports: the first day it names in the week up to its own date ("14 ноября в Москве
    /// состоялось заседание …" in a text of 15 November), else its own date. A signing told as the news took place then.
    /// </summary>
    private static DateOnly DayOfTheEvent(TokenStream t, Dates dates, DateOnly published)
    {
        // The dates are in document order; the start of a period ("с 15 ноября по 15 марта") is no event's day.
        foreach (var date in dates.List)
        {
            if (!date.Dateline && date.Value is { } day && day <= published && day >= published.AddDays(-MaxDaysToPublication)
                && !IsNoSigningDay(t, t.IndexAt(date.Span.Start), dates, published))
            {
                return day;
            }
        }

        return published;
    }

    private const int MaxDaysToPublication = 7;

    /// <summary>
    /// "Following the meeting, the co-chairs signed a roadmap for 2024-2026", "По итогам заседания подписан протокол",
    /// "Tədbirin sonunda Protokol imzalanıb": the signing is the news itself, so the text's date is the instrument's. Not
    /// when the sentence dates anything (the years a plan covers, a period's bounds and later times aside) or looks back or
    /// ahead ("earlier", "will sign", "agreed to sign").
    /// </summary>
    private static bool IsSignedAsTheNews(TokenStream t, int headStart, int headEnd, int after, Dates dates, DateOnly textDate, bool recallable)
    {
        // "A memorandum on cooperation in ensuring the … welfare of the population was signed in Baku on Monday": the verb may
        // come after the words of its subject, while no comma or other instrument comes between.
        // ("İclasın yekununda komissiyanın protokolu, eləcə də … Yol xəritəsi imzalanıb": the verb after a list signs its first.)
        var signed = SignedRightBefore(t, headStart) || SignedTodayBefore(t, headStart) || IsAmongTheDocumentsSigned(t, headStart)
                     || AzerbaijaniSigningAfter(t, headEnd, toldAsDone: true) || PassiveSigningAfter(t, after);
        for (var p = headEnd + 1; p < t.Count && t.SameSentence(headEnd, p) && !signed && p <= headEnd + MaxSubjectWords; p++)
        {
            if (p > headEnd + 6 && (t.IsSymbol(p, ',') || IsHead(t, p)))
            {
                break;
            }

            // "signed" after the instrument is a participle; it tells the signing only after "was" or with the occasion right after
            // it ("a protocol signed at the end of the talks").
            signed = t.IsAny(p, s_pastSigning) && (!t.IsAny(p, ["signed", "approved"]) || t.IsAny(p - 1, ["was", "were"])
                                                   || t.IsAny(p - 1, s_signingAdverbs) && t.IsAny(p - 2, ["was", "were"])
                                                   || p == headEnd + 1 && TellsTheOccasion(t, p + 1, Math.Min(t.Count - 1, p + 6)));
        }

        if (!signed)
        {
            return false;
        }

        var (from, to) = SentenceAround(t, headStart, headEnd);

        if (recallable && !TellsTheOccasion(t, from, to))
        {
            return false;
        }

        // Words of another time count before the instrument and in its own clause after it: "signed an agreement to build a
        // railway, a link that Moscow hopes will help it …" is signed today.
        var clauseEnd = to;
        for (var p = headEnd + 1; p < to; p++)
        {
            if (t.IsSymbol(p, ',') || t.IsSymbol(p, ';'))
            {
                clauseEnd = p;
                break;
            }
        }

        for (var p = from; p <= to; p++)
        {
            // ("plan" is no plan to sign inside an instrument's head: "signed a joint statement and an action plan".)
            if ((MatchesAny(t, p, s_notTheNews) && !IsInAHead(t, p) || IsToBeMade(t, p)) && (p < headStart || p > headEnd && p <= clauseEnd)
                || StartsDate(t, p, dates) && !IsNoSigningDay(t, p, dates, textDate))
            {
                return false;
            }
        }

        return true;
    }

    // A word of an instrument's head of up to three words: "plan" in "action plan", "plan of action".
    private static bool IsInAHead(TokenStream t, int p)
    {
        for (var start = Math.Max(0, p - 2); start <= p; start++)
        {
            if (t.IsWord(start) && Head(t, start) is { } head && start + head.Words.Length > p)
            {
                return true;
            }
        }

        return false;
    }

    private const int SentenceReach = 60;

    /// <summary>The sentence around the words from first to last, within reach: a run-on text with no full stop stays linear.</summary>
    private static (int From, int To) SentenceAround(TokenStream t, int first, int last)
    {
        var from = first;
        while (from > 0 && first - from < SentenceReach && t.SameSentence(from - 1, first))
        {
            from--;
        }

        var to = last;
        while (to + 1 < t.Count && to - last < SentenceReach && t.SameSentence(last, to + 1))
        {
            to++;
        }

        return (from, to);
    }

    // The documents signed, and the instrument one of them: "Among the documents signed at the forum were an agreement on …",
    // "A package of documents was signed in Tashkent on May 27, including an intergovernmental agreement", "Среди подписанных
    // документов — соглашение о …", "İmzalanan sənədlər arasında … saziş".
    private static bool IsAmongTheDocumentsSigned(TokenStream t, int headStart)
    {
        // "The documents signed on 19 August included a memorandum …, and an agreement …": an instrument that continues a
        // list is among the documents as the list's first one is.
        // The reach counts from the list's nearest instrument before it.
        var continuesAList = ContinuesAList(t, headStart);
        var from = headStart;
        for (var p = headStart - 1; p >= 0 && p >= from - DocumentsReach && t.SameSentence(p, headStart); p--)
        {
            if (IsHead(t, p))
            {
                if (!continuesAList)
                {
                    return false;
                }

                from = p;
            }

            if (t.IsAny(p, s_documentsWords) && (MatchesAny(t, p - 1, s_documentsSigned) || MatchesAny(t, p + 1, s_documentsSigned)
                                                 || t.IsAny(p + 1, ["was", "were"]) && MatchesAny(t, p + 2, s_documentsSigned)))
            {
                return true;
            }
        }

        return false;
    }

    private const int DocumentsReach = 24;

    // ("The following were signed on November 25: – …": the words that announce the list stand for its documents.)
    private static readonly string[] s_documentsWords = ["documents", "following", "документов", "документы", "sənədlər", "sənədlərin", "sənəd"];

    private static readonly string[] s_documentsSigned = ["signed", "подписанных", "подписаны", "imzalanan", "imzalanmış"];

    // "Bu gün imzalanmış iclas protokolunda": the participle of signing after "today", before the instrument.
    private static bool SignedTodayBefore(TokenStream t, int headStart) =>
        WrittenOnAt(t, headStart) is var at and >= 2 && t.Is(at - 1, "gün") && t.Is(at - 2, "bu");

    private const int MaxSubjectWords = 24;

    // "agreed to sign", "is to be signed": a signing still to come ("meant to close the gap" is no signing).
    private static bool IsToBeMade(TokenStream t, int p) =>
        t.Is(p, "to") && (MatchesAny(t, p + 1, s_makingWords) || t.Is(p + 1, "be") && MatchesAny(t, p + 2, s_makingWords));

    // A date in the sentence that is no day of signing: the years a plan covers ("for 2024-2026", "на 2024–2026 годы",
    // "2024–2025-ci illər üçün"), the bounds of a period ("в период с 15 ноября 2022 года по 15 марта 2023 года", "from
    // 1 May to 1 June"), or a time after the text was written ("бизнес-миссии в 2024 году" in a text of 2023).
    private static bool IsNoSigningDay(TokenStream t, int p, Dates dates, DateOnly textDate)
    {
        if (t.IsAny(p - 1, ["for", "на"]))
        {
            return true;
        }

        var date = DateStartingAt(t, p, dates)!;
        var after = t.IndexAt(date.Span.End);
        return t.Is(after, "üçün") || (t.StartsWith(after, "il") && t.Is(after + 1, "üçün"))
            || t.IsAny(p - 1, ["с", "from"]) && t.IsAny(after, s_periodEnds) && StartsDate(t, after + 1, dates)
            || t.IsAny(p - 1, s_periodEnds) && DateEndingAt(t, p - 2, dates, reach: 4) is not null
            || (date.Value is { } day ? day > textDate : date.End is { } end && end.Year > textDate.Year)
            || SignedElsewhereOn(t, after);
    }

    // The day and place another instrument was signed: "2022-ci il fevralın 22-də Moskvada imzalanmış … Bəyannamənin
    // müddəalarına uyğun olaraq, … Məsləhətləşmələr Planı imzalanıb" (the plan is the day's news). A day written on a
    // name without its place ("5 may 2005-ci il tarixli … Sazişə dəyişikliklər barədə Protokol") still holds the news back.
    private static bool SignedElsewhereOn(TokenStream t, int after) => t.IsCapitalised(after) && IsWrittenOn(t, after + 1);

    // The day written on another instrument, its place at most between.
    private static bool DatesAnotherInstrument(TokenStream t, int after) => IsWrittenOn(t, after) || SignedElsewhereOn(t, after);

    private static readonly string[] s_periodEnds = ["по", "до", "to", "until", "till"];

    /// <summary>
    /// A named instrument with the definite article ("the Declaration on …", "План действий"): a text often recalls its
    /// signing, so it is the day's news only where the sentence tells the occasion. "A Plan of joint measures", "a
    /// memorandum of understanding on …" and an unnamed one are new.
    /// </summary>
    /// (Azerbaijani writes a new instrument's name in capitals too: "… dair Yol xəritəsi imzalanıb", with the verb of its
    /// signing right after it or after the list it opens, is new.)
    private static bool IsRecallable(TokenStream t, int headStart, int headEnd, AgreementReference reference) =>
        reference.Title is not null && t.IsCapitalised(headStart) && !t.IsAny(headStart - 1, ["a", "an"])
        && !IsAzerbaijaniNewsSigning(t, headEnd + 1) && !(t.IsSymbol(headEnd + 1, ',') && AzerbaijaniSigningAfter(t, headEnd, toldAsDone: true));

    private static readonly string[] s_azerbaijaniNewsSigning =
        ["imzalanıb", "imzalandı", "imzalanmışdır", "imzalayıb", "imzalayıblar", "imzaladı", "imzaladılar", "təsdiqlənib", "təsdiqləyib", "təsdiqləyiblər"];

    // Approved or adopted in two words: "İş Planı təsdiq edilib", "… qəbul olunub".
    private static readonly string[] s_azerbaijaniDoneAuxiliaries = ["edilib", "olunub", "edildi", "olundu"];

    private static bool IsAzerbaijaniNewsSigning(TokenStream t, int p) =>
        t.IsAny(p, s_azerbaijaniNewsSigning) || t.IsAny(p, ["təsdiq", "qəbul"]) && t.IsAny(p + 1, s_azerbaijaniDoneAuxiliaries);

    // "Following the consultations, the deputy ministers signed the Plan of Consultations …", "По итогам переговоров подписан
    // План …", "Görüşün yekununda … imzalanıb": the signing is placed at the day's event.
    private static readonly string[] s_occasionWords =
        ["following", "during", "today", "after", "итогам", "ходе", "завершении", "сегодня", "после", "yekun*", "sonunda", "zamanı", "bugün", "sonra"];

    private static bool TellsTheOccasion(TokenStream t, int from, int to)
    {
        for (var p = from; p <= to; p++)
        {
            if (MatchesAny(t, p, s_occasionWords) || Weekdays.At(t, p) is not null || (t.Is(p, "end") && t.Is(p - 1, "the") && t.Is(p + 1, "of")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSigningVerb(TokenStream t, int p) => MatchesAny(t, p, s_signingVerbs);

    // Words of making an instrument right after its name: "the declaration signed by …", "agreements reached by …",
    // "соглашение, подписанное …", "sazişin imzalanmasını".
    private static readonly string[] s_madeVerbs =
        ["signed", "adopted", "concluded", "reached", "achieved", "approved", "подписан*", "заключен*", "заключён*", "принят*", "достигнут*", "imzalan*", "qəbul"];

    // Words of making an instrument right before it: "signed a treaty", "the signing of the protocol", "подписали соглашение".
    private static readonly string[] s_makingWords = ["sign", "signed", "signing", "conclude", "concluded", "conclusion", "подписал*", "подписани*", "подписать", "подписан", "подписана",
         "подписано", "подписаны", "заключил*", "заключени*"];

    // After a comma inside a name: a lower-case Cyrillic or Azerbaijani word, and "и"/"və" closing the list a few words on
    // before any other comma ("дружбе, сотрудничестве и взаимной безопасности", "Dostluq, əməkdaşlıq və …").
    private static bool IsListGoingOn(TokenStream t, int comma)
    {
        if (!t.IsWord(comma + 1) || !IsCyrillicOrAz(t, comma + 1) || t.IsCapitalised(comma + 1) || !t.IsWord(comma - 1))
        {
            return false;
        }

        for (var p = comma + 2; p < t.Count && p <= comma + 4 && t.SameSentence(comma, p) && !t.IsSymbol(p, ','); p++)
        {
            if (t.IsAny(p, ["и", "və"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An instrument written in lower case ("a protocol on economic cooperation … was signed", "the allied relations
    /// declaration signed by …", "signed a treaty on allied relations") is a reference because the text says it was made.
    /// </summary>
    private static bool IsBeingSigned(TokenStream t, int headStart, int headEnd, int after, Dates dates)
    {
        if (MatchesAny(t, headEnd + 1, s_madeVerbs) || MatchesAny(t, after, s_madeVerbs) || PassiveSigningAfter(t, after))
        {
            return true;
        }

        var before = headStart - 1;
        // ("with the signing of a protocol": "signing" is the making word, not a modifier like "existing". Not so for a class
        // of instruments, "prior to the signing of agreements with third countries", or a treaty's own "date of signing of
        // the Agreement".)
        var single = !IsPlural(t, headEnd);
        while (before >= 0 && t.IsWord(before) && !(single && t.Is(before, "signing") && t.Is(before - 1, "the"))
               && (t.IsAny(before, ["a", "an", "the", "of", "draft", "new", "trilateral", "bilateral", "intergovernmental"])
                   || IsEnglishModifier(t, before) || IsRussianAdjective(t, before)))
        {
            before--;
        }

        // "подписали в 2023 году протокол": the date of the signing between the verb and the instrument.
        if (before >= 0 && DateEndingAt(t, before, dates) is { } date)
        {
            before = t.IndexAt(date.Span.Start) - 1;
            before -= t.IsAny(before, ["в", "in", "on"]) ? 1 : 0;
        }

        before = BeforeDayAndPlace(t, before);
        return before >= 0 && t.IsWord(before) && MatchesAny(t, before, s_makingWords) || AzerbaijaniSigningAfter(t, headEnd);
    }

    // The date whose last word is at index `last`, within `reach` tokens: "в 2023 году", "on 5 May 2005".
    private static DateMention? DateEndingAt(TokenStream t, int last, Dates dates, int reach = 6)
    {
        for (var k = last; k >= 0 && k >= last - reach; k--)
        {
            if (DateStartingAt(t, k, dates) is { } d)
            {
                return d.Span.End == t[last].End ? d : null;
            }
        }

        return null;
    }

    // Azerbaijani ends the clause with the verb: "birgə bəyanat və fəaliyyət planı imzalayıblar".
    // (With toldAsDone, only a verb that tells the signing as done: "imzalanıb", not "imzalanmasını müzakirə ediblər".)
    private static bool AzerbaijaniSigningAfter(TokenStream t, int headEnd, bool toldAsDone = false)
    {
        // "… iclasının protokolu, həmçinin … memorandum imzalanıb", "… Anlaşma Memorandumu, … haqqında Saziş, habelə …
        // əməkdaşlıq Proqramı imzalanıb": a list going on after the comma to the verb. The reach counts from the list's
        // last instrument, and the whole list stays within a sentence's reach.
        var reachFrom = headEnd;
        for (var p = headEnd + 1; p < t.Count && p <= reachFrom + 24 && p <= headEnd + 2 * SentenceReach && t.SameSentence(headEnd, p); p++)
        {
            if (t.IsSymbol(p, ',') && !t.IsAny(p + 1, ["həmçinin", "habelə", "eləcə"]) && !IsAnItemOfTheList(t, p))
            {
                return false;
            }

            if (toldAsDone ? IsAzerbaijaniNewsSigning(t, p) : t.StartsWith(p, "imzala"))
            {
                return true;
            }

            if (IsHead(t, p))
            {
                reachFrom = p;
            }
        }

        return false;
    }

    // After a comma, the words up to the next comma name another instrument: the list goes on.
    private static bool IsAnItemOfTheList(TokenStream t, int comma)
    {
        for (var p = comma + 1; p < t.Count && p <= comma + 24 && t.SameSentence(comma, p) && !t.IsSymbol(p, ',') && !t.IsSymbol(p, ';'); p++)
        {
            if (IsHead(t, p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAny(TokenStream t, int p, string[] words)
    {
        if (!t.IsWord(p))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.EndsWith('*') ? t.StartsWith(p, word.AsSpan(0, word.Length - 1)) : t.Is(p, word))
            {
                return true;
            }
        }

        return false;
    }

    // "…, which entered into force on 1 March 2021", "вступило в силу", "qüvvəyə minib": only an instrument enters into
    // force (its date is not a signing date, so none is taken from here).
    private static bool EntersIntoForceAfter(TokenStream t, int k)
    {
        for (var p = k; p < t.Count && p < k + 12 && t.SameSentence(k, p) && !IsHead(t, p); p++)
        {
            if (t.Is(p, "into") && t.Is(p + 1, "force") || t.StartsWith(p, "вступ") && t.Is(p + 1, "в") && t.Is(p + 2, "силу")
                || t.Is(p, "qüvvəyə") && t.StartsWith(p + 1, "min"))
            {
                return true;
            }
        }

        return false;
    }

    // "… the Protocol … was signed", "… Yol Xəritəsi" imzalanıb", "a protocol on economic cooperation between … was
    // signed": the date, if any, came before the name. Another instrument's name ends the search.
    // "A memorandum … was also signed": a word between the auxiliary and the participle.
    private static readonly string[] s_signingAdverbs = ["also", "then", "officially", "formally", "later"];

    private static readonly string[] s_passiveSigning = ["signed", "concluded"];

    // With them, those that tell an instrument was approved ("was agreed", "were approved", "утвержден"): news of a
    // programme's making, though a treaty's own "Agreement … was adopted" is no signing.
    private static readonly string[] s_passiveMaking = [.. s_passiveSigning, "agreed", "approved", "adopted", "endorsed"];

    private static readonly string[] s_russianApprovals =
        ["утвержден", "утверждена", "утверждено", "утверждены", "согласован", "согласована", "согласовано", "согласованы"];

    private static bool PassiveSigningAfter(TokenStream t, int k, bool orApproved = false)
    {
        var participles = orApproved ? s_passiveMaking : s_passiveSigning;
        for (var p = k; p < t.Count && p < k + 12 && t.SameSentence(k, p) && !IsHead(t, p); p++)
        {
            // ("contracts … that were concluded but not fulfilled" names a class of them, not one made.)
            if (orApproved && t.Is(p - 1, "that"))
            {
                return false;
            }

            if (t.IsAny(p, orApproved ? ["was", "were"] : ["was", "were", "been", "be"]) && (t.IsAny(p + 1, participles) || t.IsAny(p + 1, s_signingAdverbs) && t.IsAny(p + 2, participles))
                || t.IsAny(p, ["imzalanıb", "imzalandı", "imzalanmışdır", "подписан", "подписана", "подписано", "подписаны", "заключен", "заключена", "заключено", "заключены"])
                || orApproved && t.IsAny(p, s_russianApprovals))
            {
                return true;
            }
        }

        return false;
    }

    // "final declaration", "итоговая декларация", "yekun bəyannamə": the one an event adopted.
    private static readonly string[] s_finalWords = ["final", "итогов*", "заключительн*", "yekun"];

    /// <summary>True for the final document of an event: "the forum, whose final declaration called for …".</summary>
    private static bool IsAnEventsFinalDocument(TokenStream t, int headStart, int headEnd) =>
        MatchesAny(t, headStart - 1, s_finalWords) && !IsPlural(t, headEnd);

    // The makers an English relative clause without "that" names after the head: "the two countries", "Moscow and Tehran".
    private const int MaxMakersWords = 4;

    /// <summary>
    /// True when who made the instrument follows it, then their signing: "the partnership treaty the two countries signed
    /// in January", "the agreement Baku and Moscow concluded last year". The makers begin with "the", "both" or a capital
    /// and take a few words, no comma or other instrument among them.
    /// </summary>
    private static bool IsSignedByWhoFollows(TokenStream t, int headEnd)
    {
        var first = headEnd + 1;
        if (first >= t.Count || !t.SameSentence(headEnd, first) || !(t.IsAny(first, ["the", "both"]) || t.IsCapitalised(first)))
        {
            return false;
        }

        for (var p = first + 1; p < t.Count && p <= first + MaxMakersWords && t.SameSentence(first, p); p++)
        {
            if (t.IsAny(p, ["signed", "concluded"]))
            {
                return true;
            }

            if (t[p].Kind == TokenKind.Symbol || IsHead(t, p) || t.IsAny(p, s_auxiliaries))
            {
                return false;
            }
        }

        return false;
    }

    private static DateOnly? DayOf(DateMention d) => d.Value ?? (d.Granularity == "range" ? d.End : null);

    /// <summary>The document's dates, found by where they start.</summary>
    private sealed class Dates(IReadOnlyList<DateMention> list)
    {
        private readonly Dictionary<int, DateMention> _byStart = list.ToDictionary(d => d.Span.Start);

        public IReadOnlyList<DateMention> List => list;

        public DateMention? StartingAt(int position) => _byStart.GetValueOrDefault(position);

        private readonly int[] _starts = [.. list.Select(d => d.Span.Start)];

        // Whether a date's words cover the position ("2021" in "2019–2021-ci illər"). The dates are in document order.
        public bool Covers(int position)
        {
            var at = Array.BinarySearch(_starts, position);
            var last = at >= 0 ? at : ~at - 1;
            return last >= 0 && position < list[last].Span.End;
        }

    }

    // Azerbaijani words between a date and the instrument it dates: "… tarixli", "… imzalanmış", "… imzalanan".
    private static readonly string[] s_writtenOnWords = ["tarixli", "imzalanmış", "imzalanan", "imzalanmışdır", "bağlanmış", "bağlanan", "imzaladıqları", "imzaladığı"];

    // "qəbul olunmuş", "təsdiq edilmiş" (adopted, approved): a participle of making after its noun.
    private static readonly string[] s_makingParticiples = ["olunmuş", "edilmiş", "olunan", "edilən"];

    private static bool IsWrittenOn(TokenStream t, int p) =>
        t.IsAny(p, s_writtenOnWords) || t.IsAny(p, s_makingParticiples) && t.IsAny(p - 1, ["qəbul", "təsdiq"]);

    // Verbs of signing that may come after the name and its parties: "… signed between Russia and Azerbaijan on …".
    private static readonly string[] s_signingVerbs =
        ["signed", "dated", "adopted", "approved", "endorsed", "agreed", "concluded", "initialled", "initialed", "подписанн*", "подписан*", "подписал*", "заключенн*",
         "заключённ*", "принят*", "утвержден*", "утвердил*", "одобрен*", "одобрил*", "imzalan*", "təsdiqlən*"];

    // "2022-ci il 22 fevral tarixli …": a day written just before the name, followed by "tarixli" or "imzalanmış".
    private static DateOnly? DatesBefore(TokenStream t, int first, Dates dates) =>
        WrittenDateBefore(t, first, dates) is { } written ? DayOf(written) : null;

    // The date of "<date> tarixli <name>", whether or not it resolves to a day.
    private static DateMention? WrittenDateBefore(TokenStream t, int first, Dates dates)
    {
        var at = WrittenOnAt(t, first);
        if (at < 0)
        {
            return null;
        }

        // "2019-cu il martın 3-də imzalanmış": a written-out day is up to nine tokens long, and the place and the partner may
        // follow it ("2024-cü il 4 dekabrda Moskvada "Rusiya Dəmir Yolları" ilə imzalanmış"); not past another instrument.
        // The makers ("Səhiyyə Nazirliyi ilə Rusiyanın … Federal Xidməti arasında imzalanmış") may be long, within the sentence.
        var reach = t.Is(at - 1, "arasında") ? 2 * WrittenDateReach : WrittenDateReach;
        for (var k = at - 1; k >= 0 && k >= at - reach && t.SameSentence(k, at) && !IsHead(t, k); k--)
        {
            if (DateStartingAt(t, k, dates) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// The dates listed before the last one, joined by commas and "və"/"и"/"and": the first becomes the date, the rest
    /// (with the last) the further dates, in the order written.
    /// </summary>
    private static (DateOnly? Date, IReadOnlyList<DateOnly> More) WithEarlierDatesOfList(TokenStream t, DateMention last, DateOnly lastDay, Dates dates)
    {
        var days = new List<DateOnly> { lastDay };
        var p = t.IndexAt(last.Span.Start) - 1;
        while (t.IsSymbol(p, ',') || t.IsAny(p, ["və", "и", "and"]))
        {
            p -= t.IsAny(p, ["və", "и", "and"]) && t.IsSymbol(p - 1, ',') ? 2 : 1;

            // A written-out Azerbaijani day ("2019-cu il aprelin 24-də") is up to nine tokens long.
            if (DateEndingAt(t, p, dates, reach: 10) is not { } earlier || DayOf(earlier) is not { } day)
            {
                break;
            }

            days.Insert(0, day);
            p = t.IndexAt(earlier.Span.Start) - 1;
        }

        return (days[0], days[1..]);
    }

    // Russian adjectives made from a place name end so: "Московская", "Бакинской", "Минские".
    private static readonly string[] s_placeAdjectiveEndings = ["ская", "ской", "скую", "ские", "ских", "ское", "ского", "ском", "ским", "скими"];

    /// <summary>
    /// Where a place's name starts just before a lower-case head, or null: "the Minsk [agreements]", "the Baku and Moscow
    /// [declarations]" (a capitalised word after "the" that names no state's people and no organisation or person:
    /// "the Russian agreement" and "the Gazprom agreement" say whose it is, not where it was made), "Московской
    /// [декларации]" (a Russian adjective of a place). Statements are left out: they are named by who made them.
    /// </summary>
    private static int? PlaceBefore(TokenStream t, int head, IReadOnlyList<EntityMention> entities)
    {
        var p = head - 1;
        if (p < 0 || !IsPlaceWord(t, p, entities))
        {
            return null;
        }

        if (IsRussianPlaceAdjective(t, p))
        {
            return p;
        }

        if (t.IsAny(p - 1, ["and"]) && IsPlaceWord(t, p - 2, entities))
        {
            p -= 2;
        }

        return t.Is(p - 1, "the") ? p : null;
    }

    private static bool IsPlaceWord(TokenStream t, int i, IReadOnlyList<EntityMention> entities) =>
        i >= 0 && t.IsWord(i) && t.IsCapitalised(i) && !t[i + 1].AfterNewline && Demonyms.StateOf(t.Span(i)) is null
        && !t.IsAny(i, s_sentenceOpeners) && !t.IsAny(i, s_weekdays) && !Months.TryParse(t.Span(i), out _) && !IsHead(t, i)
        && !NamesOrganisationOrPerson(entities, t[i].Start);

    // The entity that covers the position: the last one starting at or before it (the extractor's mentions do not overlap).
    private static bool NamesOrganisationOrPerson(IReadOnlyList<EntityMention> entities, int position) =>
        FirstEntityFrom(entities, position + 1) - 1 is var k and >= 0 && position < entities[k].Span.End
        && entities[k].Type is EntityTables.Organisation or EntityTables.Person;

    // Entities are in document order: a binary search finds the first that starts at or after a position.
    private static int FirstEntityFrom(IReadOnlyList<EntityMention> entities, int from)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < from)
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

    private static bool IsRussianPlaceAdjective(TokenStream t, int i)
    {
        var word = t.Span(i);
        foreach (var ending in s_placeAdjectiveEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "10 noyabr tarixli birgə bəyanat" in a text with no date of its own: the day has no year to resolve it, so the
    /// date extractor reports none, but the words still say which instrument it is.
    /// </summary>
    private static bool IsWrittenOnADayWithoutYear(TokenStream t, int first) =>
        WrittenOnAt(t, first) is var at and >= 2 && Months.TryParse(t.Span(at - 1), out _) && t.IsNumber(at - 2)
        && int.TryParse(t.Span(at - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
        && day is >= 1 and <= 31;

    /// <summary>
    /// Where "tarixli" ("dated") or "imzalanmış" ("signed") stands before an instrument's first word, or -1; up to two
    /// Azerbaijani adjectives may come between ("tarixli üçtərəfli bəyanat", "imzalanmış ikitərəfli saziş").
    /// </summary>
    private const int WrittenDateReach = 16;

    private static int WrittenOnAt(TokenStream t, int first)
    {
        var p = first - 1;
        for (var skipped = 0; skipped < 2 && p > 0 && !IsWrittenOn(t, p) && IsAzerbaijaniAdjective(t, p); skipped++)
        {
            p--;
        }

        if (IsWrittenOn(t, p))
        {
            return p;
        }

        // Azerbaijani puts an instrument's parties and subject before its name, after the words of its signing: "2021-ci il
        // iyunun 15-də imzalanmış Azərbaycan Respublikası ilə Türkiyə Respublikası arasında müttəfiqlik münasibətləri
        // haqqında Şuşa Bəyannaməsi". The signing is the nearest instrument's: none may come between.
        for (var k = first - 1; k >= 0 && k >= first - MaxPreModifier && t.SameSentence(k, first) && !t.IsSymbol(k, ';'); k--)
        {
            if (IsWrittenOn(t, k))
            {
                return k;
            }

            if (t.IsWord(k) && IsHead(t, k))
            {
                return -1;
            }
        }

        return -1;
    }

    // How many words of parties, subject and the years it covers may stand between an Azerbaijani signing and the instrument's name.
    private const int MaxPreModifier = 24;

    // Words naming who made an instrument so narrowly that they name it even without a title or date: "a set of tripartite
    // agreements", "трехсторонние заявления", "üçtərəfli bəyanatlar" ("bilateral agreements" may be any).
    private static readonly string[] s_threeParty = ["tripartite", "trilateral", "трехсторонн*", "трёхсторонн*", "üçtərəfli"];

    // So do the governments' words, for one instrument ("the intergovernmental agreement", "межправительственного
    // соглашения"); many of them ("more than 150 interstate and intergovernmental agreements") are the legal base at large.
    private static readonly string[] s_governments = ["intergovernmental", "межправительственн*", "hökumətlərarası"];

    // And the peace treaty (IsTheDraftPeaceTreaty).
    private static readonly string[] s_peace = ["peace", "мирн*", "sülh"];

    private static readonly string[] s_particularMakers = [.. s_threeParty, .. s_governments, .. s_peace];

    /// <summary>
    /// True when an organisation is named right before the instrument or right after it: "the UN convention against
    /// cybercrime", "конвенции ООН против киберпреступности", "BMT konvensiyası". A convention so named is one instrument
    /// being made or in force, not conventions in general.
    /// </summary>
    private static bool IsAnOrganisations(TokenStream t, int headStart, int headEnd, IReadOnlyList<EntityMention> entities)
    {
        return IsOrganisationAt(headStart - 1) || IsOrganisationAt(headEnd + 1);

        bool IsOrganisationAt(int k)
        {
            if (k < 0 || k >= t.Count || !t.SameSentence(k, headStart))
            {
                return false;
            }

            for (var at = FirstEntityFrom(entities, t[k].Start - OrganisationNameReach); at < entities.Count && entities[at].Span.Start <= t[k].Start; at++)
            {
                if (entities[at].Type == EntityTables.Organisation && t[k].End <= entities[at].Span.End)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // How far before a word the organisation's name that holds it may begin ("Organisation of Islamic Cooperation").
    private const int OrganisationNameReach = 80;

    private static bool IsOfParticularMakers(TokenStream t, int headStart, int headEnd) =>
        MatchesAny(t, headStart - 1, s_threeParty) || (MatchesAny(t, headStart - 1, s_governments) || IsTheDraftPeaceTreaty(t, headStart)) && !IsPlural(t, headEnd);

    // "the draft peace treaty", "проект мирного договора": the one between the states at war ("a peace treaty one day" is any).
    private static bool IsTheDraftPeaceTreaty(TokenStream t, int headStart) =>
        MatchesAny(t, headStart - 1, s_peace) && (t.IsAny(headStart - 2, ["the", "draft"]) || MatchesAny(t, headStart - 2, ["проект*"]));

    // Azerbaijani adjectives of kind end in -li/-lı/-lu/-lü: "üçtərəfli", "ikitərəfli", "uzunmüddətli".
    private static bool IsAzerbaijaniAdjective(TokenStream t, int i) =>
        t.IsWord(i) && !t.IsCapitalised(i) && t.Span(i).Length > 4 && t.Span(i)[^2..] is "li" or "lı" or "lu" or "lü";

    // Plural forms of the kinds' names end so (never their singular ones): Russian case endings, Azerbaijani -lar/-lər
    // with the case endings after it. (Matched at the word's end: "Declaration" has a "lar" inside.)
    private static readonly string[] s_russianPluralEndings = ["ов", "ий", "ам", "ами", "ах", "ям", "ями", "ях", "ы"];

    private static readonly string[] s_azerbaijaniPluralEndings =
        ["lar", "ları", "lara", "larda", "lardan", "ların", "larla", "lər", "ləri", "lərə", "lərdə", "lərdən", "lərin", "lərlə",
         "larının", "larını", "larına", "larında", "larından", "lərinin", "lərini", "lərinə", "lərində", "lərindən"];

    // "Treaties", "Договоров", "sazişləri": the head names more than one instrument.
    private static bool IsPlural(TokenStream t, int headEnd)
    {
        var word = t.Span(headEnd);
        if (word.Length < 4)
        {
            return false;
        }

        var cyrillic = word[0] is >= '\u0400' and <= '\u04FF';
        foreach (var ending in cyrillic ? s_russianPluralEndings : s_azerbaijaniPluralEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return !cyrillic && (word.EndsWith('s') && Possessive(word).Length == word.Length || word.EndsWith("memoranda", StringComparison.OrdinalIgnoreCase));
    }

    // After a plural head's first title: "(2004 год) и о союзнических отношениях", "and on Allied Relations" — the next
    // instrument's title, which comes with "and" and a link word of its own; a year in brackets may come between.
    private static AgreementReference? NextOfList(TokenStream t, int j, AgreementReference first, string head, Dates dates)
    {
        if (t.IsSymbol(j, '('))
        {
            var close = j + 1;
            while (close < t.Count && close < j + 6 && !t.IsSymbol(close, ')'))
            {
                close++;
            }

            j = close + 1;
        }

        if (j + 1 >= t.Count || !t.IsAny(j, ["and", "и", "və"]) || !t.IsAny(j + 1, s_titleLinks) || !t.SameSentence(j - 1, j + 1))
        {
            return null;
        }

        var end = TitleTail(t, j + 1, capitalised: true, dates);
        if (end <= j + 1)
        {
            return null;
        }

        // Its title is the head with its own words: "Договоров о союзнических отношениях".
        var span = t.SpanOf(j + 1, end);
        return new AgreementReference(span.Of(t.Text), span)
        {
            Title = CleanTitle($"{head} {t.TextOf(j + 1, end)}"),
            Kind = first.Kind,
            Parties = first.Parties,
        };
    }

    // "of the leaders of …", "of Presidents …": the instrument is named by whose it is.
    private static bool IsOfRoleHolders(TokenStream t, int j) =>
        t.Is(j, "of") && (t.IsAny(j + 1, s_roleWords) || t.Is(j + 1, "the") && t.IsAny(j + 2, s_roleWords));

    // Where the parties start: "between A and B", "of the Presidents of …", "by the leaders of A, B and C", and Russian
    // "лидеров A, B и C" (whose it is, in the genitive, with no word before it).
    // The "от"/"of" before the date after a short "с …"/"with …" naming who the instrument is with, or null.
    private static int? AfterTheCounterpart(TokenStream t, int k, Dates dates)
    {
        const int MaxCounterpartTokens = 5;
        if (!t.IsAny(k, ["с", "со", "with"]))
        {
            return null;
        }

        for (var p = k + 1; p <= k + MaxCounterpartTokens && t.SameSentence(k, p); p++)
        {
            if (t.IsAny(p, ["от", "of", "dated"]) && StartsDate(t, p + 1, dates))
            {
                return p;
            }

            if (!t.IsWord(p) && !t.IsSymbol(p, '«') && !t.IsSymbol(p, '»') && !t.IsSymbol(p, '"'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool StartsParties(TokenStream t, int k) =>
        t.IsAny(k, ["between", "между", "of"])
        || t.Is(k, "by") && (t.IsAny(k + 1, s_roleWords) || t.Is(k + 1, "the") && t.IsAny(k + 2, s_roleWords))
        || t.IsAny(k, s_roleWords) && IsCyrillicOrAz(t, k);

    private static DateMention? DateStartingAt(TokenStream t, int j, Dates dates) => j < t.Count ? dates.StartingAt(t[j].Start) : null;

    private static bool StartsDate(TokenStream t, int j, Dates dates) => DateStartingAt(t, j, dates) is not null;

    // "on February 22, … signed a Declaration": the day written earlier in the same sentence (looked for within 40 tokens).
    private static DateOnly? DayBefore(TokenStream t, int head, Dates dates)
    {
        for (var k = head - 1; k >= 0 && k >= head - 40 && t.SameSentence(k, head); k--)
        {
            if (DateStartingAt(t, k, dates) is { Value: { } v } d)
            {
                // "5 may 2005-ci il tarixli … Sazişə dəyişikliklər haqqında Protokol imzalayıb", "2022-ci il fevralın 22-də
                // Moskvada imzalanmış … Bəyannamənin …": that day is the other instrument's.
                return DatesAnotherInstrument(t, t.IndexAt(d.Span.End)) ? null : v;
            }
        }

        return null;
    }

    /// <summary>
    /// The first word of every head (stems of Russian and Azerbaijani heads are checked on the word itself), Azerbaijani
    /// ones also as written without their own letters ("Muqavile").
    /// </summary>
    public static IEnumerable<string> HeadStarts => s_heads.Select(h => h.Words[0]).Where(w => !w.EndsWith('*')).SelectMany(AzerbaijaniLetters.AsWritten);

    /// <summary>The first words of heads that take endings ("protokol*", "деклараци*", "bəyanat*" and "beyanat*"), without the star.</summary>
    public static IEnumerable<string> HeadStems => s_heads.Select(h => h.Words[0]).Where(w => w.EndsWith('*')).Select(w => w[..^1])
        .SelectMany(AzerbaijaniLetters.AsWritten).Distinct();

    // Words a head's stem begins that are no instrument: "договорились" (agreed), "договорённости" (understandings
    // reached), "договорной" (contractual).
    private static readonly string[] s_notHeads = ["договорил*", "договорен*", "договорён*", "договарива*", "договорн*"];

    private static (string[] Words, string Kind)? Head(TokenStream t, int i)
    {
        if ((t.ClassOf(i) & WordClass.Reference) == 0 || MatchesAny(t, i, s_notHeads))
        {
            return null;
        }

        // The first head in table order that matches: among those whose first word is this word, and among the stems.
        var best = int.MaxValue;
        if (s_headsByFirstWord.TryGetValue(Possessive(t.Span(i)), out var sameFirstWord))
        {
            foreach (var index in sameFirstWord)
            {
                if (HeadMatches(t, i, s_heads[index].Words))
                {
                    best = index;
                    break;
                }
            }
        }

        foreach (var index in s_stemHeads)
        {
            if (index > best)
            {
                break;
            }

            if (HeadMatches(t, i, s_heads[index].Words))
            {
                best = index;
                break;
            }
        }

        return best == int.MaxValue ? NamedPlan(t, i) : s_heads[best];
    }

    // A capitalised plan inside a sentence, named by the words around it: "the Plan of Consultations", "в соответствии
    // с Планом консультаций" (the genitive word is part of the head), "Məsləhətləşmələr Planına". A lower-case "plan" is
    // too common a word ("plan to", "планирует") to name an instrument alone.
    private static readonly string[] s_planForms =
        ["Plan", "План", "Плана", "Плану", "Планом", "Плане", "Planı", "Planın", "Planına", "Planında", "Planını", "Planla", "Planından"];

    private static readonly (string[] Words, string Kind) s_namedPlan = (["Plan"], DocumentKinds.ActionPlan);
    private static readonly (string[] Words, string Kind) s_namedPlanOfWhat = (["План", "*"], DocumentKinds.ActionPlan);

    private static (string[] Words, string Kind)? NamedPlan(TokenStream t, int i)
    {
        if (!t.IsAny(i, s_planForms) || !t.IsCapitalised(i) || IsSentenceStart(t, i) || i + 1 >= t.Count || t[i + 1].AfterNewline)
        {
            return null;
        }

        // "the Plan of Consultations", and in running text "signed a Plan of joint measures" (not a headline's "New Plan Of …").
        if (t.IsAny(i + 1, ["of", "on"]) && (t.IsCapitalised(i + 2) || (t.IsWord(i + 2) && !t.IsCapitalised(i - 1) && !t.IsCapitalised(i + 1))))
        {
            return s_namedPlan;
        }

        if (t.IsWord(i + 1) && !t.IsCapitalised(i + 1) && t.Span(i + 1)[0] is >= '\u0400' and <= '\u04FF' && t.Span(i)[0] is >= '\u0400' and <= '\u04FF')
        {
            return s_namedPlanOfWhat;
        }

        return t.IsCapitalised(i - 1) && !IsSentenceStart(t, i - 1) && IsCyrillicOrAz(t, i - 1) && t.Span(i)[0] == 'P' ? s_namedPlan : null;
    }

    // Heads by their first word (exact words only, in table order), and the heads whose first word is a stem.
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> s_headsByFirstWord = Enumerable.Range(0, s_heads.Length)
        .Where(n => !s_heads[n].Words[0].EndsWith('*'))
        .SelectMany(n => AzerbaijaniLetters.AsWritten(s_heads[n].Words[0]).Select(word => (Word: word, Index: n)))
        .GroupBy(head => head.Word, head => head.Index, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Order().ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int[] s_stemHeads = Enumerable.Range(0, s_heads.Length).Where(n => s_heads[n].Words[0].EndsWith('*')).ToArray();

    // The head's words from token i on; a word ending in * matches any ending.
    private static bool HeadMatches(TokenStream t, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var at = i + k;
            if (!t.IsWord(at))
            {
                return false;
            }

            var pattern = words[k];
            var word = Possessive(t.Span(at));
            var matches = pattern == "+" ? IsRussianAdjective(t, at) : pattern == "?" ? IsLowerCaseEnglishWord(t, at) : pattern.EndsWith('*')
                ? TokenStream.StartsAsWritten(word, pattern.AsSpan(0, pattern.Length - 1), t.ReadsPlainAzerbaijani)
                : word.Length == pattern.Length && TokenStream.EqualsAsWritten(word, pattern, t.ReadsPlainAzerbaijani);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case Russian word of five letters or more with an adjective's ending: "военного", "совместных".
    private static bool IsRussianAdjective(TokenStream t, int i) =>
        t.IsWord(i) && t.Span(i) is { Length: >= 5 } word && !t.IsCapitalised(i) && word[0] is >= '\u0400' and <= '\u04FF'
        && RussianInflection.HasAdjectiveEnding(word);

    private static bool IsHead(TokenStream t, int i) => t.IsWord(i) && Head(t, i) is not null;

    private static bool IsLowerCaseEnglishWord(TokenStream t, int i) => t.IsWord(i) && !t.IsCapitalised(i) && char.IsAsciiLetterLower(t.Text[t[i].Start]);

    // "протокол о внесении изменений в [соглашение о воздушном сообщении]", "a protocol amending the [agreement]",
    // "the Protocol to the [Agreement]": the instrument another one amends or completes, named as surely as that one.
    private static bool IsNamedInAnothersTitle(TokenStream t, int headStart)
    {
        var p = t.Is(headStart - 1, "the") ? headStart - 2 : headStart - 1;
        return (t.IsAny(p, ["в", "во", "к", "ко", "to", "amending"]) || IsImplementing(t, p)) && NamesAnotherInstrument(t, Math.Max(0, p - MaxWordsBeforeNamed), p);
    }

    private const int MaxWordsBeforeNamed = 6;

    // "план мероприятий по реализации соглашения о …", "a plan of events to implement the agreement on …": the instrument
    // another one carries out.
    private static bool IsImplementing(TokenStream t, int p) =>
        t.Is(p, "реализации") && t.Is(p - 1, "по") || t.Is(p, "implement") && t.Is(p - 1, "to") || t.Is(p, "of") && t.Is(p - 1, "implementation");

    // True when an instrument's head stands between two positions (a name that names another instrument).
    private static bool NamesAnotherInstrument(TokenStream t, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (IsHead(t, p))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Possessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '’' or '\'' ? word[..^2] : word;

    private static bool IsSentenceStart(TokenStream t, int i) => i == 0 || t[i].AfterNewline || !t.SameSentence(i - 1, i);

    private static bool IsCyrillicOrAz(TokenStream t, int i)
    {
        var c = t.Text[t[i].Start];
        return c is >= '\u0400' and <= '\u04FF' || t.Span(i).ContainsAny(s_azerbaijaniLetters);
    }

    // Azerbaijani letters English never writes ("saziş", "müqavilə"; not ö or ü, which German names have).
    private static readonly SearchValues<char> s_azerbaijaniLetters = SearchValues.Create("əƏşŞçÇğĞı");

    private static string CleanTitle(string title)
    {
        var s = title.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)
            .Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal);
        if (s.EndsWith("’s", StringComparison.Ordinal) || s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return s.Trim();
    }

    /// <summary>
    /// A title as a key: clean, lower case, words separated by single spaces. Titles are compared several times per
    /// reference, so this builds only the key itself (no lower-case copy, no list of words).
    /// </summary>
    internal static string Normalise(string title)
    {
        var clean = CleanTitle(title).AsSpan();
        var buffer = clean.Length <= 256 ? stackalloc char[clean.Length] : new char[clean.Length];
        clean.ToLowerInvariant(buffer);

        // Runs of white space become one space; none is kept at either end.
        var length = 0;
        var pendingSpace = false;
        foreach (var c in buffer)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    // Bare mentions ("the Declaration", "the above statements") take the name, date and parties of the instrument they point to;
    // every mention of one titled instrument shares the date any of them gives.
    private static List<AgreementReference> Resolve(List<(AgreementReference Reference, bool Bare, bool Anaphoric, bool Restrictive)> found)
    {
        var refs = found.Select(f => f.Reference).ToList();
        var firstTitled = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastOfKind = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < refs.Count; n++)
        {
            if (refs[n].Title is not null && !found[n].Bare)
            {
                firstTitled.TryAdd(refs[n].Kind, n);
            }
        }

        for (var n = 0; n < refs.Count; n++)
        {
            var (r, bare, anaphoric, restrictive) = found[n];
            var previous = lastOfKind.TryGetValue(r.Kind, out var p0) ? p0 : -1;
            lastOfKind[r.Kind] = n;
            if (anaphoric)
            {
                if (previous >= 0)
                {
                    var p = refs[previous];
                    refs[n] = r with
                    {
                        Title = p.Title, Date = r.Date ?? p.Date, Dates = r.Date is null ? p.Dates : r.Dates, Parties = r.Parties.Count > 0 ? r.Parties : p.Parties,
                        NamedByPlace = p.NamedByPlace,
                    };
                }

                continue;
            }

            // A bare mention with its own identifying date ("the Declaration dated November 9–10, 2020") is another instrument.
            if (!bare || r.Date is not null && restrictive || !char.IsUpper(r.Text[0]))
            {
                continue;
            }

            // "The Declaration" names the document's own instrument: the first of its kind that the text names.
            if (firstTitled.TryGetValue(r.Kind, out var s) && s != n)
            {
                refs[n] = r with { Title = refs[s].Title, Parties = r.Parties.Count > 0 ? r.Parties : refs[s].Parties, NamedByPlace = refs[s].NamedByPlace };
            }
        }

        var titleKeys = new string?[refs.Count];
        for (var n = 0; n < refs.Count; n++)
        {
            titleKeys[n] = refs[n].Title is { } title ? Normalise(title) : null;
        }

        var dateByTitle = new Dictionary<string, (DateOnly Date, IReadOnlyList<DateOnly> More)>(StringComparer.Ordinal);
        for (var n = 0; n < refs.Count; n++)
        {
            if (titleKeys[n] is { } key && refs[n].Date is { } d)
            {
                dateByTitle.TryAdd(key, (d, refs[n].Dates));
            }
        }

        for (var n = 0; n < refs.Count; n++)
        {
            if (refs[n].Date is null && titleKeys[n] is { } key && dateByTitle.TryGetValue(key, out var known))
            {
                refs[n] = refs[n] with { Date = known.Date, Dates = known.More };
            }
        }

        return refs;
    }
}

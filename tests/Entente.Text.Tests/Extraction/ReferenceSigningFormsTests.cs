using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// How a report tells the day an instrument was signed when the day is not written beside its name: a place between the
/// verb and the instrument, the makers' words between the instrument and the day, a participle before the day, a passive
/// with an adverb, an Azerbaijani verb after a list, a weekday.
/// </summary>
public class ReferenceSigningFormsTests
{
    // A Saturday.
    private static readonly DateOnly s_published = new(2024, 6, 1);

    private static IReadOnlyList<AgreementReference> References(string text, string language) =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", s_published)).References;

    [Theory]
    [InlineData("en", "On 22 January, the heads of the two railways signed in Accra a protocol on through tariffs for the year.", DocumentKinds.Protocol, "2024-01-22")]
    [InlineData("en", "Ghana Gas signed a memorandum with the Peruvian gas company in Lima on 26 May envisaging supplies of up to 5 billion cubic metres.", DocumentKinds.Memorandum, "2024-05-26")]
    [InlineData("ru", "Подписанная 15 июня 2021 года Аккрская декларация о союзнических отношениях закрепила формулу юридически.", DocumentKinds.Declaration, "2021-06-15")]
    [InlineData("ru", "Спикер отметил, что подписанная 22 февраля этого года Декларация о союзническом взаимодействии выводит отношения на новый уровень.", DocumentKinds.Declaration, "2024-02-22")]
    [InlineData("en", "The co-chairs signed the protocol of the meeting today. A memorandum between the customs services of Ghana and Peru on the exchange of electronic customs data was also signed.", DocumentKinds.Memorandum, "2024-06-01")]
    [InlineData("az", "İclasın yekununda komissiyanın protokolu, eləcə də 2024–2026-cı illər üçün ticarət-iqtisadi əməkdaşlığın genişləndirilməsinə dair Yol xəritəsi imzalanıb.", DocumentKinds.Protocol, "2024-06-01")]
    [InlineData("az", "İclasda iki parlament arasında parlamentlərarası əməkdaşlığın inkişafına dair Yol xəritəsi imzalanıb.", DocumentKinds.Roadmap, "2024-06-01")]
    [InlineData("en", "Ghana and Peru on Wednesday signed an intergovernmental agreement to build a railway, a link that Accra hopes will help it redirect trade.", DocumentKinds.Agreement, "2024-05-29")]
    public void TheDayOfTheSigningIsTheInstrumentsDate(string language, string text, string kind, string date)
    {
        var reference = Assert.Single(References(text, language), r => r.Kind == kind);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reference.Date);
    }

    [Theory]
    // A day after a comma, or one a deadline names, is not the signing's.
    [InlineData("en", "Ghana Gas signed a memorandum with the Peruvian gas company, which expires on 26 May 2026.")]
    [InlineData("en", "Ghana Gas signed a memorandum with the Peruvian gas company to finish the pipeline by 26 May 2026.")]
    public void ADayOfAnotherClauseOrADeadlineIsNotTheSignings(string language, string text)
    {
        Assert.All(References(text, language), r => Assert.NotEqual(new DateOnly(2026, 5, 26), r.Date));
    }

    [Theory]
    [InlineData("en", "During the visit the sides signed a plan of joint events for 2025–2026.", DocumentKinds.ActionPlan)]
    [InlineData("en", "The festival is held under the plan of cultural events agreed by the two ministries of culture.", DocumentKinds.ActionPlan)]
    // The instrument a plan carries out is a reference of its own.
    [InlineData("ru", "Стороны подвели итоги выполнения плана мероприятий по реализации соглашения о торгово-экономическом сотрудничестве между правительством Аккры и кабинетом министров Перу.", DocumentKinds.Agreement)]
    [InlineData("en", "The sides signed a plan of events to implement the agreement on trade and economic cooperation between the government of Accra and the cabinet of Peru.", DocumentKinds.Agreement)]
    public void APlanOfEventsAndTheInstrumentItCarriesOutAreReferences(string language, string text, string kind)
    {
        Assert.Contains(References(text, language), r => r.Kind == kind);
    }

    [Theory]
    // Every instrument of a list after the verb, those after a comma too, when the list closes with "and" later on.
    [InlineData("en", "Following the meeting on Monday, the sides signed the protocol of the meeting, a memorandum of understanding between the export agencies, an intergovernmental agreement on standardisation and a road map on industry.")]
    [InlineData("ru", "В понедельник были также подписаны соглашение между таможенными службами, меморандум о взаимопонимании между экспортными агентствами, а также план совместных действий.")]
    public void EveryInstrumentOfASignedListTakesTheDay(string language, string text)
    {
        var references = References(text, language);

        Assert.Equal(4 - (language == "ru" ? 1 : 0), references.Count);
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 27), r.Date));
    }

    [Fact]
    public void AnInstrumentAfterACommaWithNoJoinLaterIsNoItemOfTheList()
    {
        var references = References("On Monday the sides signed a protocol on tariffs, a memorandum of understanding between the railways remains in force.", "en");

        Assert.Null(Assert.Single(references, r => r.Kind == DocumentKinds.Memorandum).Date);
    }

    [Theory]
    // A lower-case English name lists its subjects with commas; the place after it is where it was signed, not its name.
    [InlineData("The governments signed an agreement on trade, economic, scientific, technical and cultural cooperation in Accra on May 7.", "agreement on trade, economic, scientific, technical and cultural cooperation", "2024-05-07")]
    [InlineData("The ministries signed an agreement on cooperation in Accra on May 7.", "agreement on cooperation", "2024-05-07")]
    // The years a programme covers are no day: the day comes after them.
    [InlineData("The interior ministries signed a programme of cooperation for 2024–2026 in Accra on May 9, focusing on cybercrime.", "programme of cooperation", "2024-05-09")]
    public void ASubjectListOrTheYearsCoveredStandBeforeTheDay(string text, string words, string date)
    {
        var reference = Assert.Single(References(text, "en"));

        Assert.Equal(words, reference.Text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reference.Date);
    }

    [Theory]
    [InlineData("en", "A plan of joint actions for 2022–2023, signed in Accra on November 22, 2021, provides for the exchange of data.", DocumentKinds.ActionPlan)]
    [InlineData("az", "İclasın yekununda komissiyanın 2024–2025-ci illər üçün iş planı təsdiq edilib.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "Комиссия утвердила план работы на 2025 год.", DocumentKinds.ActionPlan)]
    [InlineData("en", "The interior ministries signed a programme of cooperation for 2024–2026.", DocumentKinds.Programme)]
    [InlineData("ru", "По итогам заседания была подписана программа сотрудничества в сфере энергетики на 2025–2027 годы.", DocumentKinds.Programme)]
    [InlineData("az", "Tərəflər turizm sahəsində 2024–2025-ci illər üçün əməkdaşlıq proqramı imzalayıb.", DocumentKinds.Programme)]
    // A programme of anything else, told signed by the verb after it.
    [InlineData("az", "İclasda turizm üzrə 2024–2025-ci illər üçün birgə fəaliyyət proqramı imzalanıb.", DocumentKinds.Programme)]
    [InlineData("en", "The project is part of a contract worth about $120 million signed in Accra on April 22, 2024.", DocumentKinds.Contract)]
    [InlineData("ru", "Компании подписали среднесрочный контракт на поставку природного газа в 2025–2027 годах.", DocumentKinds.Contract)]
    // Azerbaijani names an agreement's subject before it with "üzrə" as with "haqqında", in a list of the documents signed too.
    [InlineData("az", "Mayın 14-də aşağıdakı sənədlər imzalanıb:\n– konteyner daşımalarının artırılması üzrə saziş;\n– gömrük haqqında protokol.", DocumentKinds.Agreement)]
    public void WorkPlansProgrammesContractsAndAgreementsOnASubjectAreReferences(string language, string text, string kind)
    {
        Assert.Contains(References(text, language), r => r.Kind == kind);
    }

    [Theory]
    // The adjective of a contract names no instrument; nor does a programme of study.
    [InlineData("ru", "Студенты учатся на контрактной основе, стоимость обучения выросла на 10%.")]
    [InlineData("en", "The universities launched a joint master's programme in oil and gas engineering.")]
    public void NoInstrumentInAContractsAdjectiveOrAProgrammeOfStudy(string language, string text)
    {
        Assert.Empty(References(text, language));
    }

    [Theory]
    [InlineData("Mayın 14-də konteyner daşımalarının artırılması üzrə saziş imzalanıb.", 14)]
    // "Həmin gün" (that same day) opens the sentence, not the name; the day is the event's.
    [InlineData("Mayın 30-da Akkrada komissiyanın iclası keçirilib. Həmin gün konteyner daşımalarının artırılması üzrə saziş imzalanıb.", 30)]
    public void AnAzerbaijaniNameStartsAfterTheDayItWasSigned(string text, int dayOfMay)
    {
        var reference = Assert.Single(References(text, "az"), r => r.Kind == DocumentKinds.Agreement);

        Assert.Equal("konteyner daşımalarının artırılması üzrə saziş", reference.Text);
        Assert.Equal(new DateOnly(2024, 5, dayOfMay), reference.Date);
    }

    [Fact]
    public void AnAzerbaijaniVerbAfterAListOfNamedInstrumentsSignsEachOfThem()
    {
        var references = References(
            "Mayın 27-də laboratoriya əməkdaşlığına dair Anlaşma Memorandumu, nəticələrin qarşılıqlı tanınması haqqında Saziş, habelə əməkdaşlıq Proqramı imzalanıb.", "az");

        Assert.Equal(3, references.Count);
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 27), r.Date));
    }

    [Theory]
    [InlineData("az", "Xatırladaq ki, tarif haqqında saziş iki ölkənin dəmir yolu idarələri arasında 2022-ci il iyunun 14-də Akkrada imzalanıb.", "2022-06-14")]
    [InlineData("ru", "Омбудсмены подписали дополнение к меморандуму о сотрудничестве, заключённому 24 ноября 2017 года в Аккре.", "2017-11-24")]
    public void TheDayBeforeTheVerbOrAfterAParticipleIsTheSignings(string language, string text, string date)
    {
        Assert.Contains(References(text, language), r => r.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void APlanOfCooperationMayHaveTwoAdjectives()
    {
        var reference = Assert.Single(References("Учение проведено в соответствии с планом двустороннего военного сотрудничества министерств обороны на 2024 год.", "ru"));

        Assert.Equal(DocumentKinds.ActionPlan, reference.Kind);
    }
    [Theory]
    [InlineData("en", "Ghana's watchdog and Peru's Food Safety Agency signed a protocol on the exchange of electronic phytosanitary and veterinary certificates on February 12.", "2024-02-12")]
    [InlineData("en", "The project was prepared under an agreement on trade, economic, scientific and cultural cooperation between the government of the Volta region and the government of Peru signed in Lima on October 10, 2016.", "2016-10-10")]
    [InlineData("en", "On May 7, the youth ministries of the two countries signed a programme of youth exchanges for 2024-2026.", "2024-05-07")]
    [InlineData("ru", "Механизм создан на основе протокола об организации «зеленого коридора», который руководители таможенных служб подписали 18 декабря 2023 года в Лиме.", "2023-12-18")]
    [InlineData("ru", "Механизм создан на основе протокола об организации \"зеленого коридора\", который руководители таможенных служб подписали 18 декабря 2023 года в Лиме.", "2023-12-18")]
    public void TheDayReachesPastTheNamesWordsItsPartiesAndItsQuotes(string language, string text, string date)
    {
        var reference = Assert.Single(References(text, language));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reference.Date);
    }

    [Theory]
    [InlineData("en", "The co-chairs signed a protocol on transit and discussed tariffs on May 5.")]
    [InlineData("en", "The co-chairs signed a protocol on transit and held talks on May 5.")]
    public void ADayAfterAnotherVerbIsNotTheSignings(string language, string text)
    {
        Assert.All(References(text, language), r => Assert.Null(r.Date));
    }

    [Fact]
    public void AContractThatClosesASignedListTakesItsDay()
    {
        var references = References(
            "По итогам переговоров 8 мая подписаны соглашение о торговом сотрудничестве между правительством области и министерством экономики Перу, меморандум о сотрудничестве в нефтехимии, а также контракт на поставку в Лиму 200 автобусов.", "ru");

        Assert.Equal([DocumentKinds.Agreement, DocumentKinds.Memorandum, DocumentKinds.Contract], references.Select(r => r.Kind));
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 8), r.Date));
    }

    [Theory]
    [InlineData("en", "The forum programme also includes friendly matches and a concert of young performers.")]
    [InlineData("en", "Students of the programme and contracts of the employees were discussed.")]
    [InlineData("ru", "Программа форума включает матчи по футболу и концерт молодых исполнителей.")]
    [InlineData("az", "Forumun proqramına futbol matçları və gənc ifaçıların konserti daxildir.")]
    public void AProgrammeOfNoCooperationNeedsItsSigning(string language, string text)
    {
        Assert.Empty(References(text, language));
    }
    [Theory]
    [InlineData("en", "The contacts build on the agreement on cooperation in the exploration and use of outer space for peaceful purposes signed in Lima on October 27, 2021.", DocumentKinds.Agreement, "2021-10-27")]
    [InlineData("en", "The government of the region and the ministry signed a programme of trade, economic, scientific and cultural cooperation for 2021-2024 in Lima on May 6.", DocumentKinds.Programme, "2024-05-06")]
    [InlineData("ru", "Дни культуры предусмотрены программой сотрудничества между министерствами культуры двух стран на 2023—2025 годы, подписанной 6 апреля 2023 года в Лиме.", DocumentKinds.Programme, "2023-04-06")]
    [InlineData("ru", "9 мая заключены соглашение между правительством области и министерством экономики Перу о торговом сотрудничестве и меморандум о взаимопонимании между университетами.", DocumentKinds.Memorandum, "2024-05-09")]
    public void TheDayOfALongLowerCaseNameIsItsOwn(string language, string text, string kind, string date)
    {
        Assert.Contains(References(text, language), r => r.Kind == kind && r.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnAzerbaijaniDayOfTheNextInstrumentsParticipleIsNotThisOnes()
    {
        var references = References(
            "Fəaliyyətimizin hüquqi əsasını 2018-ci il avqustun 12-də Aktauda imzalanmış Xəzər dənizinin hüquqi statusu haqqında Konvensiya və 2003-cü il noyabrın 4-də Tehranda imzalanmış Xəzər dənizinin dəniz mühitinin mühafizəsi üzrə Çərçivə Konvensiyası təşkil edir.", "az");

        Assert.Equal([new DateOnly(2018, 8, 12), new DateOnly(2003, 11, 4)], references.Select(r => r.Date));
    }

    [Fact]
    public void AnAzerbaijaniDayWrittenOnAnotherInstrumentBeforeItsPlaceIsNotTheSignings()
    {
        var references = References(
            "Görüşün yekununda 2022-ci il fevralın 22-də Moskvada imzalanmış Bəyannamənin müddəalarına uyğun olaraq, iki nazirlik arasında 2025–2026-cı illər üçün Məsləhətləşmələr Planı imzalanıb.", "az");

        Assert.DoesNotContain(references, r => r.Kind == DocumentKinds.ActionPlan && r.Date == new DateOnly(2022, 2, 22));
    }

    [Theory]
    [InlineData("The diplomats reviewed the plan of inter-ministerial consultations for 2024-2025.")]
    [InlineData("The visit is held under the plan of bilateral military cooperation between the defence ministries for 2019.")]
    public void APlanOfConsultationsOrOfCooperationWithItsAdjectivesIsAReference(string text)
    {
        Assert.Equal(DocumentKinds.ActionPlan, Assert.Single(References(text, "en")).Kind);
    }
    [Fact]
    public void TheSigningVerbBeforeAColonDatesTheListAfterIt()
    {
        var references = References(
            "По итогам заседания 28 мая подписаны:\n— протокол 25-го заседания Межправительственной комиссии;\n— меморандум о взаимопонимании между министерствами сельского хозяйства.", "ru");

        Assert.Equal([DocumentKinds.Protocol, DocumentKinds.Memorandum], references.Select(r => r.Kind));
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 28), r.Date));
    }

    [Fact]
    public void APlanOfEventsMayHaveTwoAdjectives()
    {
        var reference = Assert.Single(References("Стороны также подписали план совместных молодежных мероприятий на 2024—2025 годы.", "ru"));

        Assert.Equal(DocumentKinds.ActionPlan, reference.Kind);
    }

    [Fact]
    public void AnAzerbaijaniSigningReachesTheNamePastItsPartiesSubjectAndYears()
    {
        var reference = Assert.Single(References(
            "Tədbirlər 2022-ci il dekabrın 6-da Limada imzalanmış Qana Respublikası Hökuməti ilə Peru Respublikası Hökuməti arasında mədəniyyət sahəsində 2023–2025-ci illər üçün əməkdaşlıq proqramına uyğun olaraq təşkil olunub.", "az"));

        Assert.Equal(new DateOnly(2022, 12, 6), reference.Date);
    }
    [Fact]
    public void ThePlanOfAnActionPlanIsNoPlanToSign()
    {
        var references = References("The presidents held talks and signed a joint statement and an action plan, the ministry said.", "en");

        Assert.Equal([DocumentKinds.JointStatement, DocumentKinds.ActionPlan], references.Select(r => r.Kind));
        Assert.All(references, r => Assert.Equal(s_published, r.Date));
        Assert.All(References("The presidents signed a joint statement and plan to sign an action plan later.", "en"), r => Assert.Null(r.Date));
    }

    [Theory]
    // Approved in two words.
    [InlineData("İclasın yekununda komissiyanın 2025-ci il üçün İş Planı təsdiq edilib.")]
    // The day in the sentence is written on another instrument, its place between.
    [InlineData("Görüşün yekununda 2022-ci il fevralın 22-də Limada imzalanmış Bəyannamənin müddəalarına uyğun olaraq, iki nazirlik arasında 2025–2026-cı illər üçün Məsləhətləşmələr Planı imzalanıb.")]
    public void AnAzerbaijaniPlanApprovedOrSignedAsTheNewsTakesTheTextsDay(string text)
    {
        Assert.Contains(References(text, "az"), r => r.Kind == DocumentKinds.ActionPlan && r.Date == s_published);
    }
    [Fact]
    public void TheVerbBeforeAListPartedBySemicolonsDatesEachItem()
    {
        var references = References(
            "В Лиме 28 мая прошло заседание комиссии. По итогам заседания подписаны протокол заседания комиссии; меморандум между ведомствами о переходе на электронные сертификаты; соглашение между министерствами о сотрудничестве; программа сотрудничества в сфере туризма.", "ru");

        Assert.Equal([DocumentKinds.Protocol, DocumentKinds.Memorandum, DocumentKinds.Agreement, DocumentKinds.Programme], references.Select(r => r.Kind));
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 28), r.Date));
    }

    [Theory]
    // The day written between the verb and the instrument.
    [InlineData("Таможенные службы двух стран подписали 11 марта 2024 года протокол об обмене предварительной информацией.", "2024-03-11")]
    [InlineData("Таможенные службы подписали 11 марта протокол об обмене информацией.", "2024-03-11")]
    // A relative clause names who signed before its verb and day, after the years the plan covers.
    [InlineData("Учение проведено в соответствии с планом двустороннего военного сотрудничества на 2023 год, который министры обороны двух стран подписали 20 декабря 2022 года в Лиме.", "2022-12-20")]
    public void ARussianSigningDayBetweenTheVerbAndTheInstrumentOrInARelativeClause(string text, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(References(text, "ru")).Date);
    }

    [Fact]
    public void ARelativeClauseAfterAPrepositionIsNoSigning()
    {
        var references = References(
            "The Act concerns the adjustments to the Treaties on which the African Union is founded, adopted in Accra on 16 April 2003.", "en");

        Assert.DoesNotContain(references, r => r.Kind == DocumentKinds.Treaty && r.Date is not null);
    }

    // Session 29: a relative clause may name its signers at length; the years a plan runs until do not count against the
    // reach; "endorsed" and "утвердили" tell an approval as "approved" does.
    [Theory]
    [InlineData("ru", "Выставка стала первым проектом по меморандуму о сотрудничестве, который генеральный директор Эрмитажа и директор бакинского музея подписали в Санкт-Петербурге 18 апреля 2023 года.", "2023-04-18")]
    [InlineData("en", "The sides reviewed the Plan for the Development of Key Areas of Economic Cooperation until 2030, which the two leaders endorsed in Moscow on 21 March 2023.", "2023-03-21")]
    [InlineData("ru", "Стороны обсудили План развития ключевых направлений экономического сотрудничества до 2030 года, который лидеры утвердили в Москве 21 марта 2023 года.", "2023-03-21")]
    public void ALongRelativeClauseOrAPlansEndYearStillReachesTheSigningDay(string language, string text, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(References(text, language)).Date);
    }

    // Session 29: a weekday's comma before the day parts no clause.
    [Fact]
    public void TheDayAfterItsWeekdayIsTheSigningsDay()
    {
        var reference = Assert.Single(References(
            "The ministry and the corporation signed an agreement on setting up a plant for the repair of armoured vehicles at the Army-2021 forum on Monday, August 23, 2021.", "en"));

        Assert.Equal(new DateOnly(2021, 8, 23), reference.Date);
    }

    // Session 29: a programme told as approved in its own clause is one; a class of them ("that were concluded") is not.
    [Theory]
    [InlineData("A joint agricultural research programme on drought-resistant crops and food safety testing was also agreed.", 1)]
    [InlineData("The Asian Trade Expansion Programme which was adopted by the committee is carried on.", 1)]
    [InlineData("A programme on drought-resistant crops is important for farmers.", 0)]
    [InlineData("Contracts between enterprises of both Parties that were concluded but not fulfilled remain valid.", 0)]
    public void AProgrammeToldAsApprovedInItsOwnClauseIsAReference(string text, int references)
    {
        Assert.Equal(references, References(text, "en").Count(r => r.Kind is DocumentKinds.Programme or DocumentKinds.Contract));
    }
}

/// <summary>Session 30: instruments named by their subject or an abbreviation, and a contract told signed after its parties.</summary>
public class ReferenceFormsSession30Tests
{
    // Through the whole pipeline, as a report dated 5 March 2025 by its dateline.
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("Москва, 5 марта 2025 года. Встреча прошла в соответствии с планом межмидовских консультаций на 2025–2026 годы, который министры подписали в Аккре 3 марта текущего года.", DocumentKinds.ActionPlan, "2025-03-03")]
    [InlineData("Москва, 5 марта 2025 года. По итогам заседания подписаны: — протокол заседания комиссии; — МоВ между экспортными агентствами Ганы и Перу.", DocumentKinds.Memorandum, "2025-03-05")]
    [InlineData("ACCRA, March 5, 2025. The health ministries of Ghana and Peru held consultations in Accra and agreed a plan of joint activities for 2024–2026.", DocumentKinds.ActionPlan, null)]
    [InlineData("ACCRA, March 5, 2025. The presidents discussed gas supplies under the contract between Ghana Gas and PetroPeru concluded last November.", DocumentKinds.Contract, null)]
    public void TheInstrumentIsAReference(string text, string kind, string? date)
    {
        Assert.Contains((kind, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), References(text));
    }

    // A class of contracts between whoever is a matter, not an instrument.
    [Fact]
    public void ContractsBetweenAnyoneConcludedAreNoReference()
    {
        Assert.DoesNotContain(References("ACCRA, March 5, 2025. Contracts between economic entities concluded in national currencies are exempt."), r => r.Kind == DocumentKinds.Contract);
    }
}

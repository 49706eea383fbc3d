using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>Where a reference's date is written: after a place, after the parties, before the name, in a list.</summary>
public class ReferenceDatesTests
{
    private static IReadOnlyList<AgreementReference> References(string text, string language = "en") =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 6, 1))).References;

    [Theory]
    [InlineData("A Memorandum of Understanding on cooperation in tourism was signed in Baku on March 3, 2019.", DocumentKinds.Memorandum, 2019, 3, 3)]
    [InlineData("The parties recalled the Treaty of Gulistan of October 24, 1813.", DocumentKinds.Treaty, 1813, 10, 24)]
    [InlineData("It rests on the Declaration on Allied Cooperation signed between Norway and Chile on February 22, 2022.", DocumentKinds.Declaration, 2022, 2, 22)]
    [InlineData("The corridor grew out of the intergovernmental agreement signed between Peru, Iran and India on September 12, 2000.", DocumentKinds.Agreement, 2000, 9, 12)]
    [InlineData("The agreement, which was initially signed on August 19, 2024, in Baku, now moves forward.", DocumentKinds.Agreement, 2024, 8, 19)]
    [InlineData("The Agreement on Friendship and Mutual Security between Ghana and Peru on 3 July 1997 is the basis.", DocumentKinds.Agreement, 1997, 7, 3)]
    [InlineData("On 4 April 1992, the Protocol on establishing diplomatic relations between Ghana and Peru was signed.", DocumentKinds.Protocol, 1992, 4, 4)]
    public void ReadsTheDateOfAnEnglishReference(string text, string kind, int year, int month, int day)
    {
        var reference = Assert.Single(References(text), r => r.Kind == kind);
        Assert.Equal(new DateOnly(year, month, day), reference.Date);
    }

    [Theory]
    [InlineData("Стороны подтвердили приверженность Меморандуму о сотрудничестве от 3 марта 2019 года.", DocumentKinds.Memorandum)]
    [InlineData("Стороны обсудили Соглашение о туризме, подписанное в Баку 3 марта 2019 года.", DocumentKinds.Agreement)]
    public void ReadsTheDateOfARussianReference(string text, string kind)
    {
        var reference = Assert.Single(References(text, "ru"), r => r.Kind == kind);
        Assert.Equal(new DateOnly(2019, 3, 3), reference.Date);
    }

    [Theory]
    [InlineData("2019-cu il martın 3-də imzalanmış Saziş qüvvəyə minib.", DocumentKinds.Agreement)]
    [InlineData("Hökumətlər 2019-cu il martın 3-də imzalanmış turizm haqqında Sazişi təsdiqləyib.", DocumentKinds.Agreement)]
    [InlineData("Komissiya tərəfindən 2019-cu ilin 3 mart tarixində \"Əməkdaşlıq üzrə Yol Xəritəsi\" imzalanıb.", DocumentKinds.Roadmap)]
    public void ReadsTheDateOfAnAzerbaijaniReference(string text, string kind)
    {
        var reference = Assert.Single(References(text, "az"), r => r.Kind == kind);
        Assert.Equal(new DateOnly(2019, 3, 3), reference.Date);
    }

    [Theory]
    [InlineData("The agreement between Ghana and Peru on road transport of 5 May 2005 was amended.", "en")]
    [InlineData("The Agreement between the Government of Ghana and the Government of Peru on International Road Transport of 5 May 2005 was amended.", "en")]
    [InlineData("Saziş 5 may 2005-ci il tarixli Beynəlxalq avtomobil nəqliyyatı haqqında Sazişə əlavədir.", "az")]
    public void ReadsADateOfAfterTheParties(string text, string language)
    {
        Assert.Contains(References(text, language), r => r.Kind == DocumentKinds.Agreement && r.Date == new DateOnly(2005, 5, 5));
    }

    [Theory]
    [InlineData("Стороны подписали Протокол о внесении изменений в Соглашение между Правительством Ганы и Правительством Перу о международном автомобильном сообщении от 5 мая 2005 года.", "ru")]
    [InlineData("Ghana and Peru signed the Protocol on Amendments to the Agreement on International Road Transport of 5 May 2005.", "en")]
    [InlineData("Qana və Peru 5 may 2005-ci il tarixli Beynəlxalq avtomobil nəqliyyatı haqqında Sazişə dəyişikliklər edilməsi barədə Protokol imzalayıb.", "az")]
    public void AProtocolAmendingAnAgreementIsTwoInstrumentsAndTheDateIsTheAgreements(string text, string language)
    {
        var references = References(text, language);

        Assert.Equal(new DateOnly(2005, 5, 5), Assert.Single(references, r => r.Kind == DocumentKinds.Agreement).Date);
        Assert.Null(Assert.Single(references, r => r.Kind == DocumentKinds.Protocol).Date);
    }

    [Fact]
    public void AnInstrumentNamedOnlyInsideAnothersTitleIsAReference()
    {
        var references = References("Правительства подписали в 2023 году протокол о внесении изменений в соглашение о воздушном сообщении.", "ru");

        Assert.Contains(references, r => r.Kind == DocumentKinds.Protocol);
        Assert.Contains(references, r => r.Kind == DocumentKinds.Agreement && r.Text == "соглашение о воздушном сообщении");
    }

    [Fact]
    public void TheDateAtTheEndOfAListBelongsToTheLastInstrument()
    {
        var text = "They discussed the ‘Agreement on Trade’ and the ‘Protocol on Customs’, as well as the ‘Memorandum on Tourism’ signed on May 5, 2005.";
        var references = References(text);
        Assert.Contains(references, r => r.Kind == DocumentKinds.Agreement && r.Title == "Agreement on Trade" && r.Date is null);
        Assert.Contains(references, r => r.Kind == DocumentKinds.Protocol && r.Title == "Protocol on Customs" && r.Date is null);
        var memorandum = Assert.Single(references, r => r.Kind == DocumentKinds.Memorandum);
        Assert.Equal("Memorandum on Tourism", memorandum.Title);
        Assert.Equal(new DateOnly(2005, 5, 5), memorandum.Date);
    }

    [Fact]
    public void ListsEveryDateOfInstrumentsSignedOnSeveralDays()
    {
        var text = "They discussed the statements signed by the Peruvian, Chilean and Bolivian leaders dated November 10, 2020, January 11, 2021, and November 26, 2021, as well as October 31, 2022.";
        var statements = References(text).Where(r => r.Kind == DocumentKinds.Statement).ToList();

        // One reference per instrument, each with its own date, as a reader counts them.
        Assert.Equal([new DateOnly(2020, 11, 10), new DateOnly(2021, 1, 11), new DateOnly(2021, 11, 26), new DateOnly(2022, 10, 31)], statements.Select(r => r.Date));
        Assert.All(statements, r => Assert.Equal(statements[0].Span, r.Span));
    }

    [Fact]
    public void AShortNameInBracketsIsTheSameInstrument()
    {
        var text = "They signed a Memorandum of Understanding (MoU) between Chile and Peru. An MoU between Chile and Ghana on tourism followed.";
        var memoranda = References(text).Where(r => r.Kind == DocumentKinds.Memorandum).ToList();
        Assert.Equal(2, memoranda.Count);
        Assert.Equal("Memorandum of Understanding", memoranda[0].Title);
    }

    [Theory]
    [InlineData("A protocol on economic cooperation between Chile and Peru was signed in Lima.", DocumentKinds.Protocol)]
    [InlineData("The allied relations declaration signed by Chile and Peru in 2022 works well.", DocumentKinds.Declaration)]
    [InlineData("Есть соглашение о признании дипломов между Чили и Перу.", DocumentKinds.Agreement)]
    public void ALowerCaseInstrumentThatWasSignedIsAReference(string text, string kind)
    {
        Assert.Single(References(text, text[0] > 'z' ? "ru" : "en"), r => r.Kind == kind);
    }

    [Fact]
    public void ASigningVerbAfterAnotherInstrumentDoesNotDateThisOne()
    {
        var text = "The Declaration on Partnership and the Protocol on Customs signed on May 5, 2005 were discussed.";
        var declaration = Assert.Single(References(text), r => r.Kind == DocumentKinds.Declaration);
        Assert.Null(declaration.Date);
    }

    [Theory]
    [InlineData("en", "They recalled the trilateral statements by the leaders of Ghana, Peru and Chile of November 9, 2020, January 11, 2021 and November 26, 2021.")]
    [InlineData("ru", "Обсуждена реализация заявлений лидеров Ганы, Перу и Чили от 9 ноября 2020 года, 11 января и 26 ноября 2021 года.")]
    [InlineData("az", "Qana, Peru və Çili liderlərinin 2020-ci il 9 noyabr, 2021-ci il 11 yanvar və 2021-ci il 26 noyabr tarixli bəyanatlarının icrası müzakirə edilib.")]
    public void APluralHeadWithAListOfDatesIsOneInstrumentPerDate(string language, string text)
    {
        var statements = References(text, language).Where(r => r.Kind == DocumentKinds.Statement).ToList();

        Assert.Equal([new DateOnly(2020, 11, 9), new DateOnly(2021, 1, 11), new DateOnly(2021, 11, 26)], statements.Select(r => r.Date));
    }

    [Theory]
    [InlineData("The ministers praised the joint statement adopted at the trilateral meeting with Prime Minister of Peru Luis Alberto Otarola in Lima on November 26, 2021.", DocumentKinds.JointStatement, "2021-11-26")]
    [InlineData("They reviewed the memorandum of understanding on a strategic partnership in the field of energy signed by President Boric and European Commission President Ursula von der Leyen in Santiago on 18 July 2022.", DocumentKinds.Memorandum, "2022-07-18")]
    public void ASigningDateFarAfterTheVerbBelongsToItWhileTheClauseGoesOn(string text, string kind, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(References(text), r => r.Kind == kind).Date);
    }

    [Fact]
    public void ADateAfterAnotherClauseIsNotTheSigningDate()
    {
        var text = "They reviewed the memorandum signed by the energy ministers of Ghana and Peru, who then opened a trade fair in Accra on 18 July 2022.";
        Assert.Null(Assert.Single(References(text), r => r.Kind == DocumentKinds.Memorandum).Date);
    }

    [Theory]
    [InlineData("Стороны обсудили реализацию меморандума о взаимопонимании между ГЖД и АО \"Перуанские железные дороги\" (PFR), подписанного в Лиме 3 марта 2019 г.", DocumentKinds.Memorandum, "2019-03-03")]
    [InlineData("Речь шла о выполнении Соглашения между МВД двух стран о сотрудничестве в сфере борьбы с преступностью, подписанного 25.11.2013.", DocumentKinds.Agreement, "2013-11-25")]
    public void ARussianSigningAfterPartiesThatAreNoStatesDatesTheInstrument(string text, string kind, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(References(text, "ru"), r => r.Kind == kind).Date);
    }

    [Theory]
    [InlineData("2019-cu il aprelin 24-də Limada imzalanmış anlaşma memorandumu əsasında işlər aparılır.", DocumentKinds.Memorandum, "2019-04-24")]
    [InlineData("Tərəflər 2018-ci il sentyabrın 1-də imzalanmış Qana–Peru əməkdaşlığının əsas istiqamətlərinin inkişafı üzrə Fəaliyyət Planında nəzərdə tutulan tədbirləri müzakirə ediblər.", DocumentKinds.ActionPlan, "2018-09-01")]
    [InlineData("2022-ci il martın 11-də imzalanmış yeni nəqliyyat əlaqələrinin yaradılmasına dair anlaşma memorandumu müzakirə olunub.", DocumentKinds.Memorandum, "2022-03-11")]
    public void AnAzerbaijaniDateAndPlaceBeforeTheNameDateTheInstrument(string text, string kind, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(References(text, "az"), r => r.Kind == kind).Date);
    }

    [Theory]
    [InlineData("en", "Following the meeting, the co-chairs signed a roadmap for 2024-2026.")]
    [InlineData("ru", "По итогам заседания подписан протокол.")]
    [InlineData("az", "Tədbirin sonunda Protokol imzalanıb.")]
    [InlineData("az", "Bu gün imzalanmış iclas protokolunda nazirliklərə tapşırıqlar verilib.")]
    [InlineData("en", "Among the documents signed at the forum were an agreement on trade and economic cooperation.")]
    [InlineData("ru", "Среди подписанных документов — соглашение о сотрудничестве в области образования.")]
    [InlineData("en", "The measures are set out in a protocol signed at the end of the talks by the two railways.")]
    [InlineData("en", "During the consultations, the Plan of Consultations between the Ministries of Foreign Affairs of the Republic of Ghana and the Republic of Peru for 2024-2025 was signed.")]
    public void AnInstrumentWhoseSigningIsTheNewsTakesTheTextsDate(string language, string text)
    {
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 5, 14))).References);
        Assert.Equal(new DateOnly(2024, 5, 14), reference.Date);
    }

    [Theory]
    [InlineData("en", "Following the consultations, the deputy ministers signed the Plan of Consultations between the ministries for 2025–2026.", 14)]
    [InlineData("en", "The ministers signed a Plan of joint measures of the two ministries for 2019-2021.", 14)]
    [InlineData("en", "The parties signed a memorandum of understanding on cooperation in biological safety.", 14)]
    [InlineData("en", "The co-chairs signed the protocol of the session on Friday.", 10)]
    [InlineData("en", "At Wednesday's meeting, the commission approved a roadmap for inter-parliamentary cooperation.", 8)]
    [InlineData("en", "The session concluded in Gabala on May 13 with the signing of a protocol by its co-chairs.", 13)]
    [InlineData("ru", "Заседание завершилось подписанием протокола.", 14)]
    [InlineData("en", "Ghana and Peru signed an intergovernmental agreement on Friday on a railway that is meant to close the last gap.", 10)]
    [InlineData("en", "A memorandum on cooperation in ensuring the sanitary and epidemiological welfare of the population was signed in Accra on Monday.", 13)]
    [InlineData("en", "The co-chairs signed the protocol of the session on Friday, setting out tasks for the ministries.", 10)]
    [InlineData("en", "The two universities signed a cooperation agreement in Accra on Friday.", 10)]
    [InlineData("ru", "Сопредседатели комиссии подписали в пятницу в Лиме протокол заседания.", 10)]
    [InlineData("ru", "В понедельник стороны подписали протокол.", 13)]
    [InlineData("az", "Həmsədrlər cümə günü iclasın Protokolunu imzalayıblar.", 10)]
    [InlineData("az", "Bazar ertəsi tərəflər Protokol imzalayıb.", 13)]
    public void ANewOrNamedInstrumentSignedAtTheDaysEventTakesThatDay(string language, string text, int day)
    {
        // 14 May 2024 was a Tuesday: "on Friday" is the 10th, "Wednesday's" the 8th.
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 5, 14))).References);
        Assert.Equal(new DateOnly(2024, 5, day), reference.Date);
    }

    [Theory]
    [InlineData("ru", "Сегодня стороны подписали протокол заседания, а также меморандум о сотрудничестве между экспортными агентствами.", 2)]
    [InlineData("en", "Today the sides signed a protocol of the session as well as a memorandum between the export agencies.", 2)]
    [InlineData("ru", "В ходе заседания подписан меморандум о взаимопонимании, предусматривающий бизнес-миссии в 2025 году.", 1)]
    public void AnInstrumentSignedWithTheNewsOrForLaterWorkTakesTheTextsDate(string language, string text, int instruments)
    {
        // The next instrument of a list signed today, and one whose sentence names the years of the work it plans.
        var references = TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 5, 14))).References;
        Assert.Equal(instruments, references.Count);
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 5, 14), r.Date));
    }

    [Fact]
    public void ThePeriodAnInstrumentCoversIsNeitherItsDateNorTheEventsDay()
    {
        // The start of the supplies (12 May) is no day of the signing; the text's own date is.
        var text = "По итогам встречи подписано соглашение о поставках газа в период с 12 мая 2024 года по 15 марта 2025 года.";
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext("ru", "news", new DateOnly(2024, 5, 14))).References);
        Assert.Equal(new DateOnly(2024, 5, 14), reference.Date);
    }

    [Fact]
    public void AnAzerbaijaniDateBetweenTheInstrumentAndItsSigningIsItsDate()
    {
        var text = "Qana ilə Peru arasında hökumətlərarası saziş 2023-cü il mayın 17-də Limada imzalanıb.";
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext("az", "news", new DateOnly(2024, 5, 14))).References);
        Assert.Equal(new DateOnly(2023, 5, 17), reference.Date);
    }

    [Theory]
    [InlineData("en", "On 13 May the commission met in Accra. Following the meeting, the co-chairs signed a protocol.")]
    [InlineData("ru", "13 мая в Лиме состоялось заседание комиссии. По итогам заседания подписан протокол.")]
    [InlineData("az", "Mayın 13-də Akkrada komissiyanın iclası keçirilib. İclasın sonunda Protokol imzalanıb.")]
    [InlineData("az", "Mayın 13-də Akkrada komissiyanın iclası keçirilib. İclasın yekunlarına dair Protokol imzalanıb.")]
    public void ASigningAtTheReportedEventTakesTheEventsDayNotThePublications(string language, string text)
    {
        var references = TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 5, 14))).References;

        Assert.Equal(new DateOnly(2024, 5, 13), Assert.Single(references, r => r.Kind == DocumentKinds.Protocol).Date);
    }

    [Theory]
    [InlineData("Natiqlər 2021-ci il iyunun 15-də imzalanmış Qana Respublikası ilə Peru Respublikası arasında müttəfiqlik münasibətləri haqqında Lima Bəyannaməsinin əhəmiyyətini qeyd ediblər.", DocumentKinds.Declaration)]
    [InlineData("Tərəflər 2021-ci il 15 iyun tarixli təhsil sahəsində əməkdaşlıq haqqında hökumətlərarası Sazişin yenilənməsini müzakirə ediblər.", DocumentKinds.Agreement)]
    [InlineData("İki ölkənin prezidentlərinin 2021-ci il 15 iyunda Limada imzaladıqları Birgə Bəyanatda nəqliyyat qeyd edilib.", DocumentKinds.JointStatement)]
    public void AnAzerbaijaniSigningBeforeTheInstrumentsPartiesAndSubjectDatesIt(string text, string kind)
    {
        Assert.Equal(new DateOnly(2021, 6, 15), Assert.Single(References(text, "az"), r => r.Kind == kind).Date);
    }

    [Fact]
    public void TheYearsAnAzerbaijaniRoadMapCoversAreNeitherItsDateNorItsName()
    {
        var text = "Oktyabrın 13-də Limada komissiyanın iclası keçirilib. İclasın sonunda 2024–2025-ci illər üçün parlamentlərarası əməkdaşlığın inkişafı üzrə Yol Xəritəsi imzalanıb.";
        var roadmap = Assert.Single(TextExtractor.Extract(text, new ExtractionContext("az", "news", new DateOnly(2024, 10, 14))).References);

        Assert.Equal(new DateOnly(2024, 10, 13), roadmap.Date);
        Assert.StartsWith("parlamentlərarası", roadmap.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDateLineUnderAHeadlineDoesNotDateTheHeadlinesInstrument()
    {
        var text = "Гана и Перу сверили часы по Лимской декларации\n\n15.06.2024 | 12:40\n\nВ Лиме прошло заседание комиссии.";

        Assert.All(References(text, "ru"), r => Assert.Null(r.Date));
    }

    [Theory]
    [InlineData("en", "Putin and Aliyev signed the Declaration on Allied Interaction in Moscow.")]
    [InlineData("en", "The Government approved the draft Agreement on Air Services.")]
    [InlineData("en", "Earlier the co-chairs signed a roadmap for 2024-2026.")]
    [InlineData("en", "The co-chairs will sign a roadmap for 2024-2026.")]
    [InlineData("ru", "Стороны планируют подписать протокол.")]
    [InlineData("ru", "Ранее был подписан протокол.")]
    [InlineData("az", "Tərəflər Protokolun imzalanmasını müzakirə ediblər.")]
    [InlineData("en", "The sides discussed the agreements signed between the countries.")]
    public void ASigningBeforeOrAfterTheNewsOrNoSigningGivesNoTextsDate(string language, string text)
    {
        Assert.All(TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2024, 5, 14))).References, r => Assert.Null(r.Date));
    }

    [Theory]
    [InlineData("en", "On May 17, 2023, the transport ministers of Ghana and Peru signed an intergovernmental agreement on the railway.", DocumentKinds.Agreement)]
    [InlineData("ru", "17 мая 2023 года Гана и Перу подписали межправительственное соглашение о строительстве дороги.", DocumentKinds.Agreement)]
    [InlineData("en", "The sides reviewed the action plan agreed by the two presidents on May 17, 2023.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "Проект стал приоритетом после подписания 17 мая 2023 года Договора о стратегическом партнерстве между Ганой и Перу.", DocumentKinds.Treaty)]
    [InlineData("en", "Trade has grown since the signing on 17 May 2023 of the treaty between Ghana and Peru.", DocumentKinds.Treaty)]
    [InlineData("az", "2023-cü il mayın 17-də Limada keçirilən görüşdə tərəflər laborator nəzarət üzrə birgə fəaliyyət planı imzalayıblar.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "Меморандум о цифровизации перевозок компании подписали в Лиме 17 мая 2023 года.", DocumentKinds.Memorandum)]
    [InlineData("az", "Tərəflər 2023-cü il 17 mayda Limada \"Peru Dəmir Yolları\" ilə imzalanmış tranzit tarifləri haqqında sazişi xatırladıblar.", DocumentKinds.Agreement)]
    [InlineData("az", "Komissiyanın 2023-cü il 17 mayda Limada keçirilmiş iclasında qəbul olunmuş əməkdaşlığın inkişafı üzrə yol xəritəsi icra olunur.", DocumentKinds.Roadmap)]
    [InlineData("ru", "Правительство области и администрация Лимы 17 мая 2023 года подписали соглашение о сотрудничестве и дорожную карту по его реализации.", DocumentKinds.Roadmap)]
    [InlineData("en", "A package of documents was signed in Lima on May 17, 2023, including an intergovernmental agreement on a nuclear plant.", DocumentKinds.Agreement)]
    [InlineData("en", "The two universities signed a cooperation agreement in Accra on 17 May 2023 providing for a joint degree.", DocumentKinds.Agreement)]
    [InlineData("az", "2023-cü il mayın 17-də Qananın və Perunun mədəniyyət nazirləri mədəniyyət sahəsində əməkdaşlığa dair memorandum imzalayıblar.", DocumentKinds.Memorandum)]
    public void TheDayOfItsSigningInTheSentenceIsTheInstrumentsDate(string language, string text, string kind)
    {
        var reference = Assert.Single(References(text, language), r => r.Kind == kind);
        Assert.Equal(new DateOnly(2023, 5, 17), reference.Date);
    }

    [Theory]
    [InlineData("Маршрут развивается на основе совместного заявления президентов Ганы, Перу и Чили, принятого на саммите в Лиме 8 августа 2016 года.")]
    [InlineData("Маршрут развивается на основе совместного заявления президентов Ганы, Перу и Чили, подписанного в Лиме 8 августа 2016 года.")]
    public void ARussianAdoptionAfterTheMakersDatesTheInstrument(string text)
    {
        var reference = Assert.Single(References(text, "ru"));
        Assert.Equal(new DateOnly(2016, 8, 8), reference.Date);
    }

    // Session 25.
    [Theory]
    [InlineData("Transport links would be the backbone of the comprehensive strategic partnership treaty the two countries signed in January.", DocumentKinds.Treaty)]
    [InlineData("Last year Tashkent hosted the interregional forum, whose final declaration called for more direct links.", DocumentKinds.Declaration)]
    public void AnInstrumentItsMakersOrItsEventNameIsAReference(string text, string kind)
    {
        var reference = Assert.Single(References(text));
        Assert.Equal(kind, reference.Kind);
        Assert.Null(reference.Date);
    }

    [Fact]
    public void TheDateAfterAPassiveSigningFollowsPartiesThatAreNoStates()
    {
        var reference = Assert.Single(References(
            "Соглашение о сотрудничестве между операторами национальных платежных систем двух стран было подписано 4 октября 2024 года в Ташкенте.", "ru"));
        Assert.Equal(new DateOnly(2024, 10, 4), reference.Date);
    }

    [Theory]
    [InlineData("ru", "Газпром уже поставляет газ в Казахстан: соответствующее соглашение с УзГаз было заключено в ноябре 2022 года.")]
    [InlineData("en", "Gazprom already supplies gas to Kazakhstan: the corresponding agreement with UzGas was concluded in November 2022.")]
    public void AnInstrumentThatWasConcludedIsAReference(string language, string text)
    {
        Assert.Equal(DocumentKinds.Agreement, Assert.Single(References(text, language)).Kind);
    }

    [Theory]
    [InlineData("The documents signed on 19 August in the presence of the two leaders included a memorandum of understanding on cooperation in energy efficiency, and an agreement between the two railways on increasing freight.", 2024, 8, 19)]
    [InlineData("A package of documents was signed in Tashkent on May 27 in the presence of the two Presidents, including an intergovernmental agreement on the construction of a power plant and a joint statement on deepening the partnership.", 2024, 5, 27)]
    public void EveryInstrumentOfAListOfTheDocumentsSignedHasTheirDay(string text, int year, int month, int day)
    {
        var references = References(text);
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(new DateOnly(year, month, day), r.Date));
    }

    [Fact]
    public void AnInstrumentOutsideTheListOfTheDocumentsSignedHasNotTheirDay()
    {
        var references = References("The documents signed on 19 August included a memorandum on energy, although the agreement on transit of the two railways is still awaited.");
        Assert.Equal(new DateOnly(2024, 8, 19), Assert.Single(references, r => r.Kind == DocumentKinds.Memorandum).Date);
        Assert.DoesNotContain(references, r => r.Kind == DocumentKinds.Agreement && r.Date is not null);
    }

    [Fact]
    public void AFinalDeclarationInThePluralOrAnAgreementWithNoMakersIsNone()
    {
        Assert.Empty(References("Final declarations of such forums rarely change much, and an agreement is always welcome."));
    }
}

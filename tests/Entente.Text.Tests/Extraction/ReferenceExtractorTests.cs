using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

public class ReferenceExtractorTests
{
    private static IReadOnlyList<Entente.Text.Analysis.AgreementReference> References(string text, DateOnly? date = null) =>
        TextExtractor.Extract(text, new ExtractionContext("en", "news", date)).References;

    private static IReadOnlyList<Entente.Text.Analysis.AgreementReference> References(string language, string text) =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", null)).References;

    [Fact]
    public void ReadsATitledTreatyWithItsPartiesAndDate()
    {
        var text = "Recalling the Treaty on Good-Neighbourliness and Partnership between the Republic of Kazakhstan and Georgia signed on 5 May 2011,";
        var reference = Assert.Single(References(text));
        Assert.Equal(DocumentKinds.Treaty, reference.Kind);
        Assert.Equal("Treaty on Good-Neighbourliness and Partnership", reference.Title);
        Assert.Equal(new DateOnly(2011, 5, 5), reference.Date);
        Assert.Equal(["GE", "KZ"], reference.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadsARussianConventionWithItsDate()
    {
        var text = "Стороны руководствуются Конвенцией о правовом статусе Каспийского моря от 12 августа 2018 года.";
        var reference = Assert.Single(References(text));
        Assert.Equal(DocumentKinds.Convention, reference.Kind);
        Assert.Equal(new DateOnly(2018, 8, 12), reference.Date);
        Assert.StartsWith("Конвенцией о правовом статусе", reference.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Declaration on Allied Interaction was signed on 22 February 2022 in Moscow.")]
    [InlineData("Декларация о союзническом взаимодействии была подписана 22 февраля 2022 года в Москве.")]
    [InlineData("Декларация о союзническом взаимодействии между Россией и Азербайджаном была подписана 22 февраля 2022 года в Москве.")]
    [InlineData("The Declaration on Allied Interaction between Russia and Azerbaijan was signed on 22 February 2022.")]
    public void APassiveSigningGivesTheInstrumentItsDate(string text)
    {
        var reference = Assert.Single(References(text));
        Assert.Equal(DocumentKinds.Declaration, reference.Kind);
        Assert.Equal(new DateOnly(2022, 2, 22), reference.Date);
    }

    [Fact]
    public void ReadsSeveralInstrumentsNamedTogether()
    {
        var text = "the joint statements of the ministers dated 3 May 2016 and 14 June 2017 remain in force";
        var references = References(text);
        Assert.All(references, r => Assert.Equal(DocumentKinds.JointStatement, r.Kind));
        Assert.Equal([new DateOnly(2016, 5, 3), new DateOnly(2017, 6, 14)], references.Select(r => r.Date));
    }

    [Theory]
    [InlineData("en", "They reviewed the implementation of the agreement on security cooperation in the Caspian Sea.", DocumentKinds.Agreement)]
    [InlineData("en", "More than 120 specialists were trained under a memorandum between the two agencies.", DocumentKinds.Memorandum)]
    [InlineData("ru", "Ведется работа над соглашением о взаимном признании образования и квалификаций.", DocumentKinds.Agreement)]
    [InlineData("ru", "Документ подписан в развитие соглашения между правительством провинции и кабинетом министров Ганы.", DocumentKinds.Agreement)]
    [InlineData("ru", "Стороны договорились подготовить меморандум о взаимопонимании в области электронной сертификации.", DocumentKinds.Memorandum)]
    [InlineData("az", "Təhsil nazirlikləri arasında ali təhsil sahəsində əməkdaşlıq haqqında memorandum hüquqi əsas yaradır.", DocumentKinds.Memorandum)]
    [InlineData("az", "İki qurum arasında sertifikatların elektron mübadiləsi haqqında protokol hazırlanır.", DocumentKinds.Protocol)]
    [InlineData("az", "\"Kaspi Neft\" ilə \"Atlas Qaz\" arasında qaz tədarükü üzrə müqavilə imzalanıb.", DocumentKinds.Contract)]
    [InlineData("az", "Tərəflər vizasız gediş-gəliş haqqında ikitərəfli sazişin icrasını müzakirə ediblər.", DocumentKinds.Agreement)]
    [InlineData("az", "“Kaspi Neft” ilə “Atlas Qaz” arasında imzalanmış sazişə əsasən tədarük artırılıb.", DocumentKinds.Agreement)]
    [InlineData("en", "Officials said the protocol of the last session of the joint commission lists the plant among its priorities.", DocumentKinds.Protocol)]
    [InlineData("en", "The two agencies extended their 2004 photo exchange agreement for five years.", DocumentKinds.Agreement)]
    [InlineData("ru", "Форум прошел в рамках плана мероприятий по культурным обменам на 2024–2025 годы.", DocumentKinds.ActionPlan)]
    [InlineData("az", "Sərgi mədəni mübadilə üzrə tədbirlər planına uyğun olaraq təşkil edilib.", DocumentKinds.ActionPlan)]
    [InlineData("en", "The deputy ministers reviewed the plan of consultations between the two foreign ministries for 2022-2023.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "Замминистры обсудили выполнение плана консультаций между министерствами иностранных дел.", DocumentKinds.ActionPlan)]
    [InlineData("en", "The ministers discussed the draft peace treaty and the delimitation of borders.", DocumentKinds.Treaty)]
    [InlineData("en", "The sides signed a plan of measures for 2021–2023 to deepen trade.", DocumentKinds.ActionPlan)]
    [InlineData("en", "The festival was held under the plan of events agreed for 2023.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "Об этом говорится в протоколе заседания межправительственной комиссии.", DocumentKinds.Protocol)]
    [InlineData("az", "Komissiya iclasının protokolunda yeni tapşırıqlar əksini tapıb.", DocumentKinds.Protocol)]
    [InlineData("en", "The visit ended with a plan to implement the cooperation agreement between the Samarkand region government and the Government of Ghana.", DocumentKinds.Agreement)]
    [InlineData("az", "Fitosanitar Xidmət ilə imzalanmış saziş əsasında elektron sertifikatlar tətbiq olunur.", DocumentKinds.Agreement)]
    [InlineData("az", "Dəniz Akademiyası ilə Texniki Universitet arasında kadr hazırlığına dair əməkdaşlıq müqaviləsi imzalanıb.", DocumentKinds.Agreement)]
    public void OneLowerCaseInstrumentNamedByItsSubjectOrMakersIsAReference(string language, string text, string kind)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal(kind, reference.Kind);
    }

    [Theory]
    [InlineData("en", "The ministers reached an agreement on the next steps.")]
    [InlineData("en", "Both sides signalled agreements on trade were possible.")]
    [InlineData("ru", "Стороны договорились о синхронизации графиков работы пограничных служб.")]
    [InlineData("ru", "Стороны подтвердили договоренности о безопасности поставок плодоовощной продукции.")]
    [InlineData("ru", "Стороны достигли соглашения о прекращении огня.")]
    [InlineData("ru", "Министр сделал заявление о ситуации в регионе.")]
    [InlineData("ru", "Речь идет о соглашении, о котором стороны договорились весной.")]
    [InlineData("en", "In 2004 agreement between the two sides seemed close.")]
    [InlineData("en", "The protocol of welcome at the session was simple.")]
    public void AssentOrWhatWasSaidIsNoInstrument(string language, string text)
    {
        Assert.Empty(References(language, text));
    }

    [Fact]
    public void AnAzerbaijaniListOfInstrumentsSignedTogetherIsEveryOne()
    {
        var references = TextExtractor.Extract("Tədbirin sonunda komissiyanın iclasının protokolu, həmçinin kənd təsərrüfatı sahəsində əməkdaşlığa dair memorandum imzalanıb.",
            new ExtractionContext("az", "news", null)).References;
        Assert.Equal([DocumentKinds.Protocol, DocumentKinds.Memorandum], references.Select(r => r.Kind));
    }

    [Fact]
    public void AnotherInstrumentEndsTheWordsOnWhoseAnInstrumentIs()
    {
        var references = References("The sides signed a protocol of the session and a memorandum between the Export Centre of Ghana and Peru's investment agency.");
        Assert.Equal([DocumentKinds.Protocol, DocumentKinds.Memorandum], references.Select(r => r.Kind));
    }

    [Theory]
    [InlineData("Both sides want a peace treaty one day.")]
    [InlineData("in accordance with bilateral agreements and national legislation")]
    [InlineData("The ministry made a statement on Monday.")]
    [InlineData("The spokesman read a statement of the President on Monday.")]
    public void IgnoresGenericMentions(string text)
    {
        Assert.Empty(References(text));
    }

    [Fact]
    public void ABareMentionTakesTheNameOfTheInstrumentTheTextIsAbout()
    {
        var text = "Memorandum of Understanding on Energy between Turkey and Azerbaijan\nThe Memorandum was signed on 4 April 2019 in Ankara.";
        var references = References(text);
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(DocumentKinds.Memorandum, r.Kind));
        Assert.Equal(references[0].Title, references[1].Title);
        Assert.All(references, r => Assert.Equal(new DateOnly(2019, 4, 4), r.Date));
    }

    [Fact]
    public void AnActionPlanAndItsRoadmapsAreReferences()
    {
        var kinds = References("The action plan consists of four roadmaps.").Select(r => r.Kind);
        Assert.Equal([DocumentKinds.ActionPlan, DocumentKinds.Roadmap], kinds);
    }

    [Fact]
    public void StatementsNamedByTheLeadersWhoseTheyAreAreReferencesWithThoseParties()
    {
        var text = "The parties will continue to implement the tripartite statements of the leaders of Azerbaijan, Armenia and Russia.";
        var reference = Assert.Single(References(text));
        Assert.Equal(DocumentKinds.Statement, reference.Kind);
        Assert.Equal(["AM", "AZ", "RU"], reference.Parties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The two defence ministries signed a cooperation plan for 2015.", "en")]
    [InlineData("В Баку министры обороны подписали план сотрудничества на 2015 год.", "ru")]
    [InlineData("Müdafiə nazirləri Bakıda 2015-ci il üçün əməkdaşlıq planı imzalayıblar.", "az")]
    public void ACooperationPlanIsAnActionPlanInEachLanguage(string text, string language)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal(DocumentKinds.ActionPlan, reference.Kind);
    }

    [Fact]
    public void AnAzerbaijaniInstrumentWrittenWithItsDateIsAReferenceEvenWhenTheDateIsNoDay()
    {
        // "tarixli" ("dated") after a date marks an instrument of its own; a year alone gives it no day to carry.
        var reference = Assert.Single(TextExtractor.Extract("Tərəflər 2020-ci il noyabr tarixli bəyanatı müzakirə ediblər.", new ExtractionContext("az", "news", null)).References);
        Assert.Equal(DocumentKinds.Statement, reference.Kind);
        Assert.Null(reference.Date);
        Assert.Empty(TextExtractor.Extract("Tərəflər bəyanatı müzakirə ediblər.", new ExtractionContext("az", "news", null)).References);
    }

    [Fact]
    public void AnAzerbaijaniInstrumentWrittenWithADayButNoYearInAnUndatedTextIsAReference()
    {
        // With no date of the text to take a year from, "9 noyabr" resolves to no date, yet it still names the statement.
        var reference = Assert.Single(TextExtractor.Extract("Görüşdə liderlərin 9 noyabr tarixli birgə bəyanatı müzakirə olunub.", new ExtractionContext("az", "news", null)).References);
        Assert.Equal(DocumentKinds.JointStatement, reference.Kind);
    }

    [Theory]
    [InlineData("The talks rested on the Minsk agreements.", "en", DocumentKinds.Agreement, "Minsk agreements")]
    [InlineData("The ministers recalled the Baku and Moscow declarations.", "en", DocumentKinds.Declaration, "Baku and Moscow declarations")]
    [InlineData("Министры напомнили о Московской декларации 2008 года.", "ru", DocumentKinds.Declaration, "Московской декларации")]
    public void AnInstrumentNamedByThePlaceItWasMadeIsAReference(string text, string language, string kind, string title)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(title, reference.Title);
    }

    [Theory]
    [InlineData("The talks rested on the Russian agreements.")]
    [InlineData("The Kremlin statement was short.")]
    [InlineData("In Minsk agreements were rare.")]
    public void AWordOfWhoseItIsOrASentencesFirstPlaceNamesNoInstrument(string text) => Assert.Empty(References(text));

    [Theory]
    [InlineData("Nazirlər 2019-cu il martın 3-də Bakıda imzalanmış Anlaşma Memorandumunu xatırladıblar.", DocumentKinds.Memorandum, "2019-03-03")]
    [InlineData("Nazirlər 10 noyabr 2020-ci il tarixli üçtərəfli bəyanatı xatırladıblar.", DocumentKinds.Statement, "2020-11-10")]
    public void AzerbaijaniInstrumentsTakeTheirDatesThroughEndingsAndAdjectives(string text, string kind, string date)
    {
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext("az", "news", null)).References);
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reference.Date);
    }

    [Fact]
    public void APlanForTheDevelopmentOfSomethingIsAnActionPlan()
    {
        var reference = Assert.Single(References("The ministers reviewed the plan for the development of transport links between the two countries until 2030."));
        Assert.Equal(DocumentKinds.ActionPlan, reference.Kind);
        Assert.Empty(References("The ministers have no plan yet."));
    }

    [Theory]
    [InlineData("Relations rest on the Treaties on Strategic Partnership (2004) and on Allied Relations (2005).", "en", "Treaties on Allied Relations")]
    [InlineData("Сотрудничество развивается на основе Договоров о стратегическом партнерстве (2004 год) и о союзнических отношениях (2005 год).", "ru", "Договоров о союзнических отношениях")]
    public void APluralHeadWithTwoTitlesNamesTwoInstruments(string text, string language, string second)
    {
        var references = References(language, text);
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(DocumentKinds.Treaty, r.Kind));
        Assert.Equal(second, references[1].Title);
    }

    [Fact]
    public void ASingularHeadWithTwoSubjectsIsOneInstrument()
    {
        var reference = Assert.Single(References("The Treaty on Friendship and on Cooperation was signed in 1997."));
        Assert.Equal(DocumentKinds.Treaty, reference.Kind);
        var declaration = Assert.Single(References("The Declaration on Friendship and on Cooperation was signed in 1997."));
        Assert.Equal(DocumentKinds.Declaration, declaration.Kind);
        Assert.Equal(2, References("The Declarations on Friendship and on Cooperation were signed in 1997.").Count);
    }

    [Theory]
    [InlineData("On the basis of a set of tripartite agreements at the highest level, the ministers confirmed the need for a peace treaty.", "en", DocumentKinds.Agreement, "tripartite agreements")]
    [InlineData("Министры подтвердили приверженность трехсторонним заявлениям лидеров.", "ru", DocumentKinds.Statement, "трехсторонним заявлениям")]
    [InlineData("Nazirlər üçtərəfli bəyanatların icrasını müzakirə ediblər.", "az", DocumentKinds.Statement, "üçtərəfli bəyanatların")]
    public void ThreePartiesInstrumentsAreNamedByTheirAdjective(string text, string language, string kind, string mention)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal((kind, mention), (reference.Kind, reference.Text));
        Assert.Empty(References("The sides discussed bilateral agreements in energy."));
    }

    [Theory]
    [InlineData("ru", "В основе отношений лежит Договор о дружбе, сотрудничестве и взаимной безопасности от 3 июля 1997 года.", DocumentKinds.Treaty, "1997-07-03")]
    [InlineData("az", "1997-ci il 3 iyul tarixli Dostluq, əməkdaşlıq və qarşılıqlı təhlükəsizlik haqqında Müqavilə münasibətlərin əsasıdır.", DocumentKinds.Treaty, "1997-07-03")]
    public void ANameListingItsSubjectsInLowerCaseKeepsItsDate(string language, string text, string kind, string date)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal((kind, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (reference.Kind, reference.Date));
        Assert.Contains(language == "ru" ? "сотрудничестве" : "Dostluq", reference.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Правительства подписали в 2023 году протокол о внесении изменений.", DocumentKinds.Protocol)]
    [InlineData("az", "Prezidentlər birgə bəyanat imzalayıblar.", DocumentKinds.JointStatement)]
    public void AnInstrumentInLowerCaseIsOneWhenTheSentenceSignsIt(string language, string text, string kind)
    {
        var reference = Assert.Single(References(language, text));
        Assert.Equal(kind, reference.Kind);
        Assert.Empty(TextExtractor.Extract("Prezidentlər birgə bəyanatı müzakirə ediblər.", new ExtractionContext("az", "news", null)).References);
    }

    [Theory]
    [InlineData("The agreements on air traffic, on road transport and on international rail transport, signed on 5 May 2005, were renewed.", "2005-05-05", "agreements on air traffic, on road transport and on international rail transport")]
    [InlineData("Both states apply the Agreement on Government Procurement of 15 April 1994 to their ministries.", "1994-04-15", "Agreement on Government Procurement")]
    public void AnInstrumentsSubjectsComeBetweenItAndItsDate(string text, string date, string mention)
    {
        var reference = Assert.Single(References(text));
        Assert.Equal((DocumentKinds.Agreement, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), mention), (reference.Kind, reference.Date, reference.Text));
        Assert.Empty(References("The ministers discussed agreements on air traffic, on road transport and on rail transport in May."));
    }

    [Theory]
    [InlineData("en", "The ministers discussed the intergovernmental agreement on culture.", DocumentKinds.Agreement)]
    [InlineData("ru", "Стороны обсудили выполнение межправительственного соглашения 2009 года о сотрудничестве в области культуры.", DocumentKinds.Agreement)]
    [InlineData("az", "Tərəflər hökumətlərarası sazişin icrasını müzakirə ediblər.", DocumentKinds.Agreement)]
    [InlineData("ru", "Учения прошли в соответствии с планом военного сотрудничества между министерствами обороны двух стран.", DocumentKinds.ActionPlan)]
    [InlineData("ru", "По итогам встречи подписан план-график совместных мероприятий на 2024-2025 годы.", DocumentKinds.ActionPlan)]
    [InlineData("az", "Görüş 2023–2024-cü illər üçün Məsləhətləşmələr Planına uyğun olaraq keçirilib.", DocumentKinds.ActionPlan)]
    [InlineData("en", "Contacts follow the Plan of Consultations for 2023-2024 signed by the two foreign ministers.", DocumentKinds.ActionPlan)]
    public void HeadsWithAnAdjectiveOrANameAroundThemAreReferences(string language, string text, string kind)
    {
        Assert.Single(References(language, text), r => r.Kind == kind);
    }

    [Fact]
    public void AnInstrumentThatEnteredIntoForceIsAReferenceWithoutThatDate()
    {
        var reference = Assert.Single(References("They welcomed the preferential trade agreement between the two countries, which entered into force on 1 March 2021."));
        Assert.Equal(DocumentKinds.Agreement, reference.Kind);
        Assert.Null(reference.Date);
    }

    [Fact]
    public void ACapitalisedRussianPlanNamedByItsSubjectTakesItsSigningDate()
    {
        var text = "Консультации прошли в соответствии с Планом консультаций между МИД Ганы и МИД Перу на 2023-2024 годы, подписанным министрами 28 февраля 2023 года.";
        var reference = Assert.Single(TextExtractor.Extract(text, new ExtractionContext("ru", "news", null)).References);
        Assert.Equal(DocumentKinds.ActionPlan, reference.Kind);
        Assert.Equal(new DateOnly(2023, 2, 28), reference.Date);
    }

    [Theory]
    [InlineData("en", "The sides are in agreement with the plan to expand trade.")]
    [InlineData("en", "Ghana, Peru Plan New Talks On Trade")]
    [InlineData("en", "The Plan is to expand trade.")]
    [InlineData("ru", "Компания планирует расширить военное сотрудничество.")]
    [InlineData("az", "Şirkət ixracı artırmağı planlaşdırır.")]
    public void APlanToDoSomethingIsNoInstrument(string language, string text)
    {
        Assert.Empty(References(language, text));
    }

    [Theory]
    [InlineData("en", "The legal base includes more than 150 interstate and intergovernmental agreements.")]
    [InlineData("ru", "Договорно-правовая база включает более 150 межгосударственных и межправительственных соглашений.")]
    public void ManyIntergovernmentalAgreementsAreTheLegalBaseAtLarge(string language, string text)
    {
        Assert.Empty(References(language, text));
    }
}

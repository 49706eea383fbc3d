namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 33: an instrument dated by a bracket that names the place first ("(Будапешт, 17 апреля 2023 года)"), a
/// programme named with the fields it covers ("Programme of Cooperation in the Fields of Education, …"), and the day of a
/// chronology's line that signs it ("12.09.2000 — … подписывают Соглашение …"), and the counterpart between an instrument and
/// its date ("меморандум с компанией от 5 июня 2023 г.").
/// </summary>
public class ReferenceFormsSession33Tests
{
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("1. О ратификации Соглашения между Азербайджанской Республикой и Венгрией об учреждении совместного фонда (Будапешт, 17 апреля 2023 года).", "agreement", 2023, 4, 17)]
    [InlineData("2. Об утверждении Меморандума о взаимопонимании между Министерством обороны Азербайджанской Республики и Министерством обороны Пакистана о подготовке войск (Исламабад, 10.03.2023).", "memorandum", 2023, 3, 10)]
    [InlineData("1. On the approval of the Agreement between Azerbaijan and Hungary on a joint fund (Budapest, 17 April 2023).", "agreement", 2023, 4, 17)]
    public void ABracketNamingThePlaceThenTheDayDatesTheInstrument(string text, string kind, int year, int month, int day)
    {
        Assert.Equal([(kind, new DateOnly(year, month, day))], References(text));
    }

    [Fact]
    public void AProgrammeNamedWithTheFieldsItCoversKeepsItsSigningDay()
    {
        var text = "3. On the approval of the Programme of Cooperation in the Fields of Education, Culture and Science between the Republic "
                   + "of Azerbaijan and Hungary for 2021–2024, signed in Budapest on 4 March 2021. Under it, Hungary offers 200 scholarships.";

        Assert.Contains(("programme", new DateOnly(2021, 3, 4)), References(text));
    }

    [Theory]
    [InlineData("Хроника\n\n12.09.2000 — в Санкт-Петербурге Россия, Иран и Индия подписывают Соглашение о международном транспортном коридоре.\n2005 — к соглашению присоединяется Азербайджан.", "agreement", 2000, 9, 12)]
    [InlineData("Timeline\n\n2000 — On September 12, Russia, Iran and India sign in St Petersburg the intergovernmental agreement on the corridor.\n2005 — Azerbaijan joins.", "agreement", 2000, 9, 12)]
    [InlineData("Хроника\n\n22.02.2022 — в Москве подписана Декларация о союзническом взаимодействии.\n2023 — грузы растут.", "declaration", 2022, 2, 22)]
    [InlineData("Timeline\n\n2022 — On February 22 the Moscow Declaration commits the two presidents to the corridor.\n2023 — Freight grows.", "declaration", 2022, 2, 22)]
    public void AChronologysLineDatesTheInstrumentItSigns(string text, string kind, int year, int month, int day)
    {
        Assert.Contains((kind, new DateOnly(year, month, day)), References(text));
    }

    [Theory]
    [InlineData("ОАО «Азерэнержи»: меморандум с компанией от 5 июня 2023 г. предусматривает практику студентов.")]
    [InlineData("The rector cited a memorandum with the company of 5 June 2023 on practical training.")]
    public void TheCounterpartMayStandBetweenTheInstrumentAndItsDate(string text)
    {
        Assert.Equal([("memorandum", new DateOnly(2023, 6, 5))], References(text));
    }

    [Fact]
    public void AChronologysLineThatSignsNothingDatesNothing()
    {
        Assert.DoesNotContain(References("Хроника\n\n12.09.2000 — в Санкт-Петербурге обсуждают Соглашение о коридоре.\n2005 — к нему присоединяется Азербайджан."),
            r => r.Date == new DateOnly(2000, 9, 12));
    }
}

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 38: a deal told by its commercial subject is a contract ("qaz tədarükünə dair əlavə müqavilə", "договор
/// поставки газа"), where "müqavilə" and "договор" between states are treaties; a sender's line that ends with its place
/// and day dates the text, however long the sender's name; in a year in review published the next January, a day without
/// a year that would fall after the text's date is the reviewed year's.
/// </summary>
public class FormsSession38Tests
{
    private static List<string> Kinds(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => r.Kind)];

    [Theory]
    [InlineData("Bakı, 21 noyabr 2023. SOCAR ilə \"Qazprom Eksport\" arasında qış mövsümündə təbii qaz tədarükünə dair əlavə müqavilə imzalanıb.")]
    [InlineData("Bakı, 8 oktyabr 2019. Bir neçə bank kartlara qarşılıqlı xidmət göstərilməsinə dair müqavilə imzalayıb.")]
    [InlineData("Москва, 21 ноября 2023 года. Компании подписали договор поставки газа на зимний период.")]
    public void ADealToldByItsCommercialSubjectIsAContract(string text)
    {
        Assert.Equal(["contract"], Kinds(text));
    }

    [Theory]
    [InlineData("Bakı, 21 noyabr 2023. Azərbaycan ilə Rusiya arasında dostluq və əməkdaşlıq haqqında müqavilə imzalanıb.", "treaty")]
    [InlineData("Москва, 21 ноября 2023 года. Стороны подписали договор о дружбе и сотрудничестве.", "treaty")]
    public void AnInstrumentBetweenStatesStaysATreaty(string text, string kind)
    {
        Assert.Equal([kind], Kinds(text));
    }

    private static DateOnly? Date(string text) => Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.Date;

    [Fact]
    public void ASendersLineEndingWithItsDayDatesTheText()
    {
        var text = "Kazakhstan and Uzbekistan: results of 2022\n\nEmbassy of the Republic of Kazakhstan in the Republic of Uzbekistan, Tashkent, 29 December 2022\n\n"
                   + "The outgoing year was one of the most eventful in the history of the two countries' relations.\n";
        Assert.Equal(new DateOnly(2022, 12, 29), Date(text));
    }

    [Fact]
    public void ALongLineThatGoesOnAfterItsDayIsNoSendersLine()
    {
        // (Control: the day stands inside a sentence that goes on, so it dates an event, not the text.)
        var text = "Kazakhstan and Uzbekistan: results of 2022\n\nThe embassy of the Republic of Kazakhstan in Uzbekistan recalled that on 29 December 2022 the two presidents met in Tashkent to sign the treaty.\n";
        Assert.Null(Date(text));
    }

    private static List<DateOnly?> Days(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.Dates.Where(d => d.Granularity == "day").Select(d => d.Value)];

    [Theory]
    [InlineData("Kazakhstan–Uzbekistan relations in 2023: the year in review", 2023)]
    [InlineData("Kazakhstan–Uzbekistan relations: the year in review", 2024)]
    [InlineData("Kazakhstan–Uzbekistan plan for 2023–2025 approved", 2024)]
    public void AYearInReviewGivesItsDaysItsYear(string title, int year)
    {
        // (Controls: a title naming no year, or a range of years, leaves the day in the text's own year.)
        var text = title + "\n\nAlmaty, 12 January 2024\n\nMay. On 26 May the ministers of Kazakhstan and Uzbekistan signed a road map on cooperation in metallurgy.\n";
        Assert.Contains(new DateOnly(year, 5, 26), Days(text));
    }
}

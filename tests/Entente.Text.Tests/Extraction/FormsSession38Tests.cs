namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 38: a deal told by its commercial subject is a contract ("qaz tədarükünə dair əlavə müqavilə", "договор
/// поставки газа"), where "müqavilə" and "договор" between states are treaties.
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
}

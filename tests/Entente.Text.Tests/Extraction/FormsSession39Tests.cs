namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 39: a lower-case Azerbaijani "müqavilə" with no state among its makers is a contract (between two companies,
/// two libraries, a region's firms), unless its subject is an agreement's: peace, friendship, borders, cooperation.
/// </summary>
public class FormsSession39Tests
{
    private static List<string> Kinds(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => r.Kind)];

    [Theory]
    [InlineData("Bakı, 18 noyabr 2022. SOCAR ilə Qazprom arasında müqavilə imzalanıb, tədarüklər dekabrda başlayacaq.")]
    [InlineData("Moskva, 5 sentyabr 2025. Sərgi çərçivəsində iki milli kitabxana arasında kitab mübadiləsi üzrə müqavilə imzalanıb.")]
    public void ALowerCaseMüqaviləOfNoStatesIsAContract(string text)
    {
        Assert.Equal(["contract"], Kinds(text));
    }

    [Theory]
    [InlineData("Bakı, 18 noyabr 2022. Nazir tərəflərin sülh müqaviləsinin tezliklə imzalanmasında maraqlı olduğunu bildirib.")]
    [InlineData("Bakı, 18 noyabr 2022. Akademiya ilə universitet arasında əməkdaşlıq müqaviləsi imzalanıb.")]
    public void AMüqaviləOfPeaceOrCooperationIsAnAgreement(string text)
    {
        Assert.Equal(["agreement"], Kinds(text));
    }
}

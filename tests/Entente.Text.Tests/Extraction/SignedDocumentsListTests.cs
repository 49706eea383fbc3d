using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>A list of the documents signed, announced once with its day: every instrument it names was signed that day.</summary>
public class SignedDocumentsListTests
{
    // The whole analysis, so that the dateline (12 September 2024) is the text's date and no instrument's.
    private static IReadOnlyList<AgreementReference> References(string text, string language)
    {
        var analysis = DocumentPipeline.Default.AnalyseText(text, "signed-list.txt").Analysis;
        Assert.Equal(language, analysis.Language);
        return analysis.References;
    }

    [Theory]
    // The day in the announcement, the items on lines of their own after a blank line.
    [InlineData("en", "Talks in Accra\n\nACCRA, September 12, 2024 (Agency) - On 10 September, following the talks, the following documents were signed in the presence of the presidents:\n\n– Agreement between the Government of Ghana and the Government of Peru on cooperation in information security;\n– Memorandum of Understanding between the ministries of energy on renewable energy;\n– Plan of cooperation between the ministries of culture for 2024–2026.", 3)]
    // The day in a sentence of its own; the list in the next one, inline, after a colon.
    [InlineData("en", "Ghana and Peru sign documents\n\nACCRA, 12 September 2024 – All five documents were signed on 10 September. Besides the protocol of the commission's session, they are: an agreement between the agriculture ministries on veterinary medicine; an action plan for 2025–2027 on industry; a memorandum between the export agencies; and an agreement between the railways on container trains.", 5)]
    // No day in the announcement: the day of the text's event.
    [InlineData("ru", "Премьеры подписали пакет документов\n\nАККРА, 12 сентября 2024 г. 10 сентября в Аккре прошли переговоры глав правительств Ганы и Перу. По итогам встречи были подписаны следующие документы:\n\n— Соглашение между Правительством Ганы и Правительством Перу о сотрудничестве в области геологии;\n— Меморандум о взаимопонимании между министерствами сельского хозяйства;\n— Дорожная карта по расширению расчётов в национальных валютах на 2024–2026 годы.", 3)]
    [InlineData("az", "Qana və Peru sənədlər imzalayıb\n\nAkkra, 12 sentyabr 2024-cü il\n\nSentyabrın 10-da Akkrada baş nazirlərin görüşü olub. Mərasimdə aşağıdakı sənədlər imzalanıb:\n– Kənd təsərrüfatı nazirlikləri arasında fitosanitar nəzarət sahəsində əməkdaşlığa dair Anlaşma Memorandumu;\n– Mərkəzi banklar arasında milli valyutalarda hesablaşmalar haqqında Memorandum;\n– Səhiyyə nazirlikləri arasında əməkdaşlıq haqqında Saziş.", 3)]
    // Session 30: the list announced with no word for documents.
    [InlineData("en", "Ghana and Peru sign documents\n\nACCRA, September 12, 2024 (Agency). The commission's session ended with the signing of its protocol and two sectoral documents.\n\nThe following were signed on September 10:\n– a memorandum between Ghana Gas and PetroPeru on gas supplies;\n– a programme of cooperation between the science academies for 2025–2027.", 2)]
    public void EveryInstrumentOfTheListTakesItsDay(string language, string text, int instruments)
    {
        var references = References(text, language);

        Assert.Equal(instruments, references.Count);
        Assert.All(references, r => Assert.Equal(new DateOnly(2024, 9, 10), r.Date));

        // The dash that opens an item is not the name's.
        Assert.All(references, r => Assert.False(r.Text.StartsWith('–'), r.Text));
    }

    [Fact]
    public void AnInstrumentAnItemAmendsKeepsItsOwnDate()
    {
        var text = "Переговоры в Аккре\n\nАККРА, 12 сентября 2024 г. 10 сентября прошли переговоры. По итогам встречи были подписаны следующие документы:\n— Протокол о внесении изменений в Соглашение о международном автомобильном сообщении от 6 мая 1993 года;\n— Меморандум о сотрудничестве между экспортными агентствами.";

        var references = References(text, "ru");

        Assert.Equal(new DateOnly(1993, 5, 6), Assert.Single(references, r => r.Kind == DocumentKinds.Agreement).Date);
        Assert.All(references.Where(r => r.Kind != DocumentKinds.Agreement), r => Assert.Equal(new DateOnly(2024, 9, 10), r.Date));
    }

    [Theory]
    // Documents still to be signed, or signed in another year: no day for the list.
    [InlineData("en", "Talks in Accra\n\nACCRA, September 12, 2024 (Agency) - On 10 September the ministers met. The following documents will be signed at the next session:\n– Agreement between Ghana and Peru on information security;\n– Memorandum between the energy ministries.")]
    [InlineData("en", "Talks in Accra\n\nACCRA, September 12, 2024 (Agency) - On 10 September the ministers met. In 2019, the following documents were signed:\n– Agreement between Ghana and Peru on information security;\n– Memorandum between the energy ministries.")]
    // A paragraph after the list is no longer the list's.
    [InlineData("en", "Talks in Accra\n\nACCRA, September 12, 2024 (Agency) - On 10 September, the following documents were signed: a memorandum between the energy ministries.\n\nThe ministers recalled the Agreement between Ghana and Peru on information security.")]
    public void AListStillToComeOrOfAnotherYearOrTheTextAfterItGetsNoDay(string language, string text)
    {
        var references = References(text, language);

        Assert.Contains(references, r => r.Kind == DocumentKinds.Agreement && r.Date is null);
    }
}

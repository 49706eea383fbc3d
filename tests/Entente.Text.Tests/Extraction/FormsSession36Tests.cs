using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 36: a contract told made by its makers after it ("the contract the companies signed", "a contract with Gazprom
/// signed in …"), or by its amending or extension ("an addendum to the contract", "продлили контракт"); a programme's
/// years after its subject; the instrument a protocol amends, read as one of its own; an Azerbaijani "müqavilə" whose
/// title is written in capitals is a treaty; a list of years under a lead that names no figure ("динамика выглядит так:")
/// gives the figure the sentences before the lead name.
/// </summary>
public class FormsSession36Tests
{
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("Gazprom will deliver the gas under an addendum to the contract the companies signed in November 2022.")]
    [InlineData("Hungary buys its gas under a 15-year contract with Gazprom signed in September 2021.")]
    [InlineData("Gazprom and SOCAR extended the contract on gas supplies to Azerbaijan.")]
    [InlineData("«Газпром экспорт» и SOCAR подписали дополнение к контракту на поставку российского газа.")]
    [InlineData("«Газпром» и SOCAR продлили контракт на поставки газа в Азербайджан.")]
    public void AContractToldMadeOrAmendedIsAnInstrument(string text)
    {
        Assert.Contains(References(text), r => r.Kind == "contract");
    }

    [Theory]
    [InlineData("The law regulates the contract and its performance.")]
    [InlineData("Контракт — основной инструмент закупок.")]
    public void AContractNothingTellsMadeIsNone(string text)
    {
        // (The control: "contract" as a matter a law regulates.)
        Assert.DoesNotContain(References(text), r => r.Kind == "contract");
    }

    [Theory]
    [InlineData("The memorandum will be carried out under the intergovernmental Programme of Interregional and Cross-Border Cooperation for 2023-2026.")]
    [InlineData("The ministers signed a memorandum, and a programme of cultural and humanitarian cooperation for 2026-2028.")]
    public void AProgrammesYearsMayFollowItsSubject(string text)
    {
        Assert.Contains(References(text), r => r.Kind == "programme");
    }

    [Fact]
    public void ANounEndingInEdBeforeOfIsPartOfTheSubject()
    {
        // "seabed" is no past participle ending the subject: the day after it is the agreement's.
        var found = References("Moscow, 5 April 2025. They noted that the bilateral agreement on the delimitation of adjacent sections of the Caspian seabed of September 23, 2002 had served as a model.");
        Assert.Contains(found, r => r.Kind == "agreement" && r.Date == new DateOnly(2002, 9, 23));
    }

    [Fact]
    public void AnEventsProgrammeIsNoInstrument()
    {
        // (The control: a programme of events with no years.)
        Assert.DoesNotContain(References("The programme of the festival includes concerts and exhibitions."), r => r.Kind == "programme");
    }

    [Theory]
    [InlineData("Стороны обсудили завершение согласования конвенции ООН против киберпреступности.")]
    [InlineData("They discussed the UN convention against cybercrime.")]
    [InlineData("Tərəflər BMT konvensiyası layihəsini müzakirə ediblər.")]
    public void AnOrganisationsConventionIsAnInstrument(string text)
    {
        Assert.Contains(References(text), r => r.Kind == "convention");
    }

    [Fact]
    public void ConventionsInGeneralAreNone()
    {
        // (The control: no organisation makes them.)
        Assert.DoesNotContain(References("The film broke the conventions of the genre."), r => r.Kind == "convention");
    }

    [Fact]
    public void TheInstrumentAProtocolAmendsIsReadAsOneOfItsOwn()
    {
        var found = References("Авиационные власти двух стран подписали протокол о внесении изменений в межправительственное соглашение о воздушном сообщении 1996 года.");
        Assert.Contains(found, r => r.Kind == "protocol");
        Assert.Contains(found, r => r.Kind == "agreement");
    }

    [Theory]
    [InlineData("Bakı, 10 iyun 2025. İclasda 2024-cü il avqustun 22-də Daşkənddə imzalanmış Müttəfiqlik münasibətləri haqqında müqavilənin icrası müzakirə olunub.", "treaty")]
    [InlineData("Bakı, 10 iyun 2025. Tərəflər 1999-cu il 8 dekabr tarixli İttifaq dövlətinin yaradılması haqqında müqavilənin icrasını nəzərdən keçiriblər.", "treaty")]
    // (A supply deal in lower case is a company's contract, session 38: FormsSession38Tests.)
    [InlineData("Bakı, 10 iyun 2025. Şirkətlər qaz tədarükü haqqında müqavilə imzalayıb.", "contract")]
    [InlineData("Bakı, 10 iyun 2025. Şirkətlər əməkdaşlığın genişləndirilməsi haqqında müqavilə imzalayıb.", "agreement")]
    public void AnAzerbaijaniMüqaviləTitledInCapitalsIsATreaty(string text, string kind)
    {
        Assert.Contains(References(text), r => r.Kind == kind);
    }

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) =>
        TradeClaimFormsSession24Tests.YearClaims(language, TextNormaliser.Normalise(text).Text);

    [Theory]
    [InlineData("ru", "Москва, 9 февраля 2026. Товарооборот России и Азербайджана обновляет максимумы. По данным таможни, динамика выглядит так:\n\n2021 — 2,97 млрд долларов;\n2022 — 3,58 млрд долларов.")]
    [InlineData("az", "Bakı, 20 fevral 2025. 2020-ci ildə ticarət dövriyyəsi 2,5 milyard dollar olub. Rusiyanın payı 9,8 faiz təşkil edib.\n\nSon illərin göstəricilərinə nəzər salaq:\n\n2021 — 2,97 milyard dollar;\n2022 — 3,58 milyard dollar.")]
    [InlineData("en", "Baku, 12 March 2024. Trade between the two countries keeps growing. Here are the figures:\n\n2021 – $2.97 billion;\n2022 – $3.58 billion.")]
    public void AListOfYearsUnderALeadThatNamesNoFigureGivesTheFigureBeforeIt(string language, string text)
    {
        var claims = YearClaims(language, text);
        Assert.Contains((2021, 2_970_000_000m), claims);
        Assert.Contains((2022, 3_580_000_000m), claims);
    }

    [Theory]
    [InlineData("ru", "Москва, 21 ноября 2023. По итогам 2022 года товарооборот двух стран достиг 4,6 млрд долларов, за девять месяцев текущего года он составил 3,5 млрд долларов.")]
    [InlineData("en", "Baku, 21 November 2023. In 2022 trade between the two countries reached $4.6 billion, in the first nine months of this year it stood at $3.5 billion.")]
    public void APartOfAYearAfterACommaIsTheNextClausesTime(string language, string text)
    {
        // "за девять месяцев текущего года" opens a clause with its own time: the amount before it keeps its year.
        Assert.Contains((2022, 4_600_000_000m), YearClaims(language, text));
    }

    [Fact]
    public void AListUnderALeadAfterNoFigureIsNone()
    {
        // (The control: nothing before the lead names a figure the list could give.)
        var claims = YearClaims("en", "Baku, 12 March 2024. The museum opened a new hall. Here are the figures:\n\n2021 – $2.97 billion;\n2022 – $3.58 billion.");
        Assert.DoesNotContain(claims, c => c.Year == 2021);
    }
}

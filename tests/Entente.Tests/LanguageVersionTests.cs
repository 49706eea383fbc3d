using System.Net;
using System.Xml.Linq;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.AkomaNtoso;
using Entente.Text.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>An agreement in two languages: each ingested text adds its version, aligned by clause, and neither replaces the other.</summary>
public class LanguageVersionTests(PostgresServer postgres)
{
    // The same short declaration written for this test in English and in Russian.
    private const string English = """
        Declaration on Cooperation in Archives between the Republic of Azerbaijan and the Russian Federation
        The Russian Federation and the Republic of Azerbaijan,
        Wishing to keep the records of their common history,
        Declare the following:
        1. The Parties will exchange copies of archival documents.
        2. The Parties will hold a joint exhibition of maps every year.
        3. The Parties will train archivists together.
        The Declaration was signed on 15 March 2024 in Baku, in two original copies.
        """;

    private const string Russian = """
        Декларация о сотрудничестве в области архивов между Российской Федерацией и Азербайджанской Республикой
        Российская Федерация и Азербайджанская Республика,
        желая сохранить документы общей истории,
        заявляют о следующем:
        1. Стороны обмениваются копиями архивных документов.
        2. Стороны ежегодно проводят совместную выставку карт.
        3. Стороны совместно готовят архивистов.
        Декларация подписана 15 марта 2024 года в Баку в двух подлинных экземплярах.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEnglishAndARussianTextAreKeptAlignedExportedAndShownSideBySide(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        foreach (var (name, text) in new[] { ("archives-en.txt", English), ("archives-ru.txt", Russian) })
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("entente-versions-").FullName, name);
            await File.WriteAllTextAsync(path, text, Ct);
            var run = await CliRun.RunAsync("ingest", path, "--db", SeriesTexts.Arg(workspace.Target));
            Assert.True(run.ExitCode == 0, run.Error);
        }

        int id;
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            var agreement = await db.Agreements.Include(a => a.Versions).Include(a => a.Provisions).ThenInclude(p => p.Texts)
                .SingleAsync(a => a.SignedOn == new DateOnly(2024, 3, 15), Ct);
            id = agreement.Id;
            Assert.Equal(["en", "ru"], agreement.Versions.Select(v => v.Language).Order(StringComparer.Ordinal));
            Assert.Equal(2, agreement.Versions.Select(v => v.SourceDocumentId).Distinct().Count());
            var second = agreement.Provisions.Single(p => p.Number == "2").Texts.ToDictionary(t => t.Language, t => t.Text);
            Assert.Equal("The Parties will hold a joint exhibition of maps every year.", second["en"]);
            Assert.Equal("Стороны ежегодно проводят совместную выставку карт.", second["ru"]);
            Assert.Equal(3, agreement.Provisions.Count(p => p.Number is not null));
        }

        var client = workspace.App.Client;
        var inRussian = await client.GetAsync($"/api/agreements/{id}/provisions?lang=ru", Ct);
        Assert.Equal("ru", inRussian.Content.Headers.ContentLanguage.Single());
        var clause = (await inRussian.JsonAsync()).EnumerateArray().Single(p => p.GetProperty("number").GetString() == "2");
        Assert.Equal("ru", clause.GetProperty("language").GetString());
        Assert.Equal("Стороны ежегодно проводят совместную выставку карт.", clause.GetProperty("text").GetString());
        Assert.Equal(2, clause.GetProperty("versions").GetArrayLength());

        var akn = XDocument.Parse(await client.GetStringAsync($"/api/agreements/{id}/akn", Ct));
        var ns = AkomaNtosoNames.Namespace;
        Assert.Equal(["eng", "rus"], akn.Descendants(ns + "FRBRlanguage").Select(l => (string)l.Attribute("language")!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6, akn.Descendants(ns + "article").Count());
        Assert.Contains(akn.Descendants(ns + "p"), p => p.Value == "Стороны ежегодно проводят совместную выставку карт.");
        var schema = Path.Combine(SharedFolder.Schemas, "akomantoso30.xsd");
        if (File.Exists(schema))
        {
            Assert.Empty(new AkomaNtosoValidator(schema).Validate(akn));
        }

        var page = await client.GetStringAsync($"/agreements/{id}/compare?left=en&right=ru", Ct);
        Assert.Contains("The Parties will hold a joint exhibition of maps every year.", page, StringComparison.Ordinal);
        Assert.Contains("Стороны ежегодно проводят совместную выставку карт.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/agreements/987654/compare", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("ru", "Стороны намерены наращивать транзитный")]
    [InlineData("az", "Tərəflər intellektual nəqliyyat sistemləri")]
    public async Task TheSampleDeclarationReadsInRussianAndAzerbaijani(string language, string clause29)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var client = workspace.App.Client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agreements/ru-az-allied-interaction-2022/provisions");
        request.Headers.AcceptLanguage.ParseAdd($"{language}-{language.ToUpperInvariant()},{language};q=0.9,en;q=0.5");
        var response = await client.SendAsync(request, Ct);

        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var operative = (await response.JsonAsync()).EnumerateArray().Where(p => p.GetProperty("part").GetString() == "operative").ToList();
        Assert.Equal(43, operative.Count);
        Assert.All(operative, p => Assert.Equal(language, p.GetProperty("language").GetString()));
        Assert.All(operative, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("summary").GetString())));
        Assert.StartsWith(clause29, operative.Single(p => p.GetProperty("number").GetString() == "29").GetProperty("summary").GetString(), StringComparison.Ordinal);

        // The pages in that language: commitments and a clause show its summaries, not the English ones.
        var english = "The sides intend to grow transit and transport capacity";
        var commitments = await workspace.As("ru-viewer").GetStringAsync($"/commitments?lang={language}", Ct);
        Assert.Contains(clause29, commitments, StringComparison.Ordinal);
        Assert.DoesNotContain(english, commitments, StringComparison.Ordinal);
        var declaration = await client.GetJsonAsync("/api/agreements/ru-az-allied-interaction-2022");
        var clausePage = await workspace.As("ru-viewer").GetStringAsync($"/agreements/{declaration.GetProperty("id").GetInt32()}/clauses/29?lang={language}", Ct);
        Assert.Contains(clause29, clausePage, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{language}\"", clausePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"<p class=\"summary\">{english}", clausePage, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Xml.Linq;
using Entente.Access;
using Entente.Exports;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.AkomaNtoso;
using Entente.Text.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Reports;

/// <summary>Agreements exported as Akoma Ntoso: one article per clause, served publicly, valid against the OASIS schema.</summary>
public class AkomaNtosoExportTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryAgreementOfTheSampleExportsWithOneArticlePerClause()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var agreements = await workspace.App.Client.GetJsonAsync("/api/agreements");

        foreach (var agreement in agreements.EnumerateArray())
        {
            var id = agreement.GetProperty("id").GetInt32();
            var response = await workspace.App.Client.GetAsync($"/api/agreements/{id}/akn", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/akn+xml", response.Content.Headers.ContentType?.MediaType);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var ns = AkomaNtosoNames.Namespace;
            Assert.Equal(agreement.GetProperty("clauseCount").GetInt32(), xml.Descendants(ns + "article").Count());
            Assert.Equal(agreement.GetProperty("title").GetString(), xml.Descendants(ns + "docTitle").Single().Value);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await workspace.App.Client.GetAsync("/api/agreements/987654/akn", Ct)).StatusCode);
        var page = await workspace.App.Client.GetStringAsync($"/agreements/{agreements[0].GetProperty("id").GetInt32()}", Ct);
        Assert.Contains($"/api/agreements/{agreements[0].GetProperty("id").GetInt32()}/akn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportedAgreementsAreValidAkomaNtoso()
    {
        var schema = Path.Combine(SharedFolder.Schemas, "akomantoso30.xsd");
        Assert.SkipUnless(File.Exists(schema), $"{schema} is absent");
        var validator = new AkomaNtosoValidator(schema);
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using var db = EntenteDatabase.CreateContext(target, Viewer.Anonymous(), TimeProvider.System);

        foreach (var id in await db.Agreements.Select(a => a.Id).ToListAsync(Ct))
        {
            var document = await AgreementAkn.ExportAsync(db, id, Ct);
            Assert.Empty(validator.Validate(document!));
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Agreements;
using Entente.Indicators;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The JSON API and the pages, served by the real application on a free port.</summary>
public class WebTests(PostgresServer postgres)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApiListsEveryAgreementOfTheSampleWithTheDeclarationsClauses(string provider)
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync(provider, postgres));

        var agreements = await app.Client.GetFromJsonAsync<List<AgreementSummary>>("/api/agreements", s_json, Ct);

        Assert.NotNull(agreements);
        Assert.Equal(Sample.SampleLoader.ReadBuiltIn().Agreements.Count, agreements.Count);
        var declaration = Assert.Single(agreements, a => a.SignedOn == new DateOnly(2022, 2, 22));
        Assert.Equal(43, declaration.ClauseCount);
        Assert.Equal("declaration", declaration.Kind);

        var provisions = await app.Client.GetFromJsonAsync<List<ProvisionView>>($"/api/agreements/{declaration.Id}/provisions", s_json, Ct);
        Assert.NotNull(provisions);
        Assert.Equal(43, provisions.Count(p => p.Part == "operative"));
        Assert.Equal("1", provisions.First(p => p.Part == "operative").Number);
    }

    [Fact]
    public async Task AgreementCanBeFetchedByKeyWithItsRelations()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var list = await app.Client.GetFromJsonAsync<List<AgreementSummary>>("/api/agreements", s_json, Ct);
        var key = list!.Single(a => a.SignedOn == new DateOnly(2022, 2, 22)).Key;

        var detail = await app.Client.GetFromJsonAsync<AgreementDetail>($"/api/agreements/{key}", s_json, Ct);

        Assert.NotNull(detail);
        Assert.Equal(10, detail.PreambleCount);
        Assert.Equal(3, detail.Relations.Count(r => r.Kind == "proceeds-from" && r.Direction == "outgoing"));
        Assert.Equal(["az", "ru"], detail.AuthenticLanguages.Order());
    }

    [Fact]
    public async Task UnknownAgreementIsProblemDetails404()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));

        var response = await app.Client.GetAsync("/api/agreements/no-such-thing", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-thing", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IndicatorsCarryTheirObservationsWithSources(string provider)
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync(provider, postgres));

        var indicators = await app.Client.GetFromJsonAsync<List<IndicatorView>>("/api/indicators", s_json, Ct);
        var turnover = await app.Client.GetFromJsonAsync<List<ObservationView>>("/api/indicators/trade-turnover/observations", s_json, Ct);

        Assert.Contains(indicators!, i => i.Key == "trade-turnover" && i.Unit == "USD");
        Assert.NotNull(turnover);
        Assert.Equal([2019, 2021], turnover.Select(o => o.PeriodStart.Year));
        Assert.All(turnover, o => Assert.False(string.IsNullOrEmpty(o.Source.Document)));
        var missing = await app.Client.GetAsync("/api/indicators/unicorns/observations", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task EveryPropertyInTheOpenApiDocumentHasAType()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var openApi = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        // A property is typed when it names a type, refers to a schema, or combines typed ones.
        static bool Typed(JsonElement schema) =>
            schema.TryGetProperty("type", out _) || schema.TryGetProperty("$ref", out _)
            || new[] { "allOf", "oneOf", "anyOf" }.Any(k => schema.TryGetProperty(k, out var parts) && parts.EnumerateArray().All(Typed));
        var properties = openApi.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .SelectMany(s => s.Value.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(q => (Name: $"{s.Name}.{q.Name}", Schema: q.Value)) : [])
            .ToList();
        var untyped = properties.Where(p => !Typed(p.Schema)).Select(p => p.Name).ToList();

        Assert.True(properties.Count > 300, $"only {properties.Count} properties found");
        Assert.True(untyped.Count == 0, $"{untyped.Count} of {properties.Count} properties have no type: {string.Join(", ", untyped.Take(40))}");
        var status = openApi.GetProperty("components").GetProperty("schemas").GetProperty("AssessmentInput").GetProperty("properties").GetProperty("status").GetProperty("type");
        Assert.Contains("string", status.ValueKind == JsonValueKind.Array ? status.EnumerateArray().Select(t => t.GetString()) : [status.GetString()]);

        // A string holding an enum's key lists the keys.
        string[] Keys(string schema, string property) => [.. openApi.GetProperty("components").GetProperty("schemas").GetProperty(schema)
            .GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(k => k.GetString()!)];
        Assert.Equal(["not-started", "in-progress", "achieved", "stalled", "at-risk"], Keys("AssessmentInput", "status"));
        Assert.Contains("urgent", Keys("ConsultationView", "kind"));
        Assert.Equal(["shared", "party", "restricted"], Keys("ActionItemInput", "visibility"));
        Assert.Contains("declaration", Keys("AgreementSummary", "kind"));
        Assert.Contains("operative", Keys("ProvisionView", "part"));

        // So do the closed sets kept as string constants, and a list of keys lists them for its items.
        Assert.Equal(["correction", "value-mismatch", "count-mismatch", "growth-mismatch"], Keys("ConflictView", "kind"));
        Assert.Equal(["low", "medium", "high"], Keys("ConflictView", "severity"));
        Assert.Equal(["open", "resolved"], Keys("ConflictView", "status"));
        Assert.Equal(["low", "medium", "high"], Keys("ConflictSummary", "severity"));
        Assert.Equal(["joint", "disagreement", "pending"], Keys("JointStatus", "state"));
        Assert.Equal(["not-started", "in-progress", "achieved", "stalled", "at-risk"], Keys("JointStatus", "status"));
        Assert.Equal(["obligation", "intention", "readiness", "possibility", "restraint", "appreciation", "principle"], Keys("ProvisionView", "modality"));
        Assert.Equal(["outgoing", "incoming"], Keys("RelationView", "direction"));
        Assert.Equal(["inbox", "outbox", "other"], Keys("ConsultationView", "box"));
        Assert.Contains("at-least", Keys("ObservationView", "qualifier"));
        Assert.Contains("half-year", Keys("SeriesPointView", "periodPrecision"));
        Assert.Contains("joint-statement", Keys("DocumentListItem", "kind"));
        Assert.Equal(["received", "analysed", "failed"], Keys("DocumentDetail", "status"));
        Assert.Equal(["added", "updated"], Keys("ImportedRow", "action"));
        Assert.Contains("action-item", Keys("SearchHit", "type"));
        Assert.Equal(["cites", "evidences"], Keys("ClauseLinkView", "kind"));
        Assert.Equal(["explicit", "quote", "content", "name", "terms"], Keys("ClauseLinkView", "evidence"));
        Assert.Contains("urgent", Keys("OpenConsultation", "kind"));
        Assert.Contains("acknowledged", Keys("TransitionInput", "to"));
        Assert.Equal(["agreement", "event", "session"], Keys("TimelineEntry", "kind"));
        Assert.Contains("proceeds-from", Keys("GraphLink", "kind"));
        Assert.Equal(["ok", "unavailable"], Keys("HealthReport", "status"));
        var next = openApi.GetProperty("components").GetProperty("schemas").GetProperty("ConsultationView").GetProperty("properties").GetProperty("next");
        Assert.Contains("acknowledged", next.GetProperty("items").GetProperty("enum").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task HealthAndOpenApiDocumentAnswer()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));

        var health = await app.Client.GetFromJsonAsync<JsonElement>("/healthz", Ct);
        var openApi = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var reference = await app.Client.GetAsync("/api/reference", Ct);

        Assert.Equal("ok", health.GetProperty("status").GetString());
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/agreements", "/api/agreements/{id}", "/api/agreements/{id}/provisions", "/api/indicators", "/api/indicators/{key}/observations", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }

        var bearer = openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.True(openApi.GetProperty("security")[0].TryGetProperty("Bearer", out _), "the document does not require the Bearer scheme");
        Assert.True(reference.IsSuccessStatusCode);
    }

    [Fact]
    public async Task HomePageShowsThePartnershipAtAGlance()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));

        var html = await app.Client.GetStringAsync("/", Ct);

        Assert.Contains("Russian Federation", html, StringComparison.Ordinal);
        Assert.Contains("Republic of Azerbaijan", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("1997", html, StringComparison.Ordinal);
        Assert.Contains("/site.css", html, StringComparison.Ordinal);
        var css = await app.Client.GetAsync("/site.css", Ct);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task AgreementPageListsProvisionsSpheresModalityAndRelations()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var list = await app.Client.GetFromJsonAsync<List<AgreementSummary>>("/api/agreements", s_json, Ct);
        var declaration = list!.Single(a => a.SignedOn == new DateOnly(2022, 2, 22));

        var html = await app.Client.GetStringAsync($"/agreements/{declaration.Id}", Ct);
        var index = await app.Client.GetStringAsync("/agreements", Ct);

        Assert.Contains("id=\"clause-43\"", html, StringComparison.Ordinal);
        Assert.Contains("modality-restraint", html, StringComparison.Ordinal);
        Assert.Contains("Caspian", html, StringComparison.Ordinal);
        Assert.Contains("proceeds from", html, StringComparison.Ordinal);
        Assert.Contains(declaration.Title, WebUtility.HtmlDecode(index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeaders()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));

        foreach (var path in new[] { "/", "/agreements", "/api/agreements", "/site.css", "/no-such-page" })
        {
            var response = await app.Client.GetAsync(path, Ct);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Fact]
    public async Task UnknownAgreementPageIs404()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));

        var response = await app.Client.GetAsync("/agreements/4242", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EmptyDatabaseHomePageExplainsHowToStart()
    {
        var target = TestDatabase.NewSqlite();
        await Storage.DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        await using var app = await RunningApp.StartAsync(target);

        var html = await app.Client.GetStringAsync("/", Ct);

        Assert.Contains("entente sample load", html, StringComparison.Ordinal);
    }
}

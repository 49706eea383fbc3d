using System.Net;
using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The document, indicator, point and conflict pages and their API, on stored texts written for the test.</summary>
public class IntelligencePageTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDocumentPageMarksTheAnalysisAndShowsMarkupInTheTextAsText()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(target,
            ("payload.txt", "Baku, 12 March 2024. <script>alert('owned')</script> Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion. " +
                            "The figure \"<img src=x onerror=alert(1)>\" was quoted by the ministry."));
        await using var app = await RunningApp.StartAsync(target);
        var list = await app.Client.GetJsonAsync("/api/documents");
        var id = list.EnumerateArray().Single(d => d.GetProperty("source").GetString() == "payload.txt").GetProperty("id").GetInt32();

        var page = await app.Client.GetStringAsync($"/documents/{id}", Ct);
        var listPage = await app.Client.GetStringAsync("/documents", Ct);

        Assert.Contains("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        // The claim: a focusable mark described by its tooltip.
        var claim = System.Text.RegularExpressions.Regex.Match(page, "<mark class=\"hl hl-claim\" tabindex=\"0\" aria-describedby=\"(hl-\\d+)\">US\\$4 billion<span class=\"hl-tip\" role=\"tooltip\" id=\"(hl-\\d+)\">([^<]*)</span></mark>");
        Assert.True(claim.Success, "no claim mark in the page");
        Assert.Equal(claim.Groups[1].Value, claim.Groups[2].Value);
        Assert.Contains("Trade turnover", claim.Groups[3].Value, StringComparison.Ordinal);
        Assert.Contains("class=\"hl hl-date\" tabindex=\"0\"", page, StringComparison.Ordinal);
        Assert.Contains("/indicators/trade-turnover/points/", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{id}\"", listPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/documents/987654", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheIndicatorPageChartsEveryPointWithALinkToItsSourcesAndMarksDerivedAndContestedPoints()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(target,
            ("growth.txt", "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion."),
            ("ministry.txt", "Baku, 5 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.7 billion, the ministry of economy reported."));
        await using var app = await RunningApp.StartAsync(target);

        var series = await app.Client.GetJsonAsync("/api/indicators/trade-turnover/series");
        var page = await app.Client.GetStringAsync("/indicators/trade-turnover", Ct);
        var index = await app.Client.GetStringAsync("/indicators", Ct);

        var points = series.GetProperty("points").EnumerateArray().ToList();
        var derived = Assert.Single(points, p => p.GetProperty("derived").GetBoolean());
        Assert.Equal("year", derived.GetProperty("periodPrecision").GetString());
        var from = derived.GetProperty("derivedFrom").GetProperty("observationId").GetInt32();
        var stated = points.Single(p => p.GetProperty("id").GetInt32() == from);
        var source = Assert.Single(stated.GetProperty("sources").EnumerateArray());
        Assert.Equal(25m, source.GetProperty("changePercent").GetDecimal());
        Assert.Equal(2, source.GetProperty("span").GetArrayLength());
        var conflict = Assert.Single(series.GetProperty("conflicts").EnumerateArray());
        Assert.Contains(conflict.GetProperty("id").GetInt32(), stated.GetProperty("conflictIds").EnumerateArray().Select(c => c.GetInt32()));
        var citation = points.First(p => p.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("citation").ValueKind == JsonValueKind.Object));
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("sources")[0].GetProperty("documentId").ValueKind);

        // The chart option carries a url per point, in the three series of points (the line joining the stated ones
        // has one value per year on the axis); the data table is there too.
        var option = ChartOption(page);
        var names = option.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Stated", "Stated", "Derived", "In conflict"], names);
        var pointSeries = option.GetProperty("series").EnumerateArray().Where(s => s.GetProperty("type").GetString() == "scatter").ToList();
        var urls = pointSeries.SelectMany(s => s.GetProperty("data").EnumerateArray()).Select(d => d.GetProperty("url").GetString()).ToHashSet();
        Assert.Contains($"/indicators/trade-turnover/points/{derived.GetProperty("id").GetInt32()}", urls);
        Assert.Equal(points.Count, pointSeries[0].GetProperty("data").GetArrayLength() + pointSeries[1].GetProperty("data").GetArrayLength());
        Assert.Equal(option.GetProperty("xAxis").GetProperty("data").GetArrayLength(), option.GetProperty("series")[0].GetProperty("data").GetArrayLength());
        Assert.Contains("<details class=\"chart-table\">", page, StringComparison.Ordinal);
        Assert.Contains("/lib/echarts.min.js", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/indicators/trade-turnover\"", index, StringComparison.Ordinal);

        var pointPage = await app.Client.GetStringAsync($"/indicators/trade-turnover/points/{from}", Ct);
        var derivedPage = await app.Client.GetStringAsync($"/indicators/trade-turnover/points/{derived.GetProperty("id").GetInt32()}", Ct);
        Assert.Contains("grew by 25 percent to US$4 billion", pointPage, StringComparison.Ordinal);
        Assert.Contains("How it was derived", derivedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/indicators/trade-turnover/points/987654", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/indicators/no-such-thing/series", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheDocumentApiCarriesTheAnalysisAndEveryNewEndpointIsInTheOpenApiDocument()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(target, ("growth.txt", "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion."));
        await using var app = await RunningApp.StartAsync(target);
        var id = (await app.Client.GetJsonAsync("/api/documents")).Ids().Single();

        var document = await app.Client.GetJsonAsync($"/api/documents/{id}");
        var openApi = await app.Client.GetStringAsync("/openapi/v1.json", Ct);

        Assert.Equal("growth.txt", document.GetProperty("source").GetString());
        Assert.Contains("US$4 billion", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("trade-turnover", document.GetProperty("analysis").GetProperty("claims")[0].GetProperty("indicator").GetString());
        var point = Assert.Single(document.GetProperty("points").EnumerateArray());
        Assert.Equal("US$4 billion", point.GetProperty("quote").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/documents/987654", Ct)).StatusCode);
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/indicators/{key}/series", "/api/conflicts", "/api/conflicts/{id}", "/api/conflicts/{id}/resolve" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    private static JsonElement ChartOption(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "<script type=\"application/json\" class=\"chart-option\">(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "no chart option in the page");
        using var json = JsonDocument.Parse(match.Groups[1].Value);
        return json.RootElement.Clone();
    }
}

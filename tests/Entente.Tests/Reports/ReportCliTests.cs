using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Entente.Tests.Support;

namespace Entente.Tests.Reports;

/// <summary>The <c>report</c> and <c>export</c> verbs, the report API and page on bad input.</summary>
public class ReportCliTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportWritesEachFormatToItsFile()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var folder = Path.GetDirectoryName(target.SqlitePath)!;
        var db = "sqlite:" + target.SqlitePath;

        var html = await CliRun.RunAsync("report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "html", "-o", Path.Combine(folder, "r.html"), "--db", db);
        var md = await CliRun.RunAsync("report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "md", "-o", Path.Combine(folder, "r.md"), "--db", db);
        var docx = await CliRun.RunAsync("report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "docx", "-o", Path.Combine(folder, "r.docx"), "--db", db);

        Assert.All([html, md, docx], run => Assert.Equal(0, run.ExitCode));
        Assert.Contains("Wrote ", docx.Output, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(Path.Combine(folder, "r.html"), Ct), StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "r.md"), Ct);
        Assert.StartsWith("# Russia–Azerbaijan: report for 1 January 2022 – 31 December 2022", markdown, StringComparison.Ordinal);
        // The sample's 2022 figures are quoted with their source.
        Assert.Contains("Press statements of the two presidents after talks, Moscow, 22 February 2022", markdown, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(Path.Combine(folder, "r.docx"), isEditable: false);
        Assert.NotEmpty(document.MainDocumentPart!.ImageParts);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Theory]
    [InlineData("--from 2022-13-01 --to 2022-12-31 -o OUT", "--from must be a date as YYYY-MM-DD, not '2022-13-01'.")]
    [InlineData("--to 2022-12-31 -o OUT", "Give the period: both a start and an end date (YYYY-MM-DD), or a commission session.")]
    [InlineData("--from 2022-12-31 --to 2022-01-01 -o OUT", "The period starts (2022-12-31) after it ends (2022-01-01).")]
    [InlineData("--session 7 -o OUT", "There is no commission session 7.")]
    [InlineData("--from 2022-01-01 --to 2022-12-31 --format pdf -o OUT", "--format must be html, md or docx.")]
    [InlineData("--from 2022-01-01 --to 2022-12-31 --format docx -o -", "A DOCX report needs a file: give -o report.docx.")]
    [InlineData("--from 2022-01-01 --to 2022-12-31 --party XX -o OUT", "'XX' is not a Party of the partnership (RU, AZ).")]
    [InlineData("--from 2022-01-01 --to 2022-12-31 --user nobody -o OUT", "There is no user 'nobody'.")]
    [InlineData("--from 2022-01-01 --to 2022-12-31 --party RU --user nobody -o OUT", "Give --party or --user, not both: a user's Party is already known.")]
    public async Task ReportRefusesBadInputWithOneLineAndTheUsageExitCode(string arguments, string message)
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var output = Path.Combine(Path.GetDirectoryName(target.SqlitePath)!, "r.html");
        string[] args = ["report", .. arguments.Split(' ').Select(a => a == "OUT" ? output : a), "--db", "sqlite:" + target.SqlitePath];

        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"entente: {message}", run.Error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task ExportNeedsItsFormatAndWritesTheSchemaVersion()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var file = Path.Combine(Path.GetDirectoryName(target.SqlitePath)!, "all.json");

        var refused = await CliRun.RunAsync("export", "-o", file, "--db", "sqlite:" + target.SqlitePath);
        var written = await CliRun.RunAsync("export", "--json", "-o", file, "--db", "sqlite:" + target.SqlitePath);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(0, written.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(file, Ct));
        Assert.Equal("entente.export/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("the shared view", json.RootElement.GetProperty("view").GetString());
        Assert.Equal(["RU", "AZ"], json.RootElement.GetProperty("partnership").GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task TheReportApiAndPageAnswerBadInputWith400AndGoodInputWithTheFile()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var client = workspace.As("ru-viewer");

        foreach (var query in new[] { "", "?from=2026-13-01&to=2026-12-01", "?from=2026-01-01&to=2026-12-01&format=pdf", "?session=9", "?session=0", "?from=2026-12-01&to=2026-01-01" })
        {
            var response = await client.GetAsync("/api/reports" + query, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var docx = await client.GetAsync("/api/reports?from=2026-01-01&to=2026-11-24&format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("entente-report-2026-01-01-to-2026-11-24.docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workspace.App.Client.GetAsync("/api/reports?from=2026-01-01&to=2026-11-24", Ct)).StatusCode);

        var page = await client.GetAsync("/reports?from=2026-13-01&to=2026-12-01&format=html&generate=1", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("is not a date as YYYY-MM-DD", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var html = await client.GetAsync("/reports?from=2026-01-01&to=2026-11-24&format=html&generate=1", Ct);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var text = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h2>Status per sphere</h2>", text, StringComparison.Ordinal);
        // The site forbids inline styles; a report is served with a policy naming its own stylesheet's hash.
        var style = text[(text.IndexOf("<style>", StringComparison.Ordinal) + 7)..text.IndexOf("</style>", StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)));
        Assert.Contains($"style-src 'sha256-{hash}'", string.Join(" ", html.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}

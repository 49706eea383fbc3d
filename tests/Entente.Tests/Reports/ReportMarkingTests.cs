using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using Entente.Tests.Support;

namespace Entente.Tests.Reports;

/// <summary>
/// A Party's own report marks every passage kept to it ("[RU only]") and says so on its first page; the shared-only
/// version (API, page checkbox, <c>--shared-only</c>) holds no such passage at all — in HTML, Markdown and DOCX.
/// </summary>
public class ReportMarkingTests(PostgresServer postgres)
{
    private const string Period = "from=2026-01-01&to=2026-11-30";
    private const string PrivateComment = "Our doubts about the ferry tariff";

    /// <summary>How a report names the private comment among the changes (a comment's text is not repeated there).</summary>
    private const string PrivateCommentSubject = "RU private comment on";
    private const string Notice = "This document contains passages kept to one Party or to named people";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APartysReportMarksItsPrivatePassagesAndTheSharedOnlyVersionHasNone()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await CreateAsync(workspace);
        var ru = workspace.As("ru-viewer");

        var markdown = Unescaped(await ru.GetStringAsync($"/api/reports?{Period}&format=md", Ct));
        var html = await ru.GetStringAsync($"/api/reports?{Period}&format=html", Ct);
        var docx = DocxText(await ru.GetByteArrayAsync($"/api/reports?{Period}&format=docx", Ct));

        // The private comment and the private item are there, each on a marked line, and the summary opens with the warning.
        Assert.Contains("[RU only]", Line(markdown, PrivateCommentSubject), StringComparison.Ordinal);
        Assert.Contains("[RU only]", Line(markdown, ViewerRecords.RuItem), StringComparison.Ordinal);
        Assert.DoesNotContain("[RU only]", Line(markdown, ViewerRecords.SharedItem), StringComparison.Ordinal);
        var summary = markdown.IndexOf("## Summary", StringComparison.Ordinal);
        Assert.InRange(markdown.IndexOf(Notice, StringComparison.Ordinal), summary, markdown.IndexOf("This report covers", StringComparison.Ordinal));
        foreach (var text in new[] { html, docx })
        {
            Assert.Contains(Notice, text, StringComparison.Ordinal);
            Assert.Contains("[RU only] " + ViewerRecords.RuItem, text, StringComparison.Ordinal);
        }

        foreach (var sharedOnly in new[]
        {
            Unescaped(await ru.GetStringAsync($"/api/reports?{Period}&format=md&sharedOnly=true", Ct)),
            await ru.GetStringAsync($"/api/reports?{Period}&format=html&sharedOnly=true", Ct),
            DocxText(await ru.GetByteArrayAsync($"/api/reports?{Period}&format=docx&sharedOnly=true", Ct)),
            Unescaped(await ru.GetStringAsync($"/reports?{Period}&format=md&sharedOnly=true&generate=1", Ct)),
        })
        {
            Assert.Contains("the shared view, fit to send (made by ru-viewer)", sharedOnly, StringComparison.Ordinal);
            Assert.Contains(ViewerRecords.SharedItem, sharedOnly, StringComparison.Ordinal);
            foreach (var kept in new[] { PrivateComment, PrivateCommentSubject, ViewerRecords.RuItem, "[RU only]", Notice })
            {
                Assert.DoesNotContain(kept, sharedOnly, StringComparison.Ordinal);
            }
        }

        Assert.Contains("name=\"sharedOnly\"", await ru.GetStringAsync("/reports", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarksAreWrittenInTheReadersLanguageAndEachPartySeesOnlyItsOwn()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await CreateAsync(workspace);
        var russian = workspace.As("ru-viewer");
        russian.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ru"));
        var azerbaijani = workspace.As("az-viewer");
        azerbaijani.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("az"));

        var ru = Unescaped(await russian.GetStringAsync($"/api/reports?{Period}&format=md", Ct));
        var az = Unescaped(await azerbaijani.GetStringAsync($"/api/reports?{Period}&format=md", Ct));

        Assert.Contains("[только RU] " + ViewerRecords.RuItem, ru, StringComparison.Ordinal);
        Assert.Contains("Документ содержит фрагменты", ru, StringComparison.Ordinal);
        Assert.Contains("[yalnız AZ] " + ViewerRecords.AzItem, az, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateComment, az, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateCommentSubject, az, StringComparison.Ordinal);
        Assert.DoesNotContain("RU]", az, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandLineWritesTheSharedOnlyVersionOfAPartysReport()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await CreateAsync(workspace);
        string[] report = ["report", "--from", "2026-01-01", "--to", "2026-11-30", "--format", "md", "-o", "-", "--party", "RU", "--db", ViewerRecords.DbArgument(workspace)];

        var marked = await CliRun.RunAsync(report);
        var sharedOnly = await CliRun.RunAsync([.. report, "--shared-only"]);
        var markedText = Unescaped(marked.Output);

        Assert.Equal(0, marked.ExitCode);
        Assert.Contains("[RU only] " + ViewerRecords.RuItem, markedText, StringComparison.Ordinal);
        Assert.Contains(Notice, markedText, StringComparison.Ordinal);
        Assert.Equal(0, sharedOnly.ExitCode);
        Assert.Contains("the shared view, fit to send", sharedOnly.Output, StringComparison.Ordinal);
        Assert.Contains(ViewerRecords.SharedItem, sharedOnly.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.RuItem, sharedOnly.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RU only", sharedOnly.Output, StringComparison.Ordinal);

        // The export takes the same option.
        string[] export = ["export", "--json", "-o", "-", "--party", "RU", "--db", ViewerRecords.DbArgument(workspace)];
        var fullExport = await CliRun.RunAsync(export);
        var sharedExport = await CliRun.RunAsync([.. export, "--shared-only"]);
        Assert.Contains(ViewerRecords.RuItem, fullExport.Output, StringComparison.Ordinal);
        Assert.Equal(0, sharedExport.ExitCode);
        Assert.Contains(ViewerRecords.SharedItem, sharedExport.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.RuItem, sharedExport.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateComment, sharedExport.Output, StringComparison.Ordinal);
    }

    /// <summary>The viewer records, and RU's shared assessment of a second commitment with a private comment beside it.</summary>
    private static async Task CreateAsync(Workspace workspace)
    {
        await ViewerRecords.CreateAsync(workspace);
        var second = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[1].GetProperty("id").GetInt32();
        var assessed = await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{second}/assessment", new { status = "in-progress" });
        Assert.True(assessed.IsSuccessStatusCode, await assessed.Content.ReadAsStringAsync(Ct));
        var commented = await workspace.As("ru-editor").PostJsonAsync($"/api/commitments/{second}/private-comments", new { text = PrivateComment });
        Assert.True(commented.IsSuccessStatusCode, await commented.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Markdown as it reads: the renderer escapes the brackets of a mark ("\\[RU only\\]").</summary>
    private static string Unescaped(string markdown) => markdown.Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal);

    private static string Line(string text, string containing) =>
        text.Split('\n').FirstOrDefault(l => l.Contains(containing, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line with '{containing}'");

    private static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

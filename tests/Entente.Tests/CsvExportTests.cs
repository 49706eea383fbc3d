using Entente.ActionItems;
using Entente.Exports;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>CSV as exported: RFC 4180 quoting that reads back unchanged, and no formula reaching a spreadsheet.</summary>
public class CsvExportTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"yes\"", "\"say \"\"yes\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 call", "'+1 call")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-5.5", "-5.5")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData(null, "")]
    public void CellsAreQuotedWhenNeededAndFormulasDefused(string? value, string expected) =>
        Assert.Equal(expected, CsvText.Cell(value));

    [Fact]
    public void AWrittenTableReadsBackWithTheSameCells()
    {
        IReadOnlyList<string?>[] rows = [["1", "Comma, quote \" and\r\nbreak", null], ["2", "Кириллица и Azərbaycan", "x"]];

        var text = CsvText.Write(["id", "title", "note"], rows);
        var parsed = Csv.Parse(text);

        Assert.Equal(3, parsed.Count);
        Assert.Equal(["id", "title", "note"], parsed[0].Fields);
        Assert.Equal(["1", "Comma, quote \" and\r\nbreak", ""], parsed[1].Fields);
        Assert.Equal(["2", "Кириллица и Azərbaycan", "x"], parsed[2].Fields);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheActionItemsExportDefusesFormulasLikeEveryOtherExport()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        string[] risky = ["=HYPERLINK(\"http://x\")", "+1 call", "-cmd", "@SUM(A1)"];
        foreach (var title in risky.Append("plain title"))
        {
            var created = await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title, owner = "=1+1" });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var csv = await workspace.As("ru-editor").GetStringAsync("/api/action-items/export.csv", TestContext.Current.CancellationToken);
        var rows = Csv.Parse(csv).Skip(1).Select(r => r.Fields).ToList();

        // Read back, each risky cell starts with the apostrophe a spreadsheet shows as text; the owner too.
        foreach (var title in risky)
        {
            var row = Assert.Single(rows, r => r[1] == "'" + title);
            Assert.Equal("'=1+1", row[2]);
        }

        Assert.Single(rows, r => r[1] == "plain title");
    }
}

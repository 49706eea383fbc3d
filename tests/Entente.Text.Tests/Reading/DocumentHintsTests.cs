using System.Text;
using Entente.Text.Pipeline;
using Entente.Text.Reading;

namespace Entente.Text.Tests.Reading;

/// <summary>A document's date known from outside its text: a web page's metadata, or the person handing it in.</summary>
public class DocumentHintsTests
{
    private const string News = """
        Ministers meet on trade

        The two ministers met on 14 March and agreed to prepare the next session of the commission.
        Trade grew by 12 percent last year, the ministry said.
        """;

    [Fact]
    public void AGivenDateAnchorsDatesWithoutAYearAndBecomesTheDocumentsDate()
    {
        var analysis = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(News), "news.txt",
            given: new DocumentHints { Date = new DateOnly(2023, 5, 2) }).Analysis;

        Assert.Equal(new DateOnly(2023, 5, 2), analysis.Date);
        var march = Assert.Single(analysis.Dates, d => d.Text == "14 March");
        Assert.Equal(new DateOnly(2023, 3, 14), march.Value);
        Assert.True(march.Inferred);
        var lastYear = Assert.Single(analysis.Dates, d => d.Text == "last year");
        Assert.Equal(new DateOnly(2022, 1, 1), lastYear.Start);
    }

    [Fact]
    public void WithoutADateTheYearlessDateStaysUnresolved()
    {
        var analysis = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(News), "news.txt").Analysis;

        Assert.Null(analysis.Date);
        Assert.DoesNotContain(analysis.Dates, d => d.Text == "14 March" && d.Value is not null);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2023-05-02T09:30:00+04:00">""")]
    [InlineData("""<meta name="dcterms.date" content="2023-05-02">""")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-05-02"}]}</script>""")]
    public void AWebPageGivesItsPublicationDate(string head)
    {
        var html = $"""
            <html><head><title>Ministers meet</title>{head}</head>
            <body><article><h1>Ministers meet on trade</h1>
            <p>The two ministers met on 14 March and agreed to prepare the next session of the commission.</p>
            <p>They spoke for two hours about transport and energy.</p></article></body></html>
            """;

        var analysis = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(html), "page.html").Analysis;

        Assert.Equal(new DateOnly(2023, 5, 2), analysis.Date);
        Assert.Equal(new DateOnly(2023, 3, 14), Assert.Single(analysis.Dates, d => d.Text == "14 March").Value);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="yesterday">""")]
    [InlineData("""<script type="application/ld+json">{"datePublished": </script>""")]
    [InlineData("""<meta name="date" content="0001-01-01">""")]
    public void MetadataThatIsNotADateIsIgnored(string head)
    {
        var html = $"<html><head>{head}</head><body><article><p>The two ministers met on 14 March in the capital.</p></article></body></html>";

        var analysis = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(html), "page.html").Analysis;

        Assert.Null(analysis.Error);
        Assert.Null(analysis.Date);
    }

    [Fact]
    public void WhatTheCallerSaysWinsOverWhatTheFormatDeclares()
    {
        var declared = new DocumentHints { Date = new DateOnly(2020, 1, 1), Title = "Declared", Parties = ["RU"] };
        var merged = new DocumentHints { Date = new DateOnly(2023, 5, 2) }.Over(declared);

        Assert.Equal(new DateOnly(2023, 5, 2), merged.Date);
        Assert.Equal("Declared", merged.Title);
        Assert.Equal(["RU"], merged.Parties);
    }
}

using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

/// <summary>Runs every extractor over a text. Pure: the same text and context give the same result.</summary>
public static class TextExtractor
{
    /// <summary>Dates, figures, references, entities and claims, with spans relative to <paramref name="text"/>.</summary>
    public static ExtractionResult Extract(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        // Language-specific words (months, currencies, stems) live side by side in the tables, so one pass serves en, ru and az.
        using var tokens = TokenStream.Create(text, context.Language == "az");
        var dates = DateExtractor.Extract(tokens, context.DocumentDate, context.Dateline, context.ReviewYear);
        var figures = FigureExtractor.Extract(tokens, dates);
        var entities = WithoutCurrencies(EntityExtractor.Extract(tokens), figures);
        var references = ReferenceExtractor.Extract(tokens, dates, entities, context.DocumentDate);
        var claims = ClaimBuilder.Build(tokens, figures, dates, context.DocumentDate, entities);
        return new ExtractionResult
        {
            Dates = dates,
            Figures = figures,
            References = references,
            Entities = entities,
            Claims = claims,
        };
    }

    /// <summary>
    /// Drops the states an amount names as its currency's ("4,3 млрд долларов США", "4,2 milyard ABŞ dolları"): the
    /// dollar is no mention of the United States.
    /// </summary>
    private static List<EntityMention> WithoutCurrencies(List<EntityMention> entities, IReadOnlyList<Figure> figures)
    {
        entities.RemoveAll(e => e.Type == EntityTables.State && figures.Any(f => f.Kind == "money" && f.Span.Contains(e.Span)));
        return entities;
    }

    /// <summary>
    /// Only the dates and periods: the same as <see cref="Extract"/> gives (no date depends on another field), for a
    /// caller that needs nothing else — and to compare like with like against a date parser.
    /// </summary>
    public static ExtractionResult ExtractDates(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        using var tokens = TokenStream.Create(text, context.Language == "az");
        return new ExtractionResult { Dates = DateExtractor.Extract(tokens, context.DocumentDate, context.Dateline, context.ReviewYear) };
    }

    /// <summary>Only the dates and the figures (a figure needs the dates, to tell "2021" the year from 2021 things).</summary>
    public static ExtractionResult ExtractDatesAndFigures(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        using var tokens = TokenStream.Create(text, context.Language == "az");
        var dates = DateExtractor.Extract(tokens, context.DocumentDate, context.Dateline, context.ReviewYear);
        return new ExtractionResult { Dates = dates, Figures = FigureExtractor.Extract(tokens, dates) };
    }
}

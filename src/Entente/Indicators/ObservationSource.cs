namespace Entente.Indicators;

/// <summary>One stored document stating an observation's value: where (span), how (qualifier, quote) and in which sentence.</summary>
public sealed class ObservationSource
{
    public const int QuoteLength = 256;

    public const int PassageLength = 1000;

    public int Id { get; set; }

    public int ObservationId { get; set; }

    public int SourceDocumentId { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    /// <summary>How this source qualifies the value ("over", "almost"…); sources of one point may differ.</summary>
    public required string Qualifier { get; set; }

    /// <summary>The figure as the text writes it ("US$3.4 billion").</summary>
    public required string Quote { get; set; }

    /// <summary>The sentence the figure stands in, cut to a readable length.</summary>
    public required string Passage { get; set; }

    /// <summary>A year-on-year change the source states with the value, in percent ("up 16 percent").</summary>
    public decimal? ChangePercent { get; set; }
}

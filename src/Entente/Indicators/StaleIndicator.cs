namespace Entente.Indicators;

/// <summary>
/// An indicator whose derived points and conflicts wait to be recomputed. A batch of documents marks the indicators
/// it touches in the same transaction as the documents, and recomputes and clears them once at its end; a batch killed
/// before its end leaves them marked, and the next batch finishes the work.
/// </summary>
public sealed class StaleIndicator
{
    public required string IndicatorKey { get; set; }
}

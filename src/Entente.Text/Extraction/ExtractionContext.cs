namespace Entente.Text.Extraction;

/// <summary>What the extractors know about a document besides its text.</summary>
/// <param name="Language">ISO 639-1 code or <c>und</c>.</param>
/// <param name="Kind">One of <see cref="Vocabulary.DocumentKinds"/>.</param>
/// <param name="DocumentDate">The document's own date; a date without a year takes the year from it.</param>
/// <param name="Dateline">Where the dateline's date is (<see cref="Understanding.DatelineReader"/>): that date is marked, not reported as an activity's.</param>
/// <param name="ReviewYear">An earlier year the title names ("Russian-Azerbaijani relations in 2023: the year in review",
/// published in January 2024): a day without a year that would fall after the document's date takes this year.</param>
public sealed record ExtractionContext(string Language, string Kind, DateOnly? DocumentDate, TextSpan? Dateline = null, int? ReviewYear = null);

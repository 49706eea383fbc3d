namespace Entente.Text.Analysis;

/// <summary>A date or period mentioned in the text.</summary>
/// <remarks>
/// A single day has <see cref="Value"/>; a period ("January-November 2021", "2024-2026") has
/// <see cref="Start"/> and <see cref="End"/> (inclusive days). <see cref="Inferred"/> says the year
/// (or more) was taken from the document's own date because the text left it out.
/// </remarks>
public sealed record DateMention(string Text, TextSpan Span)
{
    public DateOnly? Value { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary><c>day</c>, <c>month</c>, <c>year</c>, <c>range</c>, <c>quarter</c>…</summary>
    public string? Granularity { get; init; }

    public bool Inferred { get; init; }

    /// <summary>True for the document's own dateline.</summary>
    public bool Dateline { get; init; }
}

/// <summary>A number with what it measures: money, a percentage or a count of things.</summary>
public sealed record Figure(string Text, TextSpan Span)
{
    /// <summary><c>money</c>, <c>percent</c> or <c>count</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The plain value: 3.4e9 for "3.4 billion".</summary>
    public required decimal Value { get; init; }

    /// <summary>ISO 4217 code for money, <c>percent</c>, or the noun counted ("schools").</summary>
    public required string Unit { get; init; }

    /// <summary>One of <see cref="Vocabulary.Qualifiers"/>.</summary>
    public string Qualifier { get; init; } = Vocabulary.Qualifiers.Exact;
}

/// <summary>A mention of an agreement: treaty, declaration, statement, convention, plan…</summary>
public sealed record AgreementReference(string Text, TextSpan Span)
{
    public string? Title { get; init; }

    /// <summary>One of <see cref="Vocabulary.DocumentKinds"/>.</summary>
    public required string Kind { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>
    /// Further dates while extraction reads one mention that names several instruments ("the statements dated 10 November
    /// 2020 and 11 January 2021"); the extractor then makes one reference per date, so this is empty in every analysis.
    /// </summary>
    internal IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>
    /// Named only by the place it was made ("the Minsk agreements", "Московская декларация"): the name alone cannot say
    /// which stored agreement it is, so the linker treats it like "the Declaration". Read right after extraction, not stored.
    /// </summary>
    internal bool NamedByPlace { get; init; }

    public IReadOnlyList<string> Parties { get; init; } = [];
}

/// <summary>A state, organisation, person or place named in the text.</summary>
public sealed record EntityMention(string Text, TextSpan Span)
{
    /// <summary><c>state</c>, <c>organisation</c>, <c>person</c> or <c>place</c>.</summary>
    public required string Type { get; init; }

    /// <summary>A stable id: ISO alpha-2 for states, a short key for organisations ("un", "osce").</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }
}

/// <summary>A figure tied to the indicator it measures and the period it covers.</summary>
public sealed record Claim(TextSpan Span)
{
    /// <summary>One of <see cref="Vocabulary.IndicatorKeys"/>.</summary>
    public required string Indicator { get; init; }

    public required Period Period { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public string Qualifier { get; init; } = Vocabulary.Qualifiers.Exact;

    /// <summary>A change stated with the value ("up 16 percent").</summary>
    public Change? Change { get; init; }

    /// <summary>The text of the claim's supporting figure.</summary>
    public string? Text { get; init; }
}

/// <summary>An inclusive range of days a figure covers.</summary>
public sealed record Period(DateOnly Start, DateOnly End);

/// <summary>A relative change: <c>16</c> <c>percent</c>, compared with the previous period unless <see cref="Since"/> says otherwise.</summary>
public sealed record Change(decimal Value, string Unit)
{
    public Period? Since { get; init; }
}

/// <summary>A link from a text to a clause of a stored agreement.</summary>
public sealed record ClauseLink(AgreementRef Agreement, string Clause, TextSpan Span)
{
    /// <summary><c>cites</c> (the text refers to the clause) or <c>evidences</c> (it reports activity carrying the commitment out); see <see cref="Linking.ClauseLinkKinds"/>.</summary>
    public string Kind { get; init; } = Linking.ClauseLinkKinds.Cites;

    /// <summary><c>explicit</c>, <c>quote</c> or <c>content</c> for citations; <c>name</c> or <c>terms</c> for evidence.</summary>
    public required string Evidence { get; init; }

    /// <summary>Confidence from 0 to 1.</summary>
    public required double Score { get; init; }

    /// <summary>What in the text triggered the link: the profile cue as written in the text ("Intergovernmental Commission"); null for citations.</summary>
    public string? Cue { get; init; }

    /// <summary>When the reported activity took place: a date of its sentence, else the document's date; null when neither is known.</summary>
    public DateOnly? ActivityDate { get; init; }

    /// <summary>
    /// How precisely the text gives <see cref="ActivityDate"/> (<see cref="DatePrecision"/>): "in 2023" is the year 2023,
    /// kept as its first day with <c>year</c>; null when there is no date.
    /// </summary>
    public string? ActivityPrecision { get; init; }

    /// <summary>True when the activity predates the agreement's signing: evidence of the baseline, not of implementation.</summary>
    public bool Baseline { get; init; }
}

/// <summary>How precisely a date is known: a day, a month (kept as its first day) or a year (kept as 1 January).</summary>
public static class DatePrecision
{
    public const string Day = "day";

    public const string Month = "month";

    public const string Year = "year";

    /// <summary>The last day of the period a date of that precision stands for: its year's, its month's, or the day itself.</summary>
    public static DateOnly LastDay(DateOnly first, string? precision) => precision switch
    {
        Year => new DateOnly(first.Year, 12, 31),
        Month => first.AddMonths(1).AddDays(-1),
        _ => first,
    };

    /// <summary>The precision of a mention's first day: a whole calendar year's, a month's from its first day, or a day's.</summary>
    public static string Of(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Value is not null || mention.Start is not { } start)
        {
            return Day;
        }

        return start is { Month: 1, Day: 1 } && mention.End is { Month: 12, Day: 31 } end && end.Year == start.Year ? Year
            : start.Day == 1 ? Month
            : Day;
    }
}

/// <summary>A stored agreement, by id and title.</summary>
public sealed record AgreementRef(int Id, string Title);

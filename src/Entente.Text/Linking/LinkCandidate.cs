namespace Entente.Text.Linking;

/// <summary>A stored agreement a document may link to, as plain facts from the legal base.</summary>
/// <param name="Id">The stored agreement's id.</param>
/// <param name="Title">Its full title (English).</param>
/// <param name="Kind">One of <see cref="Vocabulary.DocumentKinds"/>.</param>
public sealed record LinkCandidate(int Id, string Title, string Kind)
{
    /// <summary>The signing date; a text dated earlier cannot report on the agreement.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of its Parties.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Further names: a short title, titles in other languages.</summary>
    public IReadOnlyList<string> OtherTitles { get; init; } = [];

    /// <summary>Its numbered operative clauses.</summary>
    public IReadOnlyList<CandidateClause> Clauses { get; init; } = [];

    /// <summary>What implementing each clause looks like (<see cref="CommitmentProfile"/>), for evidence links.</summary>
    public IReadOnlyList<CommitmentProfile> Profiles { get; init; } = [];
}

/// <summary>One numbered clause of a candidate agreement: its text when the agreement's text is known, else a summary.</summary>
public sealed record CandidateClause(string Number, string? Text, string? Summary)
{
    /// <summary>What content matching reads: the text when there is one, otherwise the summary.</summary>
    public string Body => Text ?? Summary ?? string.Empty;
}

namespace Entente.Text.Analysis;

/// <summary>The shape of an agreement-like text: preamble, operative formula, clauses, closing.</summary>
public sealed record DocumentStructure
{
    public static DocumentStructure Empty { get; } = new();

    public IReadOnlyList<TextPassage> Preamble { get; init; } = [];

    /// <summary>"Declare the following:", "have agreed as follows:", "согласились о нижеследующем:".</summary>
    public TextPassage? OperativeFormula { get; init; }

    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>Chapters, sections or parts that group clauses, in document order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    public TextPassage? Closing { get; init; }
}

/// <summary>A stretch of text and where it stands in the original.</summary>
public sealed record TextPassage(string Text, TextSpan Span);

/// <summary>A numbered operative clause ("1.", "Article 1", "Статья 1", "Maddə 1").</summary>
public sealed record Clause
{
    /// <summary>The clause number as written, without decoration: "1", "12", "3bis".</summary>
    public required string Number { get; init; }

    public string? Heading { get; init; }

    /// <summary>The clause's body text (without its number label).</summary>
    public required string Text { get; init; }

    /// <summary>The whole clause, label included.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Number of the section this clause stands in, when the text has sections.</summary>
    public string? Section { get; init; }

    public IReadOnlyList<string> Spheres { get; init; } = [];

    /// <summary>One of <see cref="Vocabulary.Modalities"/>, or null when not decided.</summary>
    public string? Modality { get; init; }

    /// <summary>The words that decided each sphere, so a reader can see why.</summary>
    public IReadOnlyList<Cue> SphereCues { get; init; } = [];

    /// <summary>The words that decided the modality.</summary>
    public Cue? ModalityCue { get; init; }

    public IReadOnlyList<ClauseItem> Items { get; init; } = [];
}

/// <summary>A sub-item of a clause: "(a)", "а)", "1)".</summary>
public sealed record ClauseItem(string Label, string Text, TextSpan Span)
{
    public IReadOnlyList<ClauseItem> Items { get; init; } = [];
}

/// <summary>A chapter, section or part heading.</summary>
public sealed record Section(string Label, string? Number, string? Heading, TextSpan Span);

/// <summary>Words in the text that led to a label (a sphere, a modality).</summary>
public sealed record Cue(string Label, string Text, TextSpan Span);

/// <summary>One speaker of a transcript and each of their turns.</summary>
public sealed record Speaker(string Name, string? Role, IReadOnlyList<TextSpan> Turns)
{
    /// <summary>ISO 3166-1 alpha-2 of the state the speaker represents, when known.</summary>
    public string? Party { get; init; }
}

namespace Entente.Text.Linking;

/// <summary>
/// What implementing one clause looks like in the world, per language (ISO 639-1 keys): <see cref="Names"/> are
/// bodies, mechanisms, programmes, projects and places that alone show the commitment at work ("Intergovernmental
/// Commission"); <see cref="Terms"/> are the sphere's vocabulary, of which a sentence needs two different ones.
/// A cue is a phrase of words; a word ending in <c>*</c> matches every word it starts ("комисси*" for every case of
/// "комиссия", "komissiya*" for every Azerbaijani suffix). Case, ё/е, dotted/dotless i and Azerbaijani's own letters (ə/e, ş/s…) do not matter.
/// <see cref="BetweenPartiesOnly"/> marks a commitment only the Parties' dealings with each other carry out (their
/// commission, their consultations, their trade), unlike one about their dealings with others (a region's peace);
/// <see cref="PartOf"/> names a broader clause its evidence also carries out.
/// </summary>
public sealed record CommitmentProfile(string Clause)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// True when a sentence that joins one Party with another state ("Azerbaijan and Kazakhstan held a session of
    /// their intergovernmental commission") is not evidence of the commitment, unless it joins the Parties too.
    /// </summary>
    public bool BetweenPartiesOnly { get; init; }

    /// <summary>
    /// The number of a broader clause this commitment is part of: its activity carries the broader one out too (days of
    /// culture are part of cooperation in culture and art), so each evidence link of this clause is one of that clause as
    /// well. Null when it stands alone.
    /// </summary>
    public string? PartOf { get; init; }
}

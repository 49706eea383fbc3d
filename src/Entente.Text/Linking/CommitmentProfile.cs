namespace Entente.Text.Linking;

/// <summary>
/// What implementing one clause looks like in the world, per language (ISO 639-1 keys): <see cref="Names"/> are
/// bodies, mechanisms, programmes, projects and places that alone show the commitment at work ("Intergovernmental
/// Commission"); <see cref="Terms"/> are the sphere's vocabulary, of which a sentence needs two different ones.
/// A cue is a phrase of words; a word ending in <c>*</c> matches every word it starts ("комисси*" for every case of
/// "комиссия", "komissiya*" for every Azerbaijani suffix). Case, ё/е and dotted/dotless i do not matter.
/// </summary>
public sealed record CommitmentProfile(string Clause)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

using Entente.Storage;

namespace Entente.Agreements;

/// <summary>A roadmap of an action plan: a numbered area of work that action items will be grouped under.</summary>
public sealed class Roadmap
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public int Number { get; set; }

    public required LocalizedText Title { get; set; }

    public List<string> Spheres { get; set; } = [];
}

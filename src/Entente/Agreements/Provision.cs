namespace Entente.Agreements;

/// <summary>A preamble recital, a numbered operative clause, or the closing formula of an agreement.</summary>
public sealed class Provision
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public ProvisionPart Part { get; set; }

    /// <summary>The clause number as the text writes it ("1", "12"); null for recitals and the closing.</summary>
    public string? Number { get; set; }

    /// <summary>Position in the document, from 1.</summary>
    public int Order { get; set; }

    /// <summary>Its words and summary in each language, one entry per language (see <see cref="ProvisionLanguages"/>).</summary>
    public List<ProvisionText> Texts { get; set; } = [];

    /// <summary>Keys from <see cref="Entente.Text.Vocabulary.Spheres"/>.</summary>
    public List<string> Spheres { get; set; } = [];

    /// <summary>A key from <see cref="Entente.Text.Vocabulary.Modalities"/>.</summary>
    public string? Modality { get; set; }
}

public enum ProvisionPart
{
    Preamble,
    Operative,
    Closing,
}

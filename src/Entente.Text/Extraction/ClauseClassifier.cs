namespace Entente.Text.Extraction;

/// <summary>Decides a clause's spheres and modality from its wording.</summary>
public static class ClauseClassifier
{
    // Placeholder seam: the extraction issue (#4) replaces this body with the real classifier.
    public static ClauseClassification Classify(string clauseText, string language)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        ArgumentNullException.ThrowIfNull(language);
        return ClauseClassification.None;
    }
}

namespace Entente.Text.Extraction;

/// <summary>Decides a clause's spheres and modality from its wording.</summary>
public static class ClauseClassifier
{
    /// <summary>Spheres and modality with the cues that decided them; cue spans are relative to <paramref name="clauseText"/>.</summary>
    public static ClauseClassification Classify(string clauseText, string language)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        ArgumentNullException.ThrowIfNull(language);
        if (string.IsNullOrWhiteSpace(clauseText))
        {
            return ClauseClassification.None;
        }

        // The lexicons hold English, Russian and Azerbaijani side by side, so the language needs no switch here.
        var (spheres, cues) = SphereClassifier.Classify(clauseText);
        var (modality, cue) = ModalityClassifier.Classify(clauseText);
        return new ClauseClassification(spheres, cues, modality, cue);
    }
}

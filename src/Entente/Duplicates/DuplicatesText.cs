namespace Entente.Duplicates;

/// <summary>The texts of the duplicate note on a document's page (English in the code, Russian and Azerbaijani in .resx).</summary>
public sealed class DuplicatesText;

namespace Entente.Text.Linking;

/// <summary>The two kinds of clause link.</summary>
public static class ClauseLinkKinds
{
    /// <summary>The text refers to the clause: its number, a quotation, a close paraphrase of the named agreement.</summary>
    public const string Cites = "cites";

    /// <summary>The text reports activity that carries out or concerns the commitment, found through its profile.</summary>
    public const string Evidences = "evidences";
}

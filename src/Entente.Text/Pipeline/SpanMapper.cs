using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;

namespace Entente.Text.Pipeline;

/// <summary>
/// Moves results found in the normalised text back onto the original: each span through the
/// offset map, each quoted text replaced by the original's slice, so what Entente reports is what
/// the user gave.
/// </summary>
internal sealed class SpanMapper(string original, OffsetMap map, Func<string, string, ClauseClassification> classifier)
{
    // Clamped, so that an extractor's span past the text's end cannot make the pipeline throw.
    public TextSpan Map(TextSpan span)
    {
        var end = Math.Min(span.End, map.Length);
        return map.ToOriginal(new TextSpan(Math.Min(span.Start, end), end));
    }

    public string Slice(TextSpan originalSpan) => originalSpan.Of(original);

    public TextPassage Map(TextPassage passage)
    {
        var span = Map(passage.Span);
        return new TextPassage(Slice(span), span);
    }

    public DocumentStructure Map(DocumentStructure structure, string language) => structure with
    {
        Preamble = [.. structure.Preamble.Select(Map)],
        OperativeFormula = structure.OperativeFormula is { } formula ? Map(formula) : null,
        Clauses = [.. structure.Clauses.Select(clause => Map(clause, language))],
        Sections = [.. structure.Sections.Select(section => section with { Span = Map(section.Span) })],
        Closing = structure.Closing is { } closing ? Map(closing) : null,
    };

    public Speaker Map(Speaker speaker) => speaker with { Turns = [.. speaker.Turns.Select(Map)] };

    public Signatory Map(Signatory signatory) => signatory with { Span = signatory.Span is { } span ? Map(span) : null };

    public ExtractionResult Map(ExtractionResult result) => result with
    {
        Dates = [.. result.Dates.Select(date => { var span = Map(date.Span); return date with { Span = span, Text = Slice(span) }; })],
        Figures = [.. result.Figures.Select(figure => { var span = Map(figure.Span); return figure with { Span = span, Text = Slice(span) }; })],
        References = [.. result.References.Select(reference => { var span = Map(reference.Span); return reference with { Span = span, Text = Slice(span) }; })],
        Entities = [.. result.Entities.Select(entity => { var span = Map(entity.Span); return entity with { Span = span, Text = Slice(span) }; })],
        Claims = [.. result.Claims.Select(claim => claim with { Span = Map(claim.Span) })],
    };

    private Clause Map(Clause clause, string language)
    {
        var span = Map(clause.Span);
        var body = Map(BodyOf(clause.Span, clause.Text.Length));
        var text = Slice(body);
        var classification = classifier(text, language);
        return clause with
        {
            Span = span,
            Text = text,
            Items = [.. clause.Items.Select(Map)],
            Spheres = classification.Spheres,
            Modality = classification.Modality,
            SphereCues = [.. classification.SphereCues.Select(cue => Shift(cue, body.Start, text.Length))],
            ModalityCue = classification.ModalityCue is { } cue ? Shift(cue, body.Start, text.Length) : null,
        };
    }

    private ClauseItem Map(ClauseItem item)
    {
        var span = Map(item.Span);
        var body = Map(BodyOf(item.Span, item.Text.Length));
        return item with { Span = span, Text = Slice(body), Items = [.. item.Items.Select(Map)] };
    }

    // A clause's or item's text is the tail of its span: the span without its label.
    private static TextSpan BodyOf(TextSpan span, int textLength) => new(span.End - Math.Min(textLength, span.Length), span.End);

    private Cue Shift(Cue cue, int offset, int bodyLength)
    {
        var start = Math.Clamp(cue.Span.Start, 0, bodyLength);
        var end = Math.Clamp(cue.Span.End, start, bodyLength);
        var span = new TextSpan(offset + start, offset + end);
        return cue with { Span = span, Text = Slice(span) };
    }
}

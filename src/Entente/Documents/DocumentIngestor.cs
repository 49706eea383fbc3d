using System.Security.Cryptography;
using Entente.Conflicts;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>
/// Stores documents: the original bytes always, with what the pipeline read from them. Each document is
/// one transaction, so a crash never leaves half a document; identical bytes are stored once. In the same transaction
/// the document is linked to clauses, its claims join the indicator series and the conflicts are refreshed.
/// </summary>
public sealed class DocumentIngestor(EntenteDb db, DocumentPipeline pipeline, TimeProvider clock)
{
    public async Task<IngestOutcome> IngestAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Bytes.Span));
        var existing = await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Sha256 == sha256)
            .Select(d => new { d.Id, d.Kind, d.Title, d.Status, d.Error })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new IngestOutcome(input.Source, IngestResult.Unchanged, existing.Id, existing.Kind, existing.Title, null, existing.Error, null);
        }

        var analysed = pipeline.Analyse(input.Bytes, input.Source, input.MediaTypeHint, input.Hints);
        var analysis = analysed.Analysis;

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var document = ToDocument(input, analysed, sha256);
            db.SourceDocuments.Add(document);
            await db.SaveChangesAsync(ct);

            AgreementMatch? match = null;
            var stored = analysis;
            if (analysis.Error is null)
            {
                match = await AgreementTexts.AttachAsync(db, document, analysed, ct);
                stored = analysis with { ClauseLinks = await ClauseLinking.LinkAsync(db, document, analysis, ct) };
                await db.SaveChangesAsync(ct);
                await SeriesUpdate.ApplyAsync(db, document, analysis, ct);
                await ConflictRefresh.RefreshAsync(db, ct);
            }

            await transaction.CommitAsync(ct);
            var result = analysis.Error is not null ? IngestResult.Failed
                : match is { Created: false } ? IngestResult.Attached
                : IngestResult.Added;
            return new IngestOutcome(input.Source, result, document.Id, document.Kind, document.Title, match, analysis.Error?.Message, stored);
        }, cancellationToken);
    }

    private SourceDocument ToDocument(DocumentInput input, AnalysedDocument analysed, string sha256)
    {
        var analysis = analysed.Analysis;
        return new SourceDocument
        {
            Sha256 = sha256,
            MediaType = analysed.MediaType,
            Source = input.Source.Length > 2048 ? input.Source[..2048] : input.Source,
            Length = input.Bytes.Length,
            Content = new SourceDocumentContent { Bytes = input.Bytes.ToArray() },
            Language = analysis.Error is null ? analysis.Language : null,
            Kind = analysis.Error is null ? analysis.Kind : null,
            Title = analysis.Title is { Length: > 1000 } title ? title[..1000] : analysis.Title,
            DocumentDate = analysis.Date,
            Status = analysis.Error is null ? IngestionStatus.Analysed : IngestionStatus.Failed,
            ErrorCode = analysis.Error?.Code,
            Error = analysis.Error?.Message,
            Text = analysis.Error is null ? analysed.Original : null,
            AnalysisJson = new AnalysisReport([analysis]).ToJson(),
            ReceivedAt = clock.GetUtcNow(),
        };
    }
}

/// <summary>What happened to one document.</summary>
public sealed record IngestOutcome(
    string Source,
    IngestResult Result,
    int? DocumentId,
    string? Kind,
    string? Title,
    AgreementMatch? Agreement,
    string? Error,
    DocumentAnalysis? Analysis);

public enum IngestResult
{
    /// <summary>Stored as a new document.</summary>
    Added,

    /// <summary>Stored, and its text attached to an agreement already in the legal base.</summary>
    Attached,

    /// <summary>The same bytes were stored before; nothing changed.</summary>
    Unchanged,

    /// <summary>The bytes could not be read; they are stored with the error.</summary>
    Failed,

    /// <summary>Nothing to store: the file or URL could not be opened.</summary>
    NotFetched,
}

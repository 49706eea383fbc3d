using System.Security.Cryptography;
using System.Threading.Channels;
using Entente.Conflicts;
using Entente.Duplicates;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Search;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Duplicates;
using Entente.Text.Linking;
using Entente.Text.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>
/// The one path that analyses documents and stores them: <c>entente ingest</c>, the "Add a document" page,
/// <c>POST /api/documents</c> and <c>entente documents refresh</c> all hand it a batch (one document is a batch of one).
/// </summary>
/// <remarks>
/// Analysis runs on <see cref="Jobs"/> cores; one writer stores the results in input order through a bounded channel,
/// so memory holds a few documents whatever the batch size. The writer commits small groups of documents, each group
/// in one transaction (a document is never half-stored); the legal base is read once per batch, the search entries of
/// a group are built together, and the derived points and conflicts of the indicators a batch touched are recomputed
/// once at its end (marked stale in the groups' transactions, so a killed batch leaves them for the next one).
/// </remarks>
public sealed class DocumentStore(EntenteDb db, DocumentPipeline pipeline, TimeProvider clock)
{
    /// <summary>Documents per transaction at most; a group is also committed whenever the writer would wait.</summary>
    private const int GroupSize = 32;

    /// <summary>Documents analysed at once (the writer is always one).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether the outcomes a batch returns keep each document's analysis (what <c>--json</c> prints); otherwise only the
    /// callback sees it, so a long batch does not hold every document's analysis until its end.
    /// </summary>
    public bool KeepsAnalyses { get; init; } = true;

    /// <summary>The fingerprints this batch's documents are compared with, to mark syndicated copies.</summary>
    private RecentFingerprints _recentFingerprints = new();

    /// <summary>Stores one document (the web's path): a batch of one.</summary>
    public async Task<IngestOutcome> StoreAsync(DocumentInput input, CancellationToken ct) =>
        (await StoreAsync([BatchItem.Of(input)], null, ct))[0];

    /// <summary>
    /// Opens, analyses and stores every item, in order; <paramref name="stored"/> hears of each (with its analysis) as
    /// soon as its group is committed. Documents whose bytes are stored already are <see cref="IngestResult.Unchanged"/>.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreAsync(IReadOnlyList<BatchItem> items, Action<IngestOutcome>? stored, CancellationToken ct)
    {
        await RecomputeStaleSeriesAsync(ct);
        var preloaded = items.Count > 1
            ? (await db.SourceDocuments.AsNoTracking().Select(d => d.Sha256).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        var legalBase = new LegalBase(await ClauseLinking.CandidatesAsync(db, ct));
        _recentFingerprints = await RecentFingerprints.LoadAsync(db, ct);
        var channel = Channel.CreateBounded<Task<Prepared>>(new BoundedChannelOptions(Math.Max(1, Jobs) * 2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(items, channel.Writer, preloaded, legalBase, stop.Token), stop.Token);
        var outcomes = new List<IngestOutcome>(items.Count);
        try
        {
            await WriteAsync(channel.Reader, legalBase, outcome =>
            {
                outcomes.Add(KeepsAnalyses ? outcome : outcome with { Analysis = null });
                stored?.Invoke(outcome);
            }, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        await RecomputeStaleSeriesAsync(ct);
        return outcomes;
    }

    /// <summary>Recomputes the derived points and conflicts of the indicators marked stale, and clears the marks.</summary>
    private async Task RecomputeStaleSeriesAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stale = await db.StaleIndicators.Select(s => s.IndicatorKey).ToListAsync(ct);
            if (stale.Count == 0)
            {
                return;
            }

            await DerivedValues.RecomputeAsync(db, stale, ct);
            await db.SaveChangesAsync(ct);
            await ConflictRefresh.RefreshAsync(db, stale, ct);
            await db.StaleIndicators.Where(s => stale.Contains(s.IndicatorKey)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
    }

    // Opens the items one after another and hands each to a worker; the channel's bound holds the producer back.
    private async Task ProduceAsync(IReadOnlyList<BatchItem> items, ChannelWriter<Task<Prepared>> writer, HashSet<string> preloaded, LegalBase legalBase, CancellationToken ct)
    {
        using var workers = new SemaphoreSlim(Math.Max(1, Jobs));
        try
        {
            foreach (var item in items)
            {
                await workers.WaitAsync(ct);
                Task<Prepared> prepared;
                try
                {
                    var opened = await item.OpenAsync(ct);
                    prepared = Task.Run(() =>
                    {
                        try
                        {
                            return Prepare(item, opened, preloaded, legalBase);
                        }
                        finally
                        {
                            workers.Release();
                        }
                    }, ct);
                }
                catch
                {
                    workers.Release();
                    throw;
                }

                await writer.WriteAsync(prepared, ct);
            }

            // Let the last workers finish before the semaphore goes.
            for (var i = 0; i < Math.Max(1, Jobs); i++)
            {
                await workers.WaitAsync(ct);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
        }
    }

    // On a worker: hash, analyse, link against the legal base as the batch knows it now, and fingerprint (pure work,
    // no database: all of it off the one writer).
    private Prepared Prepare(BatchItem item, OpenedDocument opened, HashSet<string> preloaded, LegalBase legalBase)
    {
        if (opened.Input is not { } input)
        {
            return new Prepared(item.Source, opened, string.Empty);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Bytes.Span));
        if (opened.StoredId is null && preloaded.Contains(sha256))
        {
            return new Prepared(item.Source, opened, sha256);
        }

        var snapshot = legalBase.Current;
        var analysed = ClauseLinking.Linked(pipeline.Analyse(input.Bytes, input.Source, input.MediaTypeHint, input.Hints, sha256), snapshot.Candidates);
        var links = analysed.Analysis.ClauseLinks;
        var read = analysed.Analysis.Error is null;
        return new Prepared(item.Source, opened, sha256)
        {
            Analysed = analysed,
            Links = links,
            LinkedAt = snapshot.Version,
            Fingerprint = read ? NearDuplicates.Fingerprint(analysed.Original) : null,
        };
    }

    // The one writer: takes the prepared documents in input order and commits them in groups.
    private async Task WriteAsync(ChannelReader<Task<Prepared>> reader, LegalBase legalBase, Action<IngestOutcome> stored, CancellationToken ct)
    {
        var group = new List<Prepared>(GroupSize);
        while (await reader.WaitToReadAsync(ct))
        {
            while (reader.TryPeek(out var next))
            {
                // Commit what is ready rather than hold a finished group while the next document is analysed.
                if (!next.IsCompleted && group.Count > 0)
                {
                    await CommitOrIsolateAsync(group, legalBase, stored, ct);
                }

                reader.TryRead(out next);
                group.Add(await next!);
                if (group.Count >= GroupSize)
                {
                    await CommitOrIsolateAsync(group, legalBase, stored, ct);
                }
            }

            if (group.Count > 0)
            {
                await CommitOrIsolateAsync(group, legalBase, stored, ct);
            }
        }
    }

    /// <summary>
    /// Commits a group; when the database refuses it (a value longer than its column, a constraint), commits its
    /// documents one at a time, and keeps a refused one as failed — its bytes and the database's reason stored — so the
    /// batch goes on. A database that cannot be reached still ends the batch.
    /// </summary>
    private async Task CommitOrIsolateAsync(List<Prepared> group, LegalBase legalBase, Action<IngestOutcome> stored, CancellationToken ct)
    {
        Exception refusal;
        try
        {
            await CommitAsync(group, legalBase, stored, ct);
            return;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            refusal = e;
        }

        // What the rolled-back transaction added to the batch's memory (link candidates, fingerprints) is gone with it.
        await legalBase.ReloadAllAsync(db, ct);
        _recentFingerprints = await RecentFingerprints.LoadAsync(db, ct);
        var documents = group.ToList();
        group.Clear();
        if (documents.Count == 1)
        {
            await CommitAsync([Refused(documents[0], refusal)], legalBase, stored, ct);
            return;
        }

        foreach (var document in documents)
        {
            await CommitOrIsolateAsync([document], legalBase, stored, ct);
        }
    }

    private static bool IsRefusal(Exception e) => e is DbUpdateException or System.Data.Common.DbException { IsTransient: false };

    // The document as read, with the refusal as its error: stored like an unreadable one (no links, no figures).
    private static Prepared Refused(Prepared prepared, Exception refusal)
    {
        if (prepared.Analysed is not { } analysed)
        {
            throw new InvalidOperationException("A document with nothing to write was refused by the database.", refusal);
        }

        var reason = (refusal.InnerException ?? refusal).Message;
        var error = new IngestionError(Text.Reading.IngestionErrors.NotStored, $"the database refused what was read from it: {reason}");
        var failed = new DocumentAnalysis
        {
            Source = analysed.Analysis.Source,
            Sha256 = analysed.Analysis.Sha256,
            MediaType = analysed.Analysis.MediaType,
            Error = error,
        };
        return prepared with { Analysed = analysed with { Analysis = failed }, Links = [], LinkedAt = -1, Fingerprint = null };
    }

    private async Task CommitAsync(List<Prepared> group, LegalBase legalBase, Action<IngestOutcome> stored, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var outcomes = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            db.DeferredReindex = new PendingReindex();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var shas = group.Where(p => p.Opened is { Input: not null, StoredId: null }).Select(p => p.Sha256).Distinct().ToList();
                var existing = await db.SourceDocuments.AsNoTracking().Where(d => shas.Contains(d.Sha256))
                    .Select(d => new IngestOutcome(d.Source, IngestResult.Unchanged, d.Id, d.Kind, d.Title, null, d.Error, null) { Sha256 = d.Sha256 })
                    .ToDictionaryAsync(d => d.Sha256!, StringComparer.Ordinal, ct);
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var outcomes = new List<IngestOutcome>(group.Count);
                foreach (var prepared in group)
                {
                    var outcome = await WriteOneAsync(prepared, existing, touched, legalBase, ct);
                    if (outcome is { Result: IngestResult.Added or IngestResult.Attached or IngestResult.Failed, Sha256: { } sha })
                    {
                        existing[sha] = outcome with { Source = prepared.Source, Result = IngestResult.Unchanged };
                    }

                    outcomes.Add(outcome);

                    // Each document's records are written before the next is read, and then let go: a context tracking
                    // the whole group would scan every earlier document's entities on each later save.
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }

                var reindex = db.DeferredReindex;
                db.DeferredReindex = null;
                await SearchIndexer.UpdateAsync(db, reindex, ct);
                await MarkStaleAsync(touched, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return outcomes;
            }
            finally
            {
                db.DeferredReindex = null;
            }
        }, cancellationToken);
        db.ChangeTracker.Clear();
        group.Clear();
        foreach (var outcome in outcomes)
        {
            stored(outcome);
        }
    }

    private async Task<IngestOutcome> WriteOneAsync(Prepared prepared, Dictionary<string, IngestOutcome> existing, HashSet<string> touched, LegalBase legalBase, CancellationToken ct)
    {
        if (prepared.Opened.Input is not { } input)
        {
            var failure = prepared.Opened.Failure!;
            return new IngestOutcome(prepared.Source, IngestResult.NotFetched, null, null, null, null, $"{failure.Code}: {failure.Message}", null);
        }

        if (prepared.Opened.StoredId is { } id)
        {
            return await ReadAgainAsync(id, prepared, touched, legalBase, ct);
        }

        if (existing.TryGetValue(prepared.Sha256, out var known))
        {
            return known with { Source = prepared.Source };
        }

        var analysed = prepared.Analysed ?? pipeline.Analyse(input.Bytes, input.Source, input.MediaTypeHint, input.Hints, prepared.Sha256);
        var document = new SourceDocument
        {
            Sha256 = prepared.Sha256,
            MediaType = analysed.MediaType,
            Source = input.Source.Length > 2048 ? input.Source[..2048] : input.Source,
            Length = input.Bytes.Length,
            Content = new SourceDocumentContent { Bytes = input.Bytes.ToArray() },
            ReceivedAt = clock.GetUtcNow(),
            GivenDate = input.Hints.Date,
            GivenTitle = input.Hints.Title is { Length: > 1000 } title ? title[..1000] : input.Hints.Title,
            GivenMediaType = input.MediaTypeHint is { Length: > 128 } type ? type[..128] : input.MediaTypeHint,
        };
        Describe(document, analysed);
        db.SourceDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        var (match, analysis) = await ApplyAsync(document, prepared with { Analysed = analysed }, touched, legalBase, ct);
        var result = analysis.Error is not null ? IngestResult.Failed
            : match is { Created: false } ? IngestResult.Attached
            : IngestResult.Added;
        return new IngestOutcome(prepared.Source, result, document.Id, document.Kind, document.Title, match, analysis.Error?.Message, analysis) { Sha256 = prepared.Sha256 };
    }

    // A stored document read again from its bytes with the hints it arrived with: unchanged when nothing differs.
    private async Task<IngestOutcome> ReadAgainAsync(int id, Prepared prepared, HashSet<string> touched, LegalBase legalBase, CancellationToken ct)
    {
        var document = await db.SourceDocuments.SingleAsync(d => d.Id == id, ct);
        var analysed = prepared.Analysed!;
        if (analysed.Analysis.Error is not null)
        {
            // Read before, unreadable now: keep what was stored rather than lose it.
            return new IngestOutcome(prepared.Source, IngestResult.Unchanged, id, document.Kind, document.Title, null, analysed.Analysis.Error.Message, null);
        }

        var links = legalBase.StillHolds(prepared.LinkedAt, analysed.Analysis) ? prepared.Links : ClauseLinking.Link(analysed.Original, analysed.Analysis, legalBase.Candidates);
        var analysis = analysed.Analysis with { ClauseLinks = links };
        Describe(document, analysed);
        if (db.Entry(document).State == EntityState.Unchanged && document.AnalysisJson == AnalysisJson(analysis, analysed.Original))
        {
            return new IngestOutcome(prepared.Source, IngestResult.Unchanged, id, document.Kind, document.Title, null, null, analysis);
        }

        var (match, stored) = await ApplyAsync(document, prepared with { Analysed = analysed, Links = links, LinkedAt = legalBase.Version }, touched, legalBase, ct);
        return new IngestOutcome(prepared.Source, IngestResult.Updated, id, document.Kind, document.Title, match, null, stored);
    }

    /// <summary>What the analysis says of the document, on its row (the same for a first reading and a later one).</summary>
    private static void Describe(SourceDocument document, AnalysedDocument analysed)
    {
        var analysis = analysed.Analysis;
        var read = analysis.Error is null;
        document.Language = read ? analysis.Language : null;
        document.Kind = read ? analysis.Kind : null;
        document.Title = analysis.Title is { Length: > 1000 } title ? title[..1000] : analysis.Title;
        document.DocumentDate = analysis.Date;
        document.Status = read ? IngestionStatus.Analysed : IngestionStatus.Failed;
        document.ErrorCode = analysis.Error?.Code;
        document.Error = analysis.Error?.Message;
        document.Text = read ? analysed.Original : null;
    }

    /// <summary>
    /// Attaches an agreement's text to the legal base, stores the clause links and the analysis (serialised once, with
    /// its links) and puts the claims into the series; the derived points and conflicts wait for the batch's end.
    /// </summary>
    private async Task<(AgreementMatch? Match, DocumentAnalysis Stored)> ApplyAsync(
        SourceDocument document, Prepared prepared, HashSet<string> touched, LegalBase legalBase, CancellationToken ct)
    {
        var analysed = prepared.Analysed!;
        var analysis = analysed.Analysis;
        if (analysis.Error is not null)
        {
            document.AnalysisJson = AnalysisJson(analysis, null);
            await db.SaveChangesAsync(ct);
            return (null, analysis);
        }

        var attached = await AgreementTexts.AttachAsync(db, document, analysed, ct);
        if (attached is var (_, agreement))
        {
            legalBase.Replace(agreement.Id, await ClauseLinking.CandidateAsync(db, agreement, ct));
        }

        var match = attached?.Match;

        var links = legalBase.StillHolds(prepared.LinkedAt, analysis)
            ? await ClauseLinking.StoreAsync(db, document, prepared.Links, ct)
            : await ClauseLinking.LinkAsync(db, document, analysis, legalBase.Candidates, ct);
        var stored = analysis with { ClauseLinks = links };
        document.AnalysisJson = AnalysisJson(stored, analysed.Original);
        await SeriesUpdate.ApplySourcesAsync(db, document, analysis, touched, ct);
        await DuplicateMarking.MarkAsync(db, _recentFingerprints, document.Id, prepared.Fingerprint ?? NearDuplicates.Fingerprint(analysed.Original), ct);
        return (match, stored);
    }

    /// <summary>The analysis as stored: its quotes of the document's text kept as spans into it (<see cref="StoredAnalysis"/>).</summary>
    private static string AnalysisJson(DocumentAnalysis analysis, string? text) => StoredAnalysis.Compact(new AnalysisReport([analysis]).ToJson(), text);

    private async Task MarkStaleAsync(HashSet<string> touched, CancellationToken ct)
    {
        if (touched.Count == 0)
        {
            return;
        }

        var marked = await db.StaleIndicators.Where(s => touched.Contains(s.IndicatorKey)).Select(s => s.IndicatorKey).ToListAsync(ct);
        db.StaleIndicators.AddRange(touched.Except(marked, StringComparer.Ordinal).Select(key => new StaleIndicator { IndicatorKey = key }));
    }

    /// <summary>A document on its way from a worker to the writer.</summary>
    private sealed record Prepared(string Source, OpenedDocument Opened, string Sha256)
    {
        public AnalysedDocument? Analysed { get; init; }

        public IReadOnlyList<ClauseLink> Links { get; init; } = [];

        /// <summary>The version of the legal base the links were found against; the writer links again if it has moved.</summary>
        public int LinkedAt { get; init; } = -1;

        /// <summary>The text's near-duplicate fingerprint, worked out on the worker (it needs nothing from the database).</summary>
        public TextFingerprint? Fingerprint { get; init; }
    }

    /// <summary>
    /// The linker's candidates, read once per batch. When a document of the batch adds or fills an agreement, that
    /// agreement's candidate is built again from the saved record and the version moves on; workers always read a whole snapshot.
    /// </summary>
    private sealed class LegalBase(IReadOnlyList<LinkCandidate> candidates)
    {
        /// <summary>Changes remembered, to tell whether a document's links still hold; older ones mean "link again".</summary>
        private const int RememberedChanges = 256;

        private volatile Snapshot _current = new(candidates, 0);

        // The writer's record of what each version changed (only the writer reads and writes it).
        private readonly Queue<Change> _changes = new();
        private int _reloadedAt;

        public Snapshot Current => _current;

        public IReadOnlyList<LinkCandidate> Candidates => _current.Candidates;

        public int Version => _current.Version;

        /// <summary>The legal base as the database holds it now (after a rolled-back group).</summary>
        public async Task ReloadAllAsync(EntenteDb db, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            _current = new Snapshot(await ClauseLinking.CandidatesAsync(db, ct), _current.Version + 1);
            _reloadedAt = _current.Version;
            _changes.Clear();
        }

        /// <summary>The agreement a document of the batch added or filled, as it now stands (null: no longer a candidate).</summary>
        public void Replace(int agreementId, LinkCandidate? fresh)
        {
            var current = _current;
            var before = current.Candidates.FirstOrDefault(c => c.Id == agreementId);
            var others = current.Candidates.Where(c => c.Id != agreementId);
            _current = new Snapshot([.. others.Concat(fresh is null ? [] : [fresh]).OrderBy(c => c.Id)], current.Version + 1);
            _changes.Enqueue(new Change(_current.Version, before, fresh));
            if (_changes.Count > RememberedChanges)
            {
                _changes.Dequeue();
            }
        }

        /// <summary>
        /// Whether links found against version <paramref name="linkedAt"/> are those the current legal base gives: the
        /// same version, or every agreement changed since is one that cannot concern the document (signed after it, say).
        /// </summary>
        public bool StillHolds(int linkedAt, DocumentAnalysis analysis)
        {
            if (linkedAt == Version)
            {
                return true;
            }

            if (linkedAt < _reloadedAt || linkedAt < 0 || (_changes.TryPeek(out var oldest) && oldest.Version > linkedAt + 1))
            {
                return false;
            }

            return _changes.Where(c => c.Version > linkedAt).All(c =>
                (c.Before is null || !ClauseLinker.CanConcern(analysis, c.Before)) && (c.After is null || !ClauseLinker.CanConcern(analysis, c.After)));
        }

        private sealed record Change(int Version, LinkCandidate? Before, LinkCandidate? After);

        public sealed record Snapshot(IReadOnlyList<LinkCandidate> Candidates, int Version);
    }
}

/// <summary>One item of a batch, opened when the batch reaches it: a file read, a URL fetched, a stored document loaded.</summary>
public sealed record BatchItem(string Source, Func<CancellationToken, Task<OpenedDocument>> OpenAsync)
{
    public static BatchItem Of(DocumentInput input) => new(input.Source, _ => Task.FromResult(new OpenedDocument(input)));
}

/// <summary>What opening an item gave: the document to read, or why there is none; <c>StoredId</c> when it is a stored document read again.</summary>
public sealed record OpenedDocument(DocumentInput? Input, InputFailure? Failure = null, int? StoredId = null);

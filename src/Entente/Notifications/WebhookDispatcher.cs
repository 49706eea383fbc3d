using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Notifications;

/// <summary>What a webhook receives for one notification (JSON, camelCase).</summary>
public sealed record WebhookPayload(int Id, string Party, string Kind, string Subject, string Link, string? Clause, string? Indicator, string? Source, DateTimeOffset? Due, DateTimeOffset At);

/// <summary>
/// Posts a Party's notifications to its webhooks, in order, each signed (<see cref="WebhookSignature"/>). A failed
/// delivery is retried with a doubling wait (<see cref="NotificationOptions.RetryAfter"/>) and holds back the later
/// notifications until it succeeds or is given up after <see cref="NotificationOptions.MaxAttempts"/>; every attempt is
/// logged. Only notifications for the Party as such go out (not those kept for one user's follows), read through a
/// context acting for the Party, so nothing the Party may not see can leave.
/// </summary>
public sealed class WebhookDispatcher : IDisposable
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _client;
    private readonly NotificationOptions _options;
    private readonly WebhookSecrets _secrets;

    public WebhookDispatcher(IOptions<NotificationOptions> options, WebhookSecrets secrets)
    {
        _options = options.Value;
        _secrets = secrets;
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = _options.Timeout };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Entente", "1.0"));
    }

    /// <summary>Delivers what is due to one webhook through <paramref name="db"/>, which acts for the webhook's Party; returns the attempts made.</summary>
    public async Task<int> DeliverAsync(EntenteDb db, int webhookId, CancellationToken ct)
    {
        var webhook = await db.Set<Webhook>().AsNoTracking().SingleAsync(w => w.Id == webhookId, ct);
        if (db.Viewer.PartyCode != webhook.PartyCode)
        {
            throw new InvalidOperationException("A webhook's notifications are read for its own Party.");
        }

        var pending = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.OwnerPartyCode == webhook.PartyCode && n.ForParty && n.Id > webhook.DeliveredUpTo)
            .OrderBy(n => n.Id).Take(100).ToListAsync(ct);
        var made = 0;
        foreach (var notification in pending)
        {
            var earlier = await db.Set<WebhookAttempt>().AsNoTracking()
                .Where(a => a.WebhookId == webhookId && a.NotificationId == notification.Id)
                .OrderByDescending(a => a.Attempt).FirstOrDefaultAsync(ct);
            var now = db.Time.GetUtcNow();
            if (earlier is not null && now < earlier.At + RetryWait(earlier.Attempt))
            {
                break;
            }

            var attempt = await PostAsync(webhook, notification, (earlier?.Attempt ?? 0) + 1, now, ct);
            db.Add(attempt);
            await db.SaveChangesAsync(ct);
            made++;
            if (attempt.Succeeded || attempt.Attempt >= _options.MaxAttempts)
            {
                await db.Set<Webhook>().Where(w => w.Id == webhookId)
                    .ExecuteUpdateAsync(set => set.SetProperty(w => w.DeliveredUpTo, notification.Id), ct);
            }

            if (!attempt.Succeeded)
            {
                break;
            }
        }

        db.ChangeTracker.Clear();
        return made;
    }

    /// <summary>The wait after the <paramref name="attempt"/>th failed attempt: RetryAfter, then twice that, and so on.</summary>
    public TimeSpan RetryWait(int attempt) => _options.RetryAfter * Math.Pow(2, Math.Max(0, attempt - 1));

    public static byte[] Body(Notification n) => JsonSerializer.SerializeToUtf8Bytes(
        new WebhookPayload(n.Id, n.OwnerPartyCode, n.Kind, n.Subject, n.Link, n.Clause, n.IndicatorKey, n.SourceKey, n.Due, n.At), s_json);

    private async Task<WebhookAttempt> PostAsync(Webhook webhook, Notification notification, int number, DateTimeOffset now, CancellationToken ct)
    {
        var attempt = new WebhookAttempt { WebhookId = webhook.Id, NotificationId = notification.Id, Attempt = number, At = now };
        var body = Body(notification);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, _secrets.Unprotect(webhook.ProtectedSecret)));
        request.Headers.Add("X-Entente-Event", notification.Kind);
        request.Headers.Add("X-Entente-Delivery", string.Create(CultureInfo.InvariantCulture, $"{notification.Id}-{number}"));
        try
        {
            using var response = await _client.SendAsync(request, ct);
            attempt.Status = (int)response.StatusCode;
            attempt.Succeeded = response.IsSuccessStatusCode;
            attempt.Error = response.IsSuccessStatusCode ? null : Cut($"{(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            attempt.Error = Cut(e.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            attempt.Error = string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.Timeout.TotalSeconds:0} s");
        }

        return attempt;
    }

    private static string Cut(string text) => text.Length > WebhookAttempt.ErrorLength ? text[..WebhookAttempt.ErrorLength] : text;

    public void Dispose() => _client.Dispose();
}

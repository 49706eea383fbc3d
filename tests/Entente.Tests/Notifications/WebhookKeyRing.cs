using Entente.Notifications;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests.Notifications;

/// <summary>
/// The webhook secrets of one Entente process as the server registers them: its own service provider on the shared key
/// ring in the database, so two of them stand for two servers (or one server before and after a restart).
/// </summary>
internal sealed class WebhookKeyRing : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WebhookKeyRing(ServiceProvider services) => _services = services;

    public WebhookSecrets Secrets => _services.GetRequiredService<WebhookSecrets>();

    public static WebhookKeyRing Of(DatabaseTarget target)
    {
        var services = new ServiceCollection().AddLogging().AddSharedKeyRing(target).AddSingleton<WebhookSecrets>();
        return new WebhookKeyRing(services.BuildServiceProvider());
    }

    /// <summary>The <c>Secret</c> column exactly as the database holds it.</summary>
    public static Task<List<string>> StoredSecretsAsync(EntenteDb db) =>
        db.Database.SqlQueryRaw<string>("SELECT \"Secret\" AS \"Value\" FROM \"Webhooks\"").ToListAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

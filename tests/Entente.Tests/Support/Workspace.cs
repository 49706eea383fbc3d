using System.Net.Http.Json;
using System.Text.Json;
using Entente.Storage;
using Entente.Web;

namespace Entente.Tests.Support;

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The sample database, every test user with a token, and the running app on a fixed clock.</summary>
public sealed class Workspace : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private Workspace(DatabaseTarget target, TestUsers users, RunningApp app, FixedClock clock)
    {
        Target = target;
        Users = users;
        App = app;
        Clock = clock;
    }

    public DatabaseTarget Target { get; }

    public TestUsers Users { get; }

    public RunningApp App { get; }

    public FixedClock Clock { get; }

    /// <summary>Starts with the clock at <see cref="Start"/>, or at <paramref name="now"/> (sign-in tests use the real time, as authenticator codes do).</summary>
    public static async Task<Workspace> StartAsync(string provider, PostgresServer postgres, DateTimeOffset? now = null)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var users = await TestUsers.CreateAsync(target);
        var clock = new FixedClock(now ?? Start);
        var app = await RunningApp.StartAsync(new WebAppSettings(target, "http://127.0.0.1:0") { Time = clock, RunDeadlineService = false, RunProfileRelinking = false });
        return new Workspace(target, users, app, clock);
    }

    /// <summary>A client acting as one of the <see cref="TestUsers"/>, by name (<c>ru-editor</c>).</summary>
    public HttpClient As(string user) => App.WithToken(Users.Token(user));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Small helpers for reading JSON answers.</summary>
public static class JsonAnswers
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(s_json, TestContext.Current.CancellationToken);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, s_json, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body, s_json, TestContext.Current.CancellationToken);

    public static List<int> Ids(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];
}

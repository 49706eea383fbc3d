using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Entente.Storage;
using Npgsql;

[assembly: AssemblyFixture(typeof(Entente.Tests.Support.PostgresServer))]

namespace Entente.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server for the whole test run: <c>initdb</c> into a temporary folder, a free
/// port on 127.0.0.1, stopped and deleted at the end. As root it runs as the <c>postgres</c> user.
/// Tests that need it skip, saying why, when no PostgreSQL binaries are installed.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _dataDirectory;
    private string? _binDirectory;

    /// <summary>Why the server is not running, or null when it is.</summary>
    public string? UnavailableReason { get; private set; }

    public int Port { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        if (_binDirectory is null)
        {
            UnavailableReason = "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)";
            return;
        }

        _dataDirectory = Path.Combine(Path.GetTempPath(), "entente-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dataDirectory);
        if (RunningAsRoot)
        {
            await RunAsync("chown", $"postgres:postgres {_dataDirectory}");
        }

        Port = FreePort();
        var init = await RunAsync(Path.Combine(_binDirectory, "initdb"), $"-D {_dataDirectory} -U postgres -A trust -E UTF8 --no-sync --no-instructions", asPostgres: true);
        if (init.ExitCode != 0)
        {
            UnavailableReason = $"initdb failed: {init.Output}";
            return;
        }

        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {_dataDirectory} -c fsync=off -c max_connections=200";
        var start = await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), $"-D {_dataDirectory} -l {_dataDirectory}/server.log -o \"{options}\" -w -t 60 start", asPostgres: true);
        if (start.ExitCode != 0)
        {
            UnavailableReason = $"pg_ctl start failed: {start.Output}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is null || _binDirectory is null)
        {
            return;
        }

        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), $"-D {_dataDirectory} -m immediate -w stop", asPostgres: true);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the server is already stopped.
        }
    }

    /// <summary>Restarts the server as an operator would (fast shutdown: open sessions are cut), and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        SkipIfUnavailable();
        var restart = await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), $"-D {_dataDirectory} -l {_dataDirectory}/server.log -m fast -w -t 60 restart", asPostgres: true);
        Assert.True(restart.ExitCode == 0, $"pg_ctl restart failed: {restart.Output}");
    }

    /// <summary>Stops the server (fast shutdown) without deleting its data.</summary>
    public async Task StopAsync()
    {
        SkipIfUnavailable();
        var stop = await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), $"-D {_dataDirectory} -m fast -w stop", asPostgres: true);
        Assert.True(stop.ExitCode == 0, $"pg_ctl stop failed: {stop.Output}");
    }

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {_dataDirectory} -c fsync=off -c max_connections=200";
        var start = await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), $"-D {_dataDirectory} -l {_dataDirectory}/server.log -o \"{options}\" -w -t 60 start", asPostgres: true);
        Assert.True(start.ExitCode == 0, $"pg_ctl start failed: {start.Output}");
    }

    /// <summary>Skips the calling test when the server could not start.</summary>
    public void SkipIfUnavailable() => Assert.SkipWhen(UnavailableReason is not null, $"PostgreSQL is not available: {UnavailableReason}");

    /// <summary>A new, empty database on the server for one test.</summary>
    public async Task<DatabaseTarget> CreateDatabaseAsync()
    {
        SkipIfUnavailable();
        var name = "entente_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return DatabaseTarget.Parse(ConnectionString(name));
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20";

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments, bool asPostgres = false)
    {
        var info = asPostgres && RunningAsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}

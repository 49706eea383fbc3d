namespace Entente.Sources;

/// <summary>What one polite request gave: the body with its validators, "not modified", or why it failed.</summary>
public sealed record FetchResult
{
    public byte[]? Body { get; init; }

    public string? MediaType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The server answered 304: nothing changed since the validators sent.</summary>
    public bool NotModified { get; init; }

    /// <summary>The HTTP status of a refused answer (404, 500…), when there was one.</summary>
    public int? Status { get; init; }

    /// <summary>A stable code (<c>http-status</c>, <c>too-large</c>, <c>fetch-timeout</c>, <c>redirect-loop</c>, <c>robots-disallowed</c>…).</summary>
    public string? ErrorCode { get; init; }

    public string? Error { get; init; }

    public bool Failed => ErrorCode is not null;

    public static FetchResult Failure(string code, string message) => new() { ErrorCode = code, Error = message };
}

using Entente.Text.Reading;

namespace Entente.Documents;

/// <summary>One document to read: its bytes, where they came from, and the media type the source declared.</summary>
public sealed record DocumentInput(string Source, ReadOnlyMemory<byte> Bytes, string? MediaTypeHint)
{
    /// <summary>What the person handing the document in says of it (<c>--date</c>); it wins over guesses from the text.</summary>
    public DocumentHints Hints { get; init; } = DocumentHints.None;
}

/// <summary>An input that could not even be fetched or opened (a missing file, a URL that failed).</summary>
public sealed record InputFailure(string Source, string Code, string Message);

/// <summary>What the user named on the command line, expanded: each file, each file below a folder, each URL.</summary>
public sealed record InputSource(string Source, InputSourceKind Kind);

public enum InputSourceKind
{
    File,
    Url,
    Missing,
}

/// <summary>Expands paths, folders and URLs into the documents they name, in a stable order.</summary>
public static class InputSources
{
    public static List<InputSource> Expand(IEnumerable<string> arguments)
    {
        var sources = new List<InputSource>();
        foreach (var argument in arguments)
        {
            if (UrlFetcher.IsUrl(argument))
            {
                sources.Add(new InputSource(argument, InputSourceKind.Url));
            }
            else if (Directory.Exists(argument))
            {
                sources.AddRange(Directory
                    .EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System })
                    .Order(StringComparer.Ordinal)
                    .Select(path => new InputSource(path, InputSourceKind.File)));
            }
            else
            {
                sources.Add(new InputSource(argument, File.Exists(argument) ? InputSourceKind.File : InputSourceKind.Missing));
            }
        }

        return sources;
    }
}

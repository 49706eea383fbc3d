namespace Entente.Cli;

/// <summary>Writes a command's result to a file whole or not at all (a temporary file moved into place), or to stdout for <c>-</c>.</summary>
public static class OutputFile
{
    public static async Task WriteAsync(string path, byte[] bytes, ConsoleOutput output, CancellationToken ct)
    {
        if (path == "-")
        {
            await output.OutWriter.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes));
            await output.OutWriter.FlushAsync(ct);
            return;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new EntenteException($"The folder {folder} does not exist.", ExitCodes.Usage);
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, ct);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EntenteException($"Cannot write {full}: {e.Message}", ExitCodes.Failure, e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

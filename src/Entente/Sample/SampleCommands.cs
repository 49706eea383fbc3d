using System.CommandLine;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Sample;

/// <summary><c>entente sample load</c>: loads the built-in sample, or a sample file, adding only what is missing.</summary>
public static class SampleCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var sample = new Command("sample", "The built-in Russia–Azerbaijan sample.");
        var file = new Option<FileInfo?>("--file") { Description = "Load this sample file instead of the built-in one." };
        var load = new Command("load", "Load the sample in one transaction; records already present are left as they are.");
        load.Options.Add(file);
        load.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            var sampleFile = ReadSample(parseResult.GetValue(file));
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            try
            {
                await using var db = EntenteDatabase.CreateContext(target);
                var result = await SampleLoader.LoadAsync(db, sampleFile, ct);
                output.Line(result.ChangedNothing
                    ? "The sample is already loaded; nothing changed."
                    : $"Loaded the sample: {result.Agreements} agreements, {result.Provisions} provisions, {result.Relations} relations, " +
                      $"{result.Indicators} indicators, {result.Observations} observations, {result.Bodies} bodies, {result.Translations} texts added in another language.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
            {
                throw described;
            }
        });
        sample.Subcommands.Add(load);
        return sample;
    }

    private static SampleFile ReadSample(FileInfo? file)
    {
        if (file is null)
        {
            return SampleLoader.ReadBuiltIn();
        }

        if (!file.Exists)
        {
            throw new EntenteException($"The sample file {file.FullName} does not exist.");
        }

        using var stream = file.OpenRead();
        return SampleLoader.Read(stream, file.FullName);
    }
}

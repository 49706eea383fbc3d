using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// All console output of the command line: results on stdout, diagnostics on stderr, never mixed.
/// User data is always passed through <see cref="Markup.Escape"/> before it reaches Spectre markup.
/// </summary>
public sealed class ConsoleOutput
{
    public ConsoleOutput(TextWriter output, TextWriter error, bool interactive)
    {
        OutWriter = output;
        ErrorWriter = error;
        IsInteractive = interactive;
        Out = Create(output, interactive);
        Error = Create(error, interactive);
    }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Error { get; }

    public TextWriter OutWriter { get; }

    public TextWriter ErrorWriter { get; }

    /// <summary>True when a person is watching a terminal: progress bars and colour are shown only then.</summary>
    public bool IsInteractive { get; }

    public static ConsoleOutput ForProcess()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new ConsoleOutput(Console.Out, Console.Error, interactive);
    }

    /// <summary>Writes one plain line to stdout, unwrapped, so scripts can read it.</summary>
    public void Line(string text) => OutWriter.WriteLine(text);

    /// <summary>Writes one line to stderr, prefixed with the program's name.</summary>
    public void ErrorLine(string text) => ErrorWriter.WriteLine(IsInteractive ? $"\e[31mentente:\e[0m {text}" : $"entente: {text}");

    public void Warning(string text) => ErrorWriter.WriteLine(IsInteractive ? $"\e[33mentente:\e[0m {text}" : $"entente: {text}");

    private static IAnsiConsole Create(TextWriter writer, bool interactive) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
}

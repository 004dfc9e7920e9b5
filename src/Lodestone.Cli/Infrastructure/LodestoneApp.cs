using System.CommandLine;
using Lodestone.Cli.Commands;
using Lodestone.Domain.Errors;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Builds the command tree and runs it, turning failures into one line on stderr and an exit code.</summary>
internal static class LodestoneApp
{
    /// <summary>The global <c>--db</c> option: a SQLite path or a postgres:// URL; LODESTONE_DB otherwise.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Knowledge base: a SQLite file path or postgres://user:pass@host:port/db (default: LODESTONE_DB, else the embedded SQLite file)",
        Recursive = true,
    };

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Lodestone: critical-minerals supply-chain intelligence, on sourced data.");
        root.Options.Add(Db);
        foreach (var command in CommandCatalog.All(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    /// <summary>The one line a failure prints: the option at fault (<c>--as-of</c> for field <c>as_of</c>), then the reason.</summary>
    public static string OneLine(LodestoneException e) =>
        (e.Field is { } field ? "--" + field.Replace('_', '-') + ": " : "") + e.Message;

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown token explains more than the "required command" error it also causes.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            var oneLine = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await context.Error.WriteLineAsync("error: " + oneLine);
            return ErrorCode.BadArguments.ExitCode();
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (DataValidationException e)
        {
            foreach (var issue in e.Issues.Take(50))
            {
                await context.Error.WriteLineAsync("error: " + issue);
            }
            if (e.Issues.Count > 50)
            {
                await context.Error.WriteLineAsync($"error: … and {e.Issues.Count - 50} more");
            }
            return e.Code.ExitCode();
        }
        catch (LodestoneException e)
        {
            await context.Error.WriteLineAsync("error: " + OneLine(e));
            return e.Code.ExitCode();
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }
}

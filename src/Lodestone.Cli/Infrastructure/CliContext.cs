using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Domain.KnowledgeBase;
using Spectre.Console;

namespace Lodestone.Cli.Infrastructure;

/// <summary>What every command needs from the outside world, injected so tests can capture output and fix the clock.</summary>
internal sealed class CliContext
{
    /// <summary>Rich output (tables, trees, progress), 100 columns wide by default.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Raw standard output for JSON, CSV and Markdown.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: one-line reasons for failures.</summary>
    public required TextWriter Error { get; init; }

    public required TimeProvider Clock { get; init; }

    /// <summary>Opens the knowledge base named by <c>--db</c> (or LODESTONE_DB, or the embedded default) and returns its snapshot.</summary>
    public required Func<string?, CancellationToken, Task<Dataset>> OpenDataset { get; init; }

    /// <summary>Opens the store itself for the data commands: (db, seed when empty, cancellation) → migrated store.</summary>
    public Func<string?, bool, CancellationToken, Task<SqlKnowledgeStore>> OpenStore { get; init; } = KnowledgeBaseOpener.OpenStoreAsync;

    /// <summary>Today in UTC, from the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}

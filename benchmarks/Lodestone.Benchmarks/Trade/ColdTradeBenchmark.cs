using System.Globalization;
using Lodestone.Data;
using Lodestone.Queries.Trade;

namespace Lodestone.Benchmarks.Trade;

/// <summary>cold-trade DB COMMODITY: the first trade view of a process, as a cold <c>lodestone trade</c> or a server's
/// first mineral or country page pays it (benchmarks/cold.sh, docs/performance.md "The first trade view of a
/// process").</summary>
/// <remarks>One process per measurement, so the JIT is cold too: it opens the store (migration
/// check, snapshot), then asks the trade question of the mineral page (importer USA) once cold — the export series read
/// and the trade views compiled inside it — and once warm. Prints "open: W s, cpu C s", "first answer: W s, cpu C s"
/// (the timed section benchmarks/alternate.py reads) and "warm answer: W s". CPU is the whole process's (the runtime's
/// compiler threads included).</remarks>
internal static class ColdTradeBenchmark
{
    public static async Task RunAsync(string db, string commodity)
    {
        var (dataset, openWall, openCpu) =
            await ProcessTimer.TimedAsync(() => KnowledgeBaseOpener.OpenAsync(db, CancellationToken.None));
        var (first, wall, cpu) = await ProcessTimer.TimedAsync(() => Task.FromResult(Answer(dataset, commodity)));
        var (_, warm, _) = await ProcessTimer.TimedAsync(() => Task.FromResult(Answer(dataset, commodity)));
        var points = first.SupplierShare.Sum(s => s.Points.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open: {openWall:0.000} s, cpu {openCpu:0.000} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first answer: {wall:0.000} s, cpu {cpu:0.000} s ({points} series points)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm answer: {warm:0.000} s"));
    }

    private static TradeJson Answer(Domain.KnowledgeBase.Dataset dataset, string commodity) =>
        TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, "USA", null, null));
}

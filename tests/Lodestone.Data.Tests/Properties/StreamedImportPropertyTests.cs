using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Lodestone.Data.Exchange;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Data.Tests.Properties;

/// <summary>The streamed fact-file path of <c>data import</c> and <c>data validate</c> (<see cref="FactImporter"/>) on
/// generated production files: a valid file is stored exactly as written; a file with one defect is refused with one
/// issue naming its file, line, field and what was expected, and nothing is written.</summary>
/// <remarks>Memory flat in the file's size is <c>StreamedImportMemoryTests</c>' (a 36.9 MB file under a 32 MiB heap);
/// here each case must finish within <see cref="Mutations.HangLimit"/> (wall time: the import awaits file and database
/// I/O, which load stretches, so this only guards against a hang).</remarks>
public sealed class StreamedImportPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ImportAsync_GeneratedProductionFiles_StoreAsWrittenOrNameTheDefect()
    {
        var outcomes = new Outcomes();
        var folder = _temp.Path;

        await Gen.Int[0, int.MaxValue].Select(ProductionFile.Generate).SampleAsync(async file =>
        {
            // Given an empty store and the file (each case its own folder: CsCheck runs cases on several threads)
            var run = Path.Combine(folder, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(run);
            var store = new SqliteKnowledgeStore(Path.Combine(run, "store.db"), DefaultData.Directory);
            await store.MigrateAsync();
            var path = Path.Combine(run, ProductionFile.Name);
            await File.WriteAllBytesAsync(path, file.Bytes);

            // When it is imported
            var clock = Stopwatch.StartNew();
            DataValidationException? error = null;
            try
            {
                await FactImporter.ImportAsync(store, store.Reference, path, replace: false, CancellationToken.None);
            }
            catch (DataValidationException e)
            {
                error = e;
            }
            Assert.True(clock.Elapsed < Mutations.HangLimit, $"took {clock.Elapsed}");

            // Then
            var stored = (await store.LoadFactsAsync()).Production;
            if (file.Expected is { } expected)
            {
                Assert.True(error is not null, "imported a file with a defect");
                Assert.True(error.Issues.Count == 1, "issues: " + string.Join(" | ", error.Issues));
                var issue = error.Issues[0];
                Assert.Equal((ProductionFile.Name, expected.Line, expected.Field),
                    (issue.File, issue.Line, issue.Field));
                Assert.Contains(expected.Message, issue.Message, StringComparison.Ordinal);
                Assert.Empty(stored);
            }
            else
            {
                Assert.True(error is null, error?.Message);
                Assert.Equal(file.Rows.Select(Written).Order(StringComparer.Ordinal),
                    stored.Select(p => Stored(p)).Order(StringComparer.Ordinal));
            }
            outcomes.Add(error is null);
        }, iter: 60, print: f => f.ToString());

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    /// <summary>A row as written: the value parsed from its text (blank: missing), the note null when blank.</summary>
    private static string Written(ProductionFile.Row r) =>
        Line(r.Commodity, r.Stage == "mine" ? "Mining" : "Refining", r.Iso3, r.Year,
            r.Value is null ? null : double.Parse(r.Value, CultureInfo.InvariantCulture), r.Unit, r.Estimate, r.Note);

    private static string Stored(Domain.Facts.ProductionFact p) =>
        Line(p.Commodity, p.Stage.ToString(), p.Country.Code, p.Year, p.Value, p.Unit, p.IsEstimate, p.Note);

    private static string Line(string commodity, string stage, string iso3, int year, double? value, string unit,
        bool estimate, string? note)
    {
        var figure = value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "missing";
        return string.Create(CultureInfo.InvariantCulture,
            $"{commodity}|{stage}|{iso3}|{year}|{figure}|{unit}|{estimate}|{note ?? "-"}");
    }

    public void Dispose() => _temp.Dispose();
}

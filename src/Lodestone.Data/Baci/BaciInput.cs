using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Baci;

/// <summary>What <c>data import-baci PATH</c> names, resolved to the release, its trade files and its code tables.</summary>
/// <remarks>
/// PATH is a CSV file (raw <c>t,i,j,k,v,q</c> or the ISO3 matrix form), a folder of a release's files, or CEPII's zip. The country
/// and product tables are the release's <c>country_codes_V*.csv</c> and <c>product_codes_HS*_V*.csv</c> when they are beside the
/// trade files (in the zip or the folder); a lone CSV uses the reference data's country table.
/// </remarks>
internal sealed partial class BaciInput : IDisposable
{
    private readonly ZipArchive? _zip;

    private BaciInput(BaciRelease release, IReadOnlyList<BaciEntry> trade, BaciEntry? countries, BaciEntry? products, ZipArchive? zip)
    {
        Release = release;
        Trade = trade;
        Countries = countries;
        Products = products;
        _zip = zip;
    }

    public BaciRelease Release { get; }

    public IReadOnlyList<BaciEntry> Trade { get; }

    public BaciEntry? Countries { get; }

    public BaciEntry? Products { get; }

    /// <param name="release">The revision and version when the file names do not say them (e.g. a renamed file).</param>
    /// <exception cref="DataValidationException">No such path, not a complete zip, no trade file, or a release that cannot be told.</exception>
    public static BaciInput Open(string path, BaciRelease? release)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.csv").Order(StringComparer.Ordinal)
                .Select(f => new BaciEntry(Path.GetFileName(f), () => Reader(File.OpenRead(f)))).ToList();
            return Build(path, files, release, null);
        }
        if (!File.Exists(path))
        {
            throw Problem(path, 0, "no such file or directory");
        }
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var name = Path.GetFileName(path);
            var entry = new BaciEntry(name, () => Reader(File.OpenRead(path)));
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var siblings = Directory.EnumerateFiles(folder, "*.csv").Where(f => IsCountryTable(Path.GetFileName(f)) || IsProductTable(Path.GetFileName(f)))
                .Select(f => new BaciEntry(Path.GetFileName(f), () => Reader(File.OpenRead(f))));
            return Build(path, [entry, .. siblings], release ?? BaciRelease.FromFileName(name), null, single: entry);
        }
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw Problem(Path.GetFileName(path), 0, $"not a complete zip archive ({e.Message}): truncated download? nothing was imported");
        }
        var zipName = Path.GetFileName(path);
        var entries = zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => new BaciEntry(zipName + "/" + e.FullName, () => Reader(e.Open()))).ToList();
        try
        {
            return Build(zipName, entries, release ?? BaciRelease.FromFileName(zipName), zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static BaciInput Build(string display, List<BaciEntry> files, BaciRelease? release, ZipArchive? zip, BaciEntry? single = null)
    {
        var countries = files.FirstOrDefault(f => IsCountryTable(Leaf(f.Name)));
        var products = files.FirstOrDefault(f => IsProductTable(Leaf(f.Name)));
        var trade = single is not null ? [single] : files.Where(f => f != countries && f != products && !Leaf(f.Name).StartsWith("product_codes", StringComparison.OrdinalIgnoreCase)).ToList();
        if (trade.Count == 0)
        {
            throw Problem(display, 0, "no trade file: expected BACI_HSxx_Yyyyy_Vvvvvvv.csv files (or one CSV of t,i,j,k,v,q or the ISO3 matrix form)");
        }
        release ??= trade.Select(t => BaciRelease.FromFileName(Leaf(t.Name))).FirstOrDefault(r => r is not null);
        if (release is null)
        {
            throw Problem(display, 0, "cannot tell the HS revision and BACI version from the file name (expected e.g. BACI_HS92_Y2021_V202301.csv): pass --nomenclature HS92 --version V202301");
        }
        var mixed = trade.Select(t => BaciRelease.FromFileName(Leaf(t.Name))).FirstOrDefault(r => r is not null && r != release);
        if (mixed is not null)
        {
            throw Problem(display, 0, $"files of two releases ({release.Nomenclature} {release.Version} and {mixed.Nomenclature} {mixed.Version}): CEPII asks not to mix BACI versions; import one release at a time");
        }
        return new BaciInput(release, trade, countries, products, zip);
    }

    private static string Leaf(string name) => name[(name.LastIndexOf('/') + 1)..];

    private static bool IsCountryTable(string name) => CountryTable().IsMatch(name);

    private static bool IsProductTable(string name) => ProductTable().IsMatch(name);

    /// <summary>UTF-8 (CEPII's encoding; a BOM is honoured), buffered for large files.</summary>
    private static StreamReader Reader(Stream stream) => new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private static DataValidationException Problem(string file, int line, string message) => new([new DataIssue(file, line, null, message)]);

    public void Dispose() => _zip?.Dispose();

    [GeneratedRegex(@"(?i)^country_codes(_V\d{6})?\.csv$")]
    private static partial Regex CountryTable();

    [GeneratedRegex(@"(?i)^product_codes(_HS\d{2})?(_V\d{6})?\.csv$")]
    private static partial Regex ProductTable();
}

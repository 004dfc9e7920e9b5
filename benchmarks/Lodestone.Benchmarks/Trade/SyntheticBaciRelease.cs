using System.Globalization;
using System.Text;

namespace Lodestone.Benchmarks.Trade;

/// <summary>A seeded synthetic BACI year with the shape of a full CEPII release: raw <c>t,i,j,k,v,q</c>, every flow unique.</summary>
/// <remarks>
/// A real HS17 year holds about 11 million flows over ~5,400 HS6 codes and ~225 countries. Here the codes are the HS17 codes
/// <c>reference/hs_codes.csv</c> maps (so the analyses read a full year's flows of them, as they would of a real release) and
/// made-up six-digit codes up to 5,400 (written without their leading zero when it is one, as CEPII's files do), the countries are the numeric codes
/// the importer knows (ISO 3166-1 numeric plus BACI's own, e.g. 842 USA, 490 Taiwan), each code gets the same number of
/// exporter/importer pairs chosen by a seeded stride walk over all ordered pairs (so no key repeats), values in thousands of USD
/// with three decimals, and tonnes padded to 15 characters as CEPII pads them; about 3 % of quantities are blank and 1 % "NA".
/// The figures are not data: only the shape is BACI's.
/// </remarks>
internal static class SyntheticBaciRelease
{
    public const int Codes = 5_400;

    /// <param name="mapped">Real codes to include (the mapped ones); the rest of the 5,400 are made up.</param>
    public static long Write(string path, long rows, int seed, IReadOnlyList<int> countries, IReadOnlyCollection<string> mapped)
    {
        var codes = mapped.Select(c => int.Parse(c, CultureInfo.InvariantCulture))
            .Concat(Enumerable.Range(0, Codes).Select(c => 10_100 + c * 179)) // 6-digit codes 010100…976721, first ones with a leading zero
            .Distinct().Take(Codes).Order().ToList();
        var pairs = (long)countries.Count * (countries.Count - 1);
        var perCode = (rows + Codes - 1) / Codes;
        if (perCode > pairs)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"at most {pairs * Codes:N0} unique flows with {countries.Count} countries");
        }
        var random = new Random(seed);
        var stride = CoprimeStride(pairs, random);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\n");
        long written = 0;
        foreach (var code in codes)
        {
            if (written >= rows)
            {
                break;
            }
            var start = random.NextInt64(pairs);
            for (long n = 0; n < perCode && written < rows; n++, written++)
            {
                var pair = (start + n * stride) % pairs;
                var exporter = (int)(pair / (countries.Count - 1));
                var importer = (int)(pair % (countries.Count - 1));
                if (importer >= exporter)
                {
                    importer++;
                }
                var value = Math.Exp(random.NextDouble() * 12 - 4); // 0.018 … 2,981 thousand USD
                writer.Write("2024,");
                writer.Write(countries[exporter].ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(countries[importer].ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(code.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(value.ToString("0.000", CultureInfo.InvariantCulture));
                writer.Write(',');
                var roll = random.Next(100);
                if (roll == 0)
                {
                    writer.Write("NA");
                }
                else if (roll > 3)
                {
                    var tonnes = value * (0.05 + random.NextDouble() * 4);
                    writer.Write('"');
                    writer.Write(tonnes.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(15));
                    writer.Write('"');
                }
                writer.Write('\n');
            }
        }
        return written;
    }

    /// <summary>A step coprime with the pair count, so the walk visits distinct pairs before it wraps.</summary>
    private static long CoprimeStride(long pairs, Random random)
    {
        while (true)
        {
            var stride = random.NextInt64(pairs / 3, pairs - 1);
            if (Gcd(stride, pairs) == 1)
            {
                return stride;
            }
        }
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}

using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Storage;

/// <summary>The natural key of each kind of fact: what makes two rows "the same fact" in a store.</summary>
/// <remarks>
/// Keys follow the duplicate checks of the file readers (e.g. production: commodity, stage, series, country,
/// year). The key text is stored in a unique <c>fact_key</c> column, so the database and this class can never
/// disagree about what a duplicate is, on either backend.
/// </remarks>
internal static class FactKeys
{
    private const char Separator = '\u001f';
    private const string Null = "\u2400";

    public static string Of(ProductionFact f) =>
        Join(f.Commodity, f.Stage.Name(), f.Series, f.Country.Code, Year(f.Year), f.Kind.ToString());

    public static string Of(ReserveFact f) => Join(f.Commodity, f.Series ?? Null, f.Country.Code, Year(f.Year));

    public static string Of(NetImportRelianceFact f) => Join(f.Commodity, f.Series, f.Importer.Code, Year(f.Year));

    public static string Of(ImportSourceFact f) => Join(f.Commodity, f.Importer.Code, f.Period, f.Category ?? Null, f.Partner.Code);

    public static string Of(StageShareFact f) =>
        Join(f.Commodity, f.Stage.Name(), f.ProductScope, Year(f.Year), f.DataType, f.Country is { } c ? c.Code : "region:" + f.Region);

    public static string Of(ExportControl f) => f.Id;

    public static string Of(Agreement f) => f.Id;

    public static string Of(Project f) => f.Id;

    public static string Of(Domain.Trade.TradeMeasure f) => f.Id;

    /// <summary>A key in words: "(rare earths, mining, CHN, 2024)".</summary>
    public static string Describe(string key) => "(" + key.Replace(Null, "-", StringComparison.Ordinal).Replace(Separator.ToString(), ", ", StringComparison.Ordinal) + ")";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Join(params string[] parts) => string.Join(Separator, parts);
}

using System.CommandLine;
using Lodestone.Queries;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Options several commands share; their values are checked by the query layer (<see cref="QueryInput"/>), not here.</summary>
internal static class CommonOptions
{
    public static Option<string> Importer() => new("--importer")
    {
        Description = "Importing country: " + QueryInput.CountryForms,
        DefaultValueFactory = _ => QueryInput.DefaultImporter,
    };

    public static Option<string> Supplier() => new("--supplier")
    {
        Description = "Supplier of concern: " + QueryInput.CountryForms,
        DefaultValueFactory = _ => QueryInput.DefaultSupplier,
    };

    public static Option<int?> Year() => new("--year")
    {
        Description = "Data year (vintage) every figure is read for; a figure of another year is marked (default: the newest complete year, docs/usgs-import.md)",
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Date YYYY-MM-DD that export-control statuses and agreements are judged on (default: today)",
    };
}

using System.Globalization;
using System.Text;
using CsvHelper;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Export;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/export</c>: the knowledge base as one JSON document or one CSV table at a time.</summary>
internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/export").WithTags("Export");
        group.MapGet("/", Export)
            .WithName("Export")
            .WithSummary("Exports the knowledge base: format=json (every table, or one with table=…) or format=csv&table=… (one flat table).")
            .Produces<ExportDto>(StatusCodes.Status200OK, "application/json")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return group;
    }

    internal static Results<Ok<ExportDto>, FileContentHttpResult, ProblemHttpResult> Export(DatasetHolder data, [FromQuery] string? format, [FromQuery] string? table)
    {
        var fmt = (format ?? "json").Trim().ToLowerInvariant();
        if (fmt is not ("json" or "csv"))
        {
            return ApiProblems.BadRequest($"format must be json or csv; got '{format}'");
        }
        if (table is not null && !ExportTables.Names.Contains(table))
        {
            return ApiProblems.BadRequest($"table must be one of {string.Join(", ", ExportTables.Names)}; got '{table}'");
        }
        if (fmt == "json")
        {
            return table is null
                ? TypedResults.Ok(ExportTables.Document(data.Current, data.Today))
                : Csv(data, table, asJson: true);
        }
        if (table is null)
        {
            return ApiProblems.BadRequest($"format=csv exports one table: add table= one of {string.Join(", ", ExportTables.Names)}");
        }
        return Csv(data, table, asJson: false);
    }

    private static FileContentHttpResult Csv(DatasetHolder data, string table, bool asJson)
    {
        var (header, rows) = ExportTables.Table(data.Current, table, data.Today)!.Value;
        if (asJson)
        {
            var objects = rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
            var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(objects);
            return TypedResults.File(json, "application/json");
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var h in header)
            {
                csv.WriteField(h);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(SpreadsheetSafeCell.Of(field));
                }
                csv.NextRecord();
            }
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"lodestone-{table}.csv");
    }
}

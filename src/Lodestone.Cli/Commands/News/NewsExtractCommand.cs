using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.News.Contracts;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Resolution;
using Spectre.Console;

namespace Lodestone.Cli.Commands.News;

/// <summary><c>lodestone news extract FILE... [--published DATE]</c>: stateless extraction, one JSON object per input.</summary>
internal static class NewsExtractCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Article files (text, HTML, RSS/Atom) or folders", Arity = ArgumentArity.OneOrMore };
        var published = NewsOptions.Published();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("extract", "Extract events and claims from articles without storing anything");
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var date = NewsOptions.ParsePublished(r.GetValue(published));
            var inputs = r.GetValue(files) ?? [];
            if (inputs.Any(i => Uri.TryCreate(i, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal)))
            {
                throw new LodestoneException(ErrorCode.BadArguments, "news extract reads files only; use `lodestone news ingest URL` for URLs");
            }
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var extractor = new ArticleExtractor(NewsGazetteers.Create(dataset));
            var articles = new List<ArticleJson?>();
            var extracted = new List<(int Slot, string File, ArticleExtraction Extraction)>();
            foreach (var input in inputs)
            {
                var results = Directory.Exists(input)
                    ? Directory.EnumerateFiles(input).Order(StringComparer.Ordinal).Select(f => ArticleSources.ReadFile(f, date)).ToList()
                    : [ArticleSources.ReadFile(input, date)];
                foreach (var result in results)
                {
                    if (result.Error is not null)
                    {
                        articles.Add(ContractMapper.Failed(result.Location, result.Error));
                        continue;
                    }
                    foreach (var doc in result.Documents)
                    {
                        extracted.Add((articles.Count, result.Location, extractor.Extract(doc.Text, doc.Title, doc.Published)));
                        articles.Add(null);
                    }
                }
            }
            // Reports of the same event in this batch lend each other the dates their own text does not fix.
            var dates = CrossReportDates.Fill(extracted.Select(x => (x.File, x.Extraction)).ToList());
            for (var i = 0; i < extracted.Count; i++)
            {
                var index = i;
                articles[extracted[i].Slot] = ContractMapper.ToJson(extracted[i].File, extracted[i].Extraction, e => dates.GetValueOrDefault((index, e)));
            }
            var output = articles.OfType<ArticleJson>().ToList();
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, output);
            }
            else
            {
                Render(context, output);
            }
            return output.Any(a => a.Error is not null) ? ErrorCode.InvalidData.ExitCode() : 0;
        });
        return command;
    }

    private static void Render(CliContext context, IReadOnlyList<ArticleJson> articles)
    {
        foreach (var article in articles)
        {
            context.Console.MarkupLine($"[bold]{Markup.Escape(article.File)}[/] {Markup.Escape(article.Title ?? "")} ({article.Published ?? "date unknown"})");
            if (article.Error is not null)
            {
                context.Console.MarkupLine($"[red]{Markup.Escape(article.Error)}[/]");
                continue;
            }
            var table = new Table().AddColumns("type", "date", "countries", "commodities", "amount", "summary");
            foreach (var e in article.Events)
            {
                var amount = e.Amount is { } a ? $"{a.Value:N0} {a.Currency}" : "";
                table.AddRow(Markup.Escape(e.Type), e.Date ?? "—", string.Join(' ', e.Countries), Markup.Escape(string.Join(", ", e.Commodities)),
                    Markup.Escape(amount), Markup.Escape(e.Summary.Length > 80 ? e.Summary[..80] + "…" : e.Summary));
            }
            context.Console.Write(table);
            foreach (var c in article.Claims)
            {
                context.Console.MarkupLine($"claim: {Markup.Escape(c.Speaker ?? "unattributed")}, horizon {c.HorizonMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} months, due {c.DueDate ?? "—"}");
            }
        }
    }
}

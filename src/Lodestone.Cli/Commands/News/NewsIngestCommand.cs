using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;

namespace Lodestone.Cli.Commands.News;

/// <summary><c>lodestone news ingest PATH|URL...</c>: store articles once, extract, merge and propose.</summary>
internal static class NewsIngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders or http(s) URLs of articles and RSS/Atom feeds", Arity = ArgumentArity.OneOrMore };
        var published = NewsOptions.Published();
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow URLs that resolve to private network addresses (refused by default)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed per URL (default 20)", DefaultValueFactory = _ => 20 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("ingest", "Ingest articles: store each once, extract events and claims, merge reports of the same event");
        command.Arguments.Add(inputs);
        command.Options.Add(published);
        command.Options.Add(allowPrivate);
        command.Options.Add(timeout);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var date = NewsOptions.ParsePublished(r.GetValue(published));
            if (r.GetValue(timeout) is <= 0 or > 600)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--timeout must be 1–600 seconds");
            }
            var db = r.GetValue(LodestoneApp.Db);
            var dataset = await context.OpenDataset(db, ct);
            var options = FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(r.GetValue(timeout)), Policy = new AddressPolicy(r.GetValue(allowPrivate)) };
            using var fetcher = new UrlFetcher(options);
            var sources = await new ArticleSources(fetcher).ReadAsync(r.GetValue(inputs) ?? [], date, ct);
            using var store = await NewsStoreOpener.OpenAsync(db, ct);
            var ingestor = new NewsIngestor(new ArticleExtractor(NewsGazetteers.Create(dataset)), new KnowledgeBaseMatcher(dataset), store, context.Clock);
            var report = ingestor.Ingest(sources);
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, report);
            }
            else
            {
                await context.Out.WriteLineAsync($"articles added {report.ArticlesAdded}, duplicates skipped {report.Duplicates}; events added {report.EventsAdded}, merged {report.EventsMerged}; claims {report.ClaimsAdded}; proposals for review {report.ProposalsAdded}");
            }
            foreach (var error in report.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error);
            }
            return report.Errors.Count > 0 ? ErrorCode.InvalidData.ExitCode() : 0;
        });
        return command;
    }
}

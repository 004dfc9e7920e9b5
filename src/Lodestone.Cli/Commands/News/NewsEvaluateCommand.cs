using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.News.Contracts;
using Lodestone.News.Evaluation;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;

namespace Lodestone.Cli.Commands.News;

/// <summary><c>lodestone news evaluate DIR [--details]</c>: scores the extractor on a labelled folder (articles and gold.jsonl).</summary>
internal static class NewsEvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("dir") { Description = "A labelled folder: article files and gold.jsonl (e.g. tests/Lodestone.News.Tests/Corpus/test)" };
        var details = new Option<bool>("--details") { Description = "Also list, per article, what was missed and what was added (for train/ and dev/; never read those of test/ while tuning)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("evaluate", "Score news extraction against hand labels: per field, per event type, with a confusion table");
        command.Arguments.Add(folder);
        command.Options.Add(details);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dir = r.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"news evaluate: '{dir}' is not a folder (expected article files and {GoldCorpus.LabelsFile})");
            }
            var corpus = GoldCorpus.Load(dir);
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var report = CorpusEvaluator.Evaluate(corpus, new ArticleExtractor(NewsGazetteers.Create(dataset)));
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, EvaluationJson.From(dir, report, r.GetValue(details)));
                return 0;
            }
            await context.Out.WriteAsync(CorpusScorer.Format(report));
            if (r.GetValue(details))
            {
                foreach (var article in report.Articles)
                {
                    await context.Out.WriteLineAsync(article.File + ": " + string.Join("; ", article.Fields.Select(f =>
                        $"{f.Key} missed [{string.Join(", ", f.Value.Missed)}] added [{string.Join(", ", f.Value.Spurious)}]")));
                }
            }
            return 0;
        });
        return command;
    }
}

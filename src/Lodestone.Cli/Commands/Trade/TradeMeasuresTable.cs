using Lodestone.Queries.Trade;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Trade;

/// <summary>The U.S. trade measures table shown by <c>trade</c>, <c>mineral</c> and <c>country</c>, each row citing its source.</summary>
internal static class TradeMeasuresTable
{
    public static Table Create(IReadOnlyList<TradeMeasureJson> measures)
    {
        var table = new Table().Border(TableBorder.Simple).Title("U.S. trade measures (data/us_trade_measures.csv)");
        table.AddColumn("date").AddColumn("measure").AddColumn("on").AddColumn("rate / status").AddColumn("source");
        foreach (var m in measures)
        {
            table.AddRow(Markup.Escape(m.Date + (m.EffectiveDate is { } e ? " (effective " + e + ")" : "")), Markup.Escape(m.MeasureType + ": " + m.Summary),
                Markup.Escape(string.Join(", ", m.Targets) + (m.Commodities.Count > 0 ? "; " + string.Join(", ", m.Commodities) : "")),
                Markup.Escape((m.RateText ?? "") + " — " + m.Status + (m.StatusAsOf is { } a ? " as of " + a : "")),
                Markup.Escape($"{m.Source.Title}, {m.Source.Url}, {m.Source.Published ?? "date unknown"}"));
        }
        return table;
    }
}

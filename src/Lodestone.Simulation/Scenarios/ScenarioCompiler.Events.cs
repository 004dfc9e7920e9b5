using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Scenarios;

public sealed partial class ScenarioCompiler
{
    /// <summary>Attaches the scenario's events that cover this market's commodity (or an element of it) at its stage.</summary>
    /// <remarks>Month granularity: a month is in force from the month of <c>from</c> to the month of <c>to</c>, and suspended when any day of it lies in a suspension window.</remarks>
    private void AddEvents(MarketBuilder market, MarketSpec spec, string field)
    {
        for (var e = 0; e < _scenario.Events.Count; e++)
        {
            var ev = _scenario.Events[e];
            var eventField = $"events[{e}]";
            foreach (var control in ev.Controls)
            {
                if (_data.ExportControls.All(c => c.Id != control))
                {
                    throw Error(ev.Line, eventField + ".controls", $"unknown export control '{control}' (see data/export_controls.csv)");
                }
            }
            var covers = ev.Commodities.Any(c =>
            {
                var found = _data.Commodities.Find(c) ?? throw Error(ev.Line, eventField + ".commodities", $"unknown commodity '{c}'");
                return found.Name == market.Commodity || found.MemberOf == market.Commodity;
            });
            if (!covers || ev.Stage != market.Stage)
            {
                continue;
            }
            var active = new bool[_horizon];
            var from = ev.From.Year * 12 + ev.From.Month!.Value;
            var to = ev.To is { } t ? t.Year * 12 + t.Month!.Value : int.MaxValue;
            var start = _start.Year * 12 + _start.Month;
            for (var m = 0; m < _horizon; m++)
            {
                var month = start + m;
                var suspended = ev.Suspensions.Any(s => month >= s.From.Year * 12 + s.From.Month!.Value && month <= s.To.Year * 12 + s.To.Month!.Value);
                active[m] = month >= from && month <= to && !suspended;
            }
            var prefix = market.Key + "." + ev.Id;
            var worldShare = ev.Country == _scenario.Concern
                ? market.Parameters.ConcernWorldShare
                : Add(WorldShareFromData(market.Commodity, market.Stage, spec.WorldStage ?? market.Stage, ev.Country, prefix + ".world_share")
                      ?? Parameter.Derived(prefix + ".world_share", 0, $"no world share of {ev.Country} in the dataset: rest-of-world competition for spare capacity not modelled for this event"));
            market.Events.Add(new EventModel(
                ev.Id,
                ev.Country.Code,
                market.OriginIndex(ev.Country.Code),
                ev.Targets.Count == 0 || ev.Targets.Contains(_scenario.Importer),
                ev.Targets.Count == 0,
                active,
                Add(prefix + ".severity", ev.Severity, eventField + ".severity"),
                Add(prefix + ".approval_rate", ev.ApprovalRate, eventField + ".approval_rate"),
                worldShare));
        }
    }
}

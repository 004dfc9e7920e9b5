using System.Globalization;
using Lodestone.Queries.Claims;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The tracked claims, each tested by Monte Carlo: per commodity the probabilities, a verdict in words, the horizon and the source.</summary>
/// <remarks>
/// Renders the answer of <see cref="ClaimsQuestion"/> (the same as <c>/api/claims</c> and <c>claims evaluate</c> with the same
/// runs); verdicts follow the one rule of <see cref="ClaimVerdicts"/>. Probabilities are computed, so they link to the
/// assumptions they rest on.
/// </remarks>
internal static class ClaimsPage
{
    public const double Likely = ClaimVerdicts.Likely;

    public static async Task<IResult> Render(DatasetHolder data, ClaimsCache cache, ScenarioLibrary library, int? runs)
    {
        var dataset = data.Current;
        var request = ClaimsQuestion.Request(library, dataset, null, runs, null, sensitivity: true);
        var answer = await cache.GetOrEvaluate(dataset, request);
        var (n, evaluations) = (answer.Runs, answer.Claims);
        var h = new Html();
        h.Element("p", $"Public claims about supply dependence (data/claims.csv), each read as testable predicates and simulated with {n:N0} runs per model (seed {answer.Seed}) from the data of {answer.Year}. "
            + $"Verdict: likely when P(share < 50 %) ≥ {Likely:0.0} even with untraced origins counted as the supplier’s, unlikely when ≤ {1 - Likely:0.0} "
            + "even with them counted as free of it; cannot tell yet when the traced share is unknown or the supply passes a stage the supplier dominates "
            + "(≥ 80 % of world output) without a traced path around it; otherwise uncertain. “Traced now” is the exposure page’s figure for the same data year; both it and the share at the due date are bounds: "
            + "untraced origins counted as free of the supplier, then as the supplier’s. "
            + "Each probability carries its Monte Carlo standard error √(p(1 − p)/n): the sampling error from the number of runs, not the model’s uncertainty; "
            + "0 or 1 means no run disagreed, not certainty.", ("class", "lead"));
        foreach (var e in evaluations)
        {
            Claim(h, e);
        }
        if (evaluations.Count == 0)
        {
            h.Element("p", "No tracked claims.", ("class", "empty"));
        }
        return Layout.Page("Claims", h);
    }

    private static void Claim(Html h, ClaimEvaluation e)
    {
        var c = e.Claim;
        var anchor = "#claim-" + c.Id + "-assumptions";
        h.Open("section", ("class", "claim card"), ("id", "claim-" + c.Id))
            .Open("h2").Text($"{c.Speaker}, {c.Said}").Close("h2")
            .Open("blockquote").Text("“" + c.Text + "”").Close("blockquote")
            .Raw("<dl class=\"facts\"><dt>Source</dt><dd>").ExternalLink(c.SourceUrl, c.SourceTitle)
            .Text((c.SourcePublisher is null ? "" : ", " + c.SourcePublisher) + (c.Reported is { } rep ? ", reported " + rep : "") + (c.SourceFile is null ? "" : " (stored copy: " + c.SourceFile + ")"))
            .Raw("</dd><dt>Horizon</dt><dd>").Text($"{c.HorizonMonths} months: due {c.Due} (month {e.DueMonth} of the simulation)")
            .Raw("</dd><dt>Scenario</dt><dd>").Link("/simulations?scenario=" + Uri.EscapeDataString(e.Scenario), e.Scenario)
            .Raw("</dd></dl>");
        h.Raw("<ul class=\"summary\">");
        foreach (var group in e.Commodities.GroupBy(v => v.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            h.Element("li", $"{group.Key}: {group.Count()} of {e.Commodities.Count} simulated commodities — "
                + string.Join(", ", group.Select(v => v.Commodity + " " + v.Stage)));
        }
        h.Raw("</ul>");
        h.Raw("<div class=\"scroll\"><table class=\"verdicts\"><thead><tr><th scope=\"col\">Commodity</th><th scope=\"col\">Traced now</th><th scope=\"col\">Share at due, P50 (P5–P95)</th>")
            .Raw("<th scope=\"col\">P(share &lt; 50 %)</th><th scope=\"col\">P(share &lt; 20 %)</th><th scope=\"col\">P(no shortfall under ban)</th><th scope=\"col\">Verdict</th></tr></thead><tbody>");
        foreach (var v in e.Commodities)
        {
            h.Raw("<tr><th scope=\"row\">").MineralLink(v.Commodity).Raw(" <small>").Text(v.Stage).Raw("</small></th><td class=\"n\">")
                .Computed(v.TracedNowLow is not { } lo || v.TracedNowHigh is not { } hi ? "—"
                    : Math.Abs(hi - lo) < 1e-9 ? Html.Percent(lo * 100) : Html.Percent(lo * 100) + "–" + Html.Percent(hi * 100), anchor)
                .Raw("</td><td class=\"n\">")
                .Computed(Range(v.ShareAtDue, v.ShareAtDueIfUntracedIsConcern), anchor).Raw(" <small>(").Text(Html.Percent(v.ShareAtDueP5 * 100) + "–" + Html.Percent(v.ShareAtDueP95 * 100)).Raw(")</small></td>");
            foreach (var (p, se) in new[] { (v.ShareBelowHalf, v.ShareBelowHalfStandardError), (v.ShareBelowFifth, v.ShareBelowFifthStandardError), (v.NoShortfallUnderBan, v.NoShortfallUnderBanStandardError) })
            {
                h.Raw("<td class=\"n\">").Computed(p.ToString("0.000", CultureInfo.InvariantCulture), anchor)
                    .Raw(" <small class=\"se\">± ").Text(se.ToString("0.000", CultureInfo.InvariantCulture)).Raw("</small></td>");
            }
            var verdict = v.Verdict;
            h.Raw("<td>").Element("span", verdict, ("class", "verdict verdict-" + verdict.Replace(' ', '-')));
            if (v.Missing.Count > 0)
            {
                h.Element("small", " " + v.Missing[0]);
            }
            h.Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        if (e.Sensitivity is { } drivers)
        {
            h.Open("details", ("class", "drivers")).Raw("<summary>What drives the share at the due date (tornado)</summary>")
                .Element("p", $"{drivers.ShareAtDue.Method}. {drivers.ShareAtDue.Reference}.", ("class", "note"))
                .Raw("<div class=\"charts\">");
            var i = 0;
            foreach (var market in drivers.ShareAtDue.Markets)
            {
                h.Raw("<figure class=\"tornado\">").Tornado($"tornado-{c.Id}-{i++}", market, "the effective share at the due date")
                    .Open("figcaption").Text($"{market.Commodity} / {market.Stage}").Close("figcaption").Raw("</figure>");
            }
            h.Raw("</div>").Close("details");
        }
        h.Open("details", ("id", anchor[1..])).Raw("<summary>Assumptions</summary><ul class=\"notes\">");
        foreach (var a in e.Assumptions)
        {
            h.Element("li", a);
        }
        h.Raw("</ul></details></section>");
    }

    /// <summary>"low–high" in percent, or one figure when the bounds meet.</summary>
    private static string Range(double low, double high) =>
        Math.Abs(high - low) < 5e-4 ? Html.Percent(low * 100) : Html.Percent(low * 100) + "–" + Html.Percent(high * 100);
}

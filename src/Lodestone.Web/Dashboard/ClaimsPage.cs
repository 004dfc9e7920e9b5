using System.Globalization;
using Lodestone.Simulation.Claims;
using Lodestone.Web.Api;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The tracked claims, each tested by Monte Carlo: per commodity the probabilities, a verdict in words, the horizon and the source.</summary>
/// <remarks>
/// Verdict, on the claim's main reading (the supplier's effective share below 50 % at the due date):
/// <b>likely</b> when P ≥ <see cref="Likely"/>, <b>unlikely</b> when P ≤ 1 − <see cref="Likely"/>, otherwise <b>uncertain</b>.
/// Probabilities are computed, so they link to the assumptions they rest on.
/// </remarks>
internal static class ClaimsPage
{
    public const double Likely = 0.9;

    public static async Task<IResult> Render(DatasetHolder data, ClaimsCache cache, int? runs)
    {
        if (!ClaimsEndpoints.TryRuns(runs, out var n, out var errors))
        {
            return ErrorPage.BadRequest(string.Join(" ", errors.Values.SelectMany(v => v)));
        }
        var evaluations = await cache.GetOrEvaluate(data.Current, n, 1);
        var h = new Html();
        h.Element("p", $"Public claims about supply dependence (data/claims.csv), each read as testable predicates and simulated with {n:N0} runs per model (seed 1). "
            + $"Verdict: likely when P(share < 50 %) ≥ {Likely:0.0}, unlikely when ≤ {1 - Likely:0.0}, otherwise uncertain.", ("class", "lead"));
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

    public static string Verdict(double probability) =>
        probability >= Likely ? "likely" : probability <= 1 - Likely ? "unlikely" : "uncertain";

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
        var holds = e.Commodities.Count(v => Verdict(v.ShareBelowHalf) == "likely");
        h.Element("p", $"Holds (likely) for {holds} of {e.Commodities.Count} simulated commodities.", ("class", "summary"));
        h.Raw("<div class=\"scroll\"><table class=\"verdicts\"><thead><tr><th scope=\"col\">Commodity</th><th scope=\"col\">Share now</th><th scope=\"col\">Share at due (P5–P95)</th>")
            .Raw("<th scope=\"col\">P(share &lt; 50 %)</th><th scope=\"col\">P(share &lt; 20 %)</th><th scope=\"col\">P(no shortfall under ban)</th><th scope=\"col\">Verdict</th></tr></thead><tbody>");
        foreach (var v in e.Commodities)
        {
            h.Raw("<tr><th scope=\"row\">").MineralLink(v.Commodity).Raw(" <small>").Text(v.Stage).Raw("</small></th><td class=\"n\">")
                .Computed(Html.Percent(v.ShareNow * 100), anchor).Raw("</td><td class=\"n\">")
                .Computed(Html.Percent(v.ShareAtDue * 100), anchor).Raw(" <small>(").Text(Html.Percent(v.ShareAtDueP5 * 100) + "–" + Html.Percent(v.ShareAtDueP95 * 100)).Raw(")</small></td>");
            foreach (var p in new[] { v.ShareBelowHalf, v.ShareBelowFifth, v.NoShortfallUnderBan })
            {
                h.Raw("<td class=\"n\">").Computed(p.ToString("0.000", CultureInfo.InvariantCulture), anchor).Raw("</td>");
            }
            var verdict = Verdict(v.ShareBelowHalf);
            h.Raw("<td>").Element("span", verdict, ("class", "verdict verdict-" + verdict)).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>")
            .Open("details", ("id", anchor[1..])).Raw("<summary>Assumptions</summary><ul class=\"notes\">");
        foreach (var a in e.Assumptions)
        {
            h.Element("li", a);
        }
        h.Raw("</ul></details></section>");
    }
}

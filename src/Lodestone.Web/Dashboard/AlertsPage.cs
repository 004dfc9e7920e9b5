using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Watching;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The alerts page: the newest brief figures that accepted changes altered, old → new, the change, and the webhook delivery.</summary>
internal static class AlertsPage
{
    public const int Shown = 100;

    public static IResult Render(AlertAccess alerts)
    {
        if (alerts.Store is not { } store)
        {
            return Page.Render<NoticeView>(new { Title = "Alerts", Notice = AlertAccess.UnavailableReason }, StatusCodes.Status503ServiceUnavailable);
        }
        return Page.Render<AlertsView>(new { Alerts = store.Recent(Shown) });
    }
}

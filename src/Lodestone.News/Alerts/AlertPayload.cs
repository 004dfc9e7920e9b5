using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Alerts;

namespace Lodestone.News.Alerts;

/// <summary>The JSON an alert is posted as: the alert's fields in snake_case, the same names as <c>/api/alerts</c>.</summary>
internal static class AlertPayload
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Of(AlertRecord alert) => JsonSerializer.Serialize(new
    {
        alert.Id,
        Kind = "brief_figure_changed",
        alert.Importer,
        alert.Supplier,
        alert.AsOf,
        alert.Commodity,
        alert.Figure,
        alert.Old,
        alert.New,
        Change = new { Ref = alert.ChangeRef, Summary = alert.ChangeSummary },
        RaisedAt = alert.RaisedAt.ToString("O", CultureInfo.InvariantCulture),
    }, Options);
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestone.Web.Dashboard;

/// <summary>A dashboard page as a result: a Razor component rendered on the server (static SSR).</summary>
internal static class Page
{
    /// <param name="parameters">The component's parameters, by name (an anonymous object).</param>
    /// <param name="status">The response status: 200, or an error page's 4xx/5xx.</param>
    public static RazorComponentResult<TView> Render<TView>(object parameters, int status = StatusCodes.Status200OK)
        where TView : IComponent =>
        new(parameters) { StatusCode = status };
}

using Lodestone.Domain.Errors;
using Lodestone.Web.Dashboard.Components;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>Error pages of the dashboard (the API answers with problem details instead).</summary>
internal static class ErrorPage
{
    public static IResult NotFound(string detail) => Render("Not found", detail, StatusCodes.Status404NotFound);

    public static IResult BadRequest(string detail) => Render("Bad request", detail, StatusCodes.Status400BadRequest);

    public static IResult Forbidden(string detail) => Render("Forbidden", detail, StatusCodes.Status403Forbidden);

    public static IResult Busy(string detail) => Render("Busy", detail, StatusCodes.Status503ServiceUnavailable);

    /// <summary>The page for a catalogued failure: title and status from the error table (<see cref="ErrorCodes"/>).</summary>
    public static IResult Of(LodestoneException e) => Render(e.Code.Title(), e.Message, e.Code.HttpStatus());

    public static IResult Render(string title, string detail, int status) =>
        Page.Render<ErrorView>(new { Title = title, Detail = detail }, status);
}

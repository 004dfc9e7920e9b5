using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lodestone.Web.Dashboard;

/// <summary>Reads a dashboard form within small limits; an oversized or malformed body is a 413 or 400, never a 500.</summary>
/// <remarks>
/// The runner form has three short fields. Oversized or malformed multipart bodies made <c>ReadFormAsync</c> throw, which
/// the exception handler answered with 500. Bodies are capped at <see cref="MaxBytes"/> (the request's own size limit, so
/// Kestrel stops reading there), and the form reader's count and length limits are tightened to match.
/// </remarks>
internal static class FormLimits
{
    /// <summary>Largest form body accepted: 16 KiB.</summary>
    public const long MaxBytes = 16 * 1024;

    private static readonly FormOptions Options = new()
    {
        BufferBody = false,
        ValueCountLimit = 32,
        KeyLengthLimit = 128,
        ValueLengthLimit = 4096,
        MultipartBodyLengthLimit = MaxBytes,
        MultipartHeadersCountLimit = 8,
        MultipartHeadersLengthLimit = 4096,
    };

    /// <summary>The form, or the status (400 or 413) and the reason it was refused.</summary>
    public static async Task<(IFormCollection? Form, int Status, string Reason)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The form is larger than {MaxBytes / 1024} KiB.");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }
        try
        {
            return (await http.Request.ReadFormAsync(Options, http.RequestAborted), StatusCodes.Status200OK, "");
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"The form is larger than {MaxBytes / 1024} KiB."
                : "The form could not be read: " + e.Message);
        }
        catch (InvalidDataException e)
        {
            // Malformed multipart, or a count or length limit of the form reader.
            return (null, StatusCodes.Status400BadRequest, "The form could not be read: " + e.Message);
        }
    }
}

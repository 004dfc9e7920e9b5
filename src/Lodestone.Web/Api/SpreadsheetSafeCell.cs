using System.Globalization;

namespace Lodestone.Web.Api;

/// <summary>Keeps a CSV cell from being run as a formula when the export is opened in a spreadsheet.</summary>
/// <remarks>
/// A cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is read by Excel, LibreOffice and
/// Google Sheets as a formula (OWASP "CSV injection"); text from news or an import could carry one into the open export.
/// Such a cell is written with a leading apostrophe, which spreadsheets show as text. A number (<c>-0.25</c>) is left as it
/// is: it is not executable, and prefixing it would turn figures into text.
/// </remarks>
internal static class SpreadsheetSafeCell
{
    public static string? Of(string? cell)
    {
        if (string.IsNullOrEmpty(cell) || cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return cell;
        }
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? cell : "'" + cell;
    }
}

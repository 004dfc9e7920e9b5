namespace Lodestone.Data.Exchange;

/// <summary>Makes exported CSV text cells inert in a spreadsheet and reverses that on import, losslessly.</summary>
/// <remarks>
/// A spreadsheet executes a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and some read a leading tab or carriage
/// return the same way: OWASP's CSV-injection list). Such a text cell is written with a leading apostrophe, which spreadsheets
/// show as text and do not evaluate. For the rule to be reversible a cell that already begins with an apostrophe gets one more,
/// and an empty text gets a lone apostrophe (an empty cell means missing, NULL). Import removes exactly one leading apostrophe.
/// Numbers, booleans and missing cells are never touched: a number column accepts only a number (a negative one is a number, not a formula).
/// </remarks>
internal static class SpreadsheetSafety
{
    /// <summary>The prefix that marks a text cell as text.</summary>
    public const char Mark = '\'';

    /// <summary>True when a spreadsheet could read <paramref name="text"/> as a formula (or it already starts with <see cref="Mark"/>, or is empty).</summary>
    public static bool NeedsMark(string text) => text.Length == 0 || text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or Mark;

    /// <summary>The cell that holds <paramref name="text"/>.</summary>
    public static string Neutralise(string text) => NeedsMark(text) ? Mark + text : text;

    /// <summary>The text a cell holds: <paramref name="cell"/> without one leading <see cref="Mark"/>.</summary>
    public static string Restore(string cell) => cell.Length > 0 && cell[0] == Mark ? cell[1..] : cell;
}

using SQLitePCL;

namespace Lodestone.Data.Storage;

/// <summary>The text parameters of one prepared statement, each bound again only when a different string is given.</summary>
/// <remarks>
/// <c>sqlite3_reset</c> keeps a statement's bindings. A bulk load binds codes that repeat row after row (the same HS code, country,
/// revision and source for long runs), and each bind is a P/Invoke with a handle reference count and SQLite's connection mutex.
/// The test is by reference: the readers hand one string instance per distinct code, and a different instance of equal text is
/// only bound again (correct either way). SQLite copies bound text (SQLITE_TRANSIENT), so nothing here pins memory.
/// </remarks>
internal sealed class BoundText(Utf8Cache text, sqlite3_stmt statement)
{
    private readonly string?[] _bound = new string?[raw.sqlite3_bind_parameter_count(statement) + 1];

    /// <param name="index">The parameter's position, from 1.</param>
    public void Bind(int index, string value)
    {
        if (ReferenceEquals(_bound[index], value))
        {
            return;
        }
        raw.sqlite3_bind_text(statement, index, text.Get(value));
        _bound[index] = value;
    }
}

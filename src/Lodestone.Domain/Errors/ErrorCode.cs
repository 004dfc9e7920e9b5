namespace Lodestone.Domain.Errors;

/// <summary>The error catalogue: one code feeds CLI exit codes, API problem details and tests (the table is <see cref="ErrorCodes"/>).</summary>
public enum ErrorCode
{
    /// <summary>Command-line arguments or request parameters are wrong (exit 2, HTTP 400).</summary>
    BadArguments = 2,
    /// <summary>An input file or submitted document failed validation (exit 3, HTTP 422).</summary>
    InvalidData = 3,
    /// <summary>A named commodity, country, scenario or record does not exist (exit 4, HTTP 404).</summary>
    NotFound = 4,
    /// <summary>The store could not be opened or migrated (exit 5, HTTP 503).</summary>
    StorageUnavailable = 5,
    /// <summary>A computation lacks the inputs it needs (exit 6, HTTP 422).</summary>
    InsufficientData = 6,
    /// <summary>The request conflicts with the stored state: another writer got there first (a proposal already decided, a record
    /// already held). Repeating it will not help; read the state again (exit 7, HTTP 409).</summary>
    Conflict = 7,
}

/// <summary>The one table from <see cref="ErrorCode"/> to CLI exit code, HTTP status, problem title and the stable slug of the
/// problem-details <c>type</c> URI (<c>urn:lodestone:error:&lt;slug&gt;</c>).</summary>
public static class ErrorCodes
{
    private static readonly Dictionary<ErrorCode, (string Slug, int Http, string Title)> Table = new()
    {
        [ErrorCode.BadArguments] = ("bad-arguments", 400, "Bad request"),
        [ErrorCode.InvalidData] = ("invalid-data", 422, "Invalid data"),
        [ErrorCode.NotFound] = ("not-found", 404, "Not found"),
        [ErrorCode.StorageUnavailable] = ("storage-unavailable", 503, "Storage unavailable"),
        [ErrorCode.InsufficientData] = ("insufficient-data", 422, "Insufficient data"),
        [ErrorCode.Conflict] = ("conflict", 409, "Conflict"),
    };

    /// <summary>Every catalogued code.</summary>
    public static IReadOnlyCollection<ErrorCode> All => Table.Keys;

    /// <summary>The stable lower-case name of the code ("invalid-data"): the problem type is <c>urn:lodestone:error:</c> and this
    /// slug; "error" for a code missing from the table.</summary>
    public static string Slug(this ErrorCode code) => Table.TryGetValue(code, out var row) ? row.Slug : "error";

    /// <summary>The process exit code: the enum value (2–7).</summary>
    public static int ExitCode(this ErrorCode code) => (int)code;

    /// <summary>The HTTP status the API answers with.</summary>
    public static int HttpStatus(this ErrorCode code) => Table.TryGetValue(code, out var row) ? row.Http : 500;

    /// <summary>The problem-details title.</summary>
    public static string Title(this ErrorCode code) => Table.TryGetValue(code, out var row) ? row.Title : "Error";
}

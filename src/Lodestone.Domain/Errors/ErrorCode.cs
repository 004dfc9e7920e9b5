namespace Lodestone.Domain.Errors;

/// <summary>The error catalogue: one code feeds CLI exit codes, API problem details and tests.</summary>
public enum ErrorCode
{
    /// <summary>Command-line arguments are wrong (exit 2).</summary>
    BadArguments = 2,
    /// <summary>An input file failed validation (exit 3).</summary>
    InvalidData = 3,
    /// <summary>A named commodity, country, scenario or record does not exist (exit 4).</summary>
    NotFound = 4,
    /// <summary>The store could not be opened or migrated (exit 5).</summary>
    StorageUnavailable = 5,
    /// <summary>A computation lacks the inputs it needs (exit 6).</summary>
    InsufficientData = 6,
}

/// <summary>Stable string forms of <see cref="ErrorCode"/> for JSON and problem-details <c>type</c> URIs.</summary>
public static class ErrorCodes
{
    public static string Slug(this ErrorCode code) => code switch
    {
        ErrorCode.BadArguments => "bad-arguments",
        ErrorCode.InvalidData => "invalid-data",
        ErrorCode.NotFound => "not-found",
        ErrorCode.StorageUnavailable => "storage-unavailable",
        ErrorCode.InsufficientData => "insufficient-data",
        _ => "error",
    };

    public static int ExitCode(this ErrorCode code) => (int)code;
}

namespace Lodestone.Domain.Errors;

/// <summary>The one base of every failure a user can act on: it carries the <see cref="ErrorCode"/> that picks the CLI exit
/// code and the API problem type (<see cref="ErrorCodes"/>), and optionally the request field at fault.</summary>
/// <remarks>Front ends catch this type once (the CLI in <c>LodestoneApp</c>, the web app in its exception handler); anything
/// else reaching them is a programmer error.</remarks>
public class LodestoneException(ErrorCode code, string message, string? field = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What kind of failure this is; maps to the exit code and the HTTP problem.</summary>
    public ErrorCode Code { get; } = code;

    /// <summary>The request field (option or query parameter, snake_case) the failure concerns; null when it is not one field.</summary>
    public string? Field { get; } = field;
}

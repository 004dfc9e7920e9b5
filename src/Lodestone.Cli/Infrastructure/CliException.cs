using Lodestone.Domain.Errors;

namespace Lodestone.Cli.Infrastructure;

/// <summary>A failure a user can act on: printed as one line, mapped to the exit code of its <see cref="ErrorCode"/>.</summary>
internal sealed class CliException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;
}

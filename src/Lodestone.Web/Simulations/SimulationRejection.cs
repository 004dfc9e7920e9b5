using Lodestone.Domain.Errors;

namespace Lodestone.Web.Simulations;

/// <summary>Why a simulation request was refused: the catalogued error, the HTTP status, and the message per field.</summary>
internal sealed record SimulationRejection(ErrorCode Code, int Status, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>All messages in one line, for pages and problem <c>detail</c>.</summary>
    public string Detail => string.Join(" ", Errors.Values.SelectMany(v => v));
}

using Lodestone.Domain.Errors;

namespace Lodestone.Data.Exchange;

/// <summary>The one-issue <see cref="DataValidationException"/> an export reader throws at the first problem.</summary>
internal static class ExportIssue
{
    public static DataValidationException At(string file, int line, string? field, string message) =>
        new([new DataIssue(file, line, field, message)]);
}

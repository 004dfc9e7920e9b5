namespace Lodestone.Domain.Errors;

/// <summary>One problem found in an input file: where it is and what was expected.</summary>
/// <param name="File">File name (as given to the loader).</param>
/// <param name="Line">1-based line number in the file; 0 when the problem concerns the whole file.</param>
/// <param name="Field">Column name, or null for a whole-row problem.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DataIssue(string File, int Line, string? Field, string Message)
{
    /// <summary>The one form every error reports: <c>file:line:field: message</c>, or <c>file:line: message</c> for a whole row.</summary>
    public override string ToString() =>
        Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}:{Field}: {Message}";
}

/// <summary>Thrown when an import finds problems; carries every issue found, none of the data.</summary>
public sealed class DataValidationException(IReadOnlyList<DataIssue> issues)
    : LodestoneException(ErrorCode.InvalidData, issues.Count == 0 ? "invalid data" : issues[0] + (issues.Count > 1 ? $" (and {issues.Count - 1} more)" : ""))
{
    /// <summary>Every problem found (the exception's message quotes the first and counts the rest).</summary>
    public IReadOnlyList<DataIssue> Issues { get; } = issues;
}

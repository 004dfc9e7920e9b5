using Lodestone.Domain.Errors;

namespace Lodestone.Data.Loading;

/// <summary>Collects every problem of a load so the user sees them all at once.</summary>
public sealed class IssueLog
{
    private readonly List<DataIssue> _issues = [];

    public IReadOnlyList<DataIssue> Issues => _issues;

    public bool HasErrors => _issues.Count > 0;

    public void Add(string file, int line, string? field, string message) => _issues.Add(new DataIssue(file, line, field, message));

    public int CountFor(string file) => _issues.Count(i => i.File == file);

    /// <summary>Throws a <see cref="DataValidationException"/> carrying every issue, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new DataValidationException(_issues.ToList());
        }
    }
}

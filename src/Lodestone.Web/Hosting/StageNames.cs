using Lodestone.Domain.Model;

namespace Lodestone.Web.Hosting;

/// <summary>Strict stage names for the API: only the four canonical names, case-insensitive.</summary>
/// <remarks><see cref="Stages.TryParse"/> also accepts free-text labels from source files ("separation/refining"); a URL should not.</remarks>
internal static class StageNames
{
    public const string Expected = "mining, refining, components or recycling";

    public static bool TryParse(string? text, out Stage stage)
    {
        stage = default;
        var t = text?.Trim().ToLowerInvariant();
        foreach (var s in Stages.All)
        {
            if (s.Name() == t)
            {
                stage = s;
                return true;
            }
        }
        return false;
    }
}

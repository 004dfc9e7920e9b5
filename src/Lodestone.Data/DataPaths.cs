namespace Lodestone.Data;

/// <summary>Where the embedded default dataset and the default database live.</summary>
public static class DataPaths
{
    /// <summary>The shipped <c>data/</c> folder, copied beside the binaries at build time (LODESTONE_DATA_DIR overrides).</summary>
    public static string DefaultDataDirectory =>
        Environment.GetEnvironmentVariable("LODESTONE_DATA_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The embedded SQLite file under the user's data directory (~/.local/share/lodestone/lodestone.db).</summary>
    public static string DefaultDatabasePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }
            return Path.Combine(root, "lodestone", "lodestone.db");
        }
    }
}

using System.Globalization;
using System.Security.Cryptography;
using Lodestone.Data.Loading;

namespace Lodestone.Data;

/// <summary>A hash of a dataset directory's files and of the rules that load them, to tell whether a seeded store still
/// matches what the shipped data loads to.</summary>
internal static class DataFingerprint
{
    /// <summary>The version of what <see cref="DatasetLoader.LoadDirectory"/> derives from the same files: bump it whenever the
    /// loader keeps, drops or derives facts differently (2: the USGS release's NIR facts are seeded; 3: trade measures are
    /// stored facts), so stores seeded by an older build are re-seeded rather than silently showing the old facts.</summary>
    public const int LoaderVersion = 3;

    /// <summary>SHA-256 over <see cref="LoaderVersion"/> and the names and bytes of the fact files, <c>reference/*.csv</c> and the
    /// USGS release under <c>usgs/</c>, in name order; 16 hex digits.</summary>
    public static string Of(string dataDirectory)
    {
        string[] Csv(string folder) =>
            Directory.Exists(Path.Combine(dataDirectory, folder))
                ? Directory.GetFiles(Path.Combine(dataDirectory, folder), "*.csv", SearchOption.AllDirectories)
                : [];
        var files = FactFiles.Columns.Keys.Select(name => Path.Combine(dataDirectory, name))
            .Concat(Csv(ReferenceLoader.Folder))
            .Concat(Csv(DatasetLoader.UsgsFolder))
            .Where(File.Exists)
            .Select(f => (Name: Path.GetRelativePath(dataDirectory, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes("loader " + LoaderVersion.ToString(CultureInfo.InvariantCulture) + "\n"));
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Name + "\n"));
            hash.AppendData(File.ReadAllBytes(file.Path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

using System.Security.Cryptography;
using Lodestone.Data.Loading;

namespace Lodestone.Data;

/// <summary>A hash of a dataset directory's files, to tell whether a seeded store still matches the shipped data.</summary>
public static class DataFingerprint
{
    /// <summary>SHA-256 over the names and bytes of the fact files and <c>reference/*.csv</c>, in name order; 16 hex digits.</summary>
    public static string Of(string dataDirectory)
    {
        var files = FactFiles.Columns.Keys.Select(name => Path.Combine(dataDirectory, name))
            .Concat(Directory.Exists(Path.Combine(dataDirectory, ReferenceLoader.Folder))
                ? Directory.GetFiles(Path.Combine(dataDirectory, ReferenceLoader.Folder), "*.csv")
                : [])
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(dataDirectory, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

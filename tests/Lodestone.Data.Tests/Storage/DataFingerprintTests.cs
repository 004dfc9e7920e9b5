using Lodestone.Testing;

namespace Lodestone.Data.Tests.Storage;

public class DataFingerprintTests
{
    [Theory]
    // The USGS release is loaded into the seed, so an edit there must re-seed a store like an edit of a curated file.
    [InlineData("usgs/salient/mcs2025-alumi_salient.csv")]
    [InlineData("usgs/MCS2025_World_Data.csv")]
    [InlineData("reference/countries.csv")]
    [InlineData("agreements.csv")]
    public void Of_OneLoadedFileChanges_FingerprintChanges(string file)
    {
        // Given a data folder holding one file of each kind
        using var temp = new TempDirectory();
        foreach (var f in new[] { "usgs/salient/mcs2025-alumi_salient.csv", "usgs/MCS2025_World_Data.csv", "reference/countries.csv", "agreements.csv" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(temp.Path, f))!);
            File.WriteAllText(Path.Combine(temp.Path, f), "a,b\n1,2\n");
        }
        var before = DataFingerprint.Of(temp.Path);

        // When one of them changes by one byte
        File.WriteAllText(Path.Combine(temp.Path, file), "a,b\n1,3\n");

        // Then
        Assert.NotEqual(before, DataFingerprint.Of(temp.Path));
    }

    [Fact]
    public void Of_SameFilesTwice_SameFingerprint()
    {
        Assert.Equal(DataFingerprint.Of(DataPaths.DefaultDataDirectory), DataFingerprint.Of(DataPaths.DefaultDataDirectory));
    }
}

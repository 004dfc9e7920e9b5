namespace Lodestone.News.Tests.Evaluation;

/// <summary>Where the labelled corpus (train/, dev/, test/ and the outside set outside/) is copied beside the test binaries.</summary>
public static class Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");
}

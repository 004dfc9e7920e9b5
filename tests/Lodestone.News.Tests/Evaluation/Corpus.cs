namespace Lodestone.News.Tests.Evaluation;

/// <summary>Where the labelled corpus (train/, dev/, test/) is copied beside the test binaries.</summary>
public static class Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");
}

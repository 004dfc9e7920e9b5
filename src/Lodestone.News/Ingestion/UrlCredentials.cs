namespace Lodestone.News.Ingestion;

/// <summary>Removes user names and passwords from article URLs before they are stored or served.</summary>
/// <remarks>
/// <c>https://user:secret@host/a</c> given to <c>news ingest</c> (or written in a page's canonical link or a feed item) was
/// stored as the article's location and URL and shown on the events page and API. The credentials are needed for the
/// fetch only, so everything kept after it holds the URL without them.
/// </remarks>
public static class UrlCredentials
{
    /// <summary><paramref name="location"/> without its user information when it is an absolute URL that has some; else unchanged.</summary>
    public static string Strip(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0 || uri.IsFile)
        {
            return location;
        }
        return new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();
    }

    /// <summary><paramref name="document"/> with its location and URL stripped.</summary>
    public static ArticleDocument Strip(ArticleDocument document) =>
        document with { Location = Strip(document.Location), Url = document.Url is null ? null : Strip(document.Url) };
}

namespace Lodestone.News.Review;

/// <summary>A proposal cannot be accepted as it stands; the message says which field is missing and how to supply it.</summary>
public sealed class ReviewException(string message) : Exception(message);

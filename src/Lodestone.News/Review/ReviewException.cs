using Lodestone.Domain.Errors;

namespace Lodestone.News.Review;

/// <summary>A proposal cannot be accepted or rejected as it stands; the message says why and, for a missing field, how to supply it.</summary>
/// <remarks>The code picks the CLI exit and the API problem: <see cref="ErrorCode.NotFound"/> for no such proposal,
/// <see cref="ErrorCode.Conflict"/> when another reviewer decided it first or the knowledge base already holds the record,
/// <see cref="ErrorCode.BadArguments"/> when the reviewer must name what the article leaves open.</remarks>
public sealed class ReviewException(ErrorCode code, string message) : LodestoneException(code, message)
{
    /// <summary>A field the reviewer must supply (<see cref="ErrorCode.BadArguments"/>).</summary>
    public ReviewException(string message)
        : this(ErrorCode.BadArguments, message)
    {
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Lodestone.Domain.Model;

/// <summary>Where a fact comes from: every figure Lodestone shows carries one.</summary>
/// <param name="Id">Stable identifier, unique in a dataset.</param>
/// <param name="Title">Title or citation as the data file gives it.</param>
/// <param name="Publisher">Publishing organisation, when known.</param>
/// <param name="Url">Address of the publication, when known.</param>
/// <param name="Published">Publication date (partial dates allowed), when known.</param>
/// <param name="ReadVia">Where the stored copy was read, when the data file says.</param>
public sealed record Source(string Id, string Title, string? Publisher, string? Url, PartialDate? Published, string? ReadVia = null)
{
    /// <summary>A deterministic id for a source known only by its citation text and URL.</summary>
    /// <remarks>Same title and URL give the same id in every load, so ids survive export and re-import.</remarks>
    public static string DeriveId(string title, string? url)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim() + "\n" + (url ?? "").Trim()));
        return "src-" + Convert.ToHexStringLower(bytes)[..12];
    }
}

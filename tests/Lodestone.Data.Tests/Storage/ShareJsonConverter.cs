using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Tests.Storage;

/// <summary>Writes a <see cref="Share"/> as its fraction 0–1.</summary>
internal sealed class ShareJsonConverter : JsonConverter<Share>
{
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDouble());

    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

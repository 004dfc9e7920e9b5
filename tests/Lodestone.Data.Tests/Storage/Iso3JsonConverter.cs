using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Tests.Storage;

/// <summary>Writes an <see cref="Iso3"/> as its code ("CHN").</summary>
internal sealed class Iso3JsonConverter : JsonConverter<Iso3>
{
    public override Iso3 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Iso3 value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Tests.Storage;

/// <summary>Writes a <see cref="PartialDate"/> as published: "2025", "2025-10" or "2025-10-09".</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PartialDate.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

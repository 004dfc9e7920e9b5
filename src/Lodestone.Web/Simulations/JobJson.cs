using System.Text.Json;

namespace Lodestone.Web.Simulations;

/// <summary>The JSON a job's request and result are stored in: the API's own style, so a stored result reads back as the document the API serves.</summary>
internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        LodestoneWebApp.Configure(options);
        return options;
    }
}

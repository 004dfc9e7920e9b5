using Lodestone.Testing;
using Lodestone.Web;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>The web app in-process on a free loopback port, over the same default dataset and clock as <see cref="CliRunner"/>.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _app = await LodestoneWebApp.CreateAsync(new LodestoneWebSettings
        {
            Urls = ["http://127.0.0.1:0"],
            LoadDataset = _ => Task.FromResult(DefaultData.Dataset),
            Clock = new FakeTimeProvider(CliRunner.Now),
        });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = _app.BoundAddress() };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Browser;

/// <summary>
/// The API on Kestrel at a free port of 127.0.0.1, for clients that need a real socket (a browser).
/// Derive and override <see cref="WebApplicationFactory{TEntryPoint}.ConfigureWebHost"/> (calling the
/// base) to give the API test configuration, e.g. a database path.
/// </summary>
public class LoopbackApiFactory : WebApplicationFactory<Program>
{
    private Uri? _baseAddress;

    /// <summary>Configures Kestrel on 127.0.0.1 with a port the OS chooses.</summary>
    public LoopbackApiFactory()
    {
        // "localhost:0" is refused by Kestrel (two sockets could get two ports); one loopback address is exact.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the running server answers, e.g. <c>http://127.0.0.1:41234/</c>; starts it on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            if (_baseAddress is null)
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
                var address = addresses.Addresses.Single();
                _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            }

            return _baseAddress;
        }
    }
}

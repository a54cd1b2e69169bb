using RelationsGraph.Api.Tests;
using RelationsGraph.Api.Tests.Browser;
using Xunit;

[assembly: AssemblyFixture(typeof(ApiServer))]
[assembly: AssemblyFixture(typeof(BrowserSession))]

using System.Net;
using Compare.Crawling.Http;

namespace Compare.Crawling.Tests.Http;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Allows_PublicOnly_RefusesPrivateLoopbackAndLinkLocal(string address) =>
        Assert.False(AddressPolicy.PublicOnly.Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.215.14")]
    public void Allows_PublicOnly_AcceptsPublicAddresses(string address) =>
        Assert.True(AddressPolicy.PublicOnly.Allows(IPAddress.Parse(address)));

    [Fact]
    public void Parse_AllowedAddressAndNetwork_OpenOnlyThose()
    {
        var policy = AddressPolicy.Parse(["127.0.0.1", "10.20.0.0/16"]);

        Assert.True(policy.Allows(IPAddress.Parse("127.0.0.1")));
        Assert.True(policy.Allows(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.True(policy.Allows(IPAddress.Parse("10.20.5.5")));
        Assert.False(policy.Allows(IPAddress.Parse("127.0.0.2")));
        Assert.False(policy.Allows(IPAddress.Parse("10.21.0.1")));
        Assert.False(policy.Allows(IPAddress.Parse("169.254.169.254")));
    }

    [Fact]
    public void Parse_BadEntry_NamesIt()
    {
        var ex = Assert.Throws<FormatException>(() => AddressPolicy.Parse(["localhost"]));

        Assert.Contains("'localhost'", ex.Message, StringComparison.Ordinal);
    }
}

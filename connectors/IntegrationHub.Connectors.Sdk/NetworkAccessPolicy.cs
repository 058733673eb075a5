using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>
/// Decides which hosts and addresses a connection may reach (the SSRF guard's rules).
/// </summary>
/// <remarks>
/// <para>Allow-list entries are of two kinds:</para>
/// <list type="bullet">
/// <item><description>Host names (<c>api.example.com</c>, <c>*.example.com</c>): when any is listed, only those hosts may be called.</description></item>
/// <item><description>IP addresses and CIDR ranges (<c>10.1.2.3</c>, <c>10.0.0.0/8</c>, <c>127.0.0.1</c>): addresses that are otherwise blocked
/// (loopback, private, link-local, cloud metadata, reserved) and may be called; a listed IP literal is also an allowed host.</description></item>
/// </list>
/// <para>Without entries any host with a public address may be called.</para>
/// </remarks>
public sealed class NetworkAccessPolicy
{
    private static readonly (IPNetwork Network, string Reason)[] BlockedRanges =
    [
        (IPNetwork.Parse("169.254.169.254/32"), "it is the cloud metadata address"),
        (IPNetwork.Parse("127.0.0.0/8"), "it is a loopback address"),
        (IPNetwork.Parse("::1/128"), "it is a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "it is a link-local address"),
        (IPNetwork.Parse("fe80::/10"), "it is a link-local address"),
        (IPNetwork.Parse("10.0.0.0/8"), "it is a private address"),
        (IPNetwork.Parse("172.16.0.0/12"), "it is a private address"),
        (IPNetwork.Parse("192.168.0.0/16"), "it is a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "it is a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("fc00::/7"), "it is a private (unique local) address"),
        (IPNetwork.Parse("0.0.0.0/8"), "it is an unspecified address"),
        (IPNetwork.Parse("::/128"), "it is an unspecified address"),
        (IPNetwork.Parse("192.0.0.0/24"), "it is a reserved address"),
        (IPNetwork.Parse("198.18.0.0/15"), "it is a reserved address"),
        (IPNetwork.Parse("240.0.0.0/4"), "it is a reserved address"),
        (IPNetwork.Parse("224.0.0.0/4"), "it is a multicast address"),
        (IPNetwork.Parse("ff00::/8"), "it is a multicast address"),
        (IPNetwork.Parse("64:ff9b::/96"), "it is a NAT64 address that can reach internal IPv4 addresses"),
    ];

    private readonly string[] _hosts;
    private readonly string[] _wildcardSuffixes;
    private readonly IPNetwork[] _networks;

    private NetworkAccessPolicy(IReadOnlyList<string> entries, string[] hosts, string[] wildcardSuffixes, IPNetwork[] networks)
    {
        AllowList = entries;
        _hosts = hosts;
        _wildcardSuffixes = wildcardSuffixes;
        _networks = networks;
    }

    /// <summary>Gets the policy without allow-list entries: public addresses only.</summary>
    public static NetworkAccessPolicy Default { get; } = new([], [], [], []);

    /// <summary>Gets the normalized allow-list entries.</summary>
    public IReadOnlyList<string> AllowList { get; }

    /// <summary>Creates a policy from allow-list entries.</summary>
    /// <param name="allowList">Host names, <c>*.</c> wildcards, IP addresses or CIDR ranges.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">An entry is not a host name, wildcard, IP address or CIDR range; the message names it.</exception>
    public static NetworkAccessPolicy Create(IEnumerable<string>? allowList)
    {
        var entries = new List<string>();
        var hosts = new List<string>();
        var wildcards = new List<string>();
        var networks = new List<IPNetwork>();
        foreach (var raw in allowList ?? [])
        {
            var entry = raw?.Trim().ToLowerInvariant() ?? string.Empty;
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                if (!IPNetwork.TryParse(entry, out var network))
                {
                    throw new ArgumentException($"Allow-list entry '{raw}' is not a valid CIDR range (for example 10.0.0.0/8).", nameof(allowList));
                }

                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry.Trim('[', ']'), out var address))
            {
                address = Normalize(address);
                networks.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            }
            else if (entry.StartsWith("*.", StringComparison.Ordinal) && Uri.CheckHostName(entry[2..]) == UriHostNameType.Dns)
            {
                wildcards.Add(entry[1..]);
            }
            else if (entry.Length > 0 && Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                hosts.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new ArgumentException($"Allow-list entry '{raw}' is not a host name, '*.domain' wildcard, IP address or CIDR range.", nameof(allowList));
            }

            entries.Add(entry);
        }

        return entries.Count == 0 ? Default : new NetworkAccessPolicy(entries, [.. hosts], [.. wildcards], [.. networks]);
    }

    /// <summary>Checks a host name before it is resolved.</summary>
    /// <param name="host">The host of the request URI.</param>
    /// <returns><see langword="null"/> when the host may be called; otherwise the reason it may not.</returns>
    public string? CheckHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (_hosts.Length == 0 && _wildcardSuffixes.Length == 0)
        {
            return null;
        }

        var normalized = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        if (_hosts.Contains(normalized, StringComparer.Ordinal)
            || _wildcardSuffixes.Any(suffix => normalized.EndsWith(suffix, StringComparison.Ordinal))
            || (IPAddress.TryParse(normalized, out var literal) && InAllowedNetwork(Normalize(literal))))
        {
            return null;
        }

        return $"host '{host}' is not in the connection's allow-list";
    }

    /// <summary>Checks a resolved address of a host.</summary>
    /// <param name="host">The host the address was resolved from.</param>
    /// <param name="address">The address about to be connected to.</param>
    /// <returns><see langword="null"/> when the address may be connected to; otherwise the reason it may not.</returns>
    public string? CheckAddress(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        if (CheckHost(host) is { } hostReason)
        {
            return hostReason;
        }

        var normalized = Normalize(address);
        if (InAllowedNetwork(normalized))
        {
            return null;
        }

        foreach (var (network, reason) in BlockedRanges)
        {
            if (network.BaseAddress.AddressFamily == normalized.AddressFamily && network.Contains(normalized))
            {
                return $"address {normalized} of host '{host}' is blocked because {reason}; add it to the connection's allow-list to permit it";
            }
        }

        return null;
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private bool InAllowedNetwork(IPAddress address) =>
        _networks.Any(network => network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address));
}

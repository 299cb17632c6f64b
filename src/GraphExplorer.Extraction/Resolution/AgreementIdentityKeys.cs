using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// The identity keys of agreements (<see cref="AgreementIdentity.KeysOf"/>), for the store to index: the resolver
/// (<see cref="KnownEntityResolver"/>) matches an agreement only with a known one of the same parties or a shared proper
/// name, so the known agreements sharing no key with an article's agreements need not be read.
/// </summary>
public sealed class AgreementIdentityKeys : IEntityIdentityKeys
{
    /// <summary>Changed whenever <see cref="AgreementIdentity.KeysOf"/> reads names differently, so stores make their keys again.</summary>
    public string Version => "agreement-identity-1";

    /// <inheritdoc />
    public bool HasKeys(string label) => label == NodeLabels.Agreement;

    /// <inheritdoc />
    public IEnumerable<string> KeysOf(string label, string name) => HasKeys(label) ? AgreementIdentity.KeysOf(name) : [];
}

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
    /// <summary>
    /// The build of the extraction library: the keys are read with its code and its gazetteers (embedded), and a
    /// deterministic build changes its module version id exactly when either changes, so a store makes its keys again
    /// after every change that could read a name differently, without anyone remembering to bump a number.
    /// </summary>
    public string Version { get; } = "agreement-identity:" + typeof(AgreementIdentity).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <inheritdoc />
    public bool HasKeys(string label) => label == NodeLabels.Agreement;

    /// <inheritdoc />
    public IEnumerable<string> KeysOf(string label, string name) => HasKeys(label) ? AgreementIdentity.KeysOf(name) : [];
}

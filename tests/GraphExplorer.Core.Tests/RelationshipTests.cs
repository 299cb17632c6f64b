using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests;

public sealed class RelationshipTests
{
    [Fact]
    public void Symmetric_types_have_one_key_for_both_directions()
    {
        Assert.Equal(Relationship.KeyOf("MET_WITH", "b", "a"), Relationship.KeyOf("MET_WITH", "a", "b"));
        Assert.NotEqual(Relationship.KeyOf("ACCUSED", "b", "a"), Relationship.KeyOf("ACCUSED", "a", "b"));
        Assert.Equal(("a", "b"), (new Relationship("FOUGHT", "b", "a", []).Canonical().SourceId, new Relationship("FOUGHT", "b", "a", []).Canonical().TargetId));
    }

    [Fact]
    public void Edge_types_check_the_labels_they_join()
    {
        Assert.True(EdgeTypes.Signed.Allows(NodeLabels.Person, NodeLabels.Agreement));
        Assert.False(EdgeTypes.Signed.Allows(NodeLabels.Agreement, NodeLabels.Person));
        Assert.True(EdgeTypes.Visited.Allows(NodeLabels.Organization, NodeLabels.Country));
        Assert.False(EdgeTypes.HoldsRole.Allows(NodeLabels.Country, NodeLabels.Organization));
        Assert.Equal(11, EdgeTypes.All.Count);
        Assert.Throws<ArgumentException>(() => EdgeTypes.Get("LOVES"));
    }
}

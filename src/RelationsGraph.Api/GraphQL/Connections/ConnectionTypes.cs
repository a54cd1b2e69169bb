using GraphQL.Types;
using RelationsGraph.Api.GraphQL.Types;
using RelationsGraph.Partnerships;
using RelationsGraph.Search;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Connections;

/// <summary>A Relay connection: the total, the page's position, its edges and, as a shortcut, its nodes.</summary>
internal abstract class ConnectionType<TNodeType, TEdgeType, TNode> : ObjectGraphType<Page<TNode>>, IConnectionGraphType
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string nodeName, string plural)
    {
        Name = nodeName + "Connection";
        Description = $"A page of {plural}. totalCount is the length of the whole list; pageInfo says whether more lies before or after the page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {plural} the whole list has, across every page.").ResolveSource(source => source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").ResolveSource(source => source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").ResolveSource(source => source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The page's items, without cursors.").ResolveSource(source => source.Nodes);
    }
}

/// <summary>Marks a connection type: the complexity estimate counts it as the list it pages.</summary>
internal interface IConnectionGraphType;

/// <summary>An edge: the node and its cursor.</summary>
internal abstract class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    protected EdgeType(string nodeName)
    {
        Name = nodeName + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' (or 'before') to continue from this item.").ResolveSource(source => source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").ResolveSource(source => source.Node);
    }
}

internal sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when items follow this page: the list was cut by 'first' (or 'before').").ResolveSource(source => source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items come before this page.").ResolveSource(source => source.HasPreviousPage);
        Field<StringGraphType>("startCursor").ResolveSource(source => source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Pass as 'after' for the next page.").ResolveSource(source => source.EndCursor);
    }
}

/// <summary>What <see cref="PageInfoType"/> reads, whatever the page's item type.</summary>
internal interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}

internal sealed class InstrumentEdgeType : EdgeType<InstrumentType, InstrumentNode>
{
    public InstrumentEdgeType()
        : base("Instrument")
    {
        Field<InForceStatusType>("inForce")
            .Description("With activeOn: IN_FORCE, or DISPUTED when the instrument was in force that day by one source's date and not by another's (see the instrument's disputedInForce and conflicts).")
            .ResolveSource(source => source.Page.OnDate is { } date ? (InForceStatus?)source.Node.InForceOn(date) : null);
    }
}

internal sealed class InstrumentConnectionType() : ConnectionType<InstrumentType, InstrumentEdgeType, InstrumentNode>("Instrument", "instruments");

internal sealed class PartnershipEdgeType() : EdgeType<PartnershipType, Partnership>("Partnership");

internal sealed class PartnershipConnectionType() : ConnectionType<PartnershipType, PartnershipEdgeType, Partnership>("Partnership", "partnerships");

internal sealed class ProvinceEdgeType() : EdgeType<ProvinceType, UnitNode>("Province");

internal sealed class ProvinceConnectionType() : ConnectionType<ProvinceType, ProvinceEdgeType, UnitNode>("Province", "provinces");

internal sealed class CommitmentEdgeType() : EdgeType<CommitmentType, CommitmentNode>("Commitment");

internal sealed class CommitmentConnectionType() : ConnectionType<CommitmentType, CommitmentEdgeType, CommitmentNode>("Commitment", "commitments");

internal sealed class DocumentEdgeType() : EdgeType<DocumentType, DocumentNode>("Document");

internal sealed class DocumentConnectionType() : ConnectionType<DocumentType, DocumentEdgeType, DocumentNode>("Document", "documents");

internal sealed class SessionEdgeType() : EdgeType<SessionType, SessionNode>("Session");

internal sealed class SessionConnectionType() : ConnectionType<SessionType, SessionEdgeType, SessionNode>("Session", "sessions");

internal sealed class SearchHitEdgeType() : EdgeType<SearchHitType, SearchHit>("SearchHit");

internal sealed class SearchHitConnectionType() : ConnectionType<SearchHitType, SearchHitEdgeType, SearchHit>("SearchHit", "search hits");

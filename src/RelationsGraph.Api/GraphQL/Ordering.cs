using RelationsGraph.Api.GraphQL.Types;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>The orders of the connections' orderBy arguments; ties are always broken by id, so pages are stable.</summary>
internal static class Ordering
{
    public static InstrumentOrder Instruments(OrderBy<InstrumentOrderField>? order) => order?.Field switch
    {
        null => InstrumentOrder.Default,
        InstrumentOrderField.SignedOn => InstrumentOrder.SignedOn,
        InstrumentOrderField.Title => InstrumentOrder.Title,
        InstrumentOrderField.Confidence => InstrumentOrder.Confidence,
        InstrumentOrderField.Relevance => InstrumentOrder.Relevance,
        _ => InstrumentOrder.InForceFrom,
    };

    public static IReadOnlyList<Partnership> Partnerships(IReadOnlyList<Partnership> partnerships, OrderBy<PartnershipOrderField>? order)
    {
        if (order is null)
        {
            return partnerships;
        }

        Comparison<Partnership> compare = order.Field switch
        {
            PartnershipOrderField.Partner => (a, b) => Then(string.CompareOrdinal(a.Partner.Name, b.Partner.Name), a, b),
            PartnershipOrderField.Instruments => (a, b) => Then(a.Instruments.Count.CompareTo(b.Instruments.Count), a, b),
            PartnershipOrderField.Confidence => (a, b) => Then(a.Confidence.CompareTo(b.Confidence), a, b),
            _ => (a, b) => Then(0, a, b),
        };
        return Sorted(partnerships, compare, order.Descending);

        static int Then(int compared, Partnership a, Partnership b) =>
            compared != 0 ? compared
            : string.CompareOrdinal(a.Subject.Name, b.Subject.Name) is var subject && subject != 0 ? subject
            : string.CompareOrdinal(a.Subject.Id, b.Subject.Id) is var subjectId && subjectId != 0 ? subjectId
            : string.CompareOrdinal(a.Partner.Name, b.Partner.Name) is var partner && partner != 0 ? partner
            : string.CompareOrdinal(a.Partner.Id, b.Partner.Id);
    }

    public static IReadOnlyList<SessionNode> Sessions(List<SessionNode> sessions, OrderBy<SessionOrderField>? order)
    {
        Comparison<SessionNode> compare = order?.Field == SessionOrderField.Ordinal
            ? (a, b) => Then(Nullable.Compare(a.Session.Ordinal, b.Session.Ordinal), a, b)
            : (a, b) => Then((a.Session.HeldOn ?? DateOnly.MaxValue).CompareTo(b.Session.HeldOn ?? DateOnly.MaxValue), a, b);
        return Sorted(sessions, compare, order?.Descending ?? false);

        static int Then(int compared, SessionNode a, SessionNode b) => compared != 0 ? compared : string.CompareOrdinal(a.Session.Id, b.Session.Id);
    }

    public static IReadOnlyList<CommitmentNode> Commitments(List<CommitmentNode> commitments, OrderBy<CommitmentOrderField>? order)
    {
        Comparison<CommitmentNode> compare = order?.Field switch
        {
            CommitmentOrderField.Kind => (a, b) => Then(a.Commitment.Kind.CompareTo(b.Commitment.Kind), a, b),
            CommitmentOrderField.Amount => (a, b) => Then((a.Commitment.Amount ?? long.MaxValue).CompareTo(b.Commitment.Amount ?? long.MaxValue), a, b),
            _ => (a, b) => Then(0, a, b),
        };
        return Sorted(commitments, compare, order?.Descending ?? false);

        static int Then(int compared, CommitmentNode a, CommitmentNode b) => compared != 0 ? compared : string.CompareOrdinal(a.Commitment.Id, b.Commitment.Id);
    }

    public static IReadOnlyList<DocumentNode> Documents(IReadOnlyList<DocumentNode> documents, OrderBy<DocumentOrderField>? order)
    {
        if (order is null)
        {
            return documents;
        }

        Comparison<DocumentNode> compare = order.Field switch
        {
            DocumentOrderField.PublishedOn => (a, b) => Then((a.Document.PublishedOn ?? DateOnly.MaxValue).CompareTo(b.Document.PublishedOn ?? DateOnly.MaxValue), a, b),
            DocumentOrderField.Title => (a, b) => Then(string.CompareOrdinal(a.Document.Title, b.Document.Title), a, b),
            _ => (a, b) => Then(0, a, b),
        };
        return Sorted(documents, compare, order.Descending);

        static int Then(int compared, DocumentNode a, DocumentNode b) => compared != 0 ? compared : string.CompareOrdinal(a.Id, b.Id);
    }

    private static List<T> Sorted<T>(IEnumerable<T> items, Comparison<T> compare, bool descending)
    {
        var list = items.ToList();
        list.Sort(descending ? (a, b) => compare(b, a) : compare);
        return list;
    }
}

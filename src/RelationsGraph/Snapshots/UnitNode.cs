using RelationsGraph.Gazetteer;

namespace RelationsGraph.Snapshots;

/// <summary>An administrative unit in the snapshot, linked to its country, parent, successors and the facts it is party to.</summary>
public sealed class UnitNode
{
    internal readonly List<UnitNode> ChildList = [];
    internal readonly List<SuccessionLink> PredecessorList = [];
    internal readonly List<SuccessionLink> SuccessorList = [];
    internal PartyNode[] PartyArray = [];
    internal readonly List<MemberNode> MembershipList = [];
    internal readonly List<string> NameList = [];
    internal Tie[] TieArray = [];
    // Where each partner country's ties start in TieArray; null when the ties are not grouped (see TieBuilder).
    internal TieRun[]? TieRuns;

    internal UnitNode(AdministrativeUnit unit, int index, CountryNode country)
    {
        Unit = unit;
        Index = index;
        Country = country;
    }

    public AdministrativeUnit Unit { get; }

    /// <summary>Position in <see cref="RelationSnapshot.Units"/>, for array-indexed bookkeeping in queries.</summary>
    public int Index { get; }

    public string Id => Unit.Id;

    public string Name => Unit.Name;

    public CountryNode Country { get; }

    public UnitNode? Parent { get; internal set; }

    /// <summary>The first-level unit this unit belongs to: itself, or its parent for a district.</summary>
    public UnitNode FirstLevel => Parent?.FirstLevel ?? this;

    public bool IsFirstLevel => Parent is null;

    public IReadOnlyList<UnitNode> Children => ChildList;

    /// <summary>Every recorded name: the display name, the Vietnamese name, then the variants.</summary>
    public IReadOnlyList<string> Names => NameList;

    public IReadOnlyList<SuccessionLink> Predecessors => PredecessorList;

    public IReadOnlyList<SuccessionLink> Successors => SuccessorList;

    /// <summary>The instruments this unit itself is party to (not those of its districts).</summary>
    public IReadOnlyList<PartyNode> Parties => PartyArray;

    public IReadOnlyList<MemberNode> Memberships => MembershipList;

    /// <summary>For a first-level unit: every fact that ties it to a unit of another country.</summary>
    internal ReadOnlySpan<Tie> Ties => TieArray;

    /// <summary>
    /// The ties whose partner is a unit of <paramref name="country"/> or is held by one (<see cref="HolderOn"/>,
    /// <see cref="LatestHolder"/>); false when the ties are not grouped by country and only <see cref="Ties"/> holds them.
    /// </summary>
    internal bool TryTiesToward(CountryNode country, out ReadOnlySpan<Tie> ties)
    {
        ties = default;
        if (TieRuns is not { } runs)
        {
            return false;
        }

        foreach (var run in runs)
        {
            if (run.Country == country)
            {
                ties = TieArray.AsSpan(run.Start, run.Length);
                break;
            }
        }

        return true;
    }

    public bool IsValidOn(DateOnly date) => Unit.IsValidOn(date);

    /// <summary>The unit that holds this unit's territory on <paramref name="date"/>: itself, or a successor.</summary>
    public UnitNode? HolderOn(DateOnly date)
    {
        if (IsValidOn(date))
        {
            return this;
        }

        foreach (var successor in SuccessorList)
        {
            if (successor.EffectiveOn <= date && successor.Unit.HolderOn(date) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>The unit that holds this unit's territory today, following every succession.</summary>
    public UnitNode LatestHolder => SuccessorList.Count == 0 ? this : SuccessorList[0].Unit.LatestHolder;

    public override string ToString() => $"{Name} ({Id})";
}

/// <summary>One side of a SUCCEEDED_BY link, seen from the other side.</summary>
public sealed record SuccessionLink(UnitNode Unit, DateOnly EffectiveOn, string Basis);

namespace RelationsGraph.Facts;

/// <summary>What an instrument is: the act that records a relation between the parties.</summary>
public enum InstrumentKind
{
    /// <summary>Cooperation agreement (thỏa thuận hợp tác).</summary>
    Agreement,

    /// <summary>Memorandum of understanding (biên bản ghi nhớ, bản ghi nhớ).</summary>
    Mou,

    /// <summary>Minutes of talks or of cooperation (biên bản).</summary>
    Minutes,

    /// <summary>Implementation plan issued by one party (kế hoạch).</summary>
    Plan,

    /// <summary>Joint statement or communiqué (tuyên bố chung, thông cáo chung).</summary>
    JointStatement,

    /// <summary>Coordination or twinning rules signed by both sides (quy chế phối hợp, quy chế kết nghĩa).</summary>
    CoordinationRules,

    /// <summary>Meeting of a joint committee or working group.</summary>
    JointCommittee,

    /// <summary>Visit or working session of a delegation.</summary>
    Visit,

    /// <summary>An order, medal or other award presented by one side to the other.</summary>
    Award,

    /// <summary>Cooperation the source states without naming its instrument.</summary>
    Other,
}

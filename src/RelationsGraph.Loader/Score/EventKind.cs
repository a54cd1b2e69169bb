namespace RelationsGraph.Loader.Score;

/// <summary>The kinds of event the development corpus labels (tests/dev-corpus/README.md), by their snake_case codes.</summary>
public enum EventKind
{
    Agreement,
    Mou,
    Minutes,
    Plan,
    JointStatement,
    CoordinationRules,

    /// <summary>A session of a standing mechanism; the extractor's <c>joint_committee</c>.</summary>
    Session,
    Visit,
    Award,
    Other,
}

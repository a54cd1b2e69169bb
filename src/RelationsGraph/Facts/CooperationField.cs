namespace RelationsGraph.Facts;

/// <summary>A field of cooperation (graph-seed/fields.csv), e.g. agriculture or education.</summary>
public sealed record CooperationField(string Code, string Name, string NameVi);

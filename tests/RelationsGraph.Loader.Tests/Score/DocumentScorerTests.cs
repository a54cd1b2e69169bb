using System.Collections.Frozen;
using RelationsGraph.Extraction;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Loader.Score;
using RelationsGraph.Seed;
using Xunit;

namespace RelationsGraph.Loader.Tests.Score;

/// <summary>The scorer's arithmetic on hand-made labelled and extracted events (docs/extraction-quality.md, "Metrics").</summary>
public sealed class DocumentScorerTests
{
    private static readonly UnitPair BacGiangXaisomboun = new("VN-54", "LA-XS");
    private static readonly UnitPair SonLaXiengKhouang = new("VN-05", "LA-XI");
    private static readonly UnitPair SonLaXaisomboun = new("VN-05", "LA-XS");

    [Fact]
    public void An_extraction_that_states_what_was_labelled_scores_every_metric_full()
    {
        var mou = Event(EventKind.Mou, BacGiangXaisomboun) with
        {
            Date = new DateOnly(2024, 3, 11),
            Period = new YearPeriod(2024, 2028),
            Pledges = [new ScoredPledge(CommitmentKind.Grant, "VN-54", "LA-XS")],
        };

        var score = DocumentScorer.Score([mou], [mou]);

        Assert.Equal(
            ["1/1", "1/1", "1/1", "1/1", "1/1", "1/1", "1/1"],
            score.Ratios.Select(entry => entry.Ratio.ToString()));
        Assert.Equal(0, score.FalseRecords);
        Assert.Empty(score.MissingPairs);
        Assert.Empty(score.ExtraPairs);
    }

    [Fact]
    public void A_document_with_nothing_labelled_and_nothing_extracted_scores_pairs_one_and_nothing_else()
    {
        var score = DocumentScorer.Score([], []);

        Assert.Equal((1.0, 1.0), (score.PairPrecision.Value, score.PairRecall.Value));
        Assert.All([score.Kind, score.SignedOn, score.Period, score.PledgeDirection, score.RecordsPerEvent], ratio => Assert.Null(ratio.Value));
    }

    [Fact]
    public void A_partnership_extracted_where_nothing_is_labelled_costs_precision_and_is_a_false_record()
    {
        var score = DocumentScorer.Score([], [Event(EventKind.Agreement, BacGiangXaisomboun)]);

        Assert.Equal(new Ratio(0, 1, 1), score.PairPrecision);
        Assert.Equal(1.0, score.PairRecall.Value);
        Assert.Equal(1, score.FalseRecords);
        Assert.Null(score.RecordsPerEvent.Value);
        Assert.Equal([BacGiangXaisomboun], score.ExtraPairs);
    }

    [Fact]
    public void A_labelled_partnership_not_extracted_costs_recall_and_leaves_the_attributes_unjudged()
    {
        var score = DocumentScorer.Score([Event(EventKind.Minutes, SonLaXiengKhouang) with { Period = new YearPeriod(2022, 2024) }], []);

        Assert.Equal(1.0, score.PairPrecision.Value);
        Assert.Equal(new Ratio(0, 1, 1), score.PairRecall);
        Assert.Equal(new Ratio(0, 0), score.Kind);
        Assert.Null(score.Period.Value);
        Assert.Equal([SonLaXiengKhouang], score.MissingPairs);
    }

    [Theory]
    [InlineData(EventKind.Visit, false)]
    [InlineData(EventKind.Award, false)]
    [InlineData(EventKind.Plan, false)]
    [InlineData(EventKind.Other, false)]
    [InlineData(EventKind.Mou, true)]
    public void Visits_awards_plans_other_events_and_planned_instruments_make_no_pair(EventKind kind, bool planned)
    {
        var labelled = Event(EventKind.Mou, BacGiangXaisomboun);

        var score = DocumentScorer.Score([labelled], [Event(kind, BacGiangXaisomboun) with { Planned = planned }]);

        Assert.Equal(new Ratio(0, 1, 1), score.PairRecall);
        Assert.Equal(new Ratio(0, 0, 1), score.PairPrecision);
        Assert.Equal(new Ratio(1, 1), score.RecordsPerEvent);
        Assert.Equal(0, score.FalseRecords);
    }

    [Fact]
    public void Every_Vietnamese_party_pairs_with_every_foreign_one_and_domestic_pairs_do_not_count()
    {
        var provinces = new UnitProvinces(Gazetteer());

        var pairs = provinces.PairsOf(["VN-05", "VN-54-LUC-NGAN", "LA-XS", "VN-54"]);

        Assert.Equal([SonLaXaisomboun, BacGiangXaisomboun], UnitPair.Sorted(pairs));
    }

    [Fact]
    public void Extracted_districts_count_as_their_provinces_and_a_joint_committee_as_a_session()
    {
        var provinces = new UnitProvinces(Gazetteer());
        var relation = new ExtractedRelation
        {
            Parties = [Party("VN-54-LUC-NGAN"), Party("LA-XS")],
            Kind = InstrumentKind.JointCommittee,
            Level = PartyLevel.District,
        };
        relation.Commitments.Add(new ExtractedCommitment
        {
            Kind = CommitmentKind.Equipment,
            FromId = "VN-54-LUC-NGAN",
            ToId = "LA-XS",
            Description = "kits",
            Evidence = new ExtractedEvidence("0000000000000000", 0, 1),
        });

        var scored = ScoredEvent.FromExtracted(relation, provinces);

        Assert.Equal(EventKind.Session, scored.Kind);
        Assert.Equal([BacGiangXaisomboun], scored.Pairs);
        Assert.Equal(new ScoredPledge(CommitmentKind.Equipment, "VN-54", "LA-XS"), Assert.Single(scored.Pledges));
    }

    [Fact]
    public void A_multi_party_signing_counts_each_pair_so_recall_can_be_partial()
    {
        var labelled = Event(EventKind.Agreement, BacGiangXaisomboun, SonLaXaisomboun);

        var score = DocumentScorer.Score([labelled], [Event(EventKind.Agreement, SonLaXaisomboun)]);

        Assert.Equal(new Ratio(1, 1, 1), score.PairPrecision);
        Assert.Equal(new Ratio(1, 2, 1), score.PairRecall);
        Assert.Equal(new Ratio(1, 1), score.Kind);
    }

    [Fact]
    public void Each_labelled_event_is_judged_on_the_extracted_record_that_agrees_with_it_most()
    {
        var labelled = Event(EventKind.Mou, BacGiangXaisomboun) with { Date = new DateOnly(2022, 8, 22), Period = new YearPeriod(2022, 2026) };
        var wrongKindAndDate = Event(EventKind.Agreement, BacGiangXaisomboun) with { Period = new YearPeriod(2022, 2026) };
        var rightKindAndPeriod = Event(EventKind.Mou, BacGiangXaisomboun) with { Date = new DateOnly(2022, 8, 20), Period = new YearPeriod(2022, 2026) };

        var score = DocumentScorer.Score([labelled], [wrongKindAndDate, rightKindAndPeriod]);

        Assert.Equal(new Ratio(1, 1), score.Kind);
        Assert.Equal(new Ratio(0, 1), score.SignedOn);
        Assert.Equal(new Ratio(1, 1), score.Period);
        Assert.Equal(new Ratio(2, 1), score.RecordsPerEvent);
    }

    [Fact]
    public void Dates_and_periods_are_judged_only_where_the_label_gives_them()
    {
        var labelled = new[]
        {
            Event(EventKind.Minutes, SonLaXiengKhouang) with { Date = new DateOnly(2022, 8, 16), Period = new YearPeriod(2022, 2024) },
            Event(EventKind.Minutes, SonLaXaisomboun) with { Period = new YearPeriod(2022, 2024) },
        };
        var extracted = new[]
        {
            Event(EventKind.Minutes, SonLaXiengKhouang) with { Date = new DateOnly(2022, 8, 16), Period = new YearPeriod(2022, 2025) },
            Event(EventKind.Agreement, SonLaXaisomboun) with { Date = new DateOnly(2022, 8, 20), Period = new YearPeriod(2022, 2024) },
        };

        var score = DocumentScorer.Score(labelled, extracted);

        Assert.Equal(new Ratio(1, 2), score.Kind);
        Assert.Equal(new Ratio(1, 1), score.SignedOn);
        Assert.Equal(new Ratio(1, 2), score.Period);
    }

    [Fact]
    public void A_pledge_direction_is_right_when_the_matched_record_has_a_pledge_of_that_kind_from_the_giver_to_the_receiver()
    {
        var labelled = Event(EventKind.Minutes, SonLaXiengKhouang) with
        {
            Pledges =
            [
                new ScoredPledge(CommitmentKind.Project, "VN-05", "LA-XI"),
                new ScoredPledge(CommitmentKind.Scholarships, "VN-05", "LA-XI"),
                new ScoredPledge(CommitmentKind.Grant, "VN-05", "LA-XI"),
                new ScoredPledge(CommitmentKind.Training, "VN-05", null),
            ],
        };
        var extracted = Event(EventKind.Minutes, SonLaXiengKhouang) with
        {
            Pledges =
            [
                new ScoredPledge(CommitmentKind.Project, "VN-05", "LA-XI"),
                new ScoredPledge(CommitmentKind.Scholarships, "LA-XI", "VN-05"),
                new ScoredPledge(CommitmentKind.Other, "VN-05", "LA-XI"),
            ],
        };

        var score = DocumentScorer.Score([labelled], [extracted]);

        // Project: right. Scholarships: reversed. Grant: no grant extracted, so any pledge may state it. Training: no receiver.
        Assert.Equal(new Ratio(2, 3), score.PledgeDirection);
    }

    [Fact]
    public void Background_events_count_for_pairs_but_not_as_records_and_unlabelled_events_are_false_records()
    {
        var renewed = Event(EventKind.Mou, BacGiangXaisomboun) with { Background = true, Period = new YearPeriod(2017, 2021) };
        var renewal = Event(EventKind.Mou, BacGiangXaisomboun) with { Period = new YearPeriod(2022, 2026) };
        var extracted = new[]
        {
            renewal,
            renewed,
            Event(EventKind.Visit, BacGiangXaisomboun),
            Event(EventKind.Visit, SonLaXiengKhouang),
            Event(EventKind.Mou, SonLaXaisomboun) with { Background = true },
        };

        var score = DocumentScorer.Score([renewed, renewal], extracted);

        Assert.Equal(new Ratio(1, 1, 1), score.PairRecall);
        Assert.Equal(new Ratio(1, 2, 1), score.PairPrecision);
        Assert.Equal(new Ratio(2, 1), score.RecordsPerEvent);
        Assert.Equal(1, score.FalseRecords);
        Assert.Equal([SonLaXaisomboun], score.ExtraPairs);
    }

    [Fact]
    public void The_summary_averages_each_metric_over_the_documents_it_applies_to_without_pooling()
    {
        var mou = Event(EventKind.Mou, BacGiangXaisomboun);
        var report = new ScoreReport(
            [
                new ScoredDocument("a", "vi", DocumentScorer.Score([mou], [mou, mou, mou])),
                new ScoredDocument("b", "en", DocumentScorer.Score([mou, Event(EventKind.Mou, SonLaXaisomboun), Event(EventKind.Mou, SonLaXiengKhouang)], [mou])),
                new ScoredDocument("c", "vi", DocumentScorer.Score([], [])),
            ],
            []);

        var recall = report.Summary.Single(line => line.Metric == ScoreMetric.PairRecall);
        var records = report.Summary.Single(line => line.Metric == ScoreMetric.RecordsPerEvent);
        var kind = report.Summary.Single(line => line.Metric == ScoreMetric.Kind);

        // Pooled, recall would be 2/4; per document it is 1, 1/3 and 1.
        Assert.Equal((3, 1), (recall.Documents, recall.MissingTarget));
        Assert.Equal(7.0 / 9, recall.Mean!.Value, 9);
        Assert.Equal(1.0 / 3, recall.Worst!.Value, 9);
        Assert.Equal<(int, double?, double?, int?)>((2, 2.0, 3.0, 1), (records.Documents, records.Mean, records.Worst, records.MissingTarget));
        Assert.Equal(2, kind.Documents);
    }

    private static ScoredEvent Event(EventKind kind, params UnitPair[] pairs) => new() { Kind = kind, Pairs = pairs.ToFrozenSet() };

    private static ExtractedParty Party(string unit) => new() { UnitId = unit, Level = PartyLevel.ProvincialGovernment };

    private static GraphSeed Gazetteer() => new()
    {
        Units =
        [
            Unit("VN-05", "VN"), Unit("VN-54", "VN"), Unit("LA-XS", "LA"), Unit("LA-XI", "LA"),
            Unit("VN-54-LUC-NGAN", "VN") with { Type = UnitType.District, ParentId = "VN-54" },
        ],
    };

    private static AdministrativeUnit Unit(string id, string country) => new() { Id = id, CountryCode = country, Type = UnitType.Province, Name = id };
}

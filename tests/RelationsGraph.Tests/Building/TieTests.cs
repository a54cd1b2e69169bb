using RelationsGraph.Facts;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Building;

public sealed class TieTests
{
    [Fact]
    public async Task Every_unit_holds_one_tie_per_fact_and_foreign_partner_grouped_by_the_partners_country()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var snapshot = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        // What each first-level unit should be tied to, from the facts alone: every instrument that is not planned, once
        // per partner of another country, and every pair of a mechanism's memberships across countries; held in runs of
        // one partner country each, the countries in code order, so that a question about one country reads one run.
        var expected = snapshot.Units.ToDictionary(unit => unit, _ => new List<string>());
        foreach (var instrument in snapshot.Instruments.Where(instrument => instrument.Instrument.Status != InstrumentStatus.Planned))
        {
            AddPairs(instrument.Id, instrument.Parties.Select(party => party.Unit.FirstLevel).Distinct().ToList());
        }

        foreach (var mechanism in snapshot.Mechanisms)
        {
            AddPairs(mechanism.Id, mechanism.Members.Select(member => member.Unit.FirstLevel).ToList());
        }

        Assert.Contains(snapshot.Units, unit => unit.Ties.Length > 1);
        Assert.Contains(snapshot.Units, unit => unit.Ties.ToArray().Any(tie => tie.Mechanism is not null));
        foreach (var unit in snapshot.Units)
        {
            var ties = unit.Ties.ToArray();
            Assert.Equal(expected[unit].Order(StringComparer.Ordinal), ties.Select(tie => $"{tie.Instrument?.Id ?? tie.Mechanism!.Id} {tie.Partner.Id}").Order(StringComparer.Ordinal));
            var countries = ties.Select(tie => tie.Partner.Country.Code).ToList();
            Assert.Equal(countries.Order(StringComparer.Ordinal), countries);
            var runs = Assert.IsType<TieRun[]>(unit.TieRuns);
            Assert.Equal(countries.Distinct(), runs.Select(run => run.Country.Code));
            Assert.Equal(ties.Length, runs.Sum(run => run.Length));
            foreach (var run in runs)
            {
                Assert.True(unit.TryTiesToward(run.Country, out var toward));
                Assert.Equal(run.Length, toward.Length);
                Assert.All(toward.ToArray(), tie => Assert.Same(run.Country, tie.Partner.Country));
            }
        }

        void AddPairs(string fact, List<UnitNode> units)
        {
            foreach (var (subject, partner) in units.SelectMany(subject => units.Select(partner => (subject, partner))))
            {
                if (subject.Country != partner.Country)
                {
                    expected[subject].Add($"{fact} {partner.Id}");
                }
            }
        }
    }

    [Fact]
    public async Task Every_tie_of_an_instrument_between_provinces_holds_the_instruments_in_force_ranges()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var snapshot = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        // Ties must be written once the in-force ranges are known (a build that computes them beside the ties has to
        // wait for them): between first-level units, which no district's own dates narrow, a tie holds its
        // instrument's ranges exactly.
        var ties = snapshot.Units
            .SelectMany(unit => unit.Ties.ToArray())
            .Where(tie => tie.Instrument is { } instrument && instrument.Parties.All(party => party.Unit.IsFirstLevel))
            .ToList();
        Assert.Contains(ties, tie => tie.Active is not null);
        Assert.Contains(ties, tie => tie.Instrument!.InForce is { } range && range.To != DateOnly.MaxValue);
        Assert.All(ties, tie =>
        {
            Assert.Equal(tie.Instrument!.InForce, tie.Active);
            Assert.Equal(tie.Instrument.PossiblyInForce, tie.Possible);
        });
    }
}

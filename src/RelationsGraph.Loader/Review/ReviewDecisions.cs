using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Merging;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>Who takes a decision, and when (UTC, to the second, as graph-seed keeps it).</summary>
internal sealed record ReviewStamp(string Reviewer, DateTimeOffset At);

/// <summary>
/// The four decisions a reviewer takes on a fact, as changes of the graph's rows. Accepting marks the fact and its
/// commitments reviewed, with who and when. Correcting does the same with the reviewer's values, and keeps each
/// corrected value as the reviewer's claim (an evidence row with <c>claimed_by</c>) on the span that states the
/// extracted one, which stays beside it. Merging moves the fact's evidence, commitments, people and links to the fact
/// it duplicates and remembers it; rejecting removes it and remembers it (rejections.csv), so that extraction does not
/// propose it again. The caller validates the result before writing it.
/// </summary>
internal static class ReviewDecisions
{
    public static bool IsInstrument(GraphSeed seed, string factId) => seed.Instruments.Any(instrument => instrument.Id == factId);

    public static bool IsSession(GraphSeed seed, string factId) => seed.Sessions.Any(session => session.Id == factId);

    /// <summary>The fact's attributes as the review form shows them.</summary>
    public static FactForm FormOf(GraphSeed seed, string factId)
    {
        if (seed.Instruments.FirstOrDefault(instrument => instrument.Id == factId) is { } instrument)
        {
            return new FactForm
            {
                Instrument = new InstrumentForm
                {
                    Kind = EnumCodes.ToCode(instrument.Kind),
                    Number = instrument.Number,
                    Title = instrument.Title,
                    TitleVi = instrument.TitleVi,
                    SignedOn = SeedFormat.Date(instrument.SignedOn),
                    PeriodStart = instrument.PeriodStart,
                    PeriodEnd = instrument.PeriodEnd,
                    Status = EnumCodes.ToCode(instrument.Status),
                    Fields = [.. instrument.Fields],
                    Background = instrument.Background,
                    Parties = [.. seed.Parties
                        .Where(party => party.InstrumentId == factId)
                        .OrderBy(party => party.UnitId, StringComparer.Ordinal)
                        .Select(party => new PartyForm
                        {
                            UnitId = party.UnitId,
                            Level = EnumCodes.ToCode(party.Level),
                            Role = EnumCodes.ToCode(party.Role),
                            Organisation = party.Organisation,
                            OrganisationVi = party.OrganisationVi,
                        })],
                    People = PeopleOf(seed, factId),
                    Commitments = [.. seed.Commitments
                        .Where(commitment => commitment.InstrumentId == factId)
                        .OrderBy(commitment => commitment.Id, StringComparer.Ordinal)
                        .Select(commitment => new CommitmentForm
                        {
                            Id = commitment.Id,
                            Kind = EnumCodes.ToCode(commitment.Kind),
                            Description = commitment.Description,
                            Amount = commitment.Amount,
                            Unit = commitment.Unit,
                            FromId = commitment.FromId,
                            ToId = commitment.ToId,
                            Years = [.. commitment.Years],
                        })],
                    Links = [.. seed.InstrumentLinks
                        .Where(link => link.FromId == factId)
                        .OrderBy(SeedTables.InstrumentLinks.Key, StringComparer.Ordinal)
                        .Select(link => new LinkForm { Type = EnumCodes.ToCode(link.Type), To = link.ToId })],
                },
            };
        }

        var session = SessionOf(seed, factId);
        return new FactForm
        {
            Session = new SessionForm
            {
                Ordinal = session.Ordinal,
                HeldOn = SeedFormat.Date(session.HeldOn),
                HostId = session.HostId,
                Mode = EnumCodes.ToCode(session.Mode),
                Title = session.Title,
                People = PeopleOf(seed, factId),
            },
        };
    }

    public static GraphSeed Accept(GraphSeed seed, string factId, ReviewStamp stamp) => Correct(seed, factId, FormOf(seed, factId), stamp);

    public static GraphSeed Correct(GraphSeed seed, string factId, FactForm form, ReviewStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(stamp);
        if (IsInstrument(seed, factId))
        {
            return CorrectInstrument(seed, factId, form.Instrument ?? throw new ReviewException($"'{factId}' is an instrument: send its attributes as \"instrument\""), stamp);
        }

        SessionOf(seed, factId);
        return CorrectSession(seed, factId, form.Session ?? throw new ReviewException($"'{factId}' is a session: send its attributes as \"session\""), stamp);
    }

    public static GraphSeed Merge(GraphSeed seed, string factId, string intoId, ReviewStamp stamp, string? note)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        if (factId == intoId)
        {
            throw new ReviewException("a fact cannot be merged into itself");
        }

        var remembered = FactIdentity.Describe(seed, factId, stamp.Reviewer, stamp.At) with { MergedInto = intoId, Note = note };
        GraphSeed merged;
        if (IsInstrument(seed, factId))
        {
            merged = IsInstrument(seed, intoId)
                ? MergeInstrument(seed, factId, intoId, stamp)
                : throw new ReviewException($"'{factId}' is an instrument; '{intoId}' is not an instrument of the graph");
        }
        else
        {
            SessionOf(seed, factId);
            merged = IsSession(seed, intoId)
                ? MergeSession(seed, factId, intoId)
                : throw new ReviewException($"'{factId}' is a session; '{intoId}' is not a session of the graph");
        }

        return Remember(merged, remembered, factId, intoId);
    }

    public static GraphSeed Reject(GraphSeed seed, string factId, ReviewStamp stamp, string? note)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var remembered = FactIdentity.Describe(seed, factId, stamp.Reviewer, stamp.At) with { Note = note };
        var without = IsInstrument(seed, factId) ? RemoveInstrument(seed, factId) : RemoveSession(seed, factId);
        return Remember(without, remembered, factId, mergedInto: null);
    }

    private static GraphSeed CorrectInstrument(GraphSeed seed, string factId, InstrumentForm form, ReviewStamp stamp)
    {
        var errors = new FormErrors(seed);
        var before = seed.Instruments.Single(instrument => instrument.Id == factId);
        var after = before with
        {
            Kind = errors.Code<InstrumentKind>("kind", form.Kind),
            Number = Blank(form.Number),
            Title = Blank(form.Title) ?? errors.Fail<string>("title", "a title is required"),
            TitleVi = Blank(form.TitleVi),
            SignedOn = errors.Date("signedOn", form.SignedOn),
            PeriodStart = errors.Year("periodStart", form.PeriodStart),
            PeriodEnd = errors.Year("periodEnd", form.PeriodEnd),
            Status = errors.Code<InstrumentStatus>("status", form.Status),
            Fields = [.. form.Fields.Select((code, index) => errors.Field($"fields[{index}]", code)).Distinct(StringComparer.Ordinal)],
            Background = form.Background,
            Reviewed = true,
            ReviewedBy = stamp.Reviewer,
            ReviewedAt = stamp.At,
        };
        if (after.PeriodStart > after.PeriodEnd)
        {
            errors.Add("periodEnd", "the period ends before it starts");
        }

        var parties = form.Parties.Select((party, index) => new Party
        {
            InstrumentId = factId,
            UnitId = errors.Unit($"parties[{index}].unitId", party.UnitId)!,
            Level = errors.Code<PartyLevel>($"parties[{index}].level", party.Level),
            Role = errors.Code<PartyRole>($"parties[{index}].role", party.Role),
            Organisation = Blank(party.Organisation),
            OrganisationVi = Blank(party.OrganisationVi),
        }).ToList();
        if (parties.Count == 0)
        {
            errors.Add("parties", "an instrument needs its parties");
        }

        if (parties.GroupBy(party => party.UnitId, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            errors.Add("parties", $"'{twice.Key}' is listed twice");
        }

        var links = form.Links.Select((link, index) => new InstrumentLink(
            factId,
            errors.Code<LinkType>($"links[{index}].type", link.Type),
            errors.Instrument($"links[{index}].to", link.To, factId))).Distinct().ToList();
        var people = errors.People(form.People);
        var commitments = errors.Commitments(form.Commitments, factId);
        errors.ThrowIfAny();

        var claims = new ClaimWriter(seed, stamp);
        claims.Compare(factId, "kind", EnumCodes.ToCode(before.Kind), EnumCodes.ToCode(after.Kind));
        claims.Compare(factId, "number", before.Number, after.Number);
        claims.Compare(factId, "title", before.Title, after.Title);
        claims.Compare(factId, "title_vi", before.TitleVi, after.TitleVi);
        claims.Compare(factId, SeedValidator.SignedOnField, SeedFormat.Date(before.SignedOn), SeedFormat.Date(after.SignedOn));
        claims.Compare(factId, "period_start", SeedFormat.Number(before.PeriodStart), SeedFormat.Number(after.PeriodStart));
        claims.Compare(factId, "period_end", SeedFormat.Number(before.PeriodEnd), SeedFormat.Number(after.PeriodEnd));
        claims.Compare(factId, "status", EnumCodes.ToCode(before.Status), EnumCodes.ToCode(after.Status));
        claims.Compare(factId, "fields", SeedFormat.List([.. before.Fields.Order(StringComparer.Ordinal)]), SeedFormat.List([.. after.Fields.Order(StringComparer.Ordinal)]));
        claims.Compare(factId, "background", SeedFormat.Bool(before.Background), SeedFormat.Bool(after.Background));
        claims.Compare(factId, "parties", Describe(seed.Parties.Where(party => party.InstrumentId == factId)), Describe(parties));
        claims.Compare(factId, "links", Describe(seed.InstrumentLinks.Where(link => link.FromId == factId)), Describe(links));

        var (seedWithPeople, roles) = WithPeople(seed, factId, people);
        claims.Compare(factId, "people", Describe(seed, seed.PersonRoles.Where(role => role.SubjectId == factId)), Describe(seedWithPeople, roles));

        var existing = seed.Commitments.Where(commitment => commitment.InstrumentId == factId).ToDictionary(commitment => commitment.Id, StringComparer.Ordinal);
        var ids = FactIds(seed);
        var kept = new List<Commitment>();
        foreach (var commitment in commitments)
        {
            var id = commitment.Id;
            if (id.Length == 0 || !existing.TryGetValue(id, out var old))
            {
                id = Unique(ids, RelationIds.Slug($"{factId}-{EnumCodes.ToCode(commitment.Kind)}-{commitment.Amount}-{commitment.Unit}"));
                claims.AddNew(id, factId, "description", commitment.Description);
            }
            else
            {
                claims.Compare(id, "kind", EnumCodes.ToCode(old.Kind), EnumCodes.ToCode(commitment.Kind));
                claims.Compare(id, "description", old.Description, commitment.Description);
                claims.Compare(id, "amount", SeedFormat.Number(old.Amount), SeedFormat.Number(commitment.Amount));
                claims.Compare(id, "unit", old.Unit, commitment.Unit);
                claims.Compare(id, "from_id", old.FromId, commitment.FromId);
                claims.Compare(id, "to_id", old.ToId, commitment.ToId);
                claims.Compare(id, "years", SeedFormat.List(old.Years), SeedFormat.List(commitment.Years));
            }

            kept.Add(commitment with { Id = id, InstrumentId = factId, Reviewed = true, ReviewedBy = stamp.Reviewer, ReviewedAt = stamp.At });
        }

        var removed = existing.Keys.Except(kept.Select(commitment => commitment.Id), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        claims.Compare(factId, "commitments", string.Join(';', existing.Keys.Order(StringComparer.Ordinal)), string.Join(';', kept.Select(commitment => commitment.Id).Order(StringComparer.Ordinal)));

        return seedWithPeople with
        {
            Instruments = [.. seed.Instruments.Select(instrument => instrument.Id == factId ? after : instrument)],
            Parties = [.. seed.Parties.Where(party => party.InstrumentId != factId), .. parties],
            InstrumentLinks = [.. seed.InstrumentLinks.Where(link => link.FromId != factId), .. links],
            Commitments = [.. seed.Commitments.Where(commitment => commitment.InstrumentId != factId), .. kept],
            Evidence = [.. seed.Evidence.Where(evidence => !removed.Contains(evidence.SubjectId)).Concat(claims.Rows).DistinctBy(SeedTables.Evidence.Key, StringComparer.Ordinal)],
            Origins = RowOrigins.None,
        };
    }

    private static GraphSeed CorrectSession(GraphSeed seed, string factId, SessionForm form, ReviewStamp stamp)
    {
        var errors = new FormErrors(seed);
        var before = SessionOf(seed, factId);
        var after = before with
        {
            Ordinal = form.Ordinal is { } ordinal && (ordinal < 1 || ordinal > 10_000) ? errors.Fail<int?>("ordinal", "an ordinal is from 1 to 10000") : form.Ordinal,
            HeldOn = errors.Date("heldOn", form.HeldOn),
            HostId = Blank(form.HostId) is { } host ? errors.Unit("hostId", host) : null,
            Mode = errors.Code<SessionMode>("mode", form.Mode),
            Title = Blank(form.Title),
            Reviewed = true,
            ReviewedBy = stamp.Reviewer,
            ReviewedAt = stamp.At,
        };
        var people = errors.People(form.People);
        errors.ThrowIfAny();

        var claims = new ClaimWriter(seed, stamp);
        claims.Compare(factId, "ordinal", SeedFormat.Number(before.Ordinal), SeedFormat.Number(after.Ordinal));
        claims.Compare(factId, "held_on", SeedFormat.Date(before.HeldOn), SeedFormat.Date(after.HeldOn));
        claims.Compare(factId, "host_id", before.HostId, after.HostId);
        claims.Compare(factId, "mode", EnumCodes.ToCode(before.Mode), EnumCodes.ToCode(after.Mode));
        claims.Compare(factId, "title", before.Title, after.Title);
        var (seedWithPeople, roles) = WithPeople(seed, factId, people);
        claims.Compare(factId, "people", Describe(seed, seed.PersonRoles.Where(role => role.SubjectId == factId)), Describe(seedWithPeople, roles));

        return seedWithPeople with
        {
            Sessions = [.. seed.Sessions.Select(session => session.Id == factId ? after : session)],
            Evidence = [.. seed.Evidence.Concat(claims.Rows).DistinctBy(SeedTables.Evidence.Key, StringComparer.Ordinal)],
            Origins = RowOrigins.None,
        };
    }

    private static GraphSeed MergeInstrument(GraphSeed seed, string factId, string intoId, ReviewStamp stamp)
    {
        var from = seed.Instruments.Single(instrument => instrument.Id == factId);
        var into = seed.Instruments.Single(instrument => instrument.Id == intoId);

        // Commitments the target already has (the same pledge) give it their evidence.
        var commitmentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var moved = new List<Commitment>();
        foreach (var commitment in seed.Commitments.Where(commitment => commitment.InstrumentId == factId))
        {
            var same = seed.Commitments.FirstOrDefault(known => known.InstrumentId == intoId && SeedMerger.IsSamePledge(known, commitment));
            commitmentIds[commitment.Id] = same?.Id ?? commitment.Id;
            if (same is null)
            {
                moved.Add(commitment with { InstrumentId = intoId });
            }
        }

        string Subject(string id) => id == factId ? intoId : commitmentIds.GetValueOrDefault(id, id);
        var evidence = seed.Evidence.Select(row => row with { SubjectId = Subject(row.SubjectId) }).ToList();
        var fromEvidence = seed.Evidence.Where(row => row.SubjectId == factId && row.ClaimedBy is null).OrderBy(SeedTables.Evidence.Key, StringComparer.Ordinal).FirstOrDefault();
        if (from.Kind != into.Kind && fromEvidence is not null)
        {
            // As the loader does when a source calls a fact by another kind: the kind is that source's claim.
            evidence.Add(fromEvidence with { SubjectId = intoId, Field = "kind", Value = EnumCodes.ToCode(from.Kind) });
        }

        var intoClaims = evidence.Where(row => row.SubjectId == intoId && row.Field == SeedValidator.SignedOnField).ToList();
        var sourced = intoClaims.Where(row => row.ClaimedBy is null && row.Value is not null).Select(row => row.Value!).ToHashSet(StringComparer.Ordinal);
        Instrument updated;
        if (into.Reviewed)
        {
            updated = into;
            var settled = intoClaims.Any(row => row.ClaimedBy is not null);
            if (into.SignedOn is { } stated && !settled && sourced.Any(value => value != SeedFormat.Date(stated)))
            {
                // The reviewer says the duplicate is this reviewed fact: its reviewed date stands against the
                // duplicate's source, and the reviewer's claim says so.
                var claims = new ClaimWriter(seed with { Evidence = [.. evidence] }, stamp);
                claims.AddNew(intoId, intoId, SeedValidator.SignedOnField, SeedFormat.Date(stated));
                evidence.AddRange(claims.Rows);
            }
        }
        else
        {
            updated = into with
            {
                Number = into.Number ?? from.Number,
                PeriodStart = into.PeriodStart ?? from.PeriodStart,
                PeriodEnd = into.PeriodStart is null ? from.PeriodEnd : into.PeriodEnd,
                Fields = [.. into.Fields.Union(from.Fields, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Confidence = Math.Max(into.Confidence, from.Confidence),
                SignedOn = intoClaims.Any(row => row.ClaimedBy is not null) ? into.SignedOn
                    : sourced.Count == 1 ? DateOnly.ParseExact(sourced.First(), "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : sourced.Count == 0 ? into.SignedOn ?? from.SignedOn
                    : null,
            };
        }

        var links = seed.InstrumentLinks
            .Select(link => new InstrumentLink(link.FromId == factId ? intoId : link.FromId, link.Type, link.ToId == factId ? intoId : link.ToId))
            .Where(link => link.FromId != link.ToId)
            .Distinct();
        return seed with
        {
            Instruments = [.. seed.Instruments.Where(instrument => instrument.Id != factId).Select(instrument => instrument.Id == intoId ? updated : instrument)],
            Parties = [.. seed.Parties.Where(party => party.InstrumentId != factId)],
            InstrumentLinks = [.. links],
            Commitments = [.. seed.Commitments.Where(commitment => commitment.InstrumentId != factId), .. moved],
            PersonRoles = [.. seed.PersonRoles.Select(role => role.SubjectId == factId ? role with { SubjectId = intoId } : role).DistinctBy(SeedTables.PersonRoles.Key, StringComparer.Ordinal)],
            Evidence = [.. evidence.DistinctBy(SeedTables.Evidence.Key, StringComparer.Ordinal)],
            Origins = RowOrigins.None,
        };
    }

    private static GraphSeed MergeSession(GraphSeed seed, string factId, string intoId)
    {
        var from = SessionOf(seed, factId);
        var into = SessionOf(seed, intoId);
        var updated = into.Reviewed ? into : into with
        {
            Ordinal = into.Ordinal ?? from.Ordinal,
            HeldOn = into.HeldOn ?? from.HeldOn,
            HostId = into.HostId ?? from.HostId,
            Mode = into.Mode == SessionMode.Unknown ? from.Mode : into.Mode,
        };
        var merged = seed with
        {
            Sessions = [.. seed.Sessions.Where(session => session.Id != factId).Select(session => session.Id == intoId ? updated : session)],
            PersonRoles = [.. seed.PersonRoles.Select(role => role.SubjectId == factId ? role with { SubjectId = intoId } : role).DistinctBy(SeedTables.PersonRoles.Key, StringComparer.Ordinal)],
            Evidence = [.. seed.Evidence.Select(row => row.SubjectId == factId ? row with { SubjectId = intoId } : row).DistinctBy(SeedTables.Evidence.Key, StringComparer.Ordinal)],
            Origins = RowOrigins.None,
        };
        return from.MechanismId == into.MechanismId ? merged : RemoveEmptyMechanism(merged, from.MechanismId, into.MechanismId);
    }

    private static GraphSeed RemoveInstrument(GraphSeed seed, string factId)
    {
        var commitments = seed.Commitments.Where(commitment => commitment.InstrumentId == factId).Select(commitment => commitment.Id).ToHashSet(StringComparer.Ordinal);
        var removed = seed with
        {
            Instruments = [.. seed.Instruments.Where(instrument => instrument.Id != factId)],
            Parties = [.. seed.Parties.Where(party => party.InstrumentId != factId)],
            InstrumentLinks = [.. seed.InstrumentLinks.Where(link => link.FromId != factId && link.ToId != factId)],
            Commitments = [.. seed.Commitments.Where(commitment => commitment.InstrumentId != factId)],
            Evidence = [.. seed.Evidence.Where(evidence => evidence.SubjectId != factId && !commitments.Contains(evidence.SubjectId))],
            Origins = RowOrigins.None,
        };
        return WithoutRoles(removed, factId);
    }

    private static GraphSeed RemoveSession(GraphSeed seed, string factId)
    {
        var session = SessionOf(seed, factId);
        var removed = WithoutRoles(
            seed with
            {
                Sessions = [.. seed.Sessions.Where(other => other.Id != factId)],
                Evidence = [.. seed.Evidence.Where(evidence => evidence.SubjectId != factId)],
                Origins = RowOrigins.None,
            },
            factId);
        return RemoveEmptyMechanism(removed, session.MechanismId, evidenceTo: null);
    }

    /// <summary>A mechanism left without sessions by a decision goes too (its evidence to another mechanism, if given).</summary>
    private static GraphSeed RemoveEmptyMechanism(GraphSeed seed, string mechanismId, string? evidenceTo)
    {
        if (seed.Sessions.Any(session => session.MechanismId == mechanismId))
        {
            return seed;
        }

        return seed with
        {
            Mechanisms = [.. seed.Mechanisms.Where(mechanism => mechanism.Id != mechanismId)],
            MechanismMembers = [.. seed.MechanismMembers.Where(member => member.MechanismId != mechanismId)],
            Evidence = [.. seed.Evidence
                .Where(evidence => evidence.SubjectId != mechanismId || evidenceTo is not null)
                .Select(evidence => evidence.SubjectId == mechanismId ? evidence with { SubjectId = evidenceTo! } : evidence)
                .DistinctBy(SeedTables.Evidence.Key, StringComparer.Ordinal)],
        };
    }

    /// <summary>Removes a subject's person roles, and the people who took part in nothing else.</summary>
    private static GraphSeed WithoutRoles(GraphSeed seed, string subjectId)
    {
        var leaving = seed.PersonRoles.Where(role => role.SubjectId == subjectId).Select(role => role.PersonId).ToHashSet(StringComparer.Ordinal);
        var roles = seed.PersonRoles.Where(role => role.SubjectId != subjectId).ToList();
        var staying = roles.Select(role => role.PersonId).ToHashSet(StringComparer.Ordinal);
        return seed with
        {
            PersonRoles = [.. roles],
            People = [.. seed.People.Where(person => !leaving.Contains(person.Id) || staying.Contains(person.Id))],
        };
    }

    /// <summary>Adds the rejection and points rejections that were merged into the removed fact at where it went.</summary>
    private static GraphSeed Remember(GraphSeed seed, Rejection rejection, string factId, string? mergedInto) => seed with
    {
        Rejections = [.. seed.Rejections
            .Where(known => known.FactId != factId)
            .Select(known => known.MergedInto == factId ? known with { MergedInto = mergedInto } : known)
            .Append(rejection)],
    };

    /// <summary>The subject's people as the form gives them: existing people are found by name, new ones get an id.</summary>
    private static (GraphSeed Seed, List<PersonRole> Roles) WithPeople(GraphSeed seed, string subjectId, IReadOnlyList<(string Name, PersonRoleKind Role, string? Title, string? UnitId)> people)
    {
        var ids = FactIds(seed);
        var byId = seed.People.ToDictionary(person => person.Id, StringComparer.Ordinal);
        var added = new List<Person>();
        var roles = new List<PersonRole>();
        foreach (var (name, role, title, unitId) in people)
        {
            var slug = RelationIds.Slug(name);
            var person = byId.GetValueOrDefault(slug) ?? seed.People.FirstOrDefault(known => string.Equals(known.Name, name, StringComparison.OrdinalIgnoreCase));
            if (person is null)
            {
                person = new Person { Id = Unique(ids, slug.Length == 0 ? "person" : slug), Name = name, UnitId = unitId };
                byId[person.Id] = person;
                added.Add(person);
            }

            roles.Add(new PersonRole { PersonId = person.Id, SubjectId = subjectId, Role = role, Title = title });
        }

        roles = [.. roles.DistinctBy(SeedTables.PersonRoles.Key, StringComparer.Ordinal)];
        var withoutOld = WithoutRoles(seed with { People = [.. seed.People, .. added] }, subjectId);
        var staying = roles.Select(role => role.PersonId).ToHashSet(StringComparer.Ordinal);
        return (withoutOld with
        {
            People = [.. seed.People.Concat(added).Where(person => withoutOld.People.Contains(person) || staying.Contains(person.Id))],
            PersonRoles = [.. withoutOld.PersonRoles, .. roles],
        }, roles);
    }

    private static IReadOnlyList<PersonForm> PeopleOf(GraphSeed seed, string subjectId) =>
        [.. seed.PersonRoles
            .Where(role => role.SubjectId == subjectId)
            .OrderBy(SeedTables.PersonRoles.Key, StringComparer.Ordinal)
            .Select(role => seed.People.FirstOrDefault(person => person.Id == role.PersonId) is { } person
                ? new PersonForm { Name = person.Name, Role = EnumCodes.ToCode(role.Role), Title = role.Title, UnitId = person.UnitId }
                : null)
            .OfType<PersonForm>()];

    private static Session SessionOf(GraphSeed seed, string factId) =>
        seed.Sessions.FirstOrDefault(session => session.Id == factId) ?? throw new ReviewException($"'{factId}' is neither an instrument nor a session of the graph");

    private static string? Describe(IEnumerable<Party> parties) =>
        Join(parties.OrderBy(party => party.UnitId, StringComparer.Ordinal).Select(party =>
            $"{party.UnitId}:{EnumCodes.ToCode(party.Level)}:{EnumCodes.ToCode(party.Role)}" + (party.Organisation is null ? string.Empty : ":" + party.Organisation)
            + (party.OrganisationVi is null ? string.Empty : ":" + party.OrganisationVi)));

    private static string? Describe(IEnumerable<InstrumentLink> links) =>
        Join(links.Select(link => $"{EnumCodes.ToCode(link.Type)}:{link.ToId}").Order(StringComparer.Ordinal));

    private static string? Describe(GraphSeed seed, IEnumerable<PersonRole> roles) =>
        Join(roles
            .Select(role => $"{seed.People.FirstOrDefault(person => person.Id == role.PersonId)?.Name ?? role.PersonId} ({EnumCodes.ToCode(role.Role)}{(role.Title is null ? string.Empty : ", " + role.Title)})")
            .Order(StringComparer.Ordinal));

    private static string? Join(IEnumerable<string> items)
    {
        var joined = string.Join(';', items);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static HashSet<string> FactIds(GraphSeed seed) =>
        [.. seed.Documents.Select(row => row.Id), .. seed.Instruments.Select(row => row.Id), .. seed.Mechanisms.Select(row => row.Id),
         .. seed.Sessions.Select(row => row.Id), .. seed.Commitments.Select(row => row.Id), .. seed.People.Select(row => row.Id)];

    private static string Unique(HashSet<string> ids, string id)
    {
        var candidate = id;
        for (var suffix = 2; !ids.Add(candidate); suffix++)
        {
            candidate = $"{id}-{suffix}";
        }

        return candidate;
    }

    /// <summary>
    /// The reviewer's claims of one decision: each corrected value as an evidence row with <c>claimed_by</c>, on the
    /// span that states the extracted value (the source's claim of that field, else the fact's first span).
    /// </summary>
    private sealed class ClaimWriter(GraphSeed seed, ReviewStamp stamp)
    {
        public List<Evidence> Rows { get; } = [];

        public void Compare(string subjectId, string field, string? before, string? after)
        {
            if (before != after)
            {
                AddNew(subjectId, subjectId, field, after);
            }
        }

        /// <summary>A claim about <paramref name="subjectId"/> resting on a span of <paramref name="spanOf"/>.</summary>
        public void AddNew(string subjectId, string spanOf, string field, string? value)
        {
            var spans = seed.Evidence.Where(evidence => evidence.SubjectId == spanOf).OrderBy(SeedTables.Evidence.Key, StringComparer.Ordinal).ToList();
            var span = spans.FirstOrDefault(evidence => evidence.ClaimedBy is null && evidence.Field == field)
                ?? spans.FirstOrDefault(evidence => evidence.ClaimedBy is null && evidence.Field is null)
                ?? spans.FirstOrDefault()
                ?? throw new ReviewException($"'{spanOf}' has no evidence for the reviewer's claim to rest on");
            Rows.Add(new Evidence
            {
                SubjectId = subjectId,
                DocumentId = span.DocumentId,
                Start = span.Start,
                End = span.End,
                Field = field,
                Value = value,
                ClaimedBy = stamp.Reviewer,
                ClaimedAt = stamp.At,
            });
        }
    }

    /// <summary>Reads the form's values, collecting an error per field that names it; nothing is decided with any.</summary>
    private sealed class FormErrors(GraphSeed seed)
    {
        private readonly List<string> _errors = [];
        private readonly HashSet<string> _units = [.. seed.Units.Select(unit => unit.Id)];
        private readonly HashSet<string> _fields = [.. seed.Fields.Select(field => field.Code)];

        public void Add(string field, string message) => _errors.Add($"{field}: {message}");

        public T Fail<T>(string field, string message)
        {
            Add(field, message);
            return default!;
        }

        public void ThrowIfAny()
        {
            if (_errors.Count > 0)
            {
                throw new ReviewException(string.Join("; ", _errors));
            }
        }

        public TEnum Code<TEnum>(string field, string? code)
            where TEnum : struct, Enum
        {
            if (code is not null && EnumCodes.TryParse(code, out TEnum value))
            {
                return value;
            }

            Add(field, $"'{code}' is not one of {string.Join(", ", EnumCodes.All<TEnum>())}");
            return default;
        }

        public DateOnly? Date(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Add(field, $"'{text}' is not a date (YYYY-MM-DD)");
            return null;
        }

        public int? Year(string field, int? year)
        {
            if (year is null or (>= 1900 and <= 2200))
            {
                return year;
            }

            Add(field, $"{year} is not a year from 1900 to 2200");
            return null;
        }

        public string Field(string field, string code)
        {
            if (!_fields.Contains(code))
            {
                Add(field, $"unknown field of cooperation '{code}'");
            }

            return code;
        }

        public string? Unit(string field, string? unitId)
        {
            if (string.IsNullOrWhiteSpace(unitId))
            {
                Add(field, "a unit is required");
                return null;
            }

            if (!_units.Contains(unitId))
            {
                Add(field, $"unknown unit '{unitId}'");
            }

            return unitId;
        }

        public string Instrument(string field, string id, string self)
        {
            if (id == self)
            {
                Add(field, "an instrument cannot link to itself");
            }
            else if (!seed.Instruments.Any(instrument => instrument.Id == id))
            {
                Add(field, $"unknown instrument '{id}'");
            }

            return id;
        }

        public IReadOnlyList<(string Name, PersonRoleKind Role, string? Title, string? UnitId)> People(IReadOnlyList<PersonForm> people) =>
            [.. people.Select((person, index) => (
                Blank(person.Name) ?? Fail<string>($"people[{index}].name", "a name is required"),
                Code<PersonRoleKind>($"people[{index}].role", person.Role),
                Blank(person.Title),
                Blank(person.UnitId) is { } unit ? Unit($"people[{index}].unitId", unit) : null))];

        public IReadOnlyList<Commitment> Commitments(IReadOnlyList<CommitmentForm> commitments, string instrumentId) =>
            [.. commitments.Select((commitment, index) =>
            {
                if (commitment.Amount < 0)
                {
                    Add($"commitments[{index}].amount", "an amount is not negative");
                }

                return new Commitment
                {
                    Id = commitment.Id ?? string.Empty,
                    InstrumentId = instrumentId,
                    Kind = Code<CommitmentKind>($"commitments[{index}].kind", commitment.Kind),
                    Description = Blank(commitment.Description) ?? Fail<string>($"commitments[{index}].description", "a description is required"),
                    Amount = commitment.Amount,
                    Unit = Blank(commitment.Unit),
                    FromId = Blank(commitment.FromId) is { } giver ? Unit($"commitments[{index}].fromId", giver) : null,
                    ToId = Blank(commitment.ToId) is { } receiver ? Unit($"commitments[{index}].toId", receiver) : null,
                    Years = [.. commitment.Years.Select(year => Year($"commitments[{index}].years", year) ?? year)],
                };
            })];
    }
}

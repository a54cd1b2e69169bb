namespace RelationsGraph.Neo4j;

/// <summary>
/// Every Cypher statement the loader and the API send, one vocabulary over the schema in cypher/schema.cypher.
/// Writes MERGE on stable ids and stamp every node and relationship with the load's version, so that a load can
/// sweep away what the source no longer has, in the same transaction. See docs/neo4j.md for the model.
/// </summary>
public static class GraphCypher
{
    // ---- writes (one UNWIND batch of $rows per statement) -------------------------------------------------------

    public static readonly CypherTemplate MergeCountries = new("merge-countries", """
        UNWIND $rows AS row
        MERGE (c:Country {code: row.code})
        SET c.alpha3 = row.alpha3, c.name = row.name, c.nameVi = row.nameVi, c.names = row.names, c.nameKeys = row.nameKeys,
            c.adjectives = row.adjectives, c.variantNames = row.variantNames, c.variantLanguages = row.variantLanguages,
            c.variantKinds = row.variantKinds, c.variantSources = row.variantSources, c.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeUnits = new("merge-units", """
        UNWIND $rows AS row
        MERGE (u:AdministrativeUnit {id: row.id})
        SET u.country = row.country, u.type = row.type, u.name = row.name, u.nameLocal = row.nameLocal, u.nameVi = row.nameVi,
            u.names = row.names, u.nameKeys = row.nameKeys, u.variantNames = row.variantNames, u.variantLanguages = row.variantLanguages,
            u.variantSources = row.variantSources, u.source = row.source,
            u.validFrom = date(row.validFrom), u.validTo = date(row.validTo), u.loadId = $loadId
        WITH u, row
        MATCH (c:Country {code: row.country})
        MERGE (u)-[r:IN_COUNTRY]->(c)
        SET r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeUnitParents = new("merge-unit-parents", """
        UNWIND $rows AS row
        MATCH (u:AdministrativeUnit {id: row.id})
        MATCH (p:AdministrativeUnit {id: row.parent})
        MERGE (u)-[r:PART_OF]->(p)
        SET r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeSuccessions = new("merge-successions", """
        UNWIND $rows AS row
        MATCH (a:AdministrativeUnit {id: row.predecessor})
        MATCH (b:AdministrativeUnit {id: row.successor})
        MERGE (a)-[r:SUCCEEDED_BY]->(b)
        SET r.effectiveOn = date(row.effectiveOn), r.basis = row.basis, r.source = row.source, r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeFields = new("merge-fields", """
        UNWIND $rows AS row
        MERGE (f:CooperationField {code: row.code})
        SET f.name = row.name, f.nameVi = row.nameVi, f.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeDocuments = new("merge-documents", """
        UNWIND $rows AS row
        MERGE (d:Document {id: row.id})
        SET d.title = row.title, d.publisher = row.publisher, d.url = row.url, d.publishedOn = date(row.publishedOn),
            d.language = row.language, d.contentHash = row.contentHash, d.file = row.file, d.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeInstruments = new("merge-instruments", """
        UNWIND $rows AS row
        MERGE (i:Instrument {id: row.id})
        SET i.kind = row.kind, i.number = row.number, i.title = row.title, i.titleVi = row.titleVi,
            i.signedOn = date(row.signedOn), i.periodStart = row.periodStart, i.periodEnd = row.periodEnd, i.status = row.status,
            i.fields = row.fields, i.background = row.background, i.source = row.source, i.confidence = row.confidence,
            i.reviewed = row.reviewed, i.reviewedBy = row.reviewedBy, i.reviewedAt = datetime(row.reviewedAt),
            i.inForceFrom = date(row.inForceFrom), i.inForceTo = date(row.inForceTo),
            i.possiblyInForceFrom = date(row.possiblyInForceFrom), i.possiblyInForceTo = date(row.possiblyInForceTo),
            i.partnershipKinds = row.partnershipKinds, i.partnershipConfidence = row.partnershipConfidence,
            i.partnershipReviewedConfidence = row.partnershipReviewedConfidence, i.countsAsPartnership = row.countsAsPartnership,
            i.loadId = $loadId
        WITH i, row
        UNWIND row.fields AS code
        MATCH (f:CooperationField {code: code})
        MERGE (i)-[r:COVERS]->(f)
        SET r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeParties = new("merge-parties", """
        UNWIND $rows AS row
        MATCH (u:AdministrativeUnit {id: row.unitId})
        MATCH (i:Instrument {id: row.instrumentId})
        MERGE (u)-[r:PARTY_TO]->(i)
        SET r.level = row.level, r.role = row.role, r.organisation = row.organisation, r.organisationVi = row.organisationVi, r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeImplements = LinkStatement("IMPLEMENTS");
    public static readonly CypherTemplate MergeReplaces = LinkStatement("REPLACES");
    public static readonly CypherTemplate MergeRenews = LinkStatement("RENEWS");

    public static readonly CypherTemplate MergeMechanisms = new("merge-mechanisms", """
        UNWIND $rows AS row
        MERGE (m:Mechanism {id: row.id})
        SET m.name = row.name, m.nameVi = row.nameVi, m.establishedOn = date(row.establishedOn),
            m.partnershipKinds = row.partnershipKinds, m.partnershipConfidence = row.partnershipConfidence,
            m.partnershipReviewedConfidence = row.partnershipReviewedConfidence, m.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeMembers = new("merge-members", """
        UNWIND $rows AS row
        MATCH (u:AdministrativeUnit {id: row.unitId})
        MATCH (m:Mechanism {id: row.mechanismId})
        MERGE (u)-[r:MEMBER_OF {from: coalesce(row.from, '')}]->(m)
        SET r.since = date(row.from), r.until = date(row.to), r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeSessions = new("merge-sessions", """
        UNWIND $rows AS row
        MATCH (m:Mechanism {id: row.mechanismId})
        MERGE (s:Session {id: row.id})
        SET s.ordinal = row.ordinal, s.heldOn = date(row.heldOn), s.mode = row.mode, s.title = row.title, s.hostId = row.hostId,
            s.source = row.source, s.confidence = row.confidence, s.reviewed = row.reviewed, s.reviewedBy = row.reviewedBy,
            s.reviewedAt = datetime(row.reviewedAt), s.loadId = $loadId
        MERGE (s)-[r:SESSION_OF]->(m)
        SET r.loadId = $loadId
        WITH s, row
        MATCH (h:AdministrativeUnit {id: row.hostId})
        MERGE (s)-[hosted:HOSTED_BY]->(h)
        SET hosted.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeCommitments = new("merge-commitments", """
        UNWIND $rows AS row
        MATCH (i:Instrument {id: row.instrumentId})
        MERGE (c:Commitment {id: row.id})
        SET c.kind = row.kind, c.description = row.description, c.amount = row.amount, c.unit = row.unit,
            c.fromId = row.fromId, c.toId = row.toId, c.years = row.years, c.reviewed = row.reviewed, c.reviewedBy = row.reviewedBy,
            c.reviewedAt = datetime(row.reviewedAt), c.loadId = $loadId
        MERGE (c)-[r:UNDER]->(i)
        SET r.loadId = $loadId
        WITH c, row
        OPTIONAL MATCH (giver:AdministrativeUnit {id: row.fromId})
        OPTIONAL MATCH (receiver:AdministrativeUnit {id: row.toId})
        FOREACH (unit IN CASE WHEN giver IS NULL THEN [] ELSE [giver] END | MERGE (c)-[g:GIVEN_BY]->(unit) SET g.loadId = $loadId)
        FOREACH (unit IN CASE WHEN receiver IS NULL THEN [] ELSE [receiver] END | MERGE (c)-[t:GIVEN_TO]->(unit) SET t.loadId = $loadId)
        """, "rows", "loadId");

    public static readonly CypherTemplate MergePeople = new("merge-people", """
        UNWIND $rows AS row
        MERGE (p:Person {id: row.id})
        SET p.name = row.name, p.unitId = row.unitId, p.loadId = $loadId
        WITH p, row
        MATCH (u:AdministrativeUnit {id: row.unitId})
        MERGE (p)-[r:ACTS_FOR]->(u)
        SET r.loadId = $loadId
        """, "rows", "loadId");

    public static readonly CypherTemplate MergeInstrumentRoles = RoleStatement("Instrument");
    public static readonly CypherTemplate MergeSessionRoles = RoleStatement("Session");

    public static readonly CypherTemplate MergeInstrumentEvidence = EvidenceStatement("Instrument");
    public static readonly CypherTemplate MergeSessionEvidence = EvidenceStatement("Session");
    public static readonly CypherTemplate MergeCommitmentEvidence = EvidenceStatement("Commitment");
    public static readonly CypherTemplate MergeMechanismEvidence = EvidenceStatement("Mechanism");

    /// <summary>Facts reviewers rejected or merged into others, remembered so that extraction does not propose them again.</summary>
    public static readonly CypherTemplate MergeRejections = new("merge-rejections", """
        UNWIND $rows AS row
        MERGE (r:Rejection {factId: row.factId})
        SET r.kind = row.kind, r.parties = row.parties, r.number = row.number, r.date = date(row.date),
            r.periodStart = row.periodStart, r.periodEnd = row.periodEnd, r.ordinal = row.ordinal, r.mergedInto = row.mergedInto,
            r.reviewedBy = row.reviewedBy, r.reviewedAt = datetime(row.reviewedAt), r.note = row.note, r.loadId = $loadId
        """, "rows", "loadId");

    /// <summary>
    /// The derived PARTNERS_WITH, one relationship per pair of units (read it undirected), for every pair the
    /// partnership policy's kinds make partners, with the best confidence of its facts and of its reviewed facts:
    /// the API's default answer is the relationships with <c>reviewedConfidence &gt;= 0.7</c>.
    /// </summary>
    public static readonly CypherTemplate MergePartnerships = new("merge-partnerships", """
        UNWIND $rows AS row
        MATCH (a:AdministrativeUnit {id: row.a})
        MATCH (b:AdministrativeUnit {id: row.b})
        MERGE (a)-[r:PARTNERS_WITH]->(b)
        SET r.instruments = row.instruments, r.mechanisms = row.mechanisms, r.kinds = row.kinds, r.levels = row.levels,
            r.confidence = row.confidence, r.reviewedConfidence = row.reviewedConfidence, r.sources = row.sources, r.loadId = $loadId
        """, "rows", "loadId");

    // ---- sweep and version marker --------------------------------------------------------------------------------

    public static readonly CypherTemplate SweepNodes = new("sweep-nodes", """
        MATCH (n)
        WHERE (n:Country OR n:AdministrativeUnit OR n:CooperationField OR n:Document OR n:Instrument OR n:Mechanism
               OR n:Session OR n:Commitment OR n:Person OR n:Evidence OR n:Rejection)
          AND n.loadId <> $loadId
        DETACH DELETE n
        """, "loadId");

    public static readonly CypherTemplate SweepRelationships = new("sweep-relationships", """
        MATCH ()-[r]->()
        WHERE type(r) IN ['IN_COUNTRY', 'PART_OF', 'SUCCEEDED_BY', 'COVERS', 'PARTY_TO', 'IMPLEMENTS', 'REPLACES', 'RENEWS',
                          'MEMBER_OF', 'SESSION_OF', 'HOSTED_BY', 'UNDER', 'GIVEN_BY', 'GIVEN_TO', 'ACTS_FOR', 'TOOK_PART',
                          'IN_DOCUMENT', 'SUPPORTS', 'PARTNERS_WITH']
          AND r.loadId <> $loadId
        DELETE r
        """, "loadId");

    public static readonly CypherTemplate SetVersion = new("set-version", """
        MERGE (g:GraphVersion {id: 'relationsgraph'})
        SET g.version = $version, g.source = $source, g.loadedAt = datetime($loadedAt), g.facts = $facts
        """, "version", "source", "loadedAt", "facts");

    public static readonly CypherTemplate ReadVersion = new("read-version", """
        OPTIONAL MATCH (g:GraphVersion {id: 'relationsgraph'})
        RETURN g.version AS version, toString(g.loadedAt) AS loadedAt
        """);

    // ---- reads: the graph back into graph-seed rows ------------------------------------------------------------------

    public static readonly CypherTemplate ReadCountries = new("read-countries", """
        MATCH (c:Country)
        RETURN c.code AS code, c.alpha3 AS alpha3, c.name AS name, c.nameVi AS nameVi,
               c.variantNames AS variantNames, c.variantLanguages AS variantLanguages, c.variantKinds AS variantKinds,
               c.variantSources AS variantSources
        ORDER BY code
        """);

    public static readonly CypherTemplate ReadUnits = new("read-units", """
        MATCH (u:AdministrativeUnit)
        OPTIONAL MATCH (u)-[:PART_OF]->(p:AdministrativeUnit)
        RETURN u.id AS id, u.country AS country, u.type AS type, u.name AS name, u.nameLocal AS nameLocal, u.nameVi AS nameVi,
               p.id AS parent, toString(u.validFrom) AS validFrom, toString(u.validTo) AS validTo, u.source AS source,
               u.variantNames AS variantNames, u.variantLanguages AS variantLanguages, u.variantSources AS variantSources
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadSuccessions = new("read-successions", """
        MATCH (a:AdministrativeUnit)-[r:SUCCEEDED_BY]->(b:AdministrativeUnit)
        RETURN a.id AS predecessor, b.id AS successor, toString(r.effectiveOn) AS effectiveOn, r.basis AS basis, r.source AS source
        ORDER BY predecessor, successor
        """);

    public static readonly CypherTemplate ReadFields = new("read-fields", """
        MATCH (f:CooperationField) RETURN f.code AS code, f.name AS name, f.nameVi AS nameVi ORDER BY code
        """);

    public static readonly CypherTemplate ReadDocuments = new("read-documents", """
        MATCH (d:Document)
        RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.url AS url, toString(d.publishedOn) AS publishedOn,
               d.language AS language, d.contentHash AS contentHash, d.file AS file
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadInstruments = new("read-instruments", """
        MATCH (i:Instrument)
        RETURN i.id AS id, i.kind AS kind, i.number AS number, i.title AS title, i.titleVi AS titleVi,
               toString(i.signedOn) AS signedOn, i.periodStart AS periodStart, i.periodEnd AS periodEnd, i.status AS status,
               i.fields AS fields, i.background AS background, i.source AS source, i.confidence AS confidence,
               i.reviewed AS reviewed, i.reviewedBy AS reviewedBy, toString(i.reviewedAt) AS reviewedAt
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadParties = new("read-parties", """
        MATCH (u:AdministrativeUnit)-[r:PARTY_TO]->(i:Instrument)
        RETURN i.id AS instrumentId, u.id AS unitId, r.level AS level, r.role AS role,
               r.organisation AS organisation, r.organisationVi AS organisationVi
        ORDER BY instrumentId, unitId
        """);

    public static readonly CypherTemplate ReadInstrumentLinks = new("read-instrument-links", """
        MATCH (a:Instrument)-[r:IMPLEMENTS|REPLACES|RENEWS]->(b:Instrument)
        RETURN a.id AS fromId, toLower(type(r)) AS type, b.id AS toId
        ORDER BY fromId, type, toId
        """);

    public static readonly CypherTemplate ReadMechanisms = new("read-mechanisms", """
        MATCH (m:Mechanism)
        RETURN m.id AS id, m.name AS name, m.nameVi AS nameVi, toString(m.establishedOn) AS establishedOn
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadMembers = new("read-members", """
        MATCH (u:AdministrativeUnit)-[r:MEMBER_OF]->(m:Mechanism)
        RETURN m.id AS mechanismId, u.id AS unitId, toString(r.since) AS from, toString(r.until) AS to
        ORDER BY mechanismId, unitId
        """);

    public static readonly CypherTemplate ReadSessions = new("read-sessions", """
        MATCH (s:Session)-[:SESSION_OF]->(m:Mechanism)
        RETURN s.id AS id, m.id AS mechanismId, s.ordinal AS ordinal, toString(s.heldOn) AS heldOn, s.hostId AS hostId,
               s.mode AS mode, s.title AS title, s.source AS source, s.confidence AS confidence, s.reviewed AS reviewed,
               s.reviewedBy AS reviewedBy, toString(s.reviewedAt) AS reviewedAt
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadCommitments = new("read-commitments", """
        MATCH (c:Commitment)-[:UNDER]->(i:Instrument)
        RETURN c.id AS id, i.id AS instrumentId, c.kind AS kind, c.description AS description, c.amount AS amount,
               c.unit AS unit, c.fromId AS fromId, c.toId AS toId, c.years AS years, c.reviewed AS reviewed,
               c.reviewedBy AS reviewedBy, toString(c.reviewedAt) AS reviewedAt
        ORDER BY id
        """);

    public static readonly CypherTemplate ReadPeople = new("read-people", """
        MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.unitId AS unitId ORDER BY id
        """);

    public static readonly CypherTemplate ReadPersonRoles = new("read-person-roles", """
        MATCH (p:Person)-[r:TOOK_PART]->(x)
        WHERE x:Instrument OR x:Session
        RETURN p.id AS personId, x.id AS subjectId, r.role AS role, r.title AS title
        ORDER BY personId, subjectId, role
        """);

    public static readonly CypherTemplate ReadEvidence = new("read-evidence", """
        MATCH (e:Evidence)-[:IN_DOCUMENT]->(d:Document), (e)-[:SUPPORTS]->(x)
        RETURN x.id AS subjectId, d.id AS documentId, e.start AS start, e.end AS end, e.field AS field, e.value AS value,
               e.quote AS quote, e.claimedBy AS claimedBy, toString(e.claimedAt) AS claimedAt
        ORDER BY subjectId, documentId, start, end
        """);

    public static readonly CypherTemplate ReadRejections = new("read-rejections", """
        MATCH (r:Rejection)
        RETURN r.factId AS factId, r.kind AS kind, r.parties AS parties, r.number AS number, toString(r.date) AS date,
               r.periodStart AS periodStart, r.periodEnd AS periodEnd, r.ordinal AS ordinal, r.mergedInto AS mergedInto,
               r.reviewedBy AS reviewedBy, toString(r.reviewedAt) AS reviewedAt, r.note AS note
        ORDER BY factId
        """);

    /// <summary>Every statement, for the lint test and for documentation.</summary>
    public static IReadOnlyList<CypherTemplate> All { get; } =
    [
        MergeCountries, MergeUnits, MergeUnitParents, MergeSuccessions, MergeFields, MergeDocuments, MergeInstruments,
        MergeParties, MergeImplements, MergeReplaces, MergeRenews, MergeMechanisms, MergeMembers, MergeSessions,
        MergeCommitments, MergePeople, MergeInstrumentRoles, MergeSessionRoles, MergeInstrumentEvidence,
        MergeSessionEvidence, MergeCommitmentEvidence, MergeMechanismEvidence, MergeRejections, MergePartnerships, SweepNodes,
        SweepRelationships, SetVersion, ReadVersion, ReadCountries, ReadUnits, ReadSuccessions, ReadFields, ReadDocuments,
        ReadInstruments, ReadParties, ReadInstrumentLinks, ReadMechanisms, ReadMembers, ReadSessions, ReadCommitments,
        ReadPeople, ReadPersonRoles, ReadEvidence, ReadRejections,
    ];

    private static CypherTemplate LinkStatement(string type) => new($"merge-{type.ToLowerInvariant()}", $$"""
        UNWIND $rows AS row
        MATCH (a:Instrument {id: row.fromId})
        MATCH (b:Instrument {id: row.toId})
        MERGE (a)-[r:{{type}}]->(b)
        SET r.loadId = $loadId
        """, "rows", "loadId");

    private static CypherTemplate RoleStatement(string label) => new($"merge-{label.ToLowerInvariant()}-roles", $$"""
        UNWIND $rows AS row
        MATCH (p:Person {id: row.personId})
        MATCH (x:{{label}} {id: row.subjectId})
        MERGE (p)-[r:TOOK_PART {role: row.role}]->(x)
        SET r.title = row.title, r.loadId = $loadId
        """, "rows", "loadId");

    private static CypherTemplate EvidenceStatement(string label) => new($"merge-{label.ToLowerInvariant()}-evidence", $$"""
        UNWIND $rows AS row
        MATCH (x:{{label}} {id: row.subjectId})
        MATCH (d:Document {id: row.documentId})
        MERGE (e:Evidence {id: row.id})
        SET e.start = row.start, e.end = row.end, e.field = row.field, e.value = row.value, e.quote = row.quote,
            e.claimedBy = row.claimedBy, e.claimedAt = datetime(row.claimedAt), e.loadId = $loadId
        MERGE (e)-[s:SUPPORTS]->(x)
        SET s.loadId = $loadId
        MERGE (e)-[i:IN_DOCUMENT]->(d)
        SET i.loadId = $loadId
        """, "rows", "loadId");
}

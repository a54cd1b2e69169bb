// RelationsGraph schema: constraints and indexes for the graph the loader writes.
// Applied idempotently by `relations load` (every statement is IF NOT EXISTS); safe to run again in Neo4j Browser
// or cypher-shell. Each statement ends with a semicolon and is run on its own.
//
// Node labels and keys:
//   (:Country {code})                  ISO 3166-1 alpha-2
//   (:AdministrativeUnit {id})         ISO 3166-2 code, or the documented scheme (VN-2025-BAC-NINH, VN-54-LUC-NGAN)
//   (:CooperationField {code})
//   (:Document {id})                   first 16 hex digits of the SHA-256 of the document's bytes
//   (:Instrument {id}) (:Mechanism {id}) (:Session {id}) (:Commitment {id}) (:Person {id})
//   (:Evidence {id})                   a hash of (subject, document, start, end, field, value)
//   (:Rejection {factId})              a fact a reviewer rejected or merged into another, remembered by its identity
//   (:GraphVersion {id: 'relationsgraph'})   the version marker of the last load

CREATE CONSTRAINT country_code IF NOT EXISTS FOR (c:Country) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (u:AdministrativeUnit) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT field_code IF NOT EXISTS FOR (f:CooperationField) REQUIRE f.code IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (i:Instrument) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT mechanism_id IF NOT EXISTS FOR (m:Mechanism) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (c:Commitment) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT rejection_fact_id IF NOT EXISTS FOR (r:Rejection) REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE;

// Look-ups analysts filter on.
CREATE INDEX unit_country IF NOT EXISTS FOR (u:AdministrativeUnit) ON (u.country);
CREATE INDEX unit_type IF NOT EXISTS FOR (u:AdministrativeUnit) ON (u.type);
CREATE INDEX country_alpha3 IF NOT EXISTS FOR (c:Country) ON (c.alpha3);
CREATE INDEX instrument_signed_on IF NOT EXISTS FOR (i:Instrument) ON (i.signedOn);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (i:Instrument) ON (i.kind);
CREATE INDEX instrument_period IF NOT EXISTS FOR (i:Instrument) ON (i.periodStart, i.periodEnd);

// Every name variant of a unit, for search by any spelling; the folding analyzer ignores case and diacritics:
//   CALL db.index.fulltext.queryNodes('unit_names', '"Xay Som Bun"') YIELD node, score RETURN node.id, node.name, score
// `nameKeys` holds the names folded as the API folds them (lower case, no diacritics, đ = d, no spaces or hyphens),
// so 'xaysombun' finds Xaisomboun too.
CREATE FULLTEXT INDEX unit_names IF NOT EXISTS FOR (u:AdministrativeUnit) ON EACH [u.name, u.nameVi, u.names, u.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Every name and adjective of a country ("Lào", "Lao PDR", "Laotian", "Pháp", "French"), folded the same way:
//   CALL db.index.fulltext.queryNodes('country_names', 'laotian') YIELD node RETURN node.code, node.name
CREATE FULLTEXT INDEX country_names IF NOT EXISTS FOR (c:Country) ON EACH [c.name, c.nameVi, c.names, c.adjectives, c.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

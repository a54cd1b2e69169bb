// Who has a province signed with, when, for which period, on what?
// The name may be any recorded spelling ("Bac Giang", "Bắc Giang", "Xay Som Bun"). Every instrument is listed,
// events included; `countsAsPartnership` says whether the API counts it towards a partnership by default
// (a cooperation instrument, reviewed, of confidence 0.7 or more; docs/neo4j.md).
//
// @param name 'Bac Giang' any name or spelling of the province
//
// @column province the province found for the name
// @column partner the partner province (country in brackets)
// @column kind the instrument's kind (agreement, mou, minutes, plan…)
// @column title the instrument's English title
// @column signedOn the signing date, when known and undisputed
// @column period the years the instrument covers
// @column fields the fields of cooperation
// @column level how the province takes part (provincial_government, police, district…)
// @column source how the instrument is known (official_document, article, related_summary, related_headline)
// @column confidence the instrument's confidence, 0 to 1
// @column countsAsPartnership whether the API's default answer counts it towards a partnership
CALL db.index.fulltext.queryNodes('unit_names', '"' + $name + '"') YIELD node, score
WITH node ORDER BY score DESC LIMIT 1
MATCH (node)<-[:PART_OF*0..1]-(unit:AdministrativeUnit)-[party:PARTY_TO]->(i:Instrument)<-[:PARTY_TO]-(other:AdministrativeUnit)
WHERE other.country <> node.country
RETURN node.name AS province, other.name + ' (' + other.country + ')' AS partner, i.kind AS kind, i.title AS title,
       i.signedOn AS signedOn, toString(i.periodStart) + '-' + toString(i.periodEnd) AS period, i.fields AS fields, party.level AS level,
       i.source AS source, i.confidence AS confidence,
       coalesce(i.countsAsPartnership, false) AS countsAsPartnership
ORDER BY i.inForceFrom, title;

// Which instruments expire in a given year (their period ends that year)?
//
// @param year 2025 the year
//
// @column kind the instrument's kind
// @column title the instrument's English title
// @column parties the parties' English names
// @column period the years the instrument covers
// @column renewedBy instruments that renew or replace it, if any
MATCH (i:Instrument {periodEnd: $year})
MATCH (u:AdministrativeUnit)-[:PARTY_TO]->(i)
OPTIONAL MATCH (next:Instrument)-[:RENEWS|REPLACES]->(i)
RETURN i.kind AS kind, i.title AS title, collect(DISTINCT u.name) AS parties,
       toString(i.periodStart) + '-' + toString(i.periodEnd) AS period, collect(DISTINCT next.title) AS renewedBy
ORDER BY title;

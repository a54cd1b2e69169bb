// After the 2025 merger, which current provinces inherit which partnerships?
// Each partnership of a province that Resolution 202/2025/QH15 merged away, with the province that holds its
// territory now and whether the instruments behind it were still in force on the date given.
//
// @param date '2025-07-01' the date on which to check the instruments
//
// @column heir the current province
// @column predecessor the merged province that had the partnership
// @column partner the foreign partner (country in brackets)
// @column instruments the instruments behind the partnership
// @column inForce how many of them were in force on the date
MATCH (old:AdministrativeUnit)-[s:SUCCEEDED_BY]->(heir:AdministrativeUnit)
MATCH (old)-[r:PARTNERS_WITH]-(partner:AdministrativeUnit)
MATCH (i:Instrument) WHERE i.id IN r.instruments
WITH heir, old, partner, collect(i) AS instruments
RETURN heir.name AS heir, old.name AS predecessor, partner.name + ' (' + partner.country + ')' AS partner,
       [i IN instruments | i.title] AS instruments,
       size([i IN instruments WHERE i.inForceFrom <= date($date) AND (i.inForceTo IS NULL OR date($date) <= i.inForceTo)]) AS inForce
ORDER BY heir, predecessor, partner;

// After the 2025 merger, which current provinces inherit which partnerships?
// Each partnership of a province that Resolution 202/2025/QH15 merged away, with the province that holds its
// territory now and whether the instruments behind it were still in force on the date given. Partnerships as the
// API counts them (docs/neo4j.md); by default reviewed facts of confidence 0.7 or more.
//
// @param date '2025-07-01' the date on which to check the instruments
// @param minConfidence 0.7 the lowest confidence a fact needs to count (the API's default)
// @param includeUnreviewed false also count facts nobody has reviewed yet
//
// @column heir the current province
// @column predecessor the merged province that had the partnership
// @column partner the foreign partner (country in brackets)
// @column instruments the instruments behind the partnership
// @column inForce how many of them were in force on the date
MATCH (old:AdministrativeUnit)-[s:SUCCEEDED_BY]->(heir:AdministrativeUnit)
MATCH (old)-[r:PARTNERS_WITH]-(partner:AdministrativeUnit)
WHERE CASE WHEN $includeUnreviewed THEN r.confidence ELSE r.reviewedConfidence END >= $minConfidence
MATCH (i:Instrument)
WHERE i.id IN r.instruments
  AND CASE WHEN $includeUnreviewed THEN i.partnershipConfidence ELSE i.partnershipReviewedConfidence END >= $minConfidence
WITH heir, old, partner, collect(i) AS instruments
RETURN heir.name AS heir, old.name AS predecessor, partner.name + ' (' + partner.country + ')' AS partner,
       [i IN instruments | i.title] AS instruments,
       size([i IN instruments WHERE i.inForceFrom <= date($date) AND (i.inForceTo IS NULL OR date($date) <= i.inForceTo)]) AS inForce
ORDER BY heir, predecessor, partner;

// Which foreign provinces are the most connected to a country's provinces?
// Partnerships as the API counts them (docs/neo4j.md); by default reviewed facts of confidence 0.7 or more.
//
// @param country 'VN' ISO 3166-1 alpha-2 code of the home country
// @param limit 20 how many to list
// @param minConfidence 0.7 the lowest confidence a fact needs to count (the API's default)
// @param includeUnreviewed false also count facts nobody has reviewed yet
//
// @column foreignProvince the foreign province (country in brackets)
// @column partners how many of the country's provinces it partners with
// @column instruments how many instruments stand behind these partnerships (at that confidence)
MATCH (home:AdministrativeUnit {country: $country})-[r:PARTNERS_WITH]-(foreign:AdministrativeUnit)
WHERE foreign.country <> $country
  AND CASE WHEN $includeUnreviewed THEN r.confidence ELSE r.reviewedConfidence END >= $minConfidence
OPTIONAL MATCH (i:Instrument)
WHERE i.id IN r.instruments
  AND CASE WHEN $includeUnreviewed THEN i.partnershipConfidence ELSE i.partnershipReviewedConfidence END >= $minConfidence
WITH foreign, count(DISTINCT home) AS partners, count(DISTINCT i) AS instruments
RETURN foreign.name + ' (' + foreign.country + ')' AS foreignProvince, partners, instruments
ORDER BY partners DESC, instruments DESC, foreignProvince
LIMIT $limit;

// Which provinces of one country partner with several provinces of another country?
// (Which Lao provinces partner with several Vietnamese provinces?) All time, as the parties were. A partnership
// is what the API counts (docs/neo4j.md): cooperation instruments and mechanism memberships, never visits or
// awards; by default only reviewed facts of confidence 0.7 or more, which leaves out facts known only from a
// related-news headline.
//
// @param country 'LA' ISO 3166-1 alpha-2 code of the provinces' country
// @param partnerCountry 'VN' ISO 3166-1 alpha-2 code of the partners' country
// @param minPartners 2 the fewest partners a province must have
// @param minConfidence 0.7 the lowest confidence a fact needs to count (the API's default)
// @param includeUnreviewed false also count facts nobody has reviewed yet
//
// @column province the province's English name (id in brackets)
// @column partners how many partners it has in the partner country
// @column partnerNames the partners' English names
// @column confidence the lowest of the partnerships' confidences (each the best of its facts)
// @column sources how the facts behind the partnerships are known
MATCH (p:AdministrativeUnit {country: $country})-[r:PARTNERS_WITH]-(q:AdministrativeUnit {country: $partnerCountry})
WHERE CASE WHEN $includeUnreviewed THEN r.confidence ELSE r.reviewedConfidence END >= $minConfidence
WITH p, r, q, CASE WHEN $includeUnreviewed THEN r.confidence ELSE r.reviewedConfidence END AS confidence
WITH p, collect(DISTINCT q.name) AS partnerNames, min(confidence) AS confidence, collect(r.sources) AS sourceLists
WHERE size(partnerNames) >= $minPartners
UNWIND sourceLists AS sourceList
UNWIND sourceList AS source
WITH p, partnerNames, confidence, collect(DISTINCT source) AS sources
RETURN p.name + ' (' + p.id + ')' AS province, size(partnerNames) AS partners, partnerNames, confidence, sources
ORDER BY partners DESC, province;

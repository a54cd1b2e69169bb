// Which provinces of one country partner with several provinces of another country?
// (Which Lao provinces partner with several Vietnamese provinces?) All time, as the parties were.
//
// @param country 'LA' ISO 3166-1 alpha-2 code of the provinces' country
// @param partnerCountry 'VN' ISO 3166-1 alpha-2 code of the partners' country
// @param minPartners 2 the fewest partners a province must have
//
// @column province the province's English name (id in brackets)
// @column partners how many partners it has in the partner country
// @column partnerNames the partners' English names
// @column instruments how many instruments stand behind these partnerships
MATCH (p:AdministrativeUnit {country: $country})-[r:PARTNERS_WITH]-(q:AdministrativeUnit {country: $partnerCountry})
WITH p, collect(DISTINCT q.name) AS partnerNames, sum(size(r.instruments)) AS instruments
WHERE size(partnerNames) >= $minPartners
RETURN p.name + ' (' + p.id + ')' AS province, size(partnerNames) AS partners, partnerNames, instruments
ORDER BY partners DESC, province;

// Which foreign provinces are the most connected to a country's provinces?
//
// @param country 'VN' ISO 3166-1 alpha-2 code of the home country
// @param limit 20 how many to list
//
// @column foreignProvince the foreign province (country in brackets)
// @column partners how many of the country's provinces it partners with
// @column instruments how many instruments stand behind these partnerships
MATCH (home:AdministrativeUnit {country: $country})-[r:PARTNERS_WITH]-(foreign:AdministrativeUnit)
WHERE foreign.country <> $country
WITH foreign, count(DISTINCT home) AS partners, sum(size(r.instruments)) AS instruments
RETURN foreign.name + ' (' + foreign.country + ')' AS foreignProvince, partners, instruments
ORDER BY partners DESC, instruments DESC, foreignProvince
LIMIT $limit;

// How do foreign partnerships spread over fields of cooperation, year by year?
// Each instrument counts in the year it came into force, once per field it covers.
//
// @param country 'VN' ISO 3166-1 alpha-2 code of one party's country
//
// @column year the year the instrument came into force
// @column field the field of cooperation
// @column instruments how many instruments of that year cover the field
MATCH (u:AdministrativeUnit {country: $country})-[:PARTY_TO]->(i:Instrument)-[:COVERS]->(f:CooperationField)
WHERE i.inForceFrom IS NOT NULL
  AND EXISTS { MATCH (i)<-[:PARTY_TO]-(other:AdministrativeUnit) WHERE other.country <> $country }
RETURN i.inForceFrom.year AS year, f.name AS field, count(DISTINCT i) AS instruments
ORDER BY year, field;

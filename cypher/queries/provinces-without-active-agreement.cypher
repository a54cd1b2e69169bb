// Which provinces of a country had no instrument with a foreign partner in force on a given date?
// Only provinces that existed that day are listed.
//
// @param country 'VN' ISO 3166-1 alpha-2 code
// @param date '2024-01-01' the date, as YYYY-MM-DD
//
// @column province the province's English name
// @column id its id
// @column everSigned how many foreign instruments it has at any time
MATCH (u:AdministrativeUnit {country: $country})
WHERE NOT (u)-[:PART_OF]->()
  AND (u.validFrom IS NULL OR u.validFrom <= date($date)) AND (u.validTo IS NULL OR date($date) <= u.validTo)
  AND NOT EXISTS {
    MATCH (u)<-[:PART_OF*0..1]-(:AdministrativeUnit)-[:PARTY_TO]->(i:Instrument)<-[:PARTY_TO]-(f:AdministrativeUnit)
    WHERE f.country <> $country AND i.inForceFrom <= date($date) AND (i.inForceTo IS NULL OR date($date) <= i.inForceTo)
  }
RETURN u.name AS province, u.id AS id, COUNT { (u)-[:PARTY_TO]->(:Instrument) } AS everSigned
ORDER BY province;

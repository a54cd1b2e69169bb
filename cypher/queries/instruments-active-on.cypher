// Which instruments were in force on a given date?
// "In force" is the span the API derives from the sources (periods, signing dates, replacements and renewals),
// stored on each instrument as inForceFrom and inForceTo by the loader; undated instruments are not listed.
//
// @param date '2024-01-01' the date, as YYYY-MM-DD
//
// @column kind the instrument's kind
// @column title the instrument's English title
// @column parties the parties' English names
// @column inForceFrom the first day in force
// @column inForceTo the last day in force (null while open-ended)
MATCH (i:Instrument)
WHERE i.inForceFrom <= date($date) AND (i.inForceTo IS NULL OR date($date) <= i.inForceTo)
MATCH (u:AdministrativeUnit)-[:PARTY_TO]->(i)
RETURN i.kind AS kind, i.title AS title, collect(u.name) AS parties, i.inForceFrom AS inForceFrom, i.inForceTo AS inForceTo
ORDER BY inForceFrom, title;

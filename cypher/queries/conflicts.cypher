// Where do the sources disagree? Attributes of an instrument to which documents give different values.
//
// @column instrument the instrument's title
// @column field the attribute (signed_on, kind…)
// @column value one sourced value
// @column document the document that gives it
// @column quote the words of the document
MATCH (i:Instrument)<-[:SUPPORTS]-(e:Evidence)
WHERE e.field IS NOT NULL AND e.value IS NOT NULL
WITH i, e.field AS field, collect(DISTINCT e.value) AS values
WHERE size(values) > 1
MATCH (i)<-[:SUPPORTS]-(e:Evidence {field: field})-[:IN_DOCUMENT]->(d:Document)
RETURN i.title AS instrument, field, e.value AS value, d.title AS document, e.quote AS quote
ORDER BY instrument, field, value;

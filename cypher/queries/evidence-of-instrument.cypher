// Which documents say so? Every span of every document that states an instrument.
//
// @param instrumentId 'bac-giang-plan-481-kh-ubnd-2022' the instrument's id
//
// @column document the document's title
// @column publisher who published it, when known
// @column start the first character of the span (UTF-16 code units)
// @column end the character after the span
// @column field the attribute the span gives a value for (signed_on…), if any
// @column value that value
// @column quote the words of the document
MATCH (i:Instrument {id: $instrumentId})<-[:SUPPORTS]-(e:Evidence)-[:IN_DOCUMENT]->(d:Document)
RETURN d.title AS document, d.publisher AS publisher, e.start AS start, e.end AS end, e.field AS field, e.value AS value, e.quote AS quote
ORDER BY document, start;

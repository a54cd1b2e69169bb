// What did one province pledge to another, and which document says so?
// (What did Son La pledge to Xieng Khouang?)
//
// @param from 'VN-05' the id of the province that pledged
// @param to 'LA-XI' the id of the province pledged to
//
// @column kind the type of pledge (grant, project, scholarships, training…)
// @column description what was pledged
// @column amount the amount, in the unit given
// @column unit an ISO 4217 currency (VND) or a count unit
// @column instrument the instrument the pledge was made under
// @column document the title of a document that states it
// @column quote the words of the document
MATCH (giver:AdministrativeUnit {id: $from})<-[:GIVEN_BY]-(c:Commitment)-[:GIVEN_TO]->(:AdministrativeUnit {id: $to})
MATCH (c)-[:UNDER]->(i:Instrument)
OPTIONAL MATCH (c)<-[:SUPPORTS]-(e:Evidence)-[:IN_DOCUMENT]->(d:Document)
RETURN c.kind AS kind, c.description AS description, c.amount AS amount, c.unit AS unit, i.title AS instrument,
       d.title AS document, e.quote AS quote
ORDER BY kind, description;

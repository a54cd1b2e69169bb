// Reads [{ name, query, parameters }] as JSON on standard input and writes, as JSON on standard output,
// [{ name, diagnostics: [{ severity, message, line, column }] }] from Neo4j's linter (lintCypherQuery).
// Parameters are declared from the given names, so an undeclared $parameter is reported.
// Severity: 1 error, 2 warning (e.g. deprecated syntax).
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const statements = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const results = statements.map(({ name, query, parameters }) => {
  const { diagnostics } = lintCypherQuery(query, { parameters: parameters ?? {} });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));

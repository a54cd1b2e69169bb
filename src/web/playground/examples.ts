/**
 * The example queries the playground opens as tabs, first tab active. Each is a file in ./examples
 * (NN-name.graphql, with NN-name.variables.json when it takes variables) so that the API's tests can run every
 * one of them against the real schema. The first line of each query is a `# ` comment stating the question.
 */
const queries = import.meta.glob<string>('./examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const variables = import.meta.glob<Record<string, unknown>>('./examples/*.variables.json', { import: 'default', eager: true });

export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const examples: Example[] = Object.keys(queries)
  .sort()
  .map((path) => {
    const query = queries[path];
    const title = query.split('\n', 1)[0].replace(/^#\s*/, '');
    return { title, query, variables: variables[path.replace(/\.graphql$/, '.variables.json')] };
  });

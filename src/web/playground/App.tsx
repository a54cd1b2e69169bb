import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { examples } from './examples.ts';

// Same-origin endpoint. GraphQL.NET does not do incremental delivery, so use the
// plain fetcher and ask for the GraphQL-over-HTTP media type first.
const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', location.href).toString(),
  enableIncrementalDelivery: false,
  headers: { accept: 'application/graphql-response+json, application/json' },
});

const defaultTabs = examples.map(({ query, variables }) => ({
  query,
  variables: variables ? JSON.stringify(variables, null, 2) : undefined,
}));

export function App() {
  return (
    <div className="rg-page">
      <header className="rg-header">
        <strong className="rg-title">RelationsGraph</strong>
        <span className="rg-tagline">
          Foreign relations of Vietnam's provinces, with sources. Names work in any spelling:
          Xaisomboun, Xay Som Bun, Xay Sổm Bun.
        </span>
        <nav className="rg-links">
          <a href="/schema.graphql">Schema</a>
          <a href="/health">Health</a>
        </nav>
      </header>
      <main className="rg-graphiql">
        <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} />
      </main>
    </div>
  );
}

// Monaco (GraphiQL 5's editor) runs its language services in web workers.
// Vite must know the worker entry points at build time, hence the `?worker`
// imports; this mirrors `graphiql/setup-workers/vite` without its console.info.
// It has to run before any Monaco code, so main.tsx imports it first.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
import type { Environment } from 'monaco-editor';

(globalThis as typeof globalThis & { MonacoEnvironment?: Environment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
};

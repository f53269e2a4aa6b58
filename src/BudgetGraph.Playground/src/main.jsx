// Monaco's editor workers (editor, JSON, GraphQL), bundled by Vite as separate worker chunks.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { fetcher } from './fetcher.js';
import { DEFAULT_QUERY, DEFAULT_VARIABLES } from './defaultQuery.js';

// GraphiQL keeps the visitor's tabs in localStorage under this key. Only a first visit (no saved
// tabs) gets the example variables; GraphiQL applies `defaultTabs` to the query editor but not to
// the variables editor, hence `initialVariables`, which would otherwise add a tab on every visit.
const FIRST_VISIT = window.localStorage.getItem('graphiql:tabs') === null;

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      // Used only when the browser has no saved tabs yet (GraphiQL keeps the visitor's own
      // queries in localStorage, and the history plugin lists past runs).
      defaultTabs={[{ query: DEFAULT_QUERY, variables: DEFAULT_VARIABLES }]}
      initialVariables={FIRST_VISIT ? DEFAULT_VARIABLES : undefined}
      defaultEditorToolsVisibility="variables"
      plugins={[HISTORY_PLUGIN]}
      // The documentation explorer (GraphiQL's default reference plugin) stays enabled.
    >
      <GraphiQL.Logo>BudgetGraph playground</GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);

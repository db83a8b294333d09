/**
 * The GraphQL explorer (GraphiQL), outside production only: the gateway serves /console/explorer/ unless it
 * runs in production (gateway/src/console.ts). Bundled apart from the console (vite.explorer.config.ts), React
 * and Monaco included, its editor workers built as files of this origin: no CDN, and no script of another origin.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * One operation to the gateway's /graphql on this origin: the browser's TLS session presents the member's
 * certificate, so the explorer holds no token or key; the member sees what its certificate may see.
 */
const fetcher: Fetcher = async (params, opts) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...(opts?.headers as Record<string, string> | undefined),
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return res.json();
};

const WELCOME = `# The exchange's GraphQL API, as your certificate sees it (outside production only).
# Run with Ctrl-Enter. The Docs panel lists every field with its limits and who may read it.
query Viewer {
  viewer {
    role
    org
    name
    region
  }
}
`;

createRoot(document.getElementById('explorer')!).render(
  createElement(GraphiQL, { fetcher, defaultQuery: WELCOME, isHeadersEditorEnabled: false }),
);

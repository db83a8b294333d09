/** evidence: every section's latest signed tree head, built from the supergraph's Evidence type. */
import type { Probe } from '../assert.js';
import { objectFields } from '../supergraph.js';

export const PROBES: Record<string, Probe> = {
  evidence: {
    query: () =>
      `{ evidence { ${objectFields('Evidence')
        .filter((f) => f.name !== 'scope')
        .map((f) => `${f.name} { logId treeHead { size root } }`)
        .join(' ')} } }`,
    field: 'evidence',
    async plan() {
      return { vars: {}, contains: ['"logId":"lsgw/penalty-reports"'] };
    },
  },
};

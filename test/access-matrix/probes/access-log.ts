/**
 * accessLog: each subgraph adds its section, so the selection is built from the supergraph's AccessLog type
 * (every paged section, its first page). The national offices must see the reads of the provincial SAMR
 * of Zhejiang.
 */
import * as pr from '../../penalty-reports/helpers.js';
import type { Probe } from '../assert.js';
import { objectFields } from '../supergraph.js';

const READER = 'samr/province/330000';

function accessLogQuery(): string {
  const sections = objectFields('AccessLog').map((f) =>
    f.paged ? `${f.name}(first: 5) { edges { node { principalOrg operation } } }` : f.name,
  );
  return `query($filter: AccessLogFilter) { accessLog(filter: $filter) { ${sections.join(' ')} } }`;
}

export const PROBES: Record<string, Probe> = {
  accessLog: {
    query: accessLogQuery,
    field: 'accessLog',
    async plan(ctx) {
      await ctx.client('samr-province-in').query(pr.GET, { id: ctx.seed.id.RA }); // a logged read, whatever ran before
      return { vars: { filter: { principalOrg: READER } }, contains: [`"principalOrg":"${READER}"`] };
    },
  },
};

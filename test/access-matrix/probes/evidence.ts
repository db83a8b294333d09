/**
 * evidence: every section's latest signed tree head, built from the supergraph's Evidence type; inclusion
 * proofs of seeded leaves and a range of entries, with the leaves found by a national office (which reads
 * every entry).
 */
import type { Probe } from '../assert.js';
import type { Ctx } from '../seed.js';
import { objectFields } from '../supergraph.js';

const ENTRIES = (section: string) =>
  `query($from: Int!, $count: Int!) { evidence { ${section} { entries(fromIndex: $from, count: $count) { leafIndex entry } } } }`;
const PROOF = (section: string) =>
  `query($i: Int!, $n: Int!) { evidence { ${section} { inclusionProof(leafIndex: $i, treeSize: $n) { logId leafIndex treeSize } } } }`;

/** The leaf of (kind, recordId) in a section's log, and the log's size, as a national office reads them. */
async function leafOf(ctx: Ctx, section: string, kind: string, recordId: string): Promise<{ i: number; n: number }> {
  const r = await ctx.client('samr-national').query(ENTRIES(section), { from: 0, count: 1000 });
  const list = r.body.data.evidence[section].entries as { leafIndex: number; entry: string }[];
  const hit = list.find((e) => {
    const x = JSON.parse(e.entry);
    return x.kind === kind && x.recordId === recordId;
  });
  if (!hit) throw new Error(`no ${kind} leaf of ${recordId} in ${section}`);
  return { i: hit.leafIndex, n: list.length };
}

/** A seeded leaf's label, from its entry. */
function labelOf(ctx: Ctx, entry: string): string | undefined {
  const { kind, recordId } = JSON.parse(entry);
  const { FA, FO, FB } = ctx.seed.id;
  const names: Record<string, string> = {
    [`filing.batch ${FA}/batch/1`]: 'A·batch',
    [`filing.submit ${FA}`]: 'A·submit',
    [`filing.batch ${FO}/batch/1`]: 'O·batch',
    [`filing.batch ${FB}/batch/1`]: 'B·batch',
    [`filing.submit ${FB}`]: 'B·submit',
  };
  return names[`${kind} ${recordId}`];
}

const proofOf = (section: string, kind: string, id: (ctx: Ctx) => string): Probe => ({
  query: PROOF(section),
  field: 'evidence',
  async plan(ctx) {
    const { i, n } = await leafOf(ctx, section, kind, id(ctx));
    return { vars: { i, n }, contains: [`"leafIndex":${i}`] };
  },
});

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
  'evidence · inclusionProof of a filing batch': proofOf(
    'identityRegistry',
    'filing.batch',
    (c) => `${c.seed.id.FA}/batch/1`,
  ),
  'evidence · inclusionProof of a filing submission': proofOf('identityRegistry', 'filing.submit', (c) => c.seed.id.FA),
  'evidence · inclusionProof of a disposal report': proofOf(
    'penaltyReports',
    'disposalReport.submit',
    (c) => c.seed.id.RA,
  ),
  'evidence · inclusionProof of a blacklist entry': proofOf('blacklist', 'blacklistEntry.list', (c) => c.seed.id.EA),
  'evidence · inclusionProof of a notice': proofOf('caseCooperation', 'notice.send', (c) => c.seed.id.NS),
  'evidence · entries': {
    query: ENTRIES('identityRegistry'),
    field: 'evidence',
    plan: () => ({ vars: { from: 0, count: 1000 } }),
    labels: (value, ctx) =>
      (value.identityRegistry.entries as { entry: string | null }[]).map((e) =>
        e.entry ? labelOf(ctx, e.entry) : undefined,
      ),
  },
};

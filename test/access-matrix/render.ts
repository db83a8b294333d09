/**
 * docs/access-matrix.md, rendered from the table: one table per subgraph (rows: operations, columns: caller
 * kinds, cells: symbols), the records the filtered cells name, each row's target and legal basis, and the
 * known deviations of the code. Pure: the generator script writes it, a test compares it.
 */
import { CALLERS, callerOf } from './callers.js';
import { DEVIATIONS } from './deviations.js';
import { SYMBOLS, describeOutcome, type Outcome, type Row } from './outcomes.js';
import { SECTIONS, deviationOf } from './table.js';

export const DOC_PATH = 'docs/access-matrix.md';

const cell = (o: Outcome): string =>
  o.kind === 'FILTERED' ? `${SYMBOLS.FILTERED.symbol} ${o.sees.join(' ')}` : SYMBOLS[o.kind].symbol;
const opName = (r: Row): string => {
  const sub = r.id === r.op ? '' : ` · ${r.id.slice(r.op.length + 3)}`;
  return `${r.type === 'mutation' ? '*M* ' : ''}\`${r.op}\`${sub}`;
};
const esc = (s: string): string => s.replace(/\|/g, '\\|');

function renderRow(r: Row): string {
  const cells = CALLERS.map((c) => cell(r.cells[c.key]) + (deviationOf(r.id, c.key) ? ' ⚠' : ''));
  return `| ${opName(r)} | ${cells.join(' | ')} |`;
}

export function renderMatrix(): string {
  const out: string[] = [];
  out.push('# Access matrix');
  out.push('');
  out.push('Who may do what, operation by operation: what the law (the Measures, `regulation/measures.zh.md`) and');
  out.push(
    'DESIGN §4 allow. Generated from `test/access-matrix/table.ts` by `npm run docs:access-matrix`: do not edit',
  );
  out.push('by hand. `test/access-matrix/matrix.test.ts` runs every cell through the gateway over mutual TLS and');
  out.push('fails when the code or this document disagrees with the table, or when the supergraph has an operation');
  out.push('the table does not list.');
  out.push('');
  out.push('## Callers');
  out.push('');
  out.push('"in" offices cover the owning platform\'s domicile (330106); "out" offices are the nearest that do not.');
  out.push('');
  out.push('| column | caller |');
  out.push('| --- | --- |');
  for (const c of CALLERS) out.push(`| ${c.header} | ${c.who} |`);
  out.push('');
  out.push('## Symbols');
  out.push('');
  out.push('| cell | meaning |');
  out.push('| --- | --- |');
  for (const s of Object.values(SYMBOLS)) out.push(`| ${s.symbol} | ${s.meaning} |`);
  out.push('| ⚠ | the code is known to differ: see [Deviations](#deviations) |');
  out.push('');
  out.push(
    '*M* marks a mutation. A write that is to succeed acts on a record of its own (`submitFiling`: the open filing',
  );
  out.push(
    "the batch rows added to, demo-platform's only other period); the refusals of a row act on one shared record, first.",
  );
  for (const s of SECTIONS) {
    out.push('');
    out.push(`## ${s.title}`);
    out.push('');
    out.push(`| operation | ${CALLERS.map((c) => c.header).join(' | ')} |`);
    out.push(`| --- | ${CALLERS.map(() => ':-:').join(' | ')} |`);
    for (const r of s.rows) out.push(renderRow(r));
    const labels = Object.entries(s.legend);
    if (labels.length) {
      out.push('');
      out.push('Records:');
      out.push('');
      for (const [k, v] of labels) out.push(`- **${k}**: ${v}`);
    }
    out.push('');
    out.push('Targets and legal basis:');
    out.push('');
    for (const r of s.rows) out.push(`- ${opName(r)}: ${esc(r.target)}. ${esc(r.basis)}.`);
  }
  out.push('');
  out.push('## Deviations');
  out.push('');
  if (DEVIATIONS.length === 0) out.push('None known.');
  for (const d of DEVIATIONS) {
    const r = SECTIONS.flatMap((s) => s.rows).find((x) => x.id === d.row)!;
    const who = d.callers.map((k) => callerOf(k).header).join(', ');
    out.push(
      `- ${opName(r)} as ${who}: the table says ${describeOutcome(r.cells[d.callers[0]])}, the code answers ${describeOutcome(d.actual)}. ${d.note}`,
    );
  }
  out.push('');
  return out.join('\n');
}

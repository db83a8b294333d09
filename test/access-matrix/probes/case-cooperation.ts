/** How each case-cooperation row is called: documents from test/case-cooperation/fixtures.ts. */
import * as cc from '../../case-cooperation/fixtures.js';
import * as sm from '../../case-cooperation/summons.fixtures.js';
import type { Probe } from '../assert.js';
import { itemsOf } from '../assert.js';
import { officeInput, type CallerKey } from '../callers.js';
import { leadTo, noticeSubject, send, type Ctx, type Secret } from '../seed.js';
import { TABLE } from '../table.js';

const secrets = (ctx: Ctx, l: string) => ctx.seed.secrets.get(`case-cooperation:notice:${l}`) ?? [];
const label = (ctx: Ctx, key: string) => ctx.seed.label['case-cooperation']?.get(key);
const subjectOf = (s: any[]): Secret => ({ full: s[0].person.idDocument.number, name: s[0].person.name });
const PERSONS = 'subjects { person { name idDocument { number } } }';

const NOTICES = `query($first: Int) { notices(first: $first) { edges { node { id status ${PERSONS} } } } }`;
const CHANGES = `query($first: Int) { notices(first: $first, updatedSince: "1970-01-01T00:00:00Z") {
  edges { node { id status ${PERSONS} } } } }`;
const LEAD = `query($id: ID!) { lead(id: $id) { id status ${PERSONS} } }`;
const LEADS = `query { leads(first: 100) { edges { node { id status ${PERSONS} } } } }`;
const ANSWERED = `query($id: ID!) { notice(id: $id) { id status ${PERSONS}
  answers { seq disposalReports { id facts subject { person { name idDocument { number } } } } } } }`;

/** Whether the table lets `caller` read disposal report A. */
const readsReportA = (caller: CallerKey) => TABLE.find((r) => r.id === 'disposalReport')!.cells[caller].kind === 'DATA';

const readOne = (name: string, l: string): Probe => ({
  query: cc.GET,
  field: 'notice',
  plan: (ctx) => ({ vars: { id: ctx.seed.id[name] }, id: ctx.seed.id[name], secrets: secrets(ctx, l) }),
});

const list = (query: string, field: string): Probe => ({
  query,
  field,
  plan: () => ({ vars: { first: 100 } }),
  labels: (v, ctx) => itemsOf(v).map((node) => label(ctx, node.id)),
  secretsOf: secrets,
});

/** An action on a notice to demo-platform from the Xihu SAMR: a new one when the cell is to succeed, else the shared one. */
const onNotice = (
  query: string,
  field: string,
  kind: 'violation' | 'unreachable',
  vars: (ctx: Ctx) => Record<string, unknown>,
): Probe => ({
  query,
  field,
  async plan(ctx, _caller, fresh) {
    const id = fresh ? await send(ctx, 'samr-county-in', cc[kind]({ subjects: noticeSubject(ctx) })) : ctx.seed.id.NX;
    return { vars: { id, ...vars(ctx) }, id };
  },
});

const sendNotice = (kind: 'violation' | 'unreachable'): Probe => ({
  query: cc.SEND,
  field: 'sendNotice',
  plan(ctx) {
    const subjects = noticeSubject(ctx);
    return { vars: { input: cc[kind]({ subjects }) }, secrets: [subjectOf(subjects)] };
  },
});

const DAY = 86_400_000;
/** A summons from the Xihu SAMR to demo-platform, meeting three days ahead of the matrix clock. */
const summonsInput = (ctx: Ctx) => sm.summons(new Date(ctx.now().getTime() + 3 * DAY).toISOString());

/** An action on a summons of its own (refusals too: a summons is cheap to send and the seed has none). */
const onSummons = (query: string, field: string, input: (ctx: Ctx) => Record<string, unknown>): Probe => ({
  query,
  field,
  async plan(ctx) {
    const id = await send(ctx, 'samr-county-in', summonsInput(ctx));
    return { vars: { id, input: input(ctx) }, id };
  },
});

export const PROBES: Record<string, Probe> = {
  notice: readOne('NS', 'S'),
  'notice · CAC sender': readOne('NC', 'C'),
  'notice · answered': {
    query: ANSWERED,
    field: 'notice',
    plan(ctx, caller) {
      const report = ctx.seed.secrets.get('penalty-reports:report:A') ?? [];
      return {
        vars: { id: ctx.seed.id.NR },
        id: ctx.seed.id.NR,
        secrets: [...secrets(ctx, 'R'), ...(readsReportA(caller) ? report : [])],
        absent: readsReportA(caller) ? [] : report,
      };
    },
  },
  notices: list(NOTICES, 'notices'),
  'notices · updatedSince': list(CHANGES, 'notices'),
  lead: {
    query: LEAD,
    field: 'lead',
    plan: (ctx) => ({ vars: { id: ctx.seed.id.L }, id: ctx.seed.id.L, secrets: secrets(ctx, 'L') }),
  },
  leads: list(LEADS, 'leads'),
  'sendNotice · VIOLATION': sendNotice('violation'),
  'sendNotice · UNREACHABLE_CONTACT': sendNotice('unreachable'),
  'sendNotice · SUMMONS': {
    query: cc.SEND,
    field: 'sendNotice',
    plan: (ctx) => ({ vars: { input: summonsInput(ctx) } }),
  },
  confirmSummonsAttendance: onSummons(sm.CONFIRM, 'confirmSummonsAttendance', () => ({ attendees: sm.ATTENDEES })),
  recordSummonsOutcome: onSummons(sm.OUTCOME, 'recordSummonsOutcome', (ctx) => ({
    outcome: 'RESCHEDULED',
    note: 'moved at the platform’s request',
    meetingAt: new Date(ctx.now().getTime() + 5 * DAY).toISOString(),
  })),
  'noticeDueDate · UNREACHABLE_CONTACT': {
    query: 'query { noticeDueDate(kind: UNREACHABLE_CONTACT) { rule workingDays dueDate dueApproximate } }',
    field: 'noticeDueDate',
    plan: () => ({ vars: {} }),
  },
  acknowledgeNotice: onNotice(cc.ACK, 'acknowledgeNotice', 'violation', () => ({})),
  recordReminder: onNotice(cc.REMIND, 'recordReminder', 'unreachable', (ctx) => ({
    at: ctx.now().toISOString(),
    channel: 'SMS',
  })),
  answerNotice: onNotice(cc.ANSWER, 'answerNotice', 'violation', () => ({
    input: { data: { note: 'the streamer was warned' } },
  })),
  closeNotice: onNotice(cc.CLOSE, 'closeNotice', 'violation', () => ({ outcome: 'resolved' })),
  transferLead: {
    query: cc.TRANSFER,
    field: 'transferLead',
    plan: (_ctx, caller) => ({
      vars: {
        input: {
          to: officeInput(caller === 'cac-province-in' ? 'samr-province-in' : 'cac-province-in'),
          summary: 'Misleading ads on a second platform',
        },
      },
    }),
  },
  decideLead: {
    query: cc.DECIDE,
    field: 'decideLead',
    async plan(ctx, _caller, fresh) {
      const id = fresh ? await leadTo(ctx, 'samr-county-in', 'cac-province-in') : ctx.seed.id.L;
      return { vars: { id, decision: 'ACCEPT' }, id };
    },
  },
};

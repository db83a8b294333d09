import { randomUUID } from 'node:crypto';
import * as G from './__generated__/graphql.js';
import { type MemberFiles, readMemberFiles, type TlsMaterial } from './connection.js';
import { paginate } from './pages.js';
import { type SendOptions, Transport, type TransportOptions } from './transport.js';

export interface LsgwClientOptions extends Omit<TransportOptions, 'tls'> {
  /** The member's files (PEM certificate + key, or a .p12), or TLS material already read. */
  member: MemberFiles | TlsMaterial;
}

type Vars<D> = D extends G.TypedDocumentString<any, infer V> ? V : never;
type Data<D> = D extends G.TypedDocumentString<infer R, any> ? R : never;
type Paged<V> = Omit<V, 'first' | 'after'> & { first?: number | null; after?: string | null };
type Subject = G.CheckSubjectInput;
export type AccessLogSection = 'identityRegistry' | 'penaltyReports' | 'blacklist' | 'caseCooperation';

/** A filing the caller may not read has no pages. */
const NO_PAGE = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** Subjects the exchange takes in one peer check (Art 14 ¶4; subgraphs/blacklist). */
export const CHECK_BATCH_SIZE = 1000;

/**
 * The typed client of the exchange: one method per job of each member, over the generated documents of
 * client/operations. Lists are async iterators over every page; writes that a retry could repeat carry an
 * idempotency key, made here when the caller gave none, so a repeated try returns the first result.
 * `execute` runs any generated document.
 */
export class LsgwClient {
  private readonly transport: Transport;

  constructor(opts: LsgwClientOptions) {
    const tls = 'ca' in opts.member && Buffer.isBuffer(opts.member.ca) ? (opts.member as TlsMaterial) : undefined;
    this.transport = new Transport({ ...opts, tls: tls ?? readMemberFiles(opts.member as MemberFiles) });
  }

  /** Runs a generated document; throws a typed LsgwError (errors.ts) when the exchange refuses. */
  execute<D extends G.TypedDocumentString<any, any>>(
    doc: D,
    variables?: Vars<D>,
    opts?: SendOptions,
  ): Promise<Data<D>> {
    return this.transport.send<Data<D>>(doc.toString(), variables, opts);
  }

  /** Every node of a connection, page after page (`first` is the page size). */
  pages<D extends G.TypedDocumentString<any, any>, N>(
    doc: D,
    variables: Paged<Vars<D>>,
    connectionOf: (data: Data<D>) => {
      edges: { node: N }[];
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    },
  ): AsyncGenerator<N, void, undefined> {
    return paginate((v) => this.execute(doc, v as Vars<D>), variables, connectionOf);
  }

  /** The lib/http/client.ts shape, one try a call: for the filing upload, which has its own retry rule. */
  get raw() {
    const t = this.transport;
    return {
      request: async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
        t.raw(query, variables, headers),
      close: () => t.close(),
    };
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  // Every member
  async viewer() {
    return (await this.execute(G.ViewerDocument)).viewer;
  }

  // Platforms: file (Art 9)
  async openFiling(period: string) {
    return (await this.execute(G.OpenFilingDocument, { period }, { idempotent: true })).openFiling;
  }
  async addFilingBatch(v: G.AddFilingBatchMutationVariables) {
    // Batch k of a filing is idempotent: the same content again is answered `replayed: true`.
    return (await this.execute(G.AddFilingBatchDocument, v, { idempotent: true })).addFilingBatch;
  }
  /**
   * `nothingToReport`: the sections the platform declares empty for the period (Art 9; else they read MISSING).
   * `expect`: what the seal must hold (lib/filing/canonical.ts expectationOf); any difference is a CONFLICT.
   */
  async submitFiling(filingId: string, nothingToReport?: G.FilingSection[], expect?: G.FilingExpectation) {
    // Submitting a sealed filing again returns it with the first submission's receipt.
    const v = { filingId, ...(nothingToReport?.length ? { nothingToReport } : {}), ...(expect ? { expect } : {}) };
    return (await this.execute(G.SubmitFilingDocument, v, { idempotent: true })).submitFiling;
  }
  async filing(id: string) {
    return (await this.execute(G.FilingDocument, { id })).filing;
  }
  filings(v: Paged<G.FilingsQueryVariables> = {}) {
    return this.pages(G.FilingsDocument, v, (d) => d.filings);
  }
  /** Every receipt the exchange handed out for the filing's writes, in log order (Art 9), to download again. */
  filingReceipts(id: string, first = 500) {
    return this.pages(G.FilingReceiptsDocument, { id, first }, (d) => d.filing?.receipts ?? NO_PAGE);
  }
  /** The batches the exchange holds for the filing, with their content hashes. */
  filingBatches(id: string, first = 500) {
    return this.pages(G.FilingBatchesDocument, { id, first }, (d) => d.filing?.batches ?? NO_PAGE);
  }

  // Platforms: report (Art 12)
  async submitDisposalReport(input: G.DisposalReportInput) {
    return (await this.execute(G.SubmitDisposalReportDocument, { input }, { idempotent: true })).submitDisposalReport;
  }
  async amendDisposalReport(id: string, input: G.DisposalReportInput, reason: string) {
    return (await this.execute(G.AmendDisposalReportDocument, { id, input, reason })).amendDisposalReport;
  }
  async liftMeasure(v: G.LiftMeasureMutationVariables) {
    return (await this.execute(G.LiftMeasureDocument, v)).liftMeasure;
  }

  // List
  disposalReports(filter?: G.DisposalReportFilter, first = 100) {
    return this.pages(G.DisposalReportsDocument, { filter, first }, (d) => d.disposalReports);
  }
  async disposalReport(id: string) {
    return (await this.execute(G.DisposalReportDocument, { id })).disposalReport;
  }
  notices(filter?: G.NoticeFilter, first?: number) {
    return this.pages(G.NoticesDocument, { filter, first }, (d) => d.notices);
  }
  /**
   * Notices created or changed at or after `since` (inclusive; an ISO 8601 instant), oldest change first, each
   * at its last change (`updatedAt`). A write is stamped before it commits: poll again from a little before
   * the newest updatedAt seen, and drop the changes already seen (same id and updatedAt).
   */
  noticeChanges(since: string, filter?: G.NoticeFilter, first?: number) {
    return this.pages(G.NoticesDocument, { filter, first, updatedSince: since }, (d) => d.notices);
  }
  async notice(id: string) {
    return (await this.execute(G.NoticeDocument, { id })).notice;
  }
  blacklistEntries(filter?: G.BlacklistFilter, first?: number) {
    return this.pages(G.BlacklistEntriesDocument, { filter, first }, (d) => d.blacklistEntries);
  }
  leads(filter?: G.LeadFilter, first?: number) {
    return this.pages(G.LeadsDocument, { filter, first }, (d) => d.leads);
  }

  // Platforms: check (Art 14 ¶3, ¶4)
  /** One peer check of up to 1,000 subjects; results in input order. */
  async blacklistCheck(subjects: Subject[], purpose: G.CheckPurpose) {
    return (await this.execute(G.BlacklistCheckDocument, { subjects, purpose })).blacklistCheck;
  }
  /**
   * Any number of subjects, 1,000 a call, one call at a time (the exchange limits calls, not subjects, per
   * platform: a RATE_LIMITED call is repeated after its Retry-After). Yields each chunk's results, in input
   * order, with the index of its first subject; `from` skips subjects already checked (a resumed run).
   */
  async *blacklistCheckAll(subjects: Subject[], purpose: G.CheckPurpose, from = 0) {
    for (let start = from; start < subjects.length; start += CHECK_BATCH_SIZE) {
      const chunk = subjects.slice(start, start + CHECK_BATCH_SIZE);
      yield { start, results: await this.blacklistCheck(chunk, purpose) };
    }
  }

  // Platforms: list on the blacklist (Art 14 ¶2) and handle appeals
  async addBlacklistEntry(input: G.BlacklistEntryInput) {
    return (await this.execute(G.AddBlacklistEntryDocument, { input }, { idempotent: true })).addBlacklistEntry;
  }
  async fileAppeal(entryId: string, input: G.AppealInput) {
    return (await this.execute(G.FileAppealDocument, { entryId, input })).fileAppeal;
  }
  async decideAppeal(v: G.DecideAppealMutationVariables) {
    return (await this.execute(G.DecideAppealDocument, v)).decideAppeal;
  }
  async removeBlacklistEntry(id: string, reason: string) {
    return (await this.execute(G.RemoveBlacklistEntryDocument, { id, reason })).removeBlacklistEntry;
  }

  // Platforms: acknowledge and answer notices (Art 21, 22)
  async acknowledgeNotice(id: string) {
    return (await this.execute(G.AcknowledgeNoticeDocument, { id }, { idempotent: true })).acknowledgeNotice;
  }
  async answerNotice(id: string, input: G.NoticeAnswerInput) {
    const v = { id, input: { ...input, idempotencyKey: input.idempotencyKey ?? randomUUID() } };
    return (await this.execute(G.AnswerNoticeDocument, v, { idempotent: true })).answerNotice;
  }
  async recordReminder(noticeId: string, remindedAt: string, channel: string) {
    return (await this.execute(G.RecordReminderDocument, { noticeId, remindedAt, channel })).recordReminder;
  }
  /** Art 52: who attends a summons, by role; the same list again returns the first receipt. */
  async confirmSummonsAttendance(noticeId: string, input: G.SummonsAttendanceInput) {
    const v = { noticeId, input };
    return (await this.execute(G.ConfirmSummonsAttendanceDocument, v, { idempotent: true })).confirmSummonsAttendance;
  }
  /** Art 52, the sending office: ATTENDED, NOT_ATTENDED or RESCHEDULED; the same record again returns the first receipt. */
  async recordSummonsOutcome(noticeId: string, input: G.SummonsOutcomeInput) {
    const v = { noticeId, input };
    return (await this.execute(G.RecordSummonsOutcomeDocument, v, { idempotent: true })).recordSummonsOutcome;
  }

  // Regulators: send, close, transfer (Art 12 ¶2, 21, 22, 46)
  async sendNotice(input: G.NoticeInput) {
    const v = { input: { ...input, idempotencyKey: input.idempotencyKey ?? randomUUID() } };
    return (await this.execute(G.SendNoticeDocument, v, { idempotent: true })).sendNotice;
  }
  async closeNotice(id: string, outcome: string) {
    return (await this.execute(G.CloseNoticeDocument, { id, outcome })).closeNotice;
  }
  async transferLead(input: G.LeadInput) {
    const v = { input: { ...input, idempotencyKey: input.idempotencyKey ?? randomUUID() } };
    return (await this.execute(G.TransferLeadDocument, v, { idempotent: true })).transferLead;
  }
  async decideLead(id: string, decision: G.LeadDecision, reason?: string) {
    return (await this.execute(G.DecideLeadDocument, { id, decision, reason })).decideLead;
  }

  // Regulators: acknowledge (Art 9, 12) and search (Art 9, 48)
  async acknowledgeDisposalReport(id: string) {
    return (await this.execute(G.AcknowledgeDisposalReportDocument, { id }, { idempotent: true }))
      .acknowledgeDisposalReport;
  }
  async acknowledgeFiling(filingId: string) {
    return (await this.execute(G.AcknowledgeFilingDocument, { filingId }, { idempotent: true })).acknowledgeFiling;
  }
  async filingCompliance(period: string) {
    return (await this.execute(G.FilingComplianceDocument, { period })).filingCompliance;
  }
  searchOperators(filter: G.OperatorFilter, first?: number) {
    return this.pages(G.SearchOperatorsDocument, { filter, first }, (d) => d.liveRoomOperators);
  }
  searchStreamers(filter: G.StreamerFilter, first?: number) {
    return this.pages(G.SearchStreamersDocument, { filter, first }, (d) => d.liveStreamers);
  }

  // Logs and receipts
  checkLog(filter?: G.CheckLogFilter, first?: number) {
    return this.pages(G.BlacklistCheckLogDocument, { filter, first }, (d) => d.blacklistCheckLog);
  }
  /** National offices: one service's access records, newest first. */
  accessLog(section: AccessLogSection, filter?: G.AccessLogFilter, first?: number) {
    type Page = NonNullable<G.AccessLogQuery['accessLog'][AccessLogSection]>;
    return this.pages(G.AccessLogDocument, { filter, first, [section]: true }, (d) => d.accessLog[section] as Page);
  }
  async evidenceHeads() {
    return (await this.execute(G.EvidenceHeadsDocument)).evidence;
  }
  /** `count` (1 to 1,000) leaves of one service's log from `fromIndex` on; an entry only where the caller may read it. */
  async evidenceEntries(section: AccessLogSection, fromIndex: number, count: number) {
    const d = await this.execute(G.EvidenceEntriesDocument, { fromIndex, count, [section]: true });
    return d.evidence[section]?.entries ?? [];
  }
  async penaltyReportsInclusionProof(leafIndex: number, treeSize: number) {
    const d = await this.execute(G.PenaltyReportsInclusionProofDocument, { leafIndex, treeSize });
    return d.evidence.penaltyReports.inclusionProof;
  }
}

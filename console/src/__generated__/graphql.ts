/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An appeal's state: FILED (awaiting review) → UPHELD | OVERTURNED. */
export type AppealStatus =
  /** Received and recorded; awaiting the platform's review (one open appeal per entry). */
  | 'FILED'
  /** Reviewed; the listing is lifted (the entry is REMOVED). */
  | 'OVERTURNED'
  /** Reviewed; the listing stands. */
  | 'UPHELD';

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  /** Cyberspace administration: the Cyberspace Administration of China and local 网信部门. */
  | 'CAC'
  /** Market regulation: the State Administration for Market Regulation and local 市场监督管理部门. */
  | 'SAMR';

/**
 * An entry's status, derived from its record and the clock (never stored): REMOVED (early removal or an
 * overturned appeal) > EXPIRED (from the instant the term ends) > UNDER_APPEAL (an appeal is open; still
 * listed) > ACTIVE.
 */
export type BlacklistEntryStatus =
  /** Listed: within its term, no appeal open. */
  | 'ACTIVE'
  /** The term has ended (from endsAt on): no longer listed (Art 14 ¶3). */
  | 'EXPIRED'
  /** Removed before its term ended: early removal or an overturned appeal. */
  | 'REMOVED'
  /** Listed, with an appeal open (Art 14 ¶2 does not suspend a listing under review). */
  | 'UNDER_APPEAL';

/** Which entries to list; every field given narrows the list. */
export type BlacklistFilter = {
  /** Regulators: one listing platform. */
  listingPlatformUscc?: string | null | undefined;
  /** Only entries with this status now. */
  status?: BlacklistEntryStatus | null | undefined;
  /** Entries about this identity (hashed by the service; matched exactly). */
  subject?: CheckSubjectInput | null | undefined;
  /** Only entries about this kind of subject. */
  subjectType?: BlacklistSubjectType | null | undefined;
};

/** Who may be blacklisted (Art 14 ¶1). */
export type BlacklistSubjectType =
  /** 直播间运营者: a natural person or a registered business. */
  | 'LIVE_ROOM_OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'LIVE_STREAMER'
  /** 直播营销人员服务机构: a registered business. */
  | 'STREAMER_AGENCY';

/** Which logged checks to list; every field given narrows the list. */
export type CheckLogFilter = {
  /** Regulators: checks by one platform (of those the office sees: its area's platforms, or matches of its area's entries). */
  checkedByUscc?: string | null | undefined;
  /** Checks at or after this instant. */
  from?: string | null | undefined;
  /** Only checks made for this purpose. */
  purpose?: CheckPurpose | null | undefined;
  /** Regulators only: who checked this identity (hashed by the service). */
  subject?: CheckSubjectInput | null | undefined;
  /** Checks before this instant. */
  to?: string | null | undefined;
};

/** Why a platform checks (recorded in the check log). */
export type CheckPurpose =
  /** When the subject changes account details or adds an account. */
  | 'ACCOUNT_CHANGE'
  /** Before opening an account or live room for the subject. */
  | 'ONBOARDING'
  /** Another purpose. */
  | 'OTHER'
  /** A periodic review of existing subjects. */
  | 'PERIODIC_REVIEW';

/** One identity to check: { documentType, documentNumber } for a person, or { uscc } for a business. */
export type CheckSubjectInput = {
  /** With documentType: the number, normalised and checked as in DocumentType. */
  documentNumber?: string | null | undefined;
  /** With documentNumber: the document's type. */
  documentType?: DocumentType | null | undefined;
  /** A business's USCC, checked by its check character; not with a document. */
  uscc?: string | null | undefined;
};

/**
 * The kinds of identity document a natural person is identified by (DESIGN §8). A number is normalised before it is
 * checked, stored and matched: full-width characters to half-width, upper case, all white space removed.
 */
export type DocumentType =
  /** 外国人永久居留身份证: 15 characters (3 letters, 12 digits), or 18 starting with 9 with the resident ID's check character. */
  | 'FOREIGN_PERMANENT_ID'
  /** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 digits (older permits: 10). */
  | 'HK_MACAO_PERMIT'
  /** 护照: 6 to 20 letters and digits, at least one digit. */
  | 'PASSPORT'
  /** 居民身份证 (GB 11643-1999): 18 characters, 17 digits and the ISO 7064 MOD 11-2 check character (0–9 or X); a real birth date, not in the future. */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证: 8 digits (older permits: 8 digits and 2 letters or digits). */
  | 'TAIWAN_PERMIT';

/** A filing's state: OPEN → SUBMITTED → ACKNOWLEDGED; nothing is deleted. */
export type FilingStatus =
  /** Acknowledged by the provincial (or national) SAMR office covering the platform's domicile. */
  | 'ACKNOWLEDGED'
  /** Opened; takes batches. Only its platform sees the filing and its records. */
  | 'OPEN'
  /** Sealed by submitFiling: counts and digest fixed, no more batches; reported to SAMR. */
  | 'SUBMITTED';

/**
 * Disposal measures of Art 12 ¶1, the eight it names from the mildest to the most severe, then OTHER: the list in
 * the law ends in 等, so any other measure can be reported too.
 */
export type MeasureType =
  /** 关闭账号 (severe: also reported to the provincial offices) */
  | 'ACCOUNT_CLOSURE'
  /** 列入黑名单 (severe; a definite term is mandatory, Art 14 ¶2) */
  | 'BLACKLISTING'
  /** 限制功能 (time-limited) */
  | 'FEATURE_RESTRICTION'
  /** 暂停直播 (time-limited) */
  | 'LIVE_SUSPENSION'
  /**
   * Any other measure (Art 12 ¶1 等), e.g. 下架商品链接 (delisting a product link): named by the platform (name, 1 to 100
   * characters), with an end when it has a term; routed like the non-severe measures (not owed a provincial
   * acknowledgement). At most one per report.
   */
  | 'OTHER'
  /** 禁止重新注册账号 (severe) */
  | 'REREGISTRATION_BAN'
  /** 限期停播 (time-limited) */
  | 'TIMED_BROADCAST_BAN'
  /** 限制流量 (time-limited) */
  | 'TRAFFIC_RESTRICTION'
  /** 警示 */
  | 'WARNING';

/** How a notice's due date is set. */
export type NoticeDueRule =
  /** No deadline: a VIOLATION without a due date (Art 12 ¶2: 及时), or a SUMMONS (Art 52: a meeting time, no deadline). */
  | 'NONE'
  /** The end of the day the sender gives (Asia/Shanghai), at least one working day after the day of sending. */
  | 'SENDER_DATE'
  /** Art 21 事故处置、缺陷消费品召回: the instant the sender gives, 1 to 48 hours ahead. */
  | 'URGENT'
  /** Art 22 ¶2: a number of working days after sending, on the exchange's calendar (official holidays and make-up working days, 调休). */
  | 'WORKING_DAYS';

/** VIOLATION: a verified violation the platform must act on and report (Art 12 ¶2, 50). UNREACHABLE_CONTACT: the subject cannot be reached at its registered address; the platform must remind it within 5 working days (Art 22). ASSISTANCE_REQUEST: data the platform must provide by a due date (Art 21, 46, 49). SUMMONS: a meeting with the platform's responsible persons (约谈, Art 52). */
export type NoticeKind =
  /** Art 21, 46 ¶2, 49: identity, product or transaction data the platform must provide by the sender's due date. */
  | 'ASSISTANCE_REQUEST'
  /** Art 52 约谈: the office summons the platform's responsible persons to explain the matters it names and to rectify (说明情况、采取措施进行整改); the platform confirms who attends and answers with its written account and rectification measures. No deadline by law (dueAt null). */
  | 'SUMMONS'
  /** Art 22: SAMR could not reach the subject at its registered address; the platform must remind it within 5 working days (Asia/Shanghai, official holidays and make-up working days counted), then take measures or report the details updated. */
  | 'UNREACHABLE_CONTACT'
  /** Art 12 ¶2, 50: a violation the office verified; the platform must take measures and report them (disposal reports in its answer). A deadline only if the sender set one. */
  | 'VIOLATION';

/**
 * The administrative level of a regulator's office. An office covers a region code: national all, province the
 * same first 2 digits, prefecture the same first 4, county the same 6 (DESIGN §4).
 */
export type OfficeLevel =
  /** A county-level office (县级); region code not ending in 00. */
  | 'COUNTY'
  /** The national office; region 100000. */
  | 'NATIONAL'
  /** A prefecture-level office (地市级); region code ending in 00 but not 0000. */
  | 'PREFECTURE'
  /** A province-level office (省级); region code ending in 0000. */
  | 'PROVINCE';

/** Whom the measures were taken against (Art 12 ¶1). */
export type SubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a registered business or a natural person. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

export type ConsoleEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleEntriesQuery = { blacklistEntries: { edges: Array<{ cursor: string, node: { id: string, status: BlacklistEntryStatus, appealPending: boolean, createdAt: string, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string }, appeals: Array<{ id: string, status: AppealStatus, grounds: string, receivedAt: string, decidedAt: string | null, decisionReason: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleDisposalReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisposalReportQuery = { disposalReport: { id: string, version: number, facts: string, decidedAt: string, reportedAt: string, severe: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, person: { name: string } | null, business: { name: string, uscc: string } | null }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }>, history: Array<{ version: number, createdAt: string, reason: string | null, facts: string, decidedAt: string, measures: Array<{ type: MeasureType, name: string | null }> }> } | null };

export type ConsoleSubmitFilingMutationVariables = Exact<{
  filingId: string | number;
}>;


export type ConsoleSubmitFilingMutation = { submitFiling: { id: string, status: FilingStatus, submittedAt: string | null, onTime: boolean | null, digest: string | null, receipt: string | null } };

export type ConsoleRegulatorEntriesQueryVariables = Exact<{
  filter?: BlacklistFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRegulatorEntriesQuery = { blacklistEntries: { edges: Array<{ cursor: string, node: { id: string, listingPlatformName: string, status: BlacklistEntryStatus, appealPending: boolean, shareWithPeers: boolean, createdAt: string, listingPlatform: { uscc: string }, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string }, disposalReport: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleCheckLogQueryVariables = Exact<{
  filter?: CheckLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleCheckLogQuery = { blacklistCheckLog: { edges: Array<{ cursor: string, node: { id: string, checkedAt: string, checkedByName: string, purpose: CheckPurpose, listed: boolean, matchCount: number, subjectHash: string, checkedBy: { uscc: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NoticeDueDateQueryVariables = Exact<{
  kind: NoticeKind;
  sentAt?: string | null | undefined;
  dueAt?: string | null | undefined;
}>;


export type NoticeDueDateQuery = { noticeDueDate: { kind: NoticeKind, sentAt: string, rule: NoticeDueRule, workingDays: number | null, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, earliestDueDate: string | null } };

export type ConsoleAddFilingBatchNdjsonMutationVariables = Exact<{
  filingId: string | number;
  batchNo: number;
  operators?: string | null | undefined;
  streamers?: string | null | undefined;
}>;


export type ConsoleAddFilingBatchNdjsonMutation = { addFilingBatchNdjson: { batchNo: number, replayed: boolean, operatorCount: number, streamerCount: number, receipt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleEntriesDocument = new TypedDocumentString(`
    query ConsoleEntries($first: Int, $after: String) {
  blacklistEntries(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        subject {
          type
          name
          documentType
          documentNumber
          uscc
        }
        term {
          startsAt
          endsAt
        }
        status
        appealPending
        createdAt
        appeals {
          id
          status
          grounds
          receivedAt
          decidedAt
          decisionReason
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEntriesQuery, ConsoleEntriesQueryVariables>;
export const ConsoleDisposalReportDocument = new TypedDocumentString(`
    query ConsoleDisposalReport($id: ID!) {
  disposalReport(id: $id) {
    id
    version
    platform {
      uscc
    }
    subject {
      kind
      person {
        name
      }
      business {
        name
        uscc
      }
    }
    measures {
      type
      name
      startsAt
      endsAt
      lifted
    }
    facts
    decidedAt
    reportedAt
    severe
    recipients {
      authority
      level
      region
      mustAcknowledge
      acknowledgedAt
    }
    history {
      version
      createdAt
      reason
      facts
      decidedAt
      measures {
        type
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisposalReportQuery, ConsoleDisposalReportQueryVariables>;
export const ConsoleSubmitFilingDocument = new TypedDocumentString(`
    mutation ConsoleSubmitFiling($filingId: ID!) {
  submitFiling(filingId: $filingId) {
    id
    status
    submittedAt
    onTime
    digest
    receipt
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitFilingMutation, ConsoleSubmitFilingMutationVariables>;
export const ConsoleRegulatorEntriesDocument = new TypedDocumentString(`
    query ConsoleRegulatorEntries($filter: BlacklistFilter, $first: Int, $after: String) {
  blacklistEntries(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        listingPlatformName
        listingPlatform {
          uscc
        }
        subject {
          type
          name
          documentType
          documentNumber
          uscc
        }
        term {
          startsAt
          endsAt
        }
        status
        appealPending
        shareWithPeers
        createdAt
        disposalReport {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegulatorEntriesQuery, ConsoleRegulatorEntriesQueryVariables>;
export const ConsoleCheckLogDocument = new TypedDocumentString(`
    query ConsoleCheckLog($filter: CheckLogFilter, $first: Int, $after: String) {
  blacklistCheckLog(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        checkedAt
        checkedBy {
          uscc
        }
        checkedByName
        purpose
        listed
        matchCount
        subjectHash
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCheckLogQuery, ConsoleCheckLogQueryVariables>;
export const NoticeDueDateDocument = new TypedDocumentString(`
    query NoticeDueDate($kind: NoticeKind!, $sentAt: DateTime, $dueAt: DateTime) {
  noticeDueDate(kind: $kind, sentAt: $sentAt, dueAt: $dueAt) {
    kind
    sentAt
    rule
    workingDays
    dueAt
    dueDate
    dueApproximate
    earliestDueDate
  }
}
    `) as unknown as TypedDocumentString<NoticeDueDateQuery, NoticeDueDateQueryVariables>;
export const ConsoleAddFilingBatchNdjsonDocument = new TypedDocumentString(`
    mutation ConsoleAddFilingBatchNdjson($filingId: ID!, $batchNo: Int!, $operators: String, $streamers: String) {
  addFilingBatchNdjson(
    filingId: $filingId
    batchNo: $batchNo
    operators: $operators
    streamers: $streamers
  ) {
    batchNo
    replayed
    operatorCount
    streamerCount
    receipt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddFilingBatchNdjsonMutation, ConsoleAddFilingBatchNdjsonMutationVariables>;
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReportRef as DisposalReportRefModel } from '../resolvers/NoticeAnswer.js';
import type { Notice as NoticeModel, Reminder as ReminderModel, Assistance as AssistanceModel } from '../domain/notice.js';
import type { NoticeAnswer as NoticeAnswerModel } from '../domain/answer.js';
import type { Lead as LeadModel } from '../domain/lead.js';
import type { Office as OfficeModel } from '../../../../lib/principal.js';
import type { Subject as SubjectModel } from '../domain/subject.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in UTC, ISO 8601. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON object or array. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AssistanceDetails = {
  __typename?: 'AssistanceDetails';
  /** The office's own case number (案号). */
  caseReference?: Maybe<Scalars['String']['output']>;
  dataWanted: Array<DataCategory>;
  period: DatePeriod;
  purpose: AssistancePurpose;
};

export type AssistanceInput = {
  caseReference?: InputMaybe<Scalars['String']['input']>;
  dataWanted: Array<DataCategory>;
  /** At least one working day ahead; the platform has until the end of that day (Asia/Shanghai). */
  dueAt: Scalars['DateTime']['input'];
  period: DatePeriodInput;
  purpose: AssistancePurpose;
};

/** Art 21: 监督检查、案件调查、事故处置、缺陷消费品召回、消费争议处理. */
export type AssistancePurpose =
  | 'CASE_INVESTIGATION'
  | 'DISPUTE'
  | 'INCIDENT'
  | 'INSPECTION'
  | 'RECALL';

/** A file exchanged out of band; only its descriptor passes through the exchange. */
export type AttachmentDescriptor = {
  __typename?: 'AttachmentDescriptor';
  mediaType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Lower-case hex SHA-256 of the file. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
};

export type AttachmentInput = {
  mediaType: Scalars['String']['input'];
  name: Scalars['String']['input'];
  sha256: Scalars['String']['input'];
  size: Scalars['Float']['input'];
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  | 'CAC'
  | 'SAMR';

export type CaseAddress = {
  __typename?: 'CaseAddress';
  detail: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

export type CaseAddressInput = {
  detail: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};

export type CaseBusiness = {
  __typename?: 'CaseBusiness';
  name: Scalars['String']['output'];
  uscc: Scalars['String']['output'];
};

export type CaseBusinessInput = {
  name: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};

export type CaseIdDocument = {
  __typename?: 'CaseIdDocument';
  /** In full for regulators; masked (first 3 and last 2 characters) for platforms. */
  number: Scalars['String']['output'];
  type: IdDocumentType;
};

export type CaseIdDocumentInput = {
  number: Scalars['String']['input'];
  type: IdDocumentType;
};

export type CaseLiveAccount = {
  __typename?: 'CaseLiveAccount';
  accountId: Scalars['String']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
};

export type CaseLiveAccountInput = {
  accountId: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A regulator's office. */
export type CaseOffice = {
  __typename?: 'CaseOffice';
  authority: Authority;
  level: OfficeLevel;
  /** GB/T 2260 region code of the office. */
  region: Scalars['String']['output'];
};

export type CaseOfficeInput = {
  authority: Authority;
  level: OfficeLevel;
  region: Scalars['String']['input'];
};

export type CasePerson = {
  __typename?: 'CasePerson';
  idDocument: CaseIdDocument;
  name: Scalars['String']['output'];
};

export type CasePersonInput = {
  idDocument: CaseIdDocumentInput;
  name: Scalars['String']['input'];
};

export type CaseSubject = {
  __typename?: 'CaseSubject';
  business?: Maybe<CaseBusiness>;
  kind: CaseSubjectKind;
  liveAccounts: Array<CaseLiveAccount>;
  person?: Maybe<CasePerson>;
};

/** A person or a business, and/or live accounts. */
export type CaseSubjectInput = {
  business?: InputMaybe<CaseBusinessInput>;
  kind: CaseSubjectKind;
  liveAccounts?: InputMaybe<Array<CaseLiveAccountInput>>;
  person?: InputMaybe<CasePersonInput>;
};

/** Who a notice or lead is about (Art 2): a live-room operator, a streamer or a streamer agency. */
export type CaseSubjectKind =
  | 'AGENCY'
  | 'OPERATOR'
  | 'STREAMER';

/** Art 21: 身份信息、商品或者服务信息、交易信息. */
export type DataCategory =
  | 'IDENTITY'
  | 'PRODUCT'
  | 'TRANSACTION';

export type DatePeriod = {
  __typename?: 'DatePeriod';
  /** YYYY-MM-DD, inclusive. */
  from: Scalars['String']['output'];
  /** YYYY-MM-DD, inclusive. */
  to: Scalars['String']['output'];
};

export type DatePeriodInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A disposal report, owned by penalty-reports; a notice answer links the reports the platform filed in response. */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  id: Scalars['ID']['output'];
};

/** Identity documents (DESIGN §8). */
export type IdDocumentType =
  | 'FOREIGN_PERMANENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

/** A matter one office hands to another (Art 46 ¶1); only the two offices see it. */
export type Lead = {
  __typename?: 'Lead';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  from: CaseOffice;
  id: Scalars['ID']['output'];
  /** Why it was declined (required), or a note on acceptance. */
  reason?: Maybe<Scalars['String']['output']>;
  relatedNoticeIds: Array<Scalars['ID']['output']>;
  status: LeadStatus;
  subjects: Array<CaseSubject>;
  summary: Scalars['String']['output'];
  to: CaseOffice;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
};

export type LeadDecision =
  | 'ACCEPT'
  | 'DECLINE';

export type LeadDirection =
  /** Leads transferred to the caller's office. */
  | 'RECEIVED'
  /** Leads the caller's office transferred. */
  | 'SENT';

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  direction?: InputMaybe<LeadDirection>;
  status?: InputMaybe<LeadStatus>;
};

export type LeadInput = {
  /** A retry with the same key and content returns the first lead; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Notices the sending office may see. */
  relatedNoticeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  subjects?: InputMaybe<Array<CaseSubjectInput>>;
  summary: Scalars['String']['input'];
  to: CaseOfficeInput;
};

/** Leads (线索移交, Art 46 ¶1). */
export type LeadStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type Mutation = {
  __typename?: 'Mutation';
  /** The addressed platform: SENT → ACKNOWLEDGED. */
  acknowledgeNotice: Notice;
  /** The addressed platform appends an answer: → ANSWERED (CLOSED when contactUpdated). */
  answerNotice: Notice;
  /** The sending office: → CLOSED. */
  closeNotice: Notice;
  /** The receiving office accepts or declines a PENDING lead; declining needs a reason. */
  decideLead: Lead;
  /** The addressed platform, UNREACHABLE_CONTACT only (Art 22 ¶2): → REMINDED. */
  recordReminder: Notice;
  /** Any SAMR or CAC office; UNREACHABLE_CONTACT only SAMR (Art 22 ¶1). */
  sendNotice: Notice;
  /** Any SAMR or CAC office hands a lead to another office (Art 46 ¶1). */
  transferLead: Lead;
};


export type MutationAcknowledgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAnswerNoticeArgs = {
  id: Scalars['ID']['input'];
  input: NoticeAnswerInput;
};


export type MutationCloseNoticeArgs = {
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};


export type MutationDecideLeadArgs = {
  decision: LeadDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordReminderArgs = {
  channel: Scalars['String']['input'];
  noticeId: Scalars['ID']['input'];
  remindedAt: Scalars['DateTime']['input'];
};


export type MutationSendNoticeArgs = {
  input: NoticeInput;
};


export type MutationTransferLeadArgs = {
  input: LeadInput;
};

/** A notice or request from a SAMR or CAC office to one platform (Art 12 ¶2, 21, 22). */
export type Notice = {
  __typename?: 'Notice';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  answers: Array<NoticeAnswer>;
  assistance?: Maybe<AssistanceDetails>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sending office (authority/level/region), or the platform's USCC when a contact update closed it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The working-day count touched a year whose official holiday schedule is not known (neither chinese-days nor the operator's schedule file): weekends and the statutory holidays were skipped, but not yet the make-up working days (调休) of that year's official notice. */
  dueApproximate: Scalars['Boolean']['output'];
  /** UNREACHABLE_CONTACT: the reminder deadline; otherwise the sender's due date; null: no deadline. The end of the due day in Asia/Shanghai. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The due day, YYYY-MM-DD in Asia/Shanghai. */
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NoticeKind;
  outcome?: Maybe<Scalars['String']['output']>;
  /** The deadline has passed and the notice is still SENT or ACKNOWLEDGED. */
  overdue: Scalars['Boolean']['output'];
  /** The addressed platform. */
  platform: Platform;
  reminder?: Maybe<NoticeReminder>;
  sender: CaseOffice;
  /** Sending is receipt: the Art 22 period runs from here. */
  sentAt: Scalars['DateTime']['output'];
  status: NoticeStatus;
  subjects: Array<CaseSubject>;
  summary: Scalars['String']['output'];
  unreachableContact?: Maybe<UnreachableContactDetails>;
  violation?: Maybe<ViolationDetails>;
};

/** One answer of the platform; answers are appended, never replaced. */
export type NoticeAnswer = {
  __typename?: 'NoticeAnswer';
  answeredAt: Scalars['DateTime']['output'];
  attachments: Array<AttachmentDescriptor>;
  /** The subject updated its contact details (Art 22 ¶4); this closed the notice. */
  contactUpdated: Scalars['Boolean']['output'];
  data?: Maybe<Scalars['JSON']['output']>;
  /** The ids of the disposal reports given in answer (ids only, no personal data). */
  disposalReportIds: Array<Scalars['ID']['output']>;
  /**
   * The disposal reports the platform filed in response (Art 12 ¶3, 22 ¶3), resolved by penalty-reports under
   * its own access rules (DESIGN §4): an item is null where the caller may not read that report, e.g. the
   * sending office when the report's subject is outside its area. `disposalReportIds` lists them all.
   */
  disposalReports: Array<Maybe<DisposalReport>>;
  /** 1, 2, … in the order given. */
  seq: Scalars['Int']['output'];
};

export type NoticeAnswerInput = {
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** UNREACHABLE_CONTACT only: the subject updated its details (Art 22 ¶4); closes the notice. */
  contactUpdated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Structured data (size-limited; larger data as an attachment). */
  data?: InputMaybe<Scalars['JSON']['input']>;
  disposalReportIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A retry with the same key and content appends nothing and returns the notice; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  edges: Array<NoticeEdge>;
  pageInfo: PageInfo;
};

export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  cursor: Scalars['String']['output'];
  node: Notice;
};

export type NoticeFilter = {
  kind?: InputMaybe<NoticeKind>;
  /** true: only notices past their deadline and still SENT or ACKNOWLEDGED; false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<NoticeStatus>>;
};

/** Exactly the part of the notice's kind: violation, unreachableContact or assistance. */
export type NoticeInput = {
  assistance?: InputMaybe<AssistanceInput>;
  /** A retry with the same key and content returns the first notice; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: NoticeKind;
  platformUscc: Scalars['String']['input'];
  subjects: Array<CaseSubjectInput>;
  summary: Scalars['String']['input'];
  unreachableContact?: InputMaybe<UnreachableContactInput>;
  violation?: InputMaybe<ViolationInput>;
};

/** VIOLATION: a verified violation the platform must act on and report (Art 12 ¶2, 50). UNREACHABLE_CONTACT: the subject cannot be reached at its registered address; the platform must remind it within 5 working days (Art 22). ASSISTANCE_REQUEST: data the platform must provide by a due date (Art 21, 46, 49). */
export type NoticeKind =
  | 'ASSISTANCE_REQUEST'
  | 'UNREACHABLE_CONTACT'
  | 'VIOLATION';

/** Art 22 ¶2: when and how the platform reminded the subject to update its details. */
export type NoticeReminder = {
  __typename?: 'NoticeReminder';
  channel: Scalars['String']['output'];
  /** The reminder came after the 5-working-day deadline. */
  late: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTime']['output'];
  remindedAt: Scalars['DateTime']['output'];
};

/** SENT → ACKNOWLEDGED → (REMINDED, UNREACHABLE_CONTACT only) → ANSWERED → CLOSED. */
export type NoticeStatus =
  | 'ACKNOWLEDGED'
  | 'ANSWERED'
  | 'CLOSED'
  | 'REMINDED'
  | 'SENT';

/** The administrative level of a regulator's office. */
export type OfficeLevel =
  | 'COUNTY'
  | 'NATIONAL'
  | 'PREFECTURE'
  | 'PROVINCE';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A live-commerce platform, owned by identity-registry; case-cooperation adds what it knows of it. */
export type Platform = {
  __typename?: 'Platform';
  /** Notices and requests (Art 12 ¶2, 21, 22) addressed to this platform that the caller may read; null when the caller may read none. */
  noticeCount?: Maybe<Scalars['Int']['output']>;
  /** Unified social credit code (GB 32100-2015). */
  uscc: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A lead the caller's office sent or received; null otherwise. */
  lead?: Maybe<Lead>;
  /** Leads the caller's office sent or received, newest first. */
  leads: LeadConnection;
  /** A notice the caller may see (the sending office, offices of its authority covering it, the addressed platform); null otherwise. */
  notice?: Maybe<Notice>;
  /** Notices the caller may see, newest first. */
  notices: NoticeConnection;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UnreachableContactDetails = {
  __typename?: 'UnreachableContactDetails';
  /** Where the subject could not be reached (Art 22 ¶1). */
  address: CaseAddress;
};

export type UnreachableContactInput = {
  address: CaseAddressInput;
};

export type ViolationDetails = {
  __typename?: 'ViolationDetails';
  /** The provisions violated (法律依据). */
  legalBasis: Scalars['String']['output'];
};

export type ViolationInput = {
  /** Optional: by when the sender wants the platform's report (end of that day, Asia/Shanghai). Art 12 ¶2 sets no period. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  legalBasis: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Notice: Notice;
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Notice:
    ( { __typename: 'Notice' }
    & GraphQLRecursivePick<FederationTypes['Notice'], {"id":true}> );
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssistanceDetails: ResolverTypeWrapper<AssistanceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AssistanceInput: AssistanceInput;
  AssistancePurpose: AssistancePurpose;
  AttachmentDescriptor: ResolverTypeWrapper<AttachmentDescriptor>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AttachmentInput: AttachmentInput;
  Authority: Authority;
  CaseAddress: ResolverTypeWrapper<CaseAddress>;
  CaseAddressInput: CaseAddressInput;
  CaseBusiness: ResolverTypeWrapper<CaseBusiness>;
  CaseBusinessInput: CaseBusinessInput;
  CaseIdDocument: ResolverTypeWrapper<CaseIdDocument>;
  CaseIdDocumentInput: CaseIdDocumentInput;
  CaseLiveAccount: ResolverTypeWrapper<CaseLiveAccount>;
  CaseLiveAccountInput: CaseLiveAccountInput;
  CaseOffice: ResolverTypeWrapper<OfficeModel>;
  CaseOfficeInput: CaseOfficeInput;
  CasePerson: ResolverTypeWrapper<CasePerson>;
  CasePersonInput: CasePersonInput;
  CaseSubject: ResolverTypeWrapper<SubjectModel>;
  CaseSubjectInput: CaseSubjectInput;
  CaseSubjectKind: CaseSubjectKind;
  DataCategory: DataCategory;
  DatePeriod: ResolverTypeWrapper<DatePeriod>;
  DatePeriodInput: DatePeriodInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalReport: ResolverTypeWrapper<DisposalReportRefModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdDocumentType: IdDocumentType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadDecision: LeadDecision;
  LeadDirection: LeadDirection;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadInput: LeadInput;
  LeadStatus: LeadStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<NoticeModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NoticeAnswer: ResolverTypeWrapper<NoticeAnswerModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NoticeAnswerInput: NoticeAnswerInput;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeEdge']> }>;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticeFilter: NoticeFilter;
  NoticeInput: NoticeInput;
  NoticeKind: NoticeKind;
  NoticeReminder: ResolverTypeWrapper<ReminderModel>;
  NoticeStatus: NoticeStatus;
  OfficeLevel: OfficeLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnreachableContactDetails: ResolverTypeWrapper<UnreachableContactDetails>;
  UnreachableContactInput: UnreachableContactInput;
  ViolationDetails: ResolverTypeWrapper<ViolationDetails>;
  ViolationInput: ViolationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssistanceDetails: AssistanceModel;
  String: Scalars['String']['output'];
  AssistanceInput: AssistanceInput;
  AttachmentDescriptor: AttachmentDescriptor;
  Float: Scalars['Float']['output'];
  AttachmentInput: AttachmentInput;
  CaseAddress: CaseAddress;
  CaseAddressInput: CaseAddressInput;
  CaseBusiness: CaseBusiness;
  CaseBusinessInput: CaseBusinessInput;
  CaseIdDocument: CaseIdDocument;
  CaseIdDocumentInput: CaseIdDocumentInput;
  CaseLiveAccount: CaseLiveAccount;
  CaseLiveAccountInput: CaseLiveAccountInput;
  CaseOffice: OfficeModel;
  CaseOfficeInput: CaseOfficeInput;
  CasePerson: CasePerson;
  CasePersonInput: CasePersonInput;
  CaseSubject: SubjectModel;
  CaseSubjectInput: CaseSubjectInput;
  DatePeriod: DatePeriod;
  DatePeriodInput: DatePeriodInput;
  DateTime: Scalars['DateTime']['output'];
  DisposalReport: DisposalReportRefModel;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Lead: LeadModel;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadInput: LeadInput;
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeModel;
  Boolean: Scalars['Boolean']['output'];
  NoticeAnswer: NoticeAnswerModel;
  Int: Scalars['Int']['output'];
  NoticeAnswerInput: NoticeAnswerInput;
  NoticeConnection: Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeEdge']> };
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NoticeFilter: NoticeFilter;
  NoticeInput: NoticeInput;
  NoticeReminder: ReminderModel;
  PageInfo: PageInfo;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
  UnreachableContactDetails: UnreachableContactDetails;
  UnreachableContactInput: UnreachableContactInput;
  ViolationDetails: ViolationDetails;
  ViolationInput: ViolationInput;
};

export type AssistanceDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceDetails'] = ResolversParentTypes['AssistanceDetails']> = {
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataWanted?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DatePeriod'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['AssistancePurpose'], ParentType, ContextType>;
};

export type AttachmentDescriptorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentDescriptor'] = ResolversParentTypes['AttachmentDescriptor']> = {
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CaseAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseAddress'] = ResolversParentTypes['CaseAddress']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseBusinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseBusiness'] = ResolversParentTypes['CaseBusiness']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseIdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseIdDocument'] = ResolversParentTypes['CaseIdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdDocumentType'], ParentType, ContextType>;
};

export type CaseLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseLiveAccount'] = ResolversParentTypes['CaseLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseOfficeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseOffice'] = ResolversParentTypes['CaseOffice']> = {
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CasePersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CasePerson'] = ResolversParentTypes['CasePerson']> = {
  idDocument?: Resolver<ResolversTypes['CaseIdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSubject'] = ResolversParentTypes['CaseSubject']> = {
  business?: Resolver<Maybe<ResolversTypes['CaseBusiness']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseSubjectKind'], ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['CaseLiveAccount']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['CasePerson']>, ParentType, ContextType>;
};

export type DatePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatePeriod'] = ResolversParentTypes['DatePeriod']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedNoticeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CaseSubject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationAcknowledgeNoticeArgs, 'id'>>;
  answerNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationAnswerNoticeArgs, 'id' | 'input'>>;
  closeNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationCloseNoticeArgs, 'id' | 'outcome'>>;
  decideLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationDecideLeadArgs, 'decision' | 'id'>>;
  recordReminder?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationRecordReminderArgs, 'channel' | 'noticeId' | 'remindedAt'>>;
  sendNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationSendNoticeArgs, 'input'>>;
  transferLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationTransferLeadArgs, 'input'>>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice'], FederationReferenceType extends FederationReferenceTypes['Notice'] = FederationReferenceTypes['Notice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['NoticeAnswer']>, ParentType, ContextType>;
  assistance?: Resolver<Maybe<ResolversTypes['AssistanceDetails']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueApproximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoticeKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  reminder?: Resolver<Maybe<ResolversTypes['NoticeReminder']>, ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoticeStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CaseSubject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreachableContact?: Resolver<Maybe<ResolversTypes['UnreachableContactDetails']>, ParentType, ContextType>;
  violation?: Resolver<Maybe<ResolversTypes['ViolationDetails']>, ParentType, ContextType>;
};

export type NoticeAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeAnswer'] = ResolversParentTypes['NoticeAnswer']> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['AttachmentDescriptor']>, ParentType, ContextType>;
  contactUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  disposalReportIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  disposalReports?: Resolver<Array<Maybe<ResolversTypes['DisposalReport']>>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NoticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
};

export type NoticeReminderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeReminder'] = ResolversParentTypes['NoticeReminder']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remindedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  noticeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryNoticeArgs, 'id'>>;
  notices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, Partial<QueryNoticesArgs>>;
};

export type UnreachableContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnreachableContactDetails'] = ResolversParentTypes['UnreachableContactDetails']> = {
  address?: Resolver<ResolversTypes['CaseAddress'], ParentType, ContextType>;
};

export type ViolationDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationDetails'] = ResolversParentTypes['ViolationDetails']> = {
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AssistanceDetails?: AssistanceDetailsResolvers<ContextType>;
  AttachmentDescriptor?: AttachmentDescriptorResolvers<ContextType>;
  CaseAddress?: CaseAddressResolvers<ContextType>;
  CaseBusiness?: CaseBusinessResolvers<ContextType>;
  CaseIdDocument?: CaseIdDocumentResolvers<ContextType>;
  CaseLiveAccount?: CaseLiveAccountResolvers<ContextType>;
  CaseOffice?: CaseOfficeResolvers<ContextType>;
  CasePerson?: CasePersonResolvers<ContextType>;
  CaseSubject?: CaseSubjectResolvers<ContextType>;
  DatePeriod?: DatePeriodResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeAnswer?: NoticeAnswerResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NoticeReminder?: NoticeReminderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UnreachableContactDetails?: UnreachableContactDetailsResolvers<ContextType>;
  ViolationDetails?: ViolationDetailsResolvers<ContextType>;
};


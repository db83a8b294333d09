import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReport as DisposalReportModelModel, ReportVersion as ReportVersionModel, MeasureStatus as MeasureStatusModel, RecipientStatus as RecipientStatusModel, Acknowledgement as AcknowledgementModel, Lifting as LiftingModel } from '../domain/versioning.js';
import type { Measure as MeasureModel } from '../domain/disposal-report.js';
import type { Subject as SubjectModel, OperatorRef as OperatorRefModel, Person as PersonModel } from '../domain/subject.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  | 'CAC'
  | 'SAMR';

/** An office's acknowledgement of one version. */
export type DisposalAcknowledgement = {
  __typename?: 'DisposalAcknowledgement';
  acknowledgedAt: Scalars['DateTime']['output'];
  authority: Authority;
  level: OfficeLevel;
  region: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DisposalBusiness = {
  __typename?: 'DisposalBusiness';
  name: Scalars['String']['output'];
  uscc: Scalars['String']['output'];
};

export type DisposalBusinessInput = {
  name: Scalars['String']['input'];
  /** Unified social credit code, checked by its check character. */
  uscc: Scalars['String']['input'];
};

export type DisposalIdDocument = {
  __typename?: 'DisposalIdDocument';
  /** Masked (110***********2X) for anyone but regulators. */
  number: Scalars['String']['output'];
  type: DocumentType;
};

export type DisposalIdDocumentInput = {
  number: Scalars['String']['input'];
  type: DocumentType;
};

export type DisposalLegalBasis = {
  __typename?: 'DisposalLegalBasis';
  article: Scalars['String']['output'];
  law: Scalars['String']['output'];
};

export type DisposalLegalBasisInput = {
  article: Scalars['String']['input'];
  law: Scalars['String']['input'];
};

export type DisposalLiveAccount = {
  __typename?: 'DisposalLiveAccount';
  accountId: Scalars['String']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
};

export type DisposalLiveAccountInput = {
  accountId: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A measure of the current version, with its lifting if any. */
export type DisposalMeasure = {
  __typename?: 'DisposalMeasure';
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  lifted: Scalars['Boolean']['output'];
  lifting?: Maybe<MeasureLifting>;
  startsAt: Scalars['DateTime']['output'];
  type: MeasureType;
};

export type DisposalMeasureInput = {
  /** Required, and after startsAt, for the time-limited measures and for BLACKLISTING. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt: Scalars['DateTime']['input'];
  type: MeasureType;
};

/** A measure as a version states it. */
export type DisposalMeasureTerm = {
  __typename?: 'DisposalMeasureTerm';
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  startsAt: Scalars['DateTime']['output'];
  type: MeasureType;
};

export type DisposalOperator = {
  __typename?: 'DisposalOperator';
  business?: Maybe<DisposalBusiness>;
  businessRegion: Scalars['String']['output'];
  person?: Maybe<DisposalPerson>;
};

/** The operator of the live room a streamer streamed in (Art 47 ¶3). */
export type DisposalOperatorInput = {
  business?: InputMaybe<DisposalBusinessInput>;
  /** The operator's actual business region (实际经营地), GB/T 2260. */
  businessRegion: Scalars['String']['input'];
  person?: InputMaybe<DisposalPersonInput>;
};

export type DisposalPerson = {
  __typename?: 'DisposalPerson';
  idDocument: DisposalIdDocument;
  name: Scalars['String']['output'];
};

export type DisposalPersonInput = {
  idDocument: DisposalIdDocumentInput;
  name: Scalars['String']['input'];
};

/** An office the current version is addressed to (Art 12 ¶3). */
export type DisposalRecipient = {
  __typename?: 'DisposalRecipient';
  /** When this office acknowledged the current version; null while it has not. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  authority: Authority;
  level: OfficeLevel;
  /** True for the provincial SAMR and CAC when a severe measure is reported. */
  mustAcknowledge: Scalars['Boolean']['output'];
  region: Scalars['String']['output'];
};

/**
 * A disposal report (处置措施报告, Art 12 ¶3): what a platform did to an operator, streamer or agency, and why.
 * Fields without a version describe the current version; nothing is ever overwritten (see history).
 */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  /** Every acknowledgement of every version, oldest first. */
  acknowledgements: Array<DisposalAcknowledgement>;
  /** True when the caller is a provincial office that must acknowledge the current version and has not. */
  awaitingMyAcknowledgement: Scalars['Boolean']['output'];
  decidedAt: Scalars['DateTime']['output'];
  /** The platform's domicile region when it reported: decides the recipients. */
  domicileRegion: Scalars['String']['output'];
  facts: Scalars['String']['output'];
  /** True when every office that must acknowledge the current version has. */
  fullyAcknowledged: Scalars['Boolean']['output'];
  /** Every version, oldest first; the last is the current one. */
  history: Array<DisposalReportVersion>;
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  legalBasis: Array<DisposalLegalBasis>;
  /** Lifting events, oldest first. */
  liftings: Array<MeasureLifting>;
  measures: Array<DisposalMeasure>;
  /** The reporting platform (resolved by identity-registry). */
  platform: Platform;
  /** The SAMR and CAC offices the current version is addressed to, county level and up, and who acknowledged. */
  recipients: Array<DisposalRecipient>;
  /** Stamped by the exchange when the report first arrived. */
  reportedAt: Scalars['DateTime']['output'];
  /** Seconds from decidedAt (current version) to reportedAt; never negative. */
  reportingLagSeconds: Scalars['Int']['output'];
  /** Includes ACCOUNT_CLOSURE, REREGISTRATION_BAN or BLACKLISTING. */
  severe: Scalars['Boolean']['output'];
  subject: DisposalSubject;
  trigger: DisposalTrigger;
  /** The current version number. */
  version: Scalars['Int']['output'];
};

export type DisposalReportConnection = {
  __typename?: 'DisposalReportConnection';
  edges: Array<DisposalReportEdge>;
  pageInfo: PageInfo;
};

export type DisposalReportEdge = {
  __typename?: 'DisposalReportEdge';
  cursor: Scalars['String']['output'];
  node: DisposalReport;
};

export type DisposalReportFilter = {
  /** Provincial offices: only reports whose current version still awaits the caller's acknowledgement. */
  awaitingMyAcknowledgement?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decided at or after (inclusive). */
  decidedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Decided before (exclusive). */
  decidedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reports whose current version includes this measure. */
  measure?: InputMaybe<MeasureType>;
  /** Only reports filed at least this many seconds after the decision. */
  minReportingLagSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Reports filed by this platform. */
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** Only reports with ACCOUNT_CLOSURE, REREGISTRATION_BAN or BLACKLISTING. */
  severeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reports whose subject has exactly this identity (matched on a keyed hash). */
  subject?: InputMaybe<DisposalSubjectFilter>;
};

export type DisposalReportInput = {
  /** When the platform decided the measures; not in the future. */
  decidedAt: Scalars['DateTime']['input'];
  facts: Scalars['String']['input'];
  /** Per platform. A retry with the same key and content returns the first report; other content is a CONFLICT. Ignored by amendDisposalReport. */
  idempotencyKey: Scalars['String']['input'];
  /** At least one law and article. */
  legalBasis: Array<DisposalLegalBasisInput>;
  /** One or more, each type at most once. */
  measures: Array<DisposalMeasureInput>;
  subject: DisposalSubjectInput;
  trigger: DisposalTriggerInput;
};

/** One version of a report, as filed. Version 1 is the submission; each amendment adds one. */
export type DisposalReportVersion = {
  __typename?: 'DisposalReportVersion';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Scalars['DateTime']['output'];
  facts: Scalars['String']['output'];
  legalBasis: Array<DisposalLegalBasis>;
  measures: Array<DisposalMeasureTerm>;
  /** Why it was amended; null for version 1. */
  reason?: Maybe<Scalars['String']['output']>;
  subject: DisposalSubject;
  trigger: DisposalTrigger;
  version: Scalars['Int']['output'];
};

export type DisposalSubject = {
  __typename?: 'DisposalSubject';
  business?: Maybe<DisposalBusiness>;
  /** OPERATOR: its actual business region (Art 47 ¶2). */
  businessRegion?: Maybe<Scalars['String']['output']>;
  kind: SubjectKind;
  liveAccounts: Array<DisposalLiveAccount>;
  /** STREAMER: the operator they streamed for (Art 47 ¶3). */
  operator?: Maybe<DisposalOperator>;
  person?: Maybe<DisposalPerson>;
};

/** A subject identity to search for, flat as in blacklistCheck: a document, or a USCC. */
export type DisposalSubjectFilter = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentType?: InputMaybe<DocumentType>;
  uscc?: InputMaybe<Scalars['String']['input']>;
};

export type DisposalSubjectInput = {
  /** A registered business: operators may be one, agencies are one. */
  business?: InputMaybe<DisposalBusinessInput>;
  /** OPERATOR only, required: its actual business region (Art 47 ¶2). */
  businessRegion?: InputMaybe<Scalars['String']['input']>;
  kind: SubjectKind;
  /** The subject's live accounts; at least one for an operator or a streamer. */
  liveAccounts?: InputMaybe<Array<DisposalLiveAccountInput>>;
  /** STREAMER only, required: the operator they streamed for (Art 47 ¶3). */
  operator?: InputMaybe<DisposalOperatorInput>;
  /** A natural person: operators may be one, streamers are one. */
  person?: InputMaybe<DisposalPersonInput>;
};

export type DisposalTrigger = {
  __typename?: 'DisposalTrigger';
  kind: TriggerKind;
  /** REGULATOR_NOTICE: the notice itself, resolved by case-cooperation under its own access rules. */
  notice?: Maybe<Notice>;
  /** REGULATOR_NOTICE: the case-cooperation Notice id. */
  noticeId?: Maybe<Scalars['ID']['output']>;
};

export type DisposalTriggerInput = {
  kind: TriggerKind;
  /** REGULATOR_NOTICE only, required: the case-cooperation Notice id. */
  noticeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kinds of identity document (DESIGN §8). */
export type DocumentType =
  | 'FOREIGN_PERMANENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

/** A lifting event: a measure ended early or on the record (appeal, Art 22 ¶4 contact update, expiry). */
export type MeasureLifting = {
  __typename?: 'MeasureLifting';
  liftedAt: Scalars['DateTime']['output'];
  measure: MeasureType;
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** The report version current when the lifting was recorded. */
  version: Scalars['Int']['output'];
};

/** Disposal measures of Art 12 ¶1, from the mildest to the most severe. */
export type MeasureType =
  /** 关闭账号 (severe: also reported to the provincial offices) */
  | 'ACCOUNT_CLOSURE'
  /** 列入黑名单 (severe; a definite term is mandatory, Art 14 ¶2) */
  | 'BLACKLISTING'
  /** 限制功能 (time-limited) */
  | 'FEATURE_RESTRICTION'
  /** 暂停直播 (time-limited) */
  | 'LIVE_SUSPENSION'
  /** 禁止重新注册账号 (severe) */
  | 'REREGISTRATION_BAN'
  /** 限期停播 (time-limited) */
  | 'TIMED_BROADCAST_BAN'
  /** 限制流量 (time-limited) */
  | 'TRAFFIC_RESTRICTION'
  /** 警示 */
  | 'WARNING';

export type Mutation = {
  __typename?: 'Mutation';
  /** An office the current version is addressed to: acknowledges it. Idempotent. */
  acknowledgeDisposalReport: DisposalReport;
  /** The reporting platform: a correction, as a new version. Identical content adds no version. */
  amendDisposalReport: DisposalReport;
  /** The reporting platform: records that a measure of the current version was lifted. */
  liftMeasure: DisposalReport;
  /** Platforms: reports disposal measures (Art 12 ¶3). Idempotent on input.idempotencyKey. */
  submitDisposalReport: DisposalReport;
};


export type MutationAcknowledgeDisposalReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAmendDisposalReportArgs = {
  id: Scalars['ID']['input'];
  input: DisposalReportInput;
  reason: Scalars['String']['input'];
};


export type MutationLiftMeasureArgs = {
  liftedAt: Scalars['DateTime']['input'];
  measure: MeasureType;
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationSubmitDisposalReportArgs = {
  input: DisposalReportInput;
};

/** A regulator's notice to a platform (Art 12 ¶2), owned by case-cooperation. */
export type Notice = {
  __typename?: 'Notice';
  id: Scalars['ID']['output'];
};

/** The administrative level of a regulator's office. */
export type OfficeLevel =
  | 'COUNTY'
  | 'NATIONAL'
  | 'PREFECTURE'
  | 'PROVINCE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A live-commerce platform, owned by identity-registry; penalty-reports adds what it knows of it. */
export type Platform = {
  __typename?: 'Platform';
  /** Disposal reports (Art 12) this platform filed that the caller may read; null when the caller may read none of its reports. */
  disposalReportCount?: Maybe<Scalars['Int']['output']>;
  /** Unified social credit code (GB 32100-2015). */
  uscc: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A report the caller may read; null otherwise (another platform's, or outside the caller's jurisdiction). */
  disposalReport?: Maybe<DisposalReport>;
  /** Reports the caller may read, newest first. */
  disposalReports: DisposalReportConnection;
};


export type QueryDisposalReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDisposalReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisposalReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whom the measures were taken against (Art 12 ¶1). */
export type SubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a registered business or a natural person. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

/** What led the platform to act. */
export type TriggerKind =
  /** A complaint or report from the public. */
  | 'COMPLAINT'
  /** The platform's patrols (Art 13). */
  | 'PATROL'
  /** The platform's own monitoring (Art 13). */
  | 'PLATFORM_DETECTION'
  /** A regulator's notice (Art 12 ¶2, Art 50): give its id. */
  | 'REGULATOR_NOTICE';



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
  DisposalReport: DisposalReport;
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DisposalReport:
    ( { __typename: 'DisposalReport' }
    & GraphQLRecursivePick<FederationTypes['DisposalReport'], {"id":true}> );
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Authority: Authority;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalAcknowledgement: ResolverTypeWrapper<AcknowledgementModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DisposalBusiness: ResolverTypeWrapper<DisposalBusiness>;
  DisposalBusinessInput: DisposalBusinessInput;
  DisposalIdDocument: ResolverTypeWrapper<DisposalIdDocument>;
  DisposalIdDocumentInput: DisposalIdDocumentInput;
  DisposalLegalBasis: ResolverTypeWrapper<DisposalLegalBasis>;
  DisposalLegalBasisInput: DisposalLegalBasisInput;
  DisposalLiveAccount: ResolverTypeWrapper<DisposalLiveAccount>;
  DisposalLiveAccountInput: DisposalLiveAccountInput;
  DisposalMeasure: ResolverTypeWrapper<MeasureStatusModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisposalMeasureInput: DisposalMeasureInput;
  DisposalMeasureTerm: ResolverTypeWrapper<MeasureModel>;
  DisposalOperator: ResolverTypeWrapper<OperatorRefModel>;
  DisposalOperatorInput: DisposalOperatorInput;
  DisposalPerson: ResolverTypeWrapper<PersonModel>;
  DisposalPersonInput: DisposalPersonInput;
  DisposalRecipient: ResolverTypeWrapper<RecipientStatusModel>;
  DisposalReport: ResolverTypeWrapper<DisposalReportModelModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DisposalReportConnection: ResolverTypeWrapper<Omit<DisposalReportConnection, 'edges'> & { edges: Array<ResolversTypes['DisposalReportEdge']> }>;
  DisposalReportEdge: ResolverTypeWrapper<Omit<DisposalReportEdge, 'node'> & { node: ResolversTypes['DisposalReport'] }>;
  DisposalReportFilter: DisposalReportFilter;
  DisposalReportInput: DisposalReportInput;
  DisposalReportVersion: ResolverTypeWrapper<ReportVersionModel>;
  DisposalSubject: ResolverTypeWrapper<SubjectModel>;
  DisposalSubjectFilter: DisposalSubjectFilter;
  DisposalSubjectInput: DisposalSubjectInput;
  DisposalTrigger: ResolverTypeWrapper<DisposalTrigger>;
  DisposalTriggerInput: DisposalTriggerInput;
  DocumentType: DocumentType;
  MeasureLifting: ResolverTypeWrapper<LiftingModel>;
  MeasureType: MeasureType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<Notice>;
  OfficeLevel: OfficeLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubjectKind: SubjectKind;
  TriggerKind: TriggerKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  DisposalAcknowledgement: AcknowledgementModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DisposalBusiness: DisposalBusiness;
  DisposalBusinessInput: DisposalBusinessInput;
  DisposalIdDocument: DisposalIdDocument;
  DisposalIdDocumentInput: DisposalIdDocumentInput;
  DisposalLegalBasis: DisposalLegalBasis;
  DisposalLegalBasisInput: DisposalLegalBasisInput;
  DisposalLiveAccount: DisposalLiveAccount;
  DisposalLiveAccountInput: DisposalLiveAccountInput;
  DisposalMeasure: MeasureStatusModel;
  Boolean: Scalars['Boolean']['output'];
  DisposalMeasureInput: DisposalMeasureInput;
  DisposalMeasureTerm: MeasureModel;
  DisposalOperator: OperatorRefModel;
  DisposalOperatorInput: DisposalOperatorInput;
  DisposalPerson: PersonModel;
  DisposalPersonInput: DisposalPersonInput;
  DisposalRecipient: RecipientStatusModel;
  DisposalReport: DisposalReportModelModel;
  ID: Scalars['ID']['output'];
  DisposalReportConnection: Omit<DisposalReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisposalReportEdge']> };
  DisposalReportEdge: Omit<DisposalReportEdge, 'node'> & { node: ResolversParentTypes['DisposalReport'] };
  DisposalReportFilter: DisposalReportFilter;
  DisposalReportInput: DisposalReportInput;
  DisposalReportVersion: ReportVersionModel;
  DisposalSubject: SubjectModel;
  DisposalSubjectFilter: DisposalSubjectFilter;
  DisposalSubjectInput: DisposalSubjectInput;
  DisposalTrigger: DisposalTrigger;
  DisposalTriggerInput: DisposalTriggerInput;
  MeasureLifting: LiftingModel;
  Mutation: Record<PropertyKey, never>;
  Notice: Notice;
  PageInfo: PageInfo;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalAcknowledgementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalAcknowledgement'] = ResolversParentTypes['DisposalAcknowledgement']> = {
  acknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalBusinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalBusiness'] = ResolversParentTypes['DisposalBusiness']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalIdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalIdDocument'] = ResolversParentTypes['DisposalIdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
};

export type DisposalLegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalLegalBasis'] = ResolversParentTypes['DisposalLegalBasis']> = {
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  law?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalLiveAccount'] = ResolversParentTypes['DisposalLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DisposalMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalMeasure'] = ResolversParentTypes['DisposalMeasure']> = {
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lifting?: Resolver<Maybe<ResolversTypes['MeasureLifting']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type DisposalMeasureTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalMeasureTerm'] = ResolversParentTypes['DisposalMeasureTerm']> = {
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type DisposalOperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalOperator'] = ResolversParentTypes['DisposalOperator']> = {
  business?: Resolver<Maybe<ResolversTypes['DisposalBusiness']>, ParentType, ContextType>;
  businessRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['DisposalPerson']>, ParentType, ContextType>;
};

export type DisposalPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalPerson'] = ResolversParentTypes['DisposalPerson']> = {
  idDocument?: Resolver<ResolversTypes['DisposalIdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalRecipientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalRecipient'] = ResolversParentTypes['DisposalRecipient']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  mustAcknowledge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport'], FederationReferenceType extends FederationReferenceTypes['DisposalReport'] = FederationReferenceTypes['DisposalReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisposalReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgements?: Resolver<Array<ResolversTypes['DisposalAcknowledgement']>, ParentType, ContextType>;
  awaitingMyAcknowledgement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domicileRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullyAcknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisposalReportVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['DisposalLegalBasis']>, ParentType, ContextType>;
  liftings?: Resolver<Array<ResolversTypes['MeasureLifting']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['DisposalMeasure']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['DisposalRecipient']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportingLagSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DisposalSubject'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['DisposalTrigger'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportConnection'] = ResolversParentTypes['DisposalReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisposalReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisposalReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportEdge'] = ResolversParentTypes['DisposalReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType>;
};

export type DisposalReportVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportVersion'] = ResolversParentTypes['DisposalReportVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['DisposalLegalBasis']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['DisposalMeasureTerm']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DisposalSubject'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['DisposalTrigger'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalSubject'] = ResolversParentTypes['DisposalSubject']> = {
  business?: Resolver<Maybe<ResolversTypes['DisposalBusiness']>, ParentType, ContextType>;
  businessRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubjectKind'], ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['DisposalLiveAccount']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['DisposalOperator']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['DisposalPerson']>, ParentType, ContextType>;
};

export type DisposalTriggerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalTrigger'] = ResolversParentTypes['DisposalTrigger']> = {
  kind?: Resolver<ResolversTypes['TriggerKind'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
  noticeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MeasureLiftingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureLifting'] = ResolversParentTypes['MeasureLifting']> = {
  liftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationAcknowledgeDisposalReportArgs, 'id'>>;
  amendDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationAmendDisposalReportArgs, 'id' | 'input' | 'reason'>>;
  liftMeasure?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationLiftMeasureArgs, 'liftedAt' | 'measure' | 'reason' | 'reportId'>>;
  submitDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationSubmitDisposalReportArgs, 'input'>>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disposalReportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  disposalReport?: Resolver<Maybe<ResolversTypes['DisposalReport']>, ParentType, ContextType, RequireFields<QueryDisposalReportArgs, 'id'>>;
  disposalReports?: Resolver<ResolversTypes['DisposalReportConnection'], ParentType, ContextType, Partial<QueryDisposalReportsArgs>>;
};

export type Resolvers<ContextType = Context> = {
  DateTime?: GraphQLScalarType;
  DisposalAcknowledgement?: DisposalAcknowledgementResolvers<ContextType>;
  DisposalBusiness?: DisposalBusinessResolvers<ContextType>;
  DisposalIdDocument?: DisposalIdDocumentResolvers<ContextType>;
  DisposalLegalBasis?: DisposalLegalBasisResolvers<ContextType>;
  DisposalLiveAccount?: DisposalLiveAccountResolvers<ContextType>;
  DisposalMeasure?: DisposalMeasureResolvers<ContextType>;
  DisposalMeasureTerm?: DisposalMeasureTermResolvers<ContextType>;
  DisposalOperator?: DisposalOperatorResolvers<ContextType>;
  DisposalPerson?: DisposalPersonResolvers<ContextType>;
  DisposalRecipient?: DisposalRecipientResolvers<ContextType>;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  DisposalReportConnection?: DisposalReportConnectionResolvers<ContextType>;
  DisposalReportEdge?: DisposalReportEdgeResolvers<ContextType>;
  DisposalReportVersion?: DisposalReportVersionResolvers<ContextType>;
  DisposalSubject?: DisposalSubjectResolvers<ContextType>;
  DisposalTrigger?: DisposalTriggerResolvers<ContextType>;
  MeasureLifting?: MeasureLiftingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReportRef as DisposalReportRefModel } from '../resolvers/BlacklistEntry.js';
import type { BlacklistEntry as BlacklistEntryModel, EntrySubject as EntrySubjectModel } from '../domain/blacklist-entry.js';
import type { Appeal as AppealModel } from '../domain/appeal.js';
import type { CheckResult as CheckResultModel, CheckMatch as CheckMatchModel } from '../domain/check.js';
import type { StoredCheckLog as StoredCheckLogModel } from '../domain/check.ports.js';
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

/** An appeal against a listing (Art 14 ¶2). */
export type Appeal = {
  __typename?: 'Appeal';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** When the subject was told the outcome. */
  decisionToldAt?: Maybe<Scalars['DateTime']['output']>;
  entry: BlacklistEntry;
  grounds: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the subject was told the appeal was received. */
  receiptToldAt?: Maybe<Scalars['DateTime']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  /** When the platform recorded the appeal here. */
  recordedAt: Scalars['DateTime']['output'];
  status: AppealStatus;
};

/** An appeal the listing platform received. */
export type AppealInput = {
  grounds: Scalars['String']['input'];
  receivedAt: Scalars['DateTime']['input'];
  /** When the subject was told the appeal was received. */
  subjectToldAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The decision on an appeal (Art 14 ¶2). OVERTURNED removes the entry. */
export type AppealOutcome =
  | 'OVERTURNED'
  | 'UPHELD';

/** An appeal's state: FILED (awaiting review) → UPHELD | OVERTURNED. */
export type AppealStatus =
  | 'FILED'
  | 'OVERTURNED'
  | 'UPHELD';

/** One result per checked subject, in input order. */
export type BlacklistCheckResult = {
  __typename?: 'BlacklistCheckResult';
  listed: Scalars['Boolean']['output'];
  matches: Array<BlacklistMatch>;
};

/** A blacklist entry (Art 14). */
export type BlacklistEntry = {
  __typename?: 'BlacklistEntry';
  appealPending: Scalars['Boolean']['output'];
  appeals: Array<Appeal>;
  createdAt: Scalars['DateTime']['output'];
  disposalReport?: Maybe<DisposalReport>;
  facts: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legalBasis: Scalars['String']['output'];
  listingPlatform: Platform;
  /** The listing platform's name, from its certificate when it listed. */
  listingPlatformName: Scalars['String']['output'];
  notification: BlacklistNotification;
  reasons: Scalars['String']['output'];
  removalKind?: Maybe<BlacklistRemovalKind>;
  removalReason?: Maybe<Scalars['String']['output']>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  shareWithPeers: Scalars['Boolean']['output'];
  status: BlacklistEntryStatus;
  subject: BlacklistSubject;
  term: BlacklistTerm;
};

export type BlacklistEntryConnection = {
  __typename?: 'BlacklistEntryConnection';
  edges: Array<BlacklistEntryEdge>;
  pageInfo: PageInfo;
};

export type BlacklistEntryEdge = {
  __typename?: 'BlacklistEntryEdge';
  cursor: Scalars['String']['output'];
  node: BlacklistEntry;
};

export type BlacklistEntryInput = {
  /** The disposal report (penalty-reports) this listing was reported in. */
  disposalReportId?: InputMaybe<Scalars['ID']['input']>;
  facts: Scalars['String']['input'];
  /** Retrying with the same key and content returns the first result; other content is a CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  legalBasis: Scalars['String']['input'];
  notification: BlacklistNotificationInput;
  reasons: Scalars['String']['input'];
  /** Whether peers see the entry in their checks (Art 14 ¶4). Default true. The listing platform always does. */
  shareWithPeers?: InputMaybe<Scalars['Boolean']['input']>;
  subject: BlacklistSubjectInput;
  term: BlacklistTermInput;
};

/**
 * An entry's status, derived from its record and the clock (never stored): REMOVED (early removal or an
 * overturned appeal) > EXPIRED (from the instant the term ends) > UNDER_APPEAL (an appeal is open; still
 * listed) > ACTIVE.
 */
export type BlacklistEntryStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REMOVED'
  | 'UNDER_APPEAL';

export type BlacklistFilter = {
  /** Regulators: one listing platform. */
  listingPlatformUscc?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BlacklistEntryStatus>;
  /** Entries about this identity (hashed by the service; matched exactly). */
  subject?: InputMaybe<CheckSubjectInput>;
  subjectType?: InputMaybe<BlacklistSubjectType>;
};

/** A live account the subject used. */
export type BlacklistLiveAccount = {
  __typename?: 'BlacklistLiveAccount';
  accountId: Scalars['String']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
};

/** What a peer learns of one matching entry: no name, no document number, no facts. */
export type BlacklistMatch = {
  __typename?: 'BlacklistMatch';
  appealPending: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  listedSince: Scalars['DateTime']['output'];
  listingPlatformName: Scalars['String']['output'];
  /** ACTIVE or UNDER_APPEAL. */
  status: BlacklistEntryStatus;
};

export type BlacklistNotification = {
  __typename?: 'BlacklistNotification';
  appealChannel: Scalars['String']['output'];
  channel: Scalars['String']['output'];
  notifiedAt: Scalars['DateTime']['output'];
};

/** How and when the subject was told the facts, reasons, basis, term and the appeal channel (Art 14 ¶2). */
export type BlacklistNotificationInput = {
  appealChannel: Scalars['String']['input'];
  channel: Scalars['String']['input'];
  notifiedAt: Scalars['DateTime']['input'];
};

/** Why an entry was removed before its term ended. */
export type BlacklistRemovalKind =
  | 'APPEAL_OVERTURNED'
  | 'EARLY_REMOVAL';

/** The listed subject. Readable only by the listing platform and the offices covering its domicile. */
export type BlacklistSubject = {
  __typename?: 'BlacklistSubject';
  /** Persons only; stored encrypted. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Persons only. */
  documentType?: Maybe<DocumentType>;
  liveAccounts: Array<BlacklistLiveAccount>;
  name: Scalars['String']['output'];
  type: BlacklistSubjectType;
  /** Businesses only. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** Who is listed: exactly one of person (operator or streamer) or business (operator or agency). */
export type BlacklistSubjectInput = {
  business?: InputMaybe<BusinessInput>;
  /** At least one for operators and streamers. */
  liveAccounts?: InputMaybe<Array<LiveAccountInput>>;
  person?: InputMaybe<PersonInput>;
  type: BlacklistSubjectType;
};

/** Who may be blacklisted (Art 14 ¶1). */
export type BlacklistSubjectType =
  | 'LIVE_ROOM_OPERATOR'
  | 'LIVE_STREAMER'
  | 'STREAMER_AGENCY';

export type BlacklistTerm = {
  __typename?: 'BlacklistTerm';
  /** Exclusive: the entry is EXPIRED from this instant. */
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A definite term (Art 14 ¶2): [startsAt, endsAt). endsAt is the first instant the subject is no longer listed. */
export type BlacklistTermInput = {
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** A registered business: name and unified social credit code. */
export type BusinessInput = {
  name: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};

export type CheckLogConnection = {
  __typename?: 'CheckLogConnection';
  edges: Array<CheckLogEdge>;
  pageInfo: PageInfo;
};

export type CheckLogEdge = {
  __typename?: 'CheckLogEdge';
  cursor: Scalars['String']['output'];
  node: CheckLogEntry;
};

/** One logged check of one subject. */
export type CheckLogEntry = {
  __typename?: 'CheckLogEntry';
  checkedAt: Scalars['DateTime']['output'];
  checkedBy: Platform;
  checkedByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  listed: Scalars['Boolean']['output'];
  matchCount: Scalars['Int']['output'];
  purpose: CheckPurpose;
  /** HMAC-SHA-256 of the subject's normalised identity, with the blacklist service's key. */
  subjectHash: Scalars['String']['output'];
};

export type CheckLogFilter = {
  /** Regulators: checks by one platform. */
  checkedByUscc?: InputMaybe<Scalars['String']['input']>;
  /** Checks at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  purpose?: InputMaybe<CheckPurpose>;
  /** Regulators only: who checked this identity (hashed by the service). */
  subject?: InputMaybe<CheckSubjectInput>;
  /** Checks before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Why a platform checks (recorded in the check log). */
export type CheckPurpose =
  | 'ACCOUNT_CHANGE'
  | 'ONBOARDING'
  | 'OTHER'
  | 'PERIODIC_REVIEW';

/** One identity to check: { documentType, documentNumber } for a person, or { uscc } for a business. */
export type CheckSubjectInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentType?: InputMaybe<DocumentType>;
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** A disposal report (Art 12), owned by penalty-reports; a blacklist entry links to the report it was reported in. */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  id: Scalars['ID']['output'];
};

/** The kinds of identity document a person may be identified by (DESIGN §8). */
export type DocumentType =
  | 'FOREIGN_PERMANENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

/** An identity document. */
export type IdDocumentInput = {
  number: Scalars['String']['input'];
  type: DocumentType;
};

/** A live account on the listing platform. */
export type LiveAccountInput = {
  accountId: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Lists a subject (the caller is the listing platform). */
  addBlacklistEntry: BlacklistEntry;
  /**
   * Records the decision on an appeal and when the subject was told of it (Art 14 ¶2); subjectToldAt defaults
   * to the decision time. OVERTURNED removes the entry.
   */
  decideAppeal: Appeal;
  /** Records an appeal the listing platform received. */
  fileAppeal: Appeal;
  /** Early removal by the listing platform. */
  removeBlacklistEntry: BlacklistEntry;
};


export type MutationAddBlacklistEntryArgs = {
  input: BlacklistEntryInput;
};


export type MutationDecideAppealArgs = {
  appealId: Scalars['ID']['input'];
  outcome: AppealOutcome;
  reason: Scalars['String']['input'];
  subjectToldAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationFileAppealArgs = {
  entryId: Scalars['ID']['input'];
  input: AppealInput;
};


export type MutationRemoveBlacklistEntryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A natural person: name and identity document. */
export type PersonInput = {
  idDocument: IdDocumentInput;
  name: Scalars['String']['input'];
};

/** A live-commerce platform, owned by identity-registry; blacklist adds what it knows of it. */
export type Platform = {
  __typename?: 'Platform';
  /** Blacklist entries (Art 14) this platform listed that the caller may read; null when the caller may read none. */
  blacklistEntryCount?: Maybe<Scalars['Int']['output']>;
  /** Unified social credit code (GB 32100-2015). */
  uscc: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Platforms only: up to 1,000 subjects; per subject, in input order, the active shared matches (and the caller's own). Logged and rate-limited. */
  blacklistCheck: Array<BlacklistCheckResult>;
  /** A platform's own checks, or those of platforms in the office's area. Newest first. */
  blacklistCheckLog: CheckLogConnection;
  /** The caller's own entries (platform), or those of platforms domiciled in the office's area (regulator). Newest first. */
  blacklistEntries: BlacklistEntryConnection;
  /** The listing platform, or a SAMR/CAC office covering its domicile; null otherwise. */
  blacklistEntry?: Maybe<BlacklistEntry>;
};


export type QueryBlacklistCheckArgs = {
  purpose: CheckPurpose;
  subjects: Array<CheckSubjectInput>;
};


export type QueryBlacklistCheckLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CheckLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBlacklistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BlacklistFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBlacklistEntryArgs = {
  id: Scalars['ID']['input'];
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
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appeal: ResolverTypeWrapper<AppealModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppealInput: AppealInput;
  AppealOutcome: AppealOutcome;
  AppealStatus: AppealStatus;
  BlacklistCheckResult: ResolverTypeWrapper<CheckResultModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BlacklistEntry: ResolverTypeWrapper<BlacklistEntryModel>;
  BlacklistEntryConnection: ResolverTypeWrapper<Omit<BlacklistEntryConnection, 'edges'> & { edges: Array<ResolversTypes['BlacklistEntryEdge']> }>;
  BlacklistEntryEdge: ResolverTypeWrapper<Omit<BlacklistEntryEdge, 'node'> & { node: ResolversTypes['BlacklistEntry'] }>;
  BlacklistEntryInput: BlacklistEntryInput;
  BlacklistEntryStatus: BlacklistEntryStatus;
  BlacklistFilter: BlacklistFilter;
  BlacklistLiveAccount: ResolverTypeWrapper<BlacklistLiveAccount>;
  BlacklistMatch: ResolverTypeWrapper<CheckMatchModel>;
  BlacklistNotification: ResolverTypeWrapper<BlacklistNotification>;
  BlacklistNotificationInput: BlacklistNotificationInput;
  BlacklistRemovalKind: BlacklistRemovalKind;
  BlacklistSubject: ResolverTypeWrapper<EntrySubjectModel>;
  BlacklistSubjectInput: BlacklistSubjectInput;
  BlacklistSubjectType: BlacklistSubjectType;
  BlacklistTerm: ResolverTypeWrapper<BlacklistTerm>;
  BlacklistTermInput: BlacklistTermInput;
  BusinessInput: BusinessInput;
  CheckLogConnection: ResolverTypeWrapper<Omit<CheckLogConnection, 'edges'> & { edges: Array<ResolversTypes['CheckLogEdge']> }>;
  CheckLogEdge: ResolverTypeWrapper<Omit<CheckLogEdge, 'node'> & { node: ResolversTypes['CheckLogEntry'] }>;
  CheckLogEntry: ResolverTypeWrapper<StoredCheckLogModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckLogFilter: CheckLogFilter;
  CheckPurpose: CheckPurpose;
  CheckSubjectInput: CheckSubjectInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalReport: ResolverTypeWrapper<DisposalReportRefModel>;
  DocumentType: DocumentType;
  IdDocumentInput: IdDocumentInput;
  LiveAccountInput: LiveAccountInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonInput: PersonInput;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appeal: AppealModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AppealInput: AppealInput;
  BlacklistCheckResult: CheckResultModel;
  Boolean: Scalars['Boolean']['output'];
  BlacklistEntry: BlacklistEntryModel;
  BlacklistEntryConnection: Omit<BlacklistEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['BlacklistEntryEdge']> };
  BlacklistEntryEdge: Omit<BlacklistEntryEdge, 'node'> & { node: ResolversParentTypes['BlacklistEntry'] };
  BlacklistEntryInput: BlacklistEntryInput;
  BlacklistFilter: BlacklistFilter;
  BlacklistLiveAccount: BlacklistLiveAccount;
  BlacklistMatch: CheckMatchModel;
  BlacklistNotification: BlacklistNotification;
  BlacklistNotificationInput: BlacklistNotificationInput;
  BlacklistSubject: EntrySubjectModel;
  BlacklistSubjectInput: BlacklistSubjectInput;
  BlacklistTerm: BlacklistTerm;
  BlacklistTermInput: BlacklistTermInput;
  BusinessInput: BusinessInput;
  CheckLogConnection: Omit<CheckLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['CheckLogEdge']> };
  CheckLogEdge: Omit<CheckLogEdge, 'node'> & { node: ResolversParentTypes['CheckLogEntry'] };
  CheckLogEntry: StoredCheckLogModel;
  Int: Scalars['Int']['output'];
  CheckLogFilter: CheckLogFilter;
  CheckSubjectInput: CheckSubjectInput;
  DateTime: Scalars['DateTime']['output'];
  DisposalReport: DisposalReportRefModel;
  IdDocumentInput: IdDocumentInput;
  LiveAccountInput: LiveAccountInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PersonInput: PersonInput;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
};

export type AppealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionToldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType>;
  grounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receiptToldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
};

export type BlacklistCheckResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistCheckResult'] = ResolversParentTypes['BlacklistCheckResult']> = {
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['BlacklistMatch']>, ParentType, ContextType>;
};

export type BlacklistEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntry'] = ResolversParentTypes['BlacklistEntry']> = {
  appealPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appeals?: Resolver<Array<ResolversTypes['Appeal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disposalReport?: Resolver<Maybe<ResolversTypes['DisposalReport']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listingPlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  listingPlatformName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notification?: Resolver<ResolversTypes['BlacklistNotification'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removalKind?: Resolver<Maybe<ResolversTypes['BlacklistRemovalKind']>, ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shareWithPeers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BlacklistEntryStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['BlacklistSubject'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['BlacklistTerm'], ParentType, ContextType>;
};

export type BlacklistEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntryConnection'] = ResolversParentTypes['BlacklistEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BlacklistEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BlacklistEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntryEdge'] = ResolversParentTypes['BlacklistEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType>;
};

export type BlacklistLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistLiveAccount'] = ResolversParentTypes['BlacklistLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlacklistMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistMatch'] = ResolversParentTypes['BlacklistMatch']> = {
  appealPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listedSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listingPlatformName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BlacklistEntryStatus'], ParentType, ContextType>;
};

export type BlacklistNotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistNotification'] = ResolversParentTypes['BlacklistNotification']> = {
  appealChannel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BlacklistSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistSubject'] = ResolversParentTypes['BlacklistSubject']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['BlacklistLiveAccount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BlacklistSubjectType'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlacklistTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistTerm'] = ResolversParentTypes['BlacklistTerm']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CheckLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogConnection'] = ResolversParentTypes['CheckLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CheckLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CheckLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogEdge'] = ResolversParentTypes['CheckLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CheckLogEntry'], ParentType, ContextType>;
};

export type CheckLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogEntry'] = ResolversParentTypes['CheckLogEntry']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  checkedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['CheckPurpose'], ParentType, ContextType>;
  subjectHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBlacklistEntry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType, RequireFields<MutationAddBlacklistEntryArgs, 'input'>>;
  decideAppeal?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType, RequireFields<MutationDecideAppealArgs, 'appealId' | 'outcome' | 'reason'>>;
  fileAppeal?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType, RequireFields<MutationFileAppealArgs, 'entryId' | 'input'>>;
  removeBlacklistEntry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType, RequireFields<MutationRemoveBlacklistEntryArgs, 'id' | 'reason'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blacklistEntryCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  blacklistCheck?: Resolver<Array<ResolversTypes['BlacklistCheckResult']>, ParentType, ContextType, RequireFields<QueryBlacklistCheckArgs, 'purpose' | 'subjects'>>;
  blacklistCheckLog?: Resolver<ResolversTypes['CheckLogConnection'], ParentType, ContextType, Partial<QueryBlacklistCheckLogArgs>>;
  blacklistEntries?: Resolver<ResolversTypes['BlacklistEntryConnection'], ParentType, ContextType, Partial<QueryBlacklistEntriesArgs>>;
  blacklistEntry?: Resolver<Maybe<ResolversTypes['BlacklistEntry']>, ParentType, ContextType, RequireFields<QueryBlacklistEntryArgs, 'id'>>;
};

export type Resolvers<ContextType = Context> = {
  Appeal?: AppealResolvers<ContextType>;
  BlacklistCheckResult?: BlacklistCheckResultResolvers<ContextType>;
  BlacklistEntry?: BlacklistEntryResolvers<ContextType>;
  BlacklistEntryConnection?: BlacklistEntryConnectionResolvers<ContextType>;
  BlacklistEntryEdge?: BlacklistEntryEdgeResolvers<ContextType>;
  BlacklistLiveAccount?: BlacklistLiveAccountResolvers<ContextType>;
  BlacklistMatch?: BlacklistMatchResolvers<ContextType>;
  BlacklistNotification?: BlacklistNotificationResolvers<ContextType>;
  BlacklistSubject?: BlacklistSubjectResolvers<ContextType>;
  BlacklistTerm?: BlacklistTermResolvers<ContextType>;
  CheckLogConnection?: CheckLogConnectionResolvers<ContextType>;
  CheckLogEdge?: CheckLogEdgeResolvers<ContextType>;
  CheckLogEntry?: CheckLogEntryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};


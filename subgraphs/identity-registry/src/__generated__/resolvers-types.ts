import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Principal } from '../../../../lib/principal.js';
import type { PlatformRef } from '../store/platform.entity.js';
import type { FilingRow } from '../store/filing.entity.js';
import type { BatchReceipt, ComplianceRow } from '../domain/filing.rules.js';
import type { OperatorView, StreamerView } from '../store/record.entity.js';
import type { OperatorRef as OperatorRefRecord } from '../domain/filing-record.js';
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
  /** An instant in UTC, ISO 8601 (e.g. 2026-07-31T16:30:00Z). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  detail: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

export type AddressInput = {
  detail: Scalars['String']['input'];
  /** GB/T 2260 region code. */
  regionCode: Scalars['String']['input'];
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  | 'CAC'
  | 'SAMR';

export type BusinessInput = {
  name: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};

/** A platform's standing for a filing period. */
export type ComplianceStatus =
  /** Submitted after the period's month. */
  | 'LATE'
  /** No filing opened. */
  | 'MISSING'
  /** Submitted within the period's month (Asia/Shanghai). */
  | 'ON_TIME'
  /** Opened, not submitted. */
  | 'OPEN';

export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type Credential = {
  __typename?: 'Credential';
  issuer?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  number: Scalars['String']['output'];
};

/** An administrative licence or professional qualification. */
export type CredentialInput = {
  issuer?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  number: Scalars['String']['input'];
};

export type DocumentType =
  | 'FOREIGN_PERMANENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT';

/** The January/July identity report of one platform (Art 9). */
export type Filing = {
  __typename?: 'Filing';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The acknowledging office (`samr/province/330000`). */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** Batches received so far. */
  batchCount: Scalars['Int']['output'];
  /** SHA-256 (hex) over the batch hashes in batch order; set at submission. */
  digest?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Submitted within the period's month in Asia/Shanghai. Null until submitted. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  openedAt: Scalars['DateTime']['output'];
  operatorCount: Scalars['Int']['output'];
  /** `YYYY-01` or `YYYY-07`. */
  period: Scalars['String']['output'];
  platform: Platform;
  /** The platform's domicile region code at the time of filing (from its certificate). */
  platformDomicile: Scalars['String']['output'];
  /** Operators whose verification was older than six months when their batch was received (Art 8 ¶1). */
  staleOperatorCount: Scalars['Int']['output'];
  staleStreamerCount: Scalars['Int']['output'];
  status: FilingStatus;
  streamerCount: Scalars['Int']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a batch stored (or, replayed, what it stored the first time). */
export type FilingBatchReceipt = {
  __typename?: 'FilingBatchReceipt';
  batchNo: Scalars['Int']['output'];
  /** SHA-256 (hex) of the batch's canonical records. */
  contentHash: Scalars['String']['output'];
  filingId: Scalars['ID']['output'];
  operatorCount: Scalars['Int']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** True when this batch number and content had already been received: nothing new was stored. */
  replayed: Scalars['Boolean']['output'];
  staleOperatorCount: Scalars['Int']['output'];
  staleStreamerCount: Scalars['Int']['output'];
  streamerCount: Scalars['Int']['output'];
};

export type FilingComplianceRow = {
  __typename?: 'FilingComplianceRow';
  filing?: Maybe<Filing>;
  operatorCount: Scalars['Int']['output'];
  /** The period's month is over (Asia/Shanghai) and nothing was submitted. */
  overdue: Scalars['Boolean']['output'];
  period: Scalars['String']['output'];
  platform: Platform;
  staleOperatorCount: Scalars['Int']['output'];
  staleStreamerCount: Scalars['Int']['output'];
  status: ComplianceStatus;
  streamerCount: Scalars['Int']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** staleOperatorCount + staleStreamerCount. */
  verificationStale: Scalars['Int']['output'];
};

export type FilingConnection = {
  __typename?: 'FilingConnection';
  edges: Array<FilingEdge>;
  pageInfo: PageInfo;
};

export type FilingEdge = {
  __typename?: 'FilingEdge';
  cursor: Scalars['String']['output'];
  node: Filing;
};

export type FilingStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'SUBMITTED';

export type IdDocument = {
  __typename?: 'IdDocument';
  /** Masked for the filing platform; in full for regulators. */
  number: Scalars['String']['output'];
  type: DocumentType;
};

export type IdDocumentInput = {
  number: Scalars['String']['input'];
  type: DocumentType;
};

export type LiveAccount = {
  __typename?: 'LiveAccount';
  accountId: Scalars['String']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
};

export type LiveAccountInput = {
  accountId: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A live-room operator (直播间运营者), Art 9 items (1) and (2). */
export type LiveRoomOperator = {
  __typename?: 'LiveRoomOperator';
  businessAddress: Address;
  contact: Contact;
  filingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  idDocument?: Maybe<IdDocument>;
  kind: OperatorKind;
  licences: Array<Credential>;
  liveAccounts: Array<LiveAccount>;
  name: Scalars['String']['output'];
  period: Scalars['String']['output'];
  platform: Platform;
  uscc?: Maybe<Scalars['String']['output']>;
  /** Verified more than six months before its batch was received (Art 8 ¶1). */
  verificationStale: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type LiveRoomOperatorConnection = {
  __typename?: 'LiveRoomOperatorConnection';
  edges: Array<LiveRoomOperatorEdge>;
  pageInfo: PageInfo;
};

export type LiveRoomOperatorEdge = {
  __typename?: 'LiveRoomOperatorEdge';
  cursor: Scalars['String']['output'];
  node: LiveRoomOperator;
};

export type LiveRoomOperatorInput = {
  /** For a BUSINESS operator. */
  business?: InputMaybe<BusinessInput>;
  /** The actual business address (Art 48 shares by its province). */
  businessAddress: AddressInput;
  contact: ContactInput;
  kind: OperatorKind;
  licences?: InputMaybe<Array<CredentialInput>>;
  liveAccounts: Array<LiveAccountInput>;
  /** For a PERSON operator. */
  person?: InputMaybe<PersonInput>;
  /** When the platform last verified this information (Art 8 ¶1: at least every six months). */
  verifiedAt: Scalars['DateTime']['input'];
};

/** A live streamer (直播营销人员), Art 9 item (3). */
export type LiveStreamer = {
  __typename?: 'LiveStreamer';
  agency?: Maybe<StreamerAgency>;
  contact: Contact;
  filingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  idDocument: IdDocument;
  name: Scalars['String']['output'];
  occupation?: Maybe<Scalars['String']['output']>;
  operators: Array<OperatorRef>;
  period: Scalars['String']['output'];
  platform: Platform;
  qualifications: Array<Credential>;
  residence: Address;
  verificationStale: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type LiveStreamerConnection = {
  __typename?: 'LiveStreamerConnection';
  edges: Array<LiveStreamerEdge>;
  pageInfo: PageInfo;
};

export type LiveStreamerEdge = {
  __typename?: 'LiveStreamerEdge';
  cursor: Scalars['String']['output'];
  node: LiveStreamer;
};

export type LiveStreamerInput = {
  agency?: InputMaybe<BusinessInput>;
  contact: ContactInput;
  occupation?: InputMaybe<Scalars['String']['input']>;
  operatorRefs: Array<OperatorRefInput>;
  person: PersonInput;
  qualifications?: InputMaybe<Array<CredentialInput>>;
  /** Habitual residence. */
  residence: AddressInput;
  verifiedAt: Scalars['DateTime']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** By the provincial (or national) SAMR office covering the platform's domicile. */
  acknowledgeFiling: Filing;
  /**
   * Adds a numbered batch of records (at most 5,000). Atomic: one invalid record stores nothing and the error lists
   * every invalid record with its path. Idempotent: the same batchNo and content returns the first receipt
   * (replayed: true); other content under a used batchNo is a CONFLICT.
   */
  addFilingBatch: FilingBatchReceipt;
  /**
   * Bulk form of addFilingBatch (Art 9): the same batch as NDJSON text, one LiveRoomOperatorInput / LiveStreamerInput
   * JSON object per line. Same validation, paths (operators[17].idDocument.number = line 18), atomicity, idempotency
   * and receipt as addFilingBatch; a batch sent in either form replays in the other.
   */
  addFilingBatchNdjson: FilingBatchReceipt;
  /** Opens the platform's filing for a period (`2026-07`); opening it again returns the open one (Art 9). */
  openFiling: Filing;
  /** Seals the filing: counts, stale totals and a SHA-256 digest over the batches; no batch is accepted afterwards. */
  submitFiling: Filing;
};


export type MutationAcknowledgeFilingArgs = {
  filingId: Scalars['ID']['input'];
};


export type MutationAddFilingBatchArgs = {
  batchNo: Scalars['Int']['input'];
  filingId: Scalars['ID']['input'];
  operators?: InputMaybe<Array<LiveRoomOperatorInput>>;
  streamers?: InputMaybe<Array<LiveStreamerInput>>;
};


export type MutationAddFilingBatchNdjsonArgs = {
  batchNo: Scalars['Int']['input'];
  filingId: Scalars['ID']['input'];
  operators?: InputMaybe<Scalars['String']['input']>;
  streamers?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenFilingArgs = {
  period: Scalars['String']['input'];
};


export type MutationSubmitFilingArgs = {
  filingId: Scalars['ID']['input'];
};

/** The administrative level of a regulator's office. */
export type OfficeLevel =
  | 'COUNTY'
  | 'NATIONAL'
  | 'PREFECTURE'
  | 'PROVINCE';

/** Search keys for operators; all given keys must match. */
export type OperatorFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given). */
  idDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  idDocumentType?: InputMaybe<DocumentType>;
  liveAccountId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** A region code or its prefix (2 digits: province, 4: prefecture) of the actual business address. */
  region?: InputMaybe<Scalars['String']['input']>;
  uscc?: InputMaybe<Scalars['String']['input']>;
};

export type OperatorKind =
  /** A registered business: name and USCC (Art 9 item 1). */
  | 'BUSINESS'
  /** An unregistered natural person: name and ID document (Art 9 item 2). */
  | 'PERSON';

/** A live room a streamer streams for. */
export type OperatorRef = {
  __typename?: 'OperatorRef';
  /** The operator's ID document, for a person. */
  idDocument?: Maybe<IdDocument>;
  liveAccountId: Scalars['String']['output'];
  /** The operator's USCC, for a business. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** A live room a streamer streams for: the operator's USCC or ID document (exactly one) and the room's live account id. */
export type OperatorRefInput = {
  idDocument?: InputMaybe<IdDocumentInput>;
  liveAccountId: Scalars['String']['input'];
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PersonInput = {
  idDocument: IdDocumentInput;
  name: Scalars['String']['input'];
};

/**
 * A live-commerce platform operator (直播电商平台经营者), known to the exchange from its certificate on first
 * contact. Owned by identity-registry; the other subgraphs add their own fields.
 */
export type Platform = {
  __typename?: 'Platform';
  /** Region code of the platform's domicile (GB/T 2260). Null until first contact. */
  domicileRegion?: Maybe<Scalars['String']['output']>;
  /** When the exchange first saw this platform. */
  firstSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registered name, from the platform's certificate. Null until the platform has first called the exchange. */
  name?: Maybe<Scalars['String']['output']>;
  /** Unified social credit code (GB 32100-2015). */
  uscc: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One filing: its platform, and the provincial/national SAMR office covering the platform's domicile. Null otherwise. */
  filing?: Maybe<Filing>;
  /**
   * Each platform in the caller's jurisdiction (by domicile) with its standing for the period (Art 9, 53, 54):
   * ON_TIME, LATE, MISSING or OPEN, with counts and verificationStale totals.
   */
  filingCompliance: Array<FilingComplianceRow>;
  /** Filings the caller may read, newest period first. A platform sees its own; SAMR province/national those of platforms domiciled in its jurisdiction. */
  filings: FilingConnection;
  /**
   * Live-room operators filed in reported (SUBMITTED/ACKNOWLEDGED) filings, across every platform in the caller's
   * jurisdiction: the platform's domicile, or (Art 48) the operator's actual business region. A platform searches its
   * own records, masked.
   */
  liveRoomOperators: LiveRoomOperatorConnection;
  /** Live streamers, as liveRoomOperators; a streamer is shared by Art 48 through the operators it streams for. */
  liveStreamers: LiveStreamerConnection;
  /** Who the exchange takes the caller to be. */
  viewer: Viewer;
};


export type QueryFilingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFilingComplianceArgs = {
  period: Scalars['String']['input'];
};


export type QueryFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  platformUscc?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLiveRoomOperatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: OperatorFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLiveStreamersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: StreamerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of member the exchange takes the caller to be. */
export type Role =
  | 'PLATFORM'
  | 'REGULATOR';

/** A streamer's agency (MCN 机构). */
export type StreamerAgency = {
  __typename?: 'StreamerAgency';
  name: Scalars['String']['output'];
  uscc: Scalars['String']['output'];
};

/** Search keys for streamers; all given keys must match. */
export type StreamerFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given). */
  idDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  idDocumentType?: InputMaybe<DocumentType>;
  /** The live account id of a room the streamer streams in. */
  liveAccountId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** A region code or its prefix of the habitual residence. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The USCC of an operator the streamer streams for, or of its agency. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** The caller, as derived from its client certificate (DESIGN §3). */
export type Viewer = {
  __typename?: 'Viewer';
  /** Regulators only. */
  authority?: Maybe<Authority>;
  /** Serial number (hex) of the client certificate presented. */
  certSerial: Scalars['String']['output'];
  /** Regulators only. */
  level?: Maybe<OfficeLevel>;
  /** The certificate's common name. */
  name: Scalars['String']['output'];
  /** Platform: its unified social credit code (USCC). Regulator: authority/level/region. */
  org: Scalars['String']['output'];
  /** The caller's own platform record; null for regulators. */
  platform?: Maybe<Platform>;
  /** Platform: domicile region code. Regulator: the office's region code (GB/T 2260). */
  region: Scalars['String']['output'];
  role: Role;
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
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  Authority: Authority;
  BusinessInput: BusinessInput;
  ComplianceStatus: ComplianceStatus;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  Credential: ResolverTypeWrapper<Credential>;
  CredentialInput: CredentialInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentType: DocumentType;
  Filing: ResolverTypeWrapper<FilingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FilingBatchReceipt: ResolverTypeWrapper<BatchReceipt>;
  FilingComplianceRow: ResolverTypeWrapper<ComplianceRow>;
  FilingConnection: ResolverTypeWrapper<Omit<FilingConnection, 'edges'> & { edges: Array<ResolversTypes['FilingEdge']> }>;
  FilingEdge: ResolverTypeWrapper<Omit<FilingEdge, 'node'> & { node: ResolversTypes['Filing'] }>;
  FilingStatus: FilingStatus;
  IdDocument: ResolverTypeWrapper<IdDocument>;
  IdDocumentInput: IdDocumentInput;
  LiveAccount: ResolverTypeWrapper<LiveAccount>;
  LiveAccountInput: LiveAccountInput;
  LiveRoomOperator: ResolverTypeWrapper<OperatorView>;
  LiveRoomOperatorConnection: ResolverTypeWrapper<Omit<LiveRoomOperatorConnection, 'edges'> & { edges: Array<ResolversTypes['LiveRoomOperatorEdge']> }>;
  LiveRoomOperatorEdge: ResolverTypeWrapper<Omit<LiveRoomOperatorEdge, 'node'> & { node: ResolversTypes['LiveRoomOperator'] }>;
  LiveRoomOperatorInput: LiveRoomOperatorInput;
  LiveStreamer: ResolverTypeWrapper<StreamerView>;
  LiveStreamerConnection: ResolverTypeWrapper<Omit<LiveStreamerConnection, 'edges'> & { edges: Array<ResolversTypes['LiveStreamerEdge']> }>;
  LiveStreamerEdge: ResolverTypeWrapper<Omit<LiveStreamerEdge, 'node'> & { node: ResolversTypes['LiveStreamer'] }>;
  LiveStreamerInput: LiveStreamerInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeLevel: OfficeLevel;
  OperatorFilter: OperatorFilter;
  OperatorKind: OperatorKind;
  OperatorRef: ResolverTypeWrapper<OperatorRefRecord>;
  OperatorRefInput: OperatorRefInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonInput: PersonInput;
  Platform: ResolverTypeWrapper<PlatformRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  StreamerAgency: ResolverTypeWrapper<StreamerAgency>;
  StreamerFilter: StreamerFilter;
  Viewer: ResolverTypeWrapper<Principal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  BusinessInput: BusinessInput;
  Contact: Contact;
  ContactInput: ContactInput;
  Credential: Credential;
  CredentialInput: CredentialInput;
  DateTime: Scalars['DateTime']['output'];
  Filing: FilingRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  FilingBatchReceipt: BatchReceipt;
  FilingComplianceRow: ComplianceRow;
  FilingConnection: Omit<FilingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FilingEdge']> };
  FilingEdge: Omit<FilingEdge, 'node'> & { node: ResolversParentTypes['Filing'] };
  IdDocument: IdDocument;
  IdDocumentInput: IdDocumentInput;
  LiveAccount: LiveAccount;
  LiveAccountInput: LiveAccountInput;
  LiveRoomOperator: OperatorView;
  LiveRoomOperatorConnection: Omit<LiveRoomOperatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['LiveRoomOperatorEdge']> };
  LiveRoomOperatorEdge: Omit<LiveRoomOperatorEdge, 'node'> & { node: ResolversParentTypes['LiveRoomOperator'] };
  LiveRoomOperatorInput: LiveRoomOperatorInput;
  LiveStreamer: StreamerView;
  LiveStreamerConnection: Omit<LiveStreamerConnection, 'edges'> & { edges: Array<ResolversParentTypes['LiveStreamerEdge']> };
  LiveStreamerEdge: Omit<LiveStreamerEdge, 'node'> & { node: ResolversParentTypes['LiveStreamer'] };
  LiveStreamerInput: LiveStreamerInput;
  Mutation: Record<PropertyKey, never>;
  OperatorFilter: OperatorFilter;
  OperatorRef: OperatorRefRecord;
  OperatorRefInput: OperatorRefInput;
  PageInfo: PageInfo;
  PersonInput: PersonInput;
  Platform: PlatformRef;
  Query: Record<PropertyKey, never>;
  StreamerAgency: StreamerAgency;
  StreamerFilter: StreamerFilter;
  Viewer: Principal;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredentialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Credential'] = ResolversParentTypes['Credential']> = {
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FilingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Filing'] = ResolversParentTypes['Filing']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  batchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  digest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformDomicile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FilingBatchReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingBatchReceipt'] = ResolversParentTypes['FilingBatchReceipt']> = {
  batchNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FilingComplianceRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingComplianceRow'] = ResolversParentTypes['FilingComplianceRow']> = {
  filing?: Resolver<Maybe<ResolversTypes['Filing']>, ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FilingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingConnection'] = ResolversParentTypes['FilingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FilingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FilingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingEdge'] = ResolversParentTypes['FilingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Filing'], ParentType, ContextType>;
};

export type IdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdDocument'] = ResolversParentTypes['IdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
};

export type LiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveAccount'] = ResolversParentTypes['LiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LiveRoomOperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperator'] = ResolversParentTypes['LiveRoomOperator']> = {
  businessAddress?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idDocument?: Resolver<Maybe<ResolversTypes['IdDocument']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['LiveAccount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveRoomOperatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperatorConnection'] = ResolversParentTypes['LiveRoomOperatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LiveRoomOperatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LiveRoomOperatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperatorEdge'] = ResolversParentTypes['LiveRoomOperatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LiveRoomOperator'], ParentType, ContextType>;
};

export type LiveStreamerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamer'] = ResolversParentTypes['LiveStreamer']> = {
  agency?: Resolver<Maybe<ResolversTypes['StreamerAgency']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idDocument?: Resolver<ResolversTypes['IdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['OperatorRef']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  residence?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveStreamerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamerConnection'] = ResolversParentTypes['LiveStreamerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LiveStreamerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LiveStreamerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamerEdge'] = ResolversParentTypes['LiveStreamerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LiveStreamer'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationAcknowledgeFilingArgs, 'filingId'>>;
  addFilingBatch?: Resolver<ResolversTypes['FilingBatchReceipt'], ParentType, ContextType, RequireFields<MutationAddFilingBatchArgs, 'batchNo' | 'filingId'>>;
  addFilingBatchNdjson?: Resolver<ResolversTypes['FilingBatchReceipt'], ParentType, ContextType, RequireFields<MutationAddFilingBatchNdjsonArgs, 'batchNo' | 'filingId'>>;
  openFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationOpenFilingArgs, 'period'>>;
  submitFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationSubmitFilingArgs, 'filingId'>>;
};

export type OperatorRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorRef'] = ResolversParentTypes['OperatorRef']> = {
  idDocument?: Resolver<Maybe<ResolversTypes['IdDocument']>, ParentType, ContextType>;
  liveAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  domicileRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  filing?: Resolver<Maybe<ResolversTypes['Filing']>, ParentType, ContextType, RequireFields<QueryFilingArgs, 'id'>>;
  filingCompliance?: Resolver<Array<ResolversTypes['FilingComplianceRow']>, ParentType, ContextType, RequireFields<QueryFilingComplianceArgs, 'period'>>;
  filings?: Resolver<ResolversTypes['FilingConnection'], ParentType, ContextType, Partial<QueryFilingsArgs>>;
  liveRoomOperators?: Resolver<ResolversTypes['LiveRoomOperatorConnection'], ParentType, ContextType, RequireFields<QueryLiveRoomOperatorsArgs, 'filter'>>;
  liveStreamers?: Resolver<ResolversTypes['LiveStreamerConnection'], ParentType, ContextType, RequireFields<QueryLiveStreamersArgs, 'filter'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type StreamerAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StreamerAgency'] = ResolversParentTypes['StreamerAgency']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  certSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['OfficeLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Address?: AddressResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Credential?: CredentialResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Filing?: FilingResolvers<ContextType>;
  FilingBatchReceipt?: FilingBatchReceiptResolvers<ContextType>;
  FilingComplianceRow?: FilingComplianceRowResolvers<ContextType>;
  FilingConnection?: FilingConnectionResolvers<ContextType>;
  FilingEdge?: FilingEdgeResolvers<ContextType>;
  IdDocument?: IdDocumentResolvers<ContextType>;
  LiveAccount?: LiveAccountResolvers<ContextType>;
  LiveRoomOperator?: LiveRoomOperatorResolvers<ContextType>;
  LiveRoomOperatorConnection?: LiveRoomOperatorConnectionResolvers<ContextType>;
  LiveRoomOperatorEdge?: LiveRoomOperatorEdgeResolvers<ContextType>;
  LiveStreamer?: LiveStreamerResolvers<ContextType>;
  LiveStreamerConnection?: LiveStreamerConnectionResolvers<ContextType>;
  LiveStreamerEdge?: LiveStreamerEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperatorRef?: OperatorRefResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StreamerAgency?: StreamerAgencyResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};


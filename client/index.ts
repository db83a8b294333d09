/**
 * The member client of the exchange, its public surface: `LsgwClient` (one method per job), the typed
 * errors, the connection options, and every generated document and type for `execute`.
 */
export { LsgwClient, CHECK_BATCH_SIZE, type LsgwClientOptions, type AccessLogSection } from './lsgw-client.js';
export type { MemberFiles, TlsMaterial } from './connection.js';
export { readMemberFiles } from './connection.js';
export type { RetryEvent, SendOptions } from './transport.js';
export { collect, paginate, DEFAULT_PAGE_SIZE, type Connection } from './pages.js';
export { decodeReceipt, type ReceiptClaims } from './receipts.js';
export * from './errors.js';
export * as documents from './__generated__/graphql.js';

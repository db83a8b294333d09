/**
 * The file-backed CA folder (CERTS_DIR): CA, CRL, service and member certificates, the gateway's
 * JWT signing key and the services' data keys. Layout: see certPaths() in files.ts.
 */
/**
 * The public entry of the CA folder. Its parts:
 * - members.ts: member identities (MemberSpec, DEMO_MEMBERS);
 * - records.ts: the CA key pair, issued.json and revoked.json, finding certificate files;
 * - dev-init.ts: `certs init` and ensureDevCerts;
 * - member-certs.ts: issueMember, signMember (onboarding by CSR, renewal);
 * - revocation.ts: revoking, and re-signing the CRL;
 * - status.ts: folderStatus.
 */
export { certPaths, defaultCertsDir, type CertPaths } from './files.js';
export { ensureDevCerts, initCerts, type InitSummary } from './dev-init.js';
export { issueMember, signMember, type SignedFiles } from './member-certs.js';
export { DEMO_MEMBERS, memberProblem, type MemberSpec } from './members.js';
export { findCertificateFile, memberKeyPair, type IssuedFiles, type IssuedRecord } from './records.js';
export { reissueCrl, reissueCrlIfExpiring, revokeCertificate, revokeSerial, type CrlRenewal } from './revocation.js';
export { STATUS_WARNING_CODES, folderStatus, type CertStatus, type FolderStatus } from './status.js';

import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import { X509Crl } from '@peculiar/x509';

/** Certificate serials compare as hex numbers: tools differ in case and leading zeros. */
export function normalSerial(hex: string): string {
  return hex
    .replace(/[^0-9a-f]/gi, '')
    .replace(/^0+(?=.)/, '')
    .toUpperCase();
}

/**
 * Whether a peer certificate accepted at some earlier handshake would still be accepted under this CA
 * and CRL (RFC 5280 §6.3): issued by the CA and not on its revocation list. Used to close connections
 * whose verdict a new CRL or CA has overturned.
 */
export function revocationCheck(material: { ca: Buffer; crl?: Buffer }): (peer: X509Certificate) => string | null {
  const ca = new X509Certificate(material.ca);
  const revoked = new Set(
    material.crl ? new X509Crl(material.crl.toString('utf8')).entries.map((e) => normalSerial(e.serialNumber)) : [],
  );
  return (peer) => {
    if (!peer.checkIssued(ca) || !peer.verify(ca.publicKey)) return 'CA_CHANGED';
    if (revoked.has(normalSerial(peer.serialNumber))) return 'CERT_REVOKED';
    return null;
  };
}

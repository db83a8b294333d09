import { useEffect, useMemo } from 'preact/hooks';
import { useI18n } from '../i18n.js';

/** A receipt's claims, read without checking it (`npm run verify -- receipt` checks it, offline). */
interface Claims {
  kind?: string;
  receivedAt?: string;
  log?: { logId: string; leafIndex: number };
}

function claimsOf(jws: string): Claims {
  try {
    const b64 = jws.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
  } catch {
    return {};
  }
}

/**
 * The receipts of the writes made in this session. The exchange gives a receipt once, on the write's result,
 * and does not keep it: the member downloads and keeps it (DESIGN: receipts are the member's evidence).
 */
export function Receipts({ receipts }: { receipts: string[] }) {
  const { t, time } = useI18n();
  const rows = useMemo(() => receipts.map((jws) => ({ jws, claims: claimsOf(jws), url: blobUrl(jws) })), [receipts]);
  useEffect(() => () => rows.forEach((r) => URL.revokeObjectURL(r.url)), [rows]);
  return (
    <section aria-labelledby="receipts-title">
      <h2 id="receipts-title">{t('receipts')}</h2>
      {!rows.length ? (
        <p>{t('receiptNone')}</p>
      ) : (
        <table class="receipts">
          <thead>
            <tr>
              <th scope="col">{t('receiptKind')}</th>
              <th scope="col">{t('receivedAt')}</th>
              <th scope="col">{t('leaf')}</th>
              <th scope="col">{t('download')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ claims, url }, i) => (
              <tr key={url} class="receipt">
                <td>{claims.kind ?? '—'}</td>
                <td>{time(claims.receivedAt)}</td>
                <td>{claims.log ? `${claims.log.logId} #${claims.log.leafIndex}` : '—'}</td>
                <td>
                  <a href={url} download={`receipt-${claims.kind ?? 'write'}-${i + 1}.jws`}>
                    {t('download')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const blobUrl = (jws: string) => URL.createObjectURL(new Blob([jws], { type: 'application/jose' }));

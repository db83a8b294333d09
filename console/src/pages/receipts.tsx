import { useEffect, useMemo } from 'preact/hooks';
import { FilingReceiptsDocument } from '../../../client/__generated__/graphql.js';
import { request } from '../api.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { MoreButton, Refusal, useConnection } from '../ui.js';

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

/** The receipts of the writes made in this session, to download (DESIGN: receipts are the member's evidence). */
export function Receipts({ receipts }: { receipts: string[] }) {
  return <ReceiptTable receipts={receipts} title="receipts" none="receiptNone" id="receipts-title" />;
}

/** Every receipt the exchange handed out for one filing (Filing.receipts, Art 9), page by page, to download again. */
export function FilingReceipts({ filingId }: { filingId: string }) {
  const list = useConnection(
    (after) =>
      request(FilingReceiptsDocument, { id: filingId, first: 50, after }).then(
        (d) => d.filing?.receipts ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
      ),
    filingId,
  );
  return (
    <>
      <Refusal error={list.error} />
      <ReceiptTable
        receipts={list.nodes.map((n) => n.receipt)}
        title="receiptsHeld"
        none="receiptsHeldNone"
        id={`receipts-${filingId}`}
      />
      <MoreButton hasMore={list.hasMore} busy={list.busy} onMore={list.more} />
    </>
  );
}

function ReceiptTable({
  receipts,
  title,
  none,
  id,
}: {
  receipts: string[];
  title: MessageKey;
  none: MessageKey;
  id: string;
}) {
  const { t, time } = useI18n();
  const rows = useMemo(() => receipts.map((jws) => ({ jws, claims: claimsOf(jws), url: blobUrl(jws) })), [receipts]);
  useEffect(() => () => rows.forEach((r) => URL.revokeObjectURL(r.url)), [rows]);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {!rows.length ? (
        <p>{t(none)}</p>
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

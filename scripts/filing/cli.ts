import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { certPaths, defaultCertsDir } from '../../lib/cert-paths.js';
import { createGraphQLClient } from '../../lib/http/client.js';
import { localGatewayUrl } from '../../lib/services.js';
import { memberKey } from './signing.js';
import { upload, UploadError } from './upload.js';

/** The gateway a local federation listens on: GATEWAY_PORT, else BASE_PORT, else 4000 (lib/services.ts). */
const DEFAULT_URL = localGatewayUrl(process.env);

const USAGE = `usage: npm run filing -- upload --period YYYY-01|YYYY-07 [--operators FILE] [--streamers FILE]
       [--cert member.crt --key member.key | --member SLUG] [--cacert ca.crt] [--url ${DEFAULT_URL}]
       [--batch-size 5000] [--concurrency 2] [--state FILE] [--receipts DIR] [--submit] [--structured] [--no-sign]

--url defaults to https://localhost:<port>/graphql, the port GATEWAY_PORT, else BASE_PORT, else 4000: the port
a federation started here with the same environment listens on.

FILE is NDJSON (.ndjson/.jsonl: one LiveRoomOperatorInput or LiveStreamerInput a line) or CSV (.csv; columns in
scripts/filing/csv.ts). An interrupted upload resumes where it stopped when run again with the same arguments.
Batches go as NDJSON text (addFilingBatchNdjson); --structured sends them as input objects (addFilingBatch).
Either form replays the other's batches, so an upload may be resumed in either. Each run first asks the exchange
which batches it holds and sends only those it lacks; --submit states what the file holds, and a batch the exchange
still lacks is sent again before the filing is sealed (Art 9).

Every batch and the submission are signed with the member key (--key, a detached JWS in lsgw-signature over the
digest the receipt states); --no-sign sends them unsigned. Check a kept receipt's signature offline:
npm run verify -- signature DIR/batch-000001.jws member.crt --jwks DIR/jwks.json

Each batch's receipt and the submission's are kept in DIR (default FILE.PERIOD.receipts/, beside the upload):
batch-000001.jws …, submission.jws, and jwks.json, the exchange's published keys; a resumed upload keeps the
earlier ones. Check one offline: npm run verify -- receipt DIR/batch-000001.jws --jwks DIR/jwks.json`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'upload') {
    console.error(USAGE);
    return command === 'help' || command === '--help' ? 0 : 1;
  }
  const { values: v } = parseArgs({
    args: rest,
    options: {
      period: { type: 'string' },
      operators: { type: 'string' },
      streamers: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      member: { type: 'string' },
      cacert: { type: 'string' },
      url: { type: 'string', default: DEFAULT_URL },
      'batch-size': { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '2' },
      state: { type: 'string' },
      receipts: { type: 'string' },
      submit: { type: 'boolean', default: false },
      structured: { type: 'boolean', default: false },
      sign: { type: 'boolean', default: true },
      'no-sign': { type: 'boolean', default: false },
    },
  });
  if (!v.period || (!v.operators && !v.streamers)) {
    console.error(`refused: --period and at least one of --operators/--streamers are required\n\n${USAGE}`);
    return 1;
  }
  const paths = certPaths(defaultCertsDir());
  const member = v.member ? paths.member(v.member) : undefined;
  const cert = v.cert ?? member?.cert;
  const key = v.key ?? member?.key;
  if (!cert || !key) {
    console.error(
      'refused: give the member certificate with --cert and --key (or --member SLUG for a dev certificate)',
    );
    return 1;
  }
  const client = createGraphQLClient({
    url: v.url!,
    ca: readFileSync(v.cacert ?? paths.ca),
    cert: readFileSync(cert),
    key: readFileSync(key),
  });
  try {
    const s = await upload({
      client,
      period: v.period,
      operators: v.operators,
      streamers: v.streamers,
      batchSize: Number(v['batch-size']),
      concurrency: Number(v.concurrency),
      statePath: v.state ?? `${v.operators ?? v.streamers}.${v.period}.upload-state.json`,
      receiptsDir: v.receipts ?? `${v.operators ?? v.streamers}.${v.period}.receipts`,
      submit: v.submit,
      form: v.structured ? 'structured' : 'ndjson',
      // The member signs by default (lib/evidence/member-signature.ts), with the key of the certificate it connects with.
      signingKey: v['no-sign'] || !v.sign ? undefined : memberKey({ key }),
    });
    console.log(
      `filing ${s.filingId}: ${s.batches} batches (${s.sent} sent, ${s.replayed} already there, ${s.skipped} skipped as confirmed, ${s.retried} tries repeated), ` +
        `${s.records} records in ${s.seconds.toFixed(1)} s (${Math.round(s.records / Math.max(s.seconds, 0.001))}/s)`,
    );
    if (s.filing) console.log(`submitted: ${JSON.stringify(s.filing)}`);
    const { dir, kept, problems } = s.receipts;
    console.log(
      `receipts: ${kept} kept in ${dir}${problems.length ? `, ${problems.length} do not check` : ', all check'}`,
    );
    return problems.length ? 1 : 0;
  } catch (e) {
    console.error(e instanceof UploadError ? e.message : `upload failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await client.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

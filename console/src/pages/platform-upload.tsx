import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import type { PageProps } from '../app.js';
import { useI18n } from '../i18n.js';
import type { UploadFiles } from '../upload/batches.js';
import { fingerprints, loadProgress, progressKey, sameFiles, saveProgress, type Progress } from '../upload/progress.js';
import type { Role } from '../upload/records.js';
import {
  BATCH_SIZE,
  ChangedFiles,
  openFiling,
  submitUpload,
  uploadBatches,
  UploadRefusal,
} from '../upload/uploader.js';
import { PeriodNav, periodOf } from './period-nav.js';
import { Receipts } from './receipts.js';
import { BatchRefusal, downloadBatchReceipts, UploadStatus } from './upload-parts.js';

type Phase = 'idle' | 'running' | 'refused' | 'changed' | 'complete' | 'submitted';
const ROLES: Role[] = ['operators', 'streamers'];

/** `?batchSize=` (1–5,000, as the upload tool's --batch-size); the default is the tool's. */
const batchSizeOf = (params: URLSearchParams) => {
  const n = Number(params.get('batchSize'));
  return Number.isInteger(n) && n >= 1 && n <= BATCH_SIZE ? n : BATCH_SIZE;
};

/**
 * The platform's filing file (Art 9) uploaded from the browser as the upload tool does it: the same columns,
 * batch size, numbering and mutation, so a batch sent again (after a closed tab) is one the exchange replays.
 * The progress is kept in the browser after each confirmed batch; choosing the same files again continues.
 */
export function PlatformUpload({ viewer, params }: PageProps) {
  const { t } = useI18n();
  const period = periodOf(params);
  const key = progressKey(viewer.org, period);
  const [kept, setKept] = useState<Progress | undefined>();
  const [files, setFiles] = useState<UploadFiles>({});
  const [chosen, setChosen] = useState<Progress['files'] | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [phase, setPhase] = useState<Phase>('idle');
  const [refusal, setRefusal] = useState<UploadRefusal | undefined>();
  const [changedAt, setChangedAt] = useState(0);
  useEffect(() => {
    setKept(undefined);
    void loadProgress(key).then((p) => setKept(p && !p.submission ? p : undefined));
  }, [key]);
  useEffect(() => {
    setChosen(undefined);
    if (files.operators || files.streamers) void fingerprints(files).then(setChosen);
  }, [files]);

  const resumable = !!kept && !!chosen && sameFiles(kept.files, chosen);
  const total = ROLES.reduce((n, r) => n + (files[r]?.size ?? 0), 0);
  const busy = phase === 'running';

  const fail = (e: unknown) => {
    if (e instanceof ChangedFiles) return (setChangedAt(e.no), setPhase('changed'));
    setRefusal(e instanceof UploadRefusal ? e : new UploadRefusal(new ApiError('CLIENT_ERROR', String(e))));
    setPhase('refused');
  };
  const start = async () => {
    if (!chosen) return;
    setPhase('running');
    setRefusal(undefined);
    try {
      let p = resumable ? kept! : undefined;
      if (!p) {
        const filingId = await openFiling(viewer.org, period);
        const size = batchSizeOf(params);
        p = {
          key,
          filingId,
          batchSize: size,
          files: chosen,
          confirmed: 0,
          hashes: [],
          receipts: [],
          records: 0,
          bytes: 0,
          complete: false,
        };
        await saveProgress(p);
      }
      setProgress({ ...p });
      const done = await uploadBatches(files, p, (now) => setProgress({ ...now }));
      setProgress({ ...done });
      setKept(done);
      setPhase('complete');
    } catch (e) {
      fail(e);
    }
  };
  const submit = async () => {
    setPhase('running');
    try {
      const done = await submitUpload(progress!);
      setProgress({ ...done });
      setKept(undefined);
      setPhase('submitted');
    } catch (e) {
      fail(e);
    }
  };
  const choose = (role: Role) => (e: Event) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    setFiles((now) => ({ ...now, [role]: f }));
    setPhase('idle');
    setProgress(undefined);
  };

  return (
    <>
      <h1>{t('upload')}</h1>
      <PeriodNav period={period} path="/upload" />
      <p>{t('uploadIntro')}</p>
      {kept && !chosen && (
        <p class="kept-upload">
          {t('keptUpload')}:{' '}
          {ROLES.map((r) => kept.files[r]?.name)
            .filter(Boolean)
            .join(', ')}{' '}
          · {t('confirmedBatches')} {kept.confirmed} · {t('confirmedRecords')} {kept.records}. {t('resumeHint')}
        </p>
      )}
      <form
        class="upload-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        {ROLES.map((r) => (
          <div class="field" key={r}>
            <label for={`upload-${r}`}>{t(r === 'operators' ? 'operatorsFile' : 'streamersFile')}</label>
            <input
              id={`upload-${r}`}
              type="file"
              accept=".csv,.ndjson,.jsonl,.json,text/csv,application/x-ndjson"
              disabled={busy}
              onChange={choose(r)}
            />
          </div>
        ))}
        {resumable && (
          <p class="match-resume">
            {t('sameFiles')} <strong>{kept!.confirmed + 1}</strong>
          </p>
        )}
        {kept && chosen && !resumable && <p class="match-other">{t('otherFiles')}</p>}
        <button type="submit" disabled={busy || !chosen || phase === 'complete'}>
          {t(resumable ? 'resumeUpload' : 'startUpload')}
        </button>
      </form>
      {progress && <UploadStatus progress={progress} total={total} />}
      {phase === 'changed' && (
        <div class="refusal changed-files" role="alert">
          {t('changedFiles')} <strong>{changedAt}</strong>
        </div>
      )}
      {phase === 'refused' && refusal && <BatchRefusal error={refusal.error} batch={refusal.batch} />}
      {(phase === 'complete' || (phase === 'refused' && progress?.complete)) && progress && (
        <p class="upload-complete">
          {t('uploadComplete')}{' '}
          <button type="button" onClick={() => void submit()}>
            {t('submitFiling')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => downloadBatchReceipts(progress)}>
            {t('batchReceipts')}
          </button>
        </p>
      )}
      {phase === 'submitted' && progress?.submission !== undefined && (
        <>
          <p class="upload-submitted">{t('uploadSubmitted')}</p>
          <Receipts receipts={progress.submission ? [progress.submission] : []} />
        </>
      )}
    </>
  );
}

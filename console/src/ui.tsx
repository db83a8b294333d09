import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { useI18n } from './i18n.js';

/** What a load is at: running, answered, or refused with the exchange's own error. */
export type Loaded<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; error: ApiError };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('CLIENT_ERROR', String(e)));

/** Runs `load` whenever `key` changes; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => live && setLoaded({ state: 'done', data }),
      (e) => live && setLoaded({ state: 'error', error: asApiError(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  return [loaded, useCallback(() => setTick((n) => n + 1), [])];
}

interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A Relay connection read a page at a time: the pages so far, and `more` for the next. */
export function useConnection<N>(fetchPage: (after: string | undefined) => Promise<Page<N>>, key: string) {
  const [nodes, setNodes] = useState<N[]>([]);
  const [page, setPage] = useState<Page<N>['pageInfo'] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(true);
  const run = async (after: string | undefined, keep: N[]) => {
    setBusy(true);
    try {
      const p = await fetchPage(after);
      setNodes([...keep, ...p.edges.map((e) => e.node)]);
      setPage(p.pageInfo);
      setError(undefined);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => void run(undefined, []), [key]);
  return {
    nodes,
    error,
    busy,
    hasMore: !!page?.hasNextPage,
    more: () => void run(page?.endCursor ?? undefined, nodes),
    reload: () => void run(undefined, []),
  };
}

/** The exchange's refusal, in its own words, announced to screen readers. */
export function Refusal({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div class="refusal" role="alert">
      <strong>{t('refused')}</strong> <span class="message">{error.message}</span> <code>{error.code}</code>
    </div>
  );
}

/** The reasons the exchange gave for one field, next to it (extensions.problems paths). */
export function FieldProblems(props: { error: ApiError | undefined; path: string; id?: string; exact?: boolean }) {
  const { error, path, id } = props;
  const reasons = error?.reasonsFor(path, props.exact) ?? [];
  if (!reasons.length) return null;
  return (
    <span class="field-problem" id={id} data-path={path}>
      {reasons.join('; ')}
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" aria-live="polite">
      {t('loading')}
    </p>
  );
}

export function MoreButton({ hasMore, busy, onMore }: { hasMore: boolean; busy: boolean; onMore: () => void }) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <button type="button" class="more" disabled={busy} onClick={onMore}>
      {t('loadMore')}
    </button>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ViewerDocument, type ViewerQuery } from '../../client/__generated__/graphql.js';
import { request } from './api.js';
import { I18nContext, i18n, useI18n, type Lang, type MessageKey } from './i18n.js';
import { Loading, Refusal, useLoad } from './ui.js';
import { PlatformCheck } from './pages/platform-check.js';
import { PlatformFiling } from './pages/platform-filing.js';
import { RegulatorAcks } from './pages/regulator-acks.js';
import { RegulatorHome } from './pages/regulator-home.js';
import { PlatformEntries } from './pages/platform-entries.js';
import { PlatformNotices } from './pages/platform-notices.js';
import { PlatformReport } from './pages/platform-report.js';
import { PlatformUpload } from './pages/platform-upload.js';
import { RegulatorAccess } from './pages/regulator-access.js';
import { RegulatorChecks } from './pages/regulator-checks.js';
import { RegulatorEntries } from './pages/regulator-entries.js';
import { RegulatorReport, RegulatorReports } from './pages/regulator-reports.js';
import { RegulatorSearch } from './pages/regulator-search.js';
import { RegulatorSend } from './pages/regulator-send.js';

export type Viewer = ViewerQuery['viewer'];
export interface PageProps {
  viewer: Viewer;
  /** The route's query string (`period=2026-07`). */
  params: URLSearchParams;
}

interface Route {
  path: string;
  title: MessageKey;
  role: Viewer['role'];
  /** Reached from another page (a detail), not offered in the navigation. */
  hidden?: boolean;
  /** Offered only to these viewers (the API still decides). */
  offered?: (v: Viewer) => boolean;
  page: FunctionComponent<PageProps>;
}

/** One task a page (GOV.UK, gov.cn service pages); the viewer's role decides which are offered. */
const ROUTES: Route[] = [
  { path: '/home', title: 'home', role: 'REGULATOR', page: RegulatorHome },
  { path: '/acks', title: 'acks', role: 'REGULATOR', page: RegulatorAcks },
  { path: '/reports', title: 'reports', role: 'REGULATOR', page: RegulatorReports },
  { path: '/report', title: 'reportDetail', role: 'REGULATOR', page: RegulatorReport, hidden: true },
  { path: '/send', title: 'send', role: 'REGULATOR', page: RegulatorSend },
  { path: '/search', title: 'search', role: 'REGULATOR', page: RegulatorSearch },
  { path: '/blacklist', title: 'regulatorEntries', role: 'REGULATOR', page: RegulatorEntries },
  { path: '/checks', title: 'checkLog', role: 'REGULATOR', page: RegulatorChecks },
  {
    path: '/access',
    title: 'accessLog',
    role: 'REGULATOR',
    page: RegulatorAccess,
    offered: (v) => v.level === 'NATIONAL',
  },
  { path: '/filing', title: 'filing', role: 'PLATFORM', page: PlatformFiling },
  { path: '/upload', title: 'upload', role: 'PLATFORM', page: PlatformUpload },
  { path: '/check', title: 'check', role: 'PLATFORM', page: PlatformCheck },
  { path: '/notices', title: 'notices', role: 'PLATFORM', page: PlatformNotices },
  { path: '/entries', title: 'entries', role: 'PLATFORM', page: PlatformEntries },
  { path: '/new-report', title: 'report', role: 'PLATFORM', page: PlatformReport },
];

const readHash = () => {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return { path: path || '', params: new URLSearchParams(query) };
};

const storedLang = (): Lang => (localStorage.getItem('lsgw.lang') === 'en' ? 'en' : 'zh');

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [hash, setHash] = useState(readHash);
  const text = useMemo(() => i18n(lang), [lang]);
  const [viewer] = useLoad(() => request(ViewerDocument).then((d) => d.viewer), 'viewer');
  const explorer = useExplorer();
  useEffect(() => {
    const onHash = () => setHash(readHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    localStorage.setItem('lsgw.lang', lang);
  }, [lang]);

  const me = viewer.state === 'done' ? viewer.data : undefined;
  const mine = ROUTES.filter((r) => r.role === me?.role && !r.hidden && (r.offered?.(me) ?? true));
  const route = ROUTES.find((r) => r.path === hash.path) ?? (hash.path ? undefined : mine[0]);
  useEffect(() => {
    document.title = `${route ? `${text.t(route.title)} · ` : ''}${text.t('title')}`;
  }, [route, text]);

  return (
    <I18nContext.Provider value={text}>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {text.t('skip')}
      </a>
      <header>
        <p class="brand">{text.t('title')}</p>
        {me && (
          <p class="who">
            {text.t('signedInAs')}: <span class="viewer-name">{me.name}</span> (
            {text.t(me.role === 'PLATFORM' ? 'platform' : 'regulator')}, {me.org})
          </p>
        )}
        <button
          type="button"
          class="lang"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={text.t('languageLabel')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {text.t('language')}
        </button>
      </header>
      {me && (
        <nav aria-label={text.t('nav')}>
          <ul>
            {mine.map((r) => (
              <li key={r.path}>
                <a href={`#${r.path}`} aria-current={r === route ? 'page' : undefined}>
                  {text.t(r.title)}
                </a>
              </li>
            ))}
            {explorer && (
              <li>
                <a href="explorer/" class="explorer-link">
                  {text.t('explorer')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {viewer.state === 'loading' && <Loading />}
        {viewer.state === 'error' && <Refusal error={viewer.error} />}
        {me && <Routed route={route} viewer={me} params={hash.params} />}
      </main>
    </I18nContext.Provider>
  );
}

/**
 * Whether the gateway serves the GraphQL explorer: outside production it does, in production it answers 404
 * (gateway/src/console.ts), so the link is offered only where it leads somewhere.
 */
function useExplorer(): boolean {
  const [served, setServed] = useState(false);
  useEffect(() => {
    fetch('explorer/', { method: 'HEAD', credentials: 'same-origin' }).then(
      (r) => setServed(r.ok),
      () => setServed(false),
    );
  }, []);
  return served;
}

/** A page of the other role is not shown: the exchange's own answer to `viewer` says who the caller is. */
function Routed({ route, viewer, params }: { route: Route | undefined } & PageProps) {
  const { t } = useI18n();
  if (!route) return <p>{t('notFound')}</p>;
  if (route.role !== viewer.role) {
    return (
      <div class="refusal" role="alert">
        <h1>{t(route.title)}</h1>
        <p>
          {t(route.role === 'REGULATOR' ? 'regulatorsOnly' : 'platformsOnly')}{' '}
          <strong>
            {t(viewer.role === 'PLATFORM' ? 'platform' : 'regulator')} {viewer.name} ({viewer.org})
          </strong>
        </p>
      </div>
    );
  }
  const Page = route.page;
  return <Page viewer={viewer} params={params} />;
}

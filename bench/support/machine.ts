import { loadavg } from 'node:os';

/** The load average, as the benchmarks print it: other work on the same cores (tests, builds) moves every figure. */
export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** mysql2 connection options for a `mysql://` URL (user root, port 3306 unless it says otherwise). */
export const mysqlOptions = (url: URL, database?: string) => ({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  database,
});

/** What a compose command loads, read from the source: the files and packages it imports, the variables they read. */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { serviceEnvPrefix } from '../../lib/subgraph/config.js';
import { isSubgraph } from './helpers.js';

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** The source files a script loads (following relative value imports) and the packages it imports. */
export function closure(file: string, files = new Map<string, string>(), packages = new Set<string>()) {
  if (files.has(file)) return { files, packages };
  const src = readFileSync(file, 'utf8');
  files.set(file, src);
  const specs = [...src.matchAll(IMPORT)]
    .filter((m) => !m[2])
    .map((m) => m[3])
    .concat([...src.matchAll(DYNAMIC)].map((m) => m[1]));
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const p = resolve(dirname(file), spec);
      closure(
        p.endsWith('.js') && existsSync(p.replace(/\.js$/, '.ts')) ? p.replace(/\.js$/, '.ts') : p,
        files,
        packages,
      );
    } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
      packages.add(
        spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  return { files, packages };
}

/** Environment variables the loaded code reads: env.X, env['X'], envInt(env, 'X'…), `PREFIX_${…}`, `${serviceEnvPrefix(…)}_X`. */
export function envReadBy(files: Map<string, string>, service: string) {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const src of files.values()) {
    for (const m of src.matchAll(
      /\benv\.([A-Z][A-Z0-9_]*)|\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]|\benv\w*\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
    )) {
      names.add(m[1] ?? m[2] ?? m[3]);
    }
    for (const m of src.matchAll(/`([A-Z][A-Z0-9_]*_)\$\{/g)) prefixes.push(m[1]);
    if (isSubgraph(service))
      for (const m of src.matchAll(/`\$\{serviceEnvPrefix\([^)]*\)\}(_[A-Z0-9_]+)`/g))
        names.add(serviceEnvPrefix(service) + m[1]);
  }
  return (name: string) => names.has(name) || prefixes.some((p) => name.startsWith(p));
}

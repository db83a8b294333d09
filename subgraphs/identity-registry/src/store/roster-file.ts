import { readFile, stat } from 'node:fs/promises';
import type { Logger } from '../../../../lib/log.js';
import type { RosterEntryInput, RosterSource } from '../domain/enrolment.ports.js';

/**
 * The CA's `platforms.json` (certs/roster.ts) in this service's secrets folder. Checked by its modification
 * time and size whenever the roster is read, so a newly issued certificate counts from the next compliance
 * query, with no timer; the CA writes it atomically, so a read sees a whole file. An unreadable or malformed
 * file keeps what was read before and is logged (without its contents).
 */
export class RosterFile implements RosterSource {
  private seen = '';

  constructor(
    private readonly path: string,
    private readonly logger?: Logger,
  ) {}

  async changed(): Promise<RosterEntryInput[] | null> {
    let version: string;
    try {
      const s = await stat(this.path);
      version = `${s.mtimeMs}:${s.size}`;
    } catch {
      return null; // no roster deployed (yet)
    }
    if (version === this.seen) return null;
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as { platforms?: unknown };
      if (!Array.isArray(parsed.platforms)) throw new Error('no platforms array');
      this.seen = version;
      return parsed.platforms.filter((e): e is RosterEntryInput => typeof e === 'object' && e !== null);
    } catch (e) {
      this.seen = version;
      this.logger?.warn('platform_roster_unreadable', { error: (e as Error).name });
      return null;
    }
  }
}

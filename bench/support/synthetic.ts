import { residentIdCheckChar, usccCheckChar } from '../../lib/validators/index.js';

/**
 * Valid synthetic identities, deterministic in `i`: USCCs with their mod-31 check character and resident
 * ID numbers with their MOD 11-2 check character, all distinct for i < 10 million.
 */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function syntheticUscc(i: number, region = '330106'): string {
  let org = '';
  let n = i;
  for (let k = 0; k < 8; k++) {
    org = USCC_CHARS[n % 31] + org;
    n = Math.floor(n / 31);
  }
  const first17 = `91${region}${org}0`;
  return first17 + usccCheckChar(first17);
}

export function syntheticResidentId(i: number, region = '330106'): string {
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 1000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${region}${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

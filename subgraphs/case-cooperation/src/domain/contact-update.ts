/**
 * What the subject updated (Art 22): the details the office could not reach it at (¶1 实际经营地址、经常居住
 * 地址) as the subject updated them (¶2 更新相关信息), given with the answer that reports the update (¶4) so
 * the sending office can reach the subject again. Personal data: stored sealed with the answer, read by
 * regulators only, and every read access-logged (notice.service.ts).
 */
import { at, type Problems } from '../../../../lib/problems.js';
import { checkAddress, checkContact, type AddressInput } from '../../../../lib/domain/identity.js';

export interface ContactUpdateInput {
  address?: AddressInput | null;
  phone?: string | null;
  email?: string | null;
}

export interface ContactUpdate {
  /** The updated actual business address (operator) or habitual residence (streamer). */
  address: AddressInput | null;
  phone: string | null;
  email: string | null;
}

/**
 * Validates `input.updatedContact` against `contactUpdated`: required with it (the office is given the
 * update, nothing is left for it to guess), refused without it.
 */
export function checkContactUpdate(
  problems: Problems,
  path: string,
  u: ContactUpdateInput | null | undefined,
  contactUpdated: boolean,
): ContactUpdate | null {
  if (u == null) {
    if (contactUpdated) problems.add(path, 'is required with contactUpdated (Art 22 ¶4): what the subject updated');
    return null;
  }
  if (!contactUpdated) {
    problems.add(path, 'only with contactUpdated: true');
    return null;
  }
  const phone = u.phone?.trim() || null;
  const email = u.email?.trim() || null;
  if (!u.address && !phone && !email) problems.add(path, 'needs an address, a phone number or an e-mail address');
  if (u.address) checkAddress(problems, at(path, 'address'), u.address);
  if (phone || email) checkContact(problems, path, { phone, email });
  return {
    address: u.address
      ? { regionCode: String(u.address.regionCode ?? ''), detail: String(u.address.detail ?? '').trim() }
      : null,
    phone,
    email,
  };
}

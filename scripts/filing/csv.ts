/**
 * CSV input for the upload tool (RFC 4180: quoted fields may hold commas, quotes and newlines), mapped
 * to the API's record inputs. Lists inside a cell are `|`-separated, parts of an item `:`-separated:
 *
 * operators: kind,name,uscc,id_type,id_number,region_code,address_detail,phone,email,live_accounts,licences,verified_at
 *   live_accounts  `accountId:nickname|…`      licences  `kind:number:issuer|…`
 * streamers: name,id_type,id_number,region_code,address_detail,phone,email,agency_name,agency_uscc,qualifications,occupation,operator_refs,verified_at
 *   operator_refs  `<USCC or TYPE:NUMBER>@liveAccountId|…`
 */
export class CsvParser {
  private row: string[] = [];
  private field = '';
  private quoted = false;

  /** Feeds one physical line; returns the rows it completes (none while inside a quoted field). */
  feed(line: string): string[][] {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (this.quoted) {
        if (c === '"' && line[i + 1] === '"') (this.field += '"'), i++;
        else if (c === '"') this.quoted = false;
        else this.field += c;
      } else if (c === '"') this.quoted = true;
      else if (c === ',') this.row.push(this.field), (this.field = '');
      else if (c !== '\r') this.field += c;
    }
    if (this.quoted) {
      this.field += '\n';
      return [];
    }
    this.row.push(this.field);
    const done = this.row.length > 1 || this.row[0] !== '' ? [this.row] : [];
    this.row = [];
    this.field = '';
    return done;
  }

  end(): void {
    if (this.quoted) throw new Error('CSV ends inside a quoted field');
  }
}

const list = (cell: string | undefined) => (cell ? cell.split('|').filter(Boolean) : []);
const opt = (cell: string | undefined) => (cell ? cell : undefined);

function credentials(cell: string | undefined) {
  return list(cell).map((item) => {
    const [kind, number, issuer] = item.split(':');
    return { kind, number, ...(issuer ? { issuer } : {}) };
  });
}

function contact(phone?: string, email?: string) {
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

export type Row = Record<string, string>;

export function operatorFromCsv(r: Row): Record<string, unknown> {
  const kind = r.kind;
  return {
    kind,
    ...(kind === 'BUSINESS'
      ? { business: { name: r.name, uscc: r.uscc } }
      : { person: { name: r.name, idDocument: { type: r.id_type, number: r.id_number } } }),
    businessAddress: { regionCode: r.region_code, detail: r.address_detail },
    contact: contact(opt(r.phone), opt(r.email)),
    liveAccounts: list(r.live_accounts).map((a) => {
      const [accountId, nickname] = a.split(':');
      return { accountId, ...(nickname ? { nickname } : {}) };
    }),
    licences: credentials(r.licences),
    verifiedAt: r.verified_at,
  };
}

export function streamerFromCsv(r: Row): Record<string, unknown> {
  return {
    person: { name: r.name, idDocument: { type: r.id_type, number: r.id_number } },
    residence: { regionCode: r.region_code, detail: r.address_detail },
    contact: contact(opt(r.phone), opt(r.email)),
    ...(r.agency_uscc ? { agency: { name: r.agency_name, uscc: r.agency_uscc } } : {}),
    qualifications: credentials(r.qualifications),
    ...(r.occupation ? { occupation: r.occupation } : {}),
    operatorRefs: list(r.operator_refs).map((ref) => {
      const [who, liveAccountId] = ref.split('@');
      const [a, b] = who.split(':');
      return b ? { idDocument: { type: a, number: b }, liveAccountId } : { uscc: a, liveAccountId };
    }),
    verifiedAt: r.verified_at,
  };
}

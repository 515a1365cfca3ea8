/**
 * The column-mapping step of CSV imports. Each field has a label and header names it is known by
 * ("Company", "Client name" → name; "E-mail" → email). Headers are compared without case, accents,
 * spaces or punctuation: an exact known name wins, then a header that starts or ends with one
 * ("Primary e-mail"). Each column feeds at most one field. The UI shows the suggestion, the person
 * changes it, and sends it back as `options.mapping` (field → column index).
 */
import type { ImportIssue } from '../../contract';

export interface CsvFieldDef {
  key: string;
  label: string;
  required: boolean;
  synonyms: string[];
}

export const CLIENT_FIELDS: CsvFieldDef[] = [
  {
    key: 'name',
    label: 'Name',
    required: true,
    synonyms: [
      'name',
      'client',
      'clientname',
      'company',
      'companyname',
      'organization',
      'organisation',
      'organizationname',
      'account',
      'accountname',
      'business',
      'customer',
      'customername',
    ],
  },
  { key: 'kind', label: 'Kind', required: false, synonyms: ['kind', 'type', 'clienttype', 'companytype'] },
  {
    key: 'email',
    label: 'Email',
    required: false,
    synonyms: ['email', 'emailaddress', 'mail', 'companyemail', 'clientemail'],
  },
  {
    key: 'phone',
    label: 'Phone',
    required: false,
    synonyms: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'companyphone'],
  },
  {
    key: 'website',
    label: 'Website',
    required: false,
    synonyms: ['website', 'web', 'url', 'homepage', 'site', 'domain'],
  },
  { key: 'linkedin', label: 'LinkedIn', required: false, synonyms: ['linkedin', 'linkedinurl', 'linkedinprofile'] },
  {
    key: 'location',
    label: 'Location',
    required: false,
    synonyms: ['location', 'city', 'address', 'country', 'place', 'region'],
  },
  { key: 'timeZone', label: 'Time zone', required: false, synonyms: ['timezone', 'tz', 'zone'] },
  {
    key: 'tags',
    label: 'Tags',
    required: false,
    synonyms: ['tags', 'tag', 'labels', 'label', 'categories', 'category'],
  },
  {
    key: 'notes',
    label: 'Notes',
    required: false,
    synonyms: ['notes', 'note', 'comments', 'comment', 'description', 'remarks'],
  },
  { key: 'archived', label: 'Archived', required: false, synonyms: ['archived', 'archivedat', 'archive'] },
  {
    key: 'contactName',
    label: 'Contact name',
    required: false,
    synonyms: ['contact', 'contactname', 'contactperson', 'person', 'fullname'],
  },
  {
    key: 'contactEmail',
    label: 'Contact email',
    required: false,
    synonyms: ['contactemail', 'contactemailaddress', 'personemail'],
  },
  {
    key: 'contactPhone',
    label: 'Contact phone',
    required: false,
    synonyms: ['contactphone', 'contactmobile', 'personphone'],
  },
  {
    key: 'contactRole',
    label: 'Contact role',
    required: false,
    synonyms: ['contactrole', 'role', 'jobtitle', 'position'],
  },
];

export const GIG_FIELDS: CsvFieldDef[] = [
  {
    key: 'title',
    label: 'Title',
    required: true,
    synonyms: [
      'title',
      'gig',
      'gigtitle',
      'project',
      'projectname',
      'projecttitle',
      'job',
      'opportunity',
      'deal',
      'dealname',
      'name',
    ],
  },
  {
    key: 'client',
    label: 'Client',
    required: true,
    synonyms: [
      'client',
      'clientname',
      'company',
      'companyname',
      'customer',
      'customername',
      'organization',
      'organisation',
      'account',
    ],
  },
  {
    key: 'clientEmail',
    label: 'Client email',
    required: false,
    synonyms: ['clientemail', 'companyemail', 'email', 'customeremail'],
  },
  { key: 'agency', label: 'Agency', required: false, synonyms: ['agency', 'agencyname', 'broker', 'via'] },
  {
    key: 'stage',
    label: 'Stage',
    required: false,
    synonyms: ['stage', 'status', 'pipeline', 'pipelinestage', 'phase'],
  },
  { key: 'source', label: 'Source', required: false, synonyms: ['source', 'leadsource', 'channel'] },
  {
    key: 'sourceDetail',
    label: 'Source detail',
    required: false,
    synonyms: ['sourcedetail', 'platform', 'sourcedetails'],
  },
  { key: 'currency', label: 'Currency', required: false, synonyms: ['currency', 'currencycode', 'cur'] },
  {
    key: 'rateUnit',
    label: 'Rate unit',
    required: false,
    synonyms: ['rateunit', 'unit', 'per', 'billing', 'ratetype'],
  },
  {
    key: 'proposedRate',
    label: 'Proposed rate',
    required: false,
    synonyms: [
      'proposedrate',
      'rate',
      'askedrate',
      'askingrate',
      'hourlyrate',
      'dayrate',
      'dailyrate',
      'price',
      'quote',
    ],
  },
  {
    key: 'agreedRate',
    label: 'Agreed rate',
    required: false,
    synonyms: ['agreedrate', 'finalrate', 'contractrate', 'acceptedrate'],
  },
  { key: 'budget', label: 'Budget', required: false, synonyms: ['budget', 'value', 'dealvalue', 'amount', 'total'] },
  {
    key: 'estimatedHours',
    label: 'Estimated hours',
    required: false,
    synonyms: ['estimatedhours', 'hours', 'estimate', 'effort'],
  },
  {
    key: 'startDate',
    label: 'Start date',
    required: false,
    synonyms: ['startdate', 'start', 'starts', 'from', 'begin'],
  },
  {
    key: 'endDate',
    label: 'End date',
    required: false,
    synonyms: ['enddate', 'end', 'ends', 'to', 'until', 'deadline'],
  },
  { key: 'tags', label: 'Tags', required: false, synonyms: ['tags', 'tag', 'labels', 'skills', 'categories'] },
  {
    key: 'requirements',
    label: 'Requirements',
    required: false,
    synonyms: ['requirements', 'scope', 'description', 'brief'],
  },
  { key: 'notes', label: 'Notes', required: false, synonyms: ['notes', 'note', 'comments', 'comment', 'remarks'] },
  { key: 'archived', label: 'Archived', required: false, synonyms: ['archived', 'archivedat', 'archive'] },
];

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function score(header: string, field: CsvFieldDef): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  if (field.synonyms.includes(h)) return 3;
  // "Client ID", "Stage kind": identifiers and qualifiers only match when named exactly.
  if (h.length > 2 && (h.endsWith('id') || h.endsWith('kind'))) return 0;
  return field.synonyms.some((s) => s.length >= 4 && (h.startsWith(s) || h.endsWith(s))) ? 2 : 0;
}

export type Mapping = Record<string, number | null>;

export function suggestMapping(headers: string[], fields: CsvFieldDef[]): Mapping {
  const pairs: { score: number; field: number; column: number }[] = [];
  fields.forEach((field, f) =>
    headers.forEach((header, column) => {
      const s = score(header, field);
      if (s > 0) pairs.push({ score: s, field: f, column });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.field - b.field || a.column - b.column);
  const mapping: Mapping = Object.fromEntries(fields.map((f) => [f.key, null]));
  const usedColumns = new Set<number>();
  for (const pair of pairs) {
    const key = fields[pair.field].key;
    if (mapping[key] !== null || usedColumns.has(pair.column)) continue;
    mapping[key] = pair.column;
    usedColumns.add(pair.column);
  }
  return mapping;
}

/** The mapping to use (the one sent overrides the suggestion field by field) and what is wrong with it. */
export function resolveMapping(
  headers: string[],
  fields: CsvFieldDef[],
  sent: Partial<Record<string, number | null>> | undefined,
): { mapping: Mapping; errors: ImportIssue[] } {
  const mapping: Mapping = sent
    ? Object.fromEntries(fields.map((f) => [f.key, sent[f.key] ?? null]))
    : suggestMapping(headers, fields);
  const errors: ImportIssue[] = [];
  const issue = (field: string, message: string) => errors.push({ row: null, entity: 'mapping', field, message });
  const seen = new Map<number, string>();
  for (const field of fields) {
    const column = mapping[field.key] ?? null;
    if (column === null) {
      if (field.required) {
        issue(
          field.key,
          `No column for "${field.label}", which is required. The file's columns are: ${headers.join(', ')}. Choose the one that holds it.`,
        );
      }
      continue;
    }
    if (column >= headers.length)
      issue(field.key, `"${field.label}" points at column ${column + 1}, but the file has ${headers.length}.`);
    const other = seen.get(column);
    if (other)
      issue(field.key, `Column "${headers[column] ?? column + 1}" is used for both ${other} and ${field.label}.`);
    seen.set(column, field.label);
  }
  return { mapping, errors };
}

/** The cell of a field in a row ('' when the field is not mapped). */
export function cellOf(cells: string[], mapping: Mapping, key: string): string {
  const column = mapping[key];
  return column === null || column === undefined ? '' : (cells[column] ?? '').trim();
}

export function fieldInfo(fields: CsvFieldDef[]) {
  return fields.map(({ key, label, required }) => ({ key, label, required }));
}

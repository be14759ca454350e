/**
 * What a service on the social map helps with: a fixed list, so search by category and the chips on
 * the page agree. The portal names them in its i18n texts; the Dutch names below are also put into
 * the search text, so "geld" finds every service in "Geld en schulden".
 */
export const SOCIAL_CATEGORIES = [
  'money',
  'housing',
  'work-income',
  'parenting',
  'relationships',
  'loneliness',
  'health',
  'safety',
  'legal',
  'daytime',
  'food-goods',
] as const;
export type SocialCategory = (typeof SOCIAL_CATEGORIES)[number];

export const SOCIAL_CATEGORY_WORDS_NL: Record<SocialCategory, string> = {
  money: 'Geld en schulden',
  housing: 'Wonen',
  'work-income': 'Werk en inkomen',
  parenting: 'Opvoeden',
  relationships: 'Relaties en scheiding',
  loneliness: 'Eenzaamheid',
  health: 'Gezondheid en psychische klachten',
  safety: 'Veiligheid en geweld',
  legal: 'Juridisch',
  daytime: 'Dagbesteding en vrijwilligerswerk',
  'food-goods': 'Voedsel en spullen',
};

/** How someone gets there: on their own ("zelf aanmelden") or through their social worker. */
export const SOCIAL_REFERRALS = ['self', 'worker'] as const;
export type SocialReferral = (typeof SOCIAL_REFERRALS)[number];

export const SOCIAL_MAP_SEARCH_PATH = '/social-map/services';
/** Longer text is a story, not a search: that belongs in a message to a worker. */
export const SOCIAL_MAP_QUERY_MAX = 100;
/** A full postcode ("2312 AB", any case and spacing) or only its four digits ("2312"). */
export const SOCIAL_MAP_POSTCODE_PATTERN = /^\s*[1-9][0-9]{3}\s?([A-Za-z]{2})?\s*$/;
export const SOCIAL_MAP_MAX_RESULTS = 30;

export interface SocialMapQuery {
  q?: string;
  category?: SocialCategory;
  postcode?: string;
}

/** One service as the public sees it. */
export interface SocialService {
  id: string;
  /** Who offers it, e.g. "Juridisch Loket". */
  providerName: string;
  name: string;
  description: string;
  categories: SocialCategory[];
  /** For whom, in a few words. */
  audience: string;
  municipality: string;
  address: string | null;
  openingHours: string | null;
  phone: string | null;
  website: string | null;
  referral: SocialReferral;
  /** The four-digit areas served; empty means the whole country (a national line). */
  servedAreas: number[];
  /** Example content written for the demo, not a real organisation's details. */
  demo: boolean;
}

export interface SocialServiceHit extends SocialService {
  /** Kilometres between the approximate centres of the two postcode areas; null without a postcode or location. */
  distanceKm: number | null;
  /** Whether the service works for the searched postcode; null when no postcode was given. */
  servesPostcode: boolean | null;
}

export interface SocialMapSearchResponse {
  /** The four digits searched from; null when none was given. */
  pc4: number | null;
  /** False when the postcode is outside the areas whose centre Nabij knows: results are then not by distance. */
  pc4Known: boolean;
  hits: SocialServiceHit[];
}

/** What an admin writes for one service (the admin screen and each line of the CSV import). */
export interface SaveSocialService {
  providerName: string;
  name: string;
  description: string;
  categories: SocialCategory[];
  audience: string;
  municipality: string;
  address?: string | null;
  openingHours?: string | null;
  phone?: string | null;
  website?: string | null;
  referral: SocialReferral;
  /** Four-digit postcode areas served; empty means the whole country. */
  servedAreas: number[];
  /** The four-digit area where the service is, for "nearest first"; none for a national line. */
  locationPc4?: number | null;
}

/** A service in the admin list: what the public sees plus where it is. */
export interface AdminSocialService extends SocialService {
  locationPc4: number | null;
  updatedAt: string;
}

export const SOCIAL_MAP_ADMIN_PATH = '/social-map/admin/services';
export const SOCIAL_MAP_IMPORT_PATH = '/social-map/admin/import';
/** A CSV of a whole municipality's map fits easily; more is a mistake or an attack. */
export const SOCIAL_MAP_CSV_MAX_CHARS = 500_000;
export const SOCIAL_MAP_CSV_MAX_LINES = 1000;
/**
 * The columns of the CSV import, in the header row (any order, `;` or `,` between cells). Several
 * categories are separated by `|`; served areas by spaces or `|`, with ranges like `2311-2334`.
 */
export const SOCIAL_MAP_CSV_COLUMNS = [
  'providerName',
  'name',
  'description',
  'categories',
  'audience',
  'municipality',
  'address',
  'openingHours',
  'phone',
  'website',
  'referral',
  'servedAreas',
  'locationPc4',
] as const;

export interface ImportSocialServices {
  csv: string;
}

export interface ImportSocialServicesResult {
  imported: number;
}

/** One refused cell of a CSV import; the 400's `details.lines` lists them all. */
export interface CsvLineError {
  /** Line number in the file, the header being line 1. */
  line: number;
  field: string;
  message: string;
}

const MAX_AREA_RANGE = 1000;

/**
 * "2311-2334 2341|2342" → the four-digit areas; empty text → [] (the whole country); null when a part
 * is not an area or a range. Shared by the admin form and the CSV import, so both read areas alike.
 */
export function parsePostcodeAreas(text: string): number[] | null {
  const areas: number[] = [];
  for (const part of text.split(/[\s|,;]+/).filter(Boolean)) {
    const match = /^([1-9]\d{3})(?:-([1-9]\d{3}))?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (to < from || to - from >= MAX_AREA_RANGE) return null;
    for (let a = from; a <= to; a++) areas.push(a);
  }
  return [...new Set(areas)].sort((a, b) => a - b);
}

/** The areas as an admin writes them: runs of neighbours as ranges ("2311-2334 2341"). */
export function formatPostcodeAreas(areas: number[]): string {
  const sorted = [...new Set(areas)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(' ');
}

/** How far a referral is: suggested to the client, sent to the service, taken on by it, finished. */
export const REFERRAL_STATUSES = ['proposed', 'made', 'accepted', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface CreateReferral {
  serviceId: string;
  /** Why this service: written for the client too, in plain words. */
  reason: string;
  status?: ReferralStatus;
}

export interface UpdateReferral {
  status: ReferralStatus;
}

export interface Referral {
  id: string;
  caseId: string;
  /** Null when the service was taken off the map later. */
  serviceId: string | null;
  /** "Provider: service" as it was when the referral was made. */
  serviceLabel: string;
  reason: string;
  status: ReferralStatus;
  createdAt: string;
  updatedAt: string;
  /** How to reach the service now, as the map has it; null when the service was taken off the map. */
  contact: { phone: string | null; website: string | null; address: string | null; openingHours: string | null } | null;
}

/** The referrals of one case (GET: the case's worker and its client; POST: the worker). */
export const socialMapCaseReferralsPath = (caseId: string) => `/social-map/cases/${encodeURIComponent(caseId)}/referrals`;
/** PATCH one referral's status (the case's worker). */
export const socialMapReferralPath = (id: string) => `/social-map/referrals/${encodeURIComponent(id)}`;

import type { PendingUploadQuotaCode } from '@nabij/messages/contracts';
import { PENDING_UPLOAD_HOURS, PENDING_UPLOAD_MAX_BYTES, PENDING_UPLOAD_MAX_FILES } from '@nabij/messages/contracts';
import { firstFieldErrorKey, generalErrorKey, TextParams, toApiError } from '@nabij/platform/portal';

export interface TimeLeft {
  /** i18n key: messages.left.hours, messages.left.minutes, messages.late.hours, messages.late.minutes */
  key: string;
  value: number;
  overdue: boolean;
  /** Less than 6 hours left: the worker is warned. */
  soon: boolean;
}

/** "nog 5 uur" / "3 uur te laat"; under 2 hours in minutes, so the last stretch is visible. */
export function timeLeft(dueAt: string | null, now: Date): TimeLeft | null {
  if (!dueAt) return null;
  const seconds = Math.round((new Date(dueAt).getTime() - now.getTime()) / 1000);
  const overdue = seconds < 0;
  const abs = Math.abs(seconds);
  const minutes = abs < 7200;
  const value = minutes ? Math.max(1, Math.floor(abs / 60)) : Math.floor(abs / 3600);
  return {
    key: `messages.${overdue ? 'late' : 'left'}.${minutes ? 'minutes' : 'hours'}`,
    value,
    overdue,
    soon: !overdue && seconds < 6 * 3600,
  };
}

/** A fresh id per message, so that a retried send never stores it twice. */
export function newMessageId(): string {
  return crypto.randomUUID();
}

/** The same files (the very same File objects, in order): a retry then keeps its message id. */
export function sameFiles(a: readonly File[], b: readonly File[]): boolean {
  return a.length === b.length && a.every((file, i) => file === b[i]);
}

/** "1,2 MB" / "340 kB" for a file size. */
export function formatSize(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}

/** The i18n key (with its numbers) for a refusal because too many uploads wait unsent. */
const QUOTA_TEXTS: Record<PendingUploadQuotaCode, { key: string; params: TextParams }> = {
  pending_files_quota: { key: 'messages.attach.quotaFiles', params: { count: PENDING_UPLOAD_MAX_FILES, hours: PENDING_UPLOAD_HOURS } },
  pending_bytes_quota: {
    key: 'messages.attach.quotaBytes',
    params: { mb: PENDING_UPLOAD_MAX_BYTES / 1024 / 1024, hours: PENDING_UPLOAD_HOURS },
  },
};

/**
 * What to show when sending or uploading failed, always in the page's language: our own words for a
 * refusal we know by its code (a quota, or a field's code such as `files.type`), otherwise "try again".
 */
export function sendErrorText(err: unknown, t: (key: string, params?: TextParams) => string): string {
  const e = toApiError(err);
  const quota = e.code && Object.hasOwn(QUOTA_TEXTS, e.code) ? QUOTA_TEXTS[e.code as PendingUploadQuotaCode] : undefined;
  if (quota) return t(quota.key, quota.params);
  return t(firstFieldErrorKey(e) ?? 'messages.compose.retry');
}

/** The i18n key to show when a conversation could not be opened. */
export function threadLoadErrorKey(err: unknown): string {
  const e = toApiError(err);
  return e.statusCode === 404 ? 'messages.client.notFound' : generalErrorKey(e);
}

import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '@nabij/platform/contracts';

/** Why a file cannot be uploaded; each domain says it in its own words. */
export type UploadRefusal = 'tooBig' | 'wrongType';

/**
 * Checked on the phone before 10 MB goes over a slow line, with the same rule the API applies
 * (`UPLOAD_*`); the API sniffs the bytes again anyway. An empty `type` (the browser does not know
 * the extension) is left to the API's sniffing rather than refused here.
 */
export function checkUpload(file: Pick<File, 'size' | 'type'>): UploadRefusal | null {
  if (file.size > UPLOAD_MAX_BYTES) return 'tooBig';
  if (file.type && !(UPLOAD_CONTENT_TYPES as readonly string[]).includes(file.type)) return 'wrongType';
  return null;
}

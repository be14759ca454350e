/**
 * Files anyone may upload (dossier documents, message attachments): sniffed from the bytes, never
 * trusted from the header. One rule for every domain, so the platform's upload checks own it.
 */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

import type { UploadContentType } from '@nabij/platform/contracts';

/**
 * The file type from the first bytes, ignoring what the browser claims. We accept only three
 * types, so a dozen lines beat the `file-type` package (ESM-only, which our CommonJS jest/webpack
 * setup cannot require without a dynamic-import workaround).
 */
const SIGNATURES: Array<{ type: UploadContentType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffContentType(data: Uint8Array): UploadContentType | null {
  const match = SIGNATURES.find((s) => data.length >= s.bytes.length && s.bytes.every((b, i) => data[i] === b));
  return match?.type ?? null;
}

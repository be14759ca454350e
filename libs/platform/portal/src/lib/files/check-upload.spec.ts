import { UPLOAD_MAX_BYTES } from '@nabij/platform/contracts';
import { checkUpload } from './check-upload';

describe('checkUpload', () => {
  it('refuses a file over the shared upload limit and accepts one exactly at it', () => {
    expect(checkUpload({ size: UPLOAD_MAX_BYTES + 1, type: 'application/pdf' })).toBe('tooBig');
    expect(checkUpload({ size: UPLOAD_MAX_BYTES, type: 'application/pdf' })).toBeNull();
  });

  it('refuses a type outside the shared list and accepts PDF, JPEG and PNG', () => {
    expect(checkUpload({ size: 10, type: 'audio/mpeg' })).toBe('wrongType');
    for (const type of ['application/pdf', 'image/jpeg', 'image/png']) expect(checkUpload({ size: 10, type })).toBeNull();
  });

  it('leaves a file without a browser-known type to the API, which sniffs the bytes', () => {
    expect(checkUpload({ size: 10, type: '' })).toBeNull();
  });
});

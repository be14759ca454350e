import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where uploaded files live: a directory outside the web root, set when the module is built. */
export const UPLOADS_DIR = 'UPLOADS_DIR';

/** Stores document bytes under random names; the database row holds the real file name. */
@Injectable()
export class DocumentStore {
  constructor(@Inject(UPLOADS_DIR) private readonly dir: string) {}

  async put(data: Buffer): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const key = randomUUID();
    await writeFile(join(this.dir, key), data, { flag: 'wx', mode: 0o600 });
    return key;
  }

  /** The stored bytes, or only `start`..`end` (inclusive) of them, for HTTP range requests (training videos). */
  open(key: string, range?: { start: number; end: number }): ReadStream {
    return createReadStream(join(this.dir, key), range);
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.dir, key), { force: true });
  }
}

/**
 * Hook point for a virus scanner (e.g. ClamAV over clamd): called before anything is stored.
 * The default accepts every file; bind a real one in UploadsModule when the organisation has one.
 */
export abstract class DocumentScanner {
  abstract scan(data: Buffer, contentType: string): Promise<{ clean: boolean; reason?: string }>;
}

@Injectable()
export class AcceptAllScanner extends DocumentScanner {
  async scan(): Promise<{ clean: boolean }> {
    return { clean: true };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
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

  /**
   * Takes in a file that multer wrote to disk (a large upload, see DISK_UPLOADS): moved when it is on
   * the same disk, else copied and the temporary file removed.
   */
  async putFile(path: string): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const key = randomUUID();
    const target = join(this.dir, key);
    try {
      await rename(path, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(path, target);
      await rm(path, { force: true });
    }
    await chmod(target, 0o600);
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
  /** The same for a large upload on disk (a training film), read as a stream rather than held in memory. */
  abstract scanFile(path: string, contentType: string): Promise<{ clean: boolean; reason?: string }>;
}

@Injectable()
export class AcceptAllScanner extends DocumentScanner {
  async scan(): Promise<{ clean: boolean }> {
    return { clean: true };
  }

  async scanFile(): Promise<{ clean: boolean }> {
    return { clean: true };
  }
}

/**
 * Where multer writes large uploads while the request runs (each request removes its own file): next
 * to the stored files, so taking one in is a rename on the same disk, and never in the web root.
 */
export function incomingUploadsDir(documentsDir: string): string {
  return join(documentsDir, '.incoming');
}

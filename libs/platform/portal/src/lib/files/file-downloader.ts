import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '../http/api-client';
import { firstValueFrom } from 'rxjs';

/**
 * Downloads a file from the API through the http client (so the auth interceptor adds the token;
 * a plain link would go without it) and saves it under its original name.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloader {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** `path` is relative to the API base, e.g. `/dossier/cases/…/documents/…/content`. */
  async save(path: string, fileName: string): Promise<void> {
    const blob = await firstValueFrom(this.http.get(this.base + path, { responseType: 'blob' }));
    saveBlob(blob, fileName);
  }
}

/** Offers the blob to the browser as a download with this file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the URL after click() returns; revoke a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

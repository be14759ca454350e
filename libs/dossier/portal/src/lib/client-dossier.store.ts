import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChatSessionView } from '@nabij/chat/contracts';
import type { Appointment, ClientActionRequest, Dossier, DossierDocument, Goal, PrivateNote } from '@nabij/dossier/contracts';
import { checkUpload, fieldErrorKey, generalErrorKey, toApiError } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from './dossier.api';

/** What went wrong with an upload: an i18n key (checked here) or the API's own 400 text. */
export type UploadProblem = { key: string } | { text: string };

/** The platform's client-side upload check, in the dossier's words. */
export function checkFile(file: File): UploadProblem | null {
  const refusal = checkUpload(file);
  return refusal ? { key: `dossier.documents.${refusal}` } : null;
}

/**
 * What to tell the uploader when the API refused the file, in the page's language: the refusal's
 * stable code (`file.type`, `file.too_large`, …) in our words, never the API's English message.
 */
export function uploadProblemOf(err: unknown): UploadProblem {
  const error = toApiError(err);
  const coded = fieldErrorKey(error, 'file');
  if (coded) return { key: coded };
  if (error.statusCode === 413) return { key: 'dossier.documents.tooBig' };
  return { key: error.statusCode === 400 ? 'dossier.error.generic' : generalErrorKey(error) };
}

/** "Mijn dossier": every case of the client (open ones first), private notes and the access log. */
@Injectable({ providedIn: 'root' })
export class ClientDossierStore {
  private readonly api = inject(DossierApi);
  private readonly _dossiers = signal<Dossier[] | null>(null);
  private readonly _notes = signal<PrivateNote[]>([]);
  private readonly _chats = signal<ChatSessionView[]>([]);

  readonly dossiers = this._dossiers.asReadonly();
  readonly open = computed(() => (this._dossiers() ?? []).filter((d) => !d.readOnly));
  readonly closed = computed(() => (this._dossiers() ?? []).filter((d) => d.readOnly));
  readonly notes = this._notes.asReadonly();
  /** The client's own chats, all cases; each case shows its ended ones with the transcript. */
  readonly chats = this._chats.asReadonly();

  async load(): Promise<void> {
    const cases = await firstValueFrom(this.api.myCases());
    const dossiers = await Promise.all(cases.map((c) => firstValueFrom(this.api.myDossier(c.id))));
    this._dossiers.set(dossiers);
    this._notes.set(await firstValueFrom(this.api.notes()));
    await this.loadChats();
  }

  /** Chats are an extra: when they cannot be fetched the dossier still shows, without them. */
  async loadChats(): Promise<void> {
    try {
      this._chats.set(await firstValueFrom(this.api.chatSessions()));
    } catch {
      this._chats.set([]);
    }
  }

  /** The appointment as the API answered after a cancellation or a request to move. */
  setAppointment(caseId: string, appointment: Appointment): void {
    this.patch(caseId, (d) => ({ ...d, appointments: d.appointments.map((a) => (a.id === appointment.id ? appointment : a)) }));
  }

  /** The goals after a change the goals block stored. */
  setGoals(caseId: string, goals: Goal[]): void {
    this.patch(caseId, (d) => ({ ...d, goals }));
  }

  /** Uploads one file; returns null when stored, else what to tell the client. */
  async upload(caseId: string, file: File): Promise<UploadProblem | null> {
    const problem = checkFile(file);
    if (problem) return problem;
    try {
      const document = await firstValueFrom(this.api.upload(caseId, file));
      this.patch(caseId, (d) => ({ ...d, documents: [document, ...d.documents] }));
      return null;
    } catch (err) {
      return uploadProblemOf(err);
    }
  }

  /** Saves a document under its original name; false when it did not work (the page says so). */
  async download(caseId: string, document: Pick<DossierDocument, 'id' | 'fileName'>): Promise<boolean> {
    try {
      await this.api.download(caseId, document);
      return true;
    } catch {
      return false;
    }
  }

  async react(caseId: string, reportId: string, text: string): Promise<void> {
    const reaction = await firstValueFrom(this.api.addReaction(caseId, reportId, text));
    this.patch(caseId, (d) => ({
      ...d,
      reports: d.reports.map((r) => (r.id === reportId ? { ...r, reactions: [...r.reactions, reaction] } : r)),
    }));
  }

  async ask(caseId: string, request: ClientActionRequest): Promise<void> {
    const action = await firstValueFrom(this.api.addAction(caseId, request));
    this.patch(caseId, (d) => ({ ...d, actions: [action, ...d.actions] }));
  }

  async addNote(text: string): Promise<void> {
    const note = await firstValueFrom(this.api.addNote(text));
    this._notes.update((notes) => [note, ...notes]);
  }

  async removeNote(noteId: string): Promise<void> {
    await firstValueFrom(this.api.removeNote(noteId));
    this._notes.update((notes) => notes.filter((n) => n.id !== noteId));
  }

  private patch(caseId: string, change: (d: Dossier) => Dossier): void {
    this._dossiers.update((list) => list?.map((d) => (d.case.id === caseId ? change(d) : d)) ?? null);
  }
}

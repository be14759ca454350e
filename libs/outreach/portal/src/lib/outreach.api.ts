import { Injectable, inject } from '@angular/core';
import type { KindOfWork } from '@nabij/dossier/contracts';
import type { ActivationLetter, Financier } from '@nabij/intake/contracts';
import type {
  AssignEntries,
  CallAttemptView,
  CallEntryDetail,
  CallListDetail,
  CallListSources,
  CaseScores,
  CallListSummary,
  CreateCallList,
  CreateTaskCase,
  CreateTaskReferral,
  FinishCall,
  FinishedCall,
  MyCalls,
  QuestionnaireSummary,
  QuestionnaireVersionView,
  SaveQuestionnaireDraft,
  TaskCase,
  TaskReferral,
  WeeklySummary,
} from '@nabij/outreach/contracts';
import type { SocialMapSearchResponse } from '@nabij/socialmap/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The outreach endpoints (call lists, the worker's calls), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class OutreachApi {
  private readonly api = inject(ApiClient);

  myCalls(): Observable<MyCalls> {
    return this.api.get('/outreach/calls');
  }

  entry(entryId: string): Observable<CallEntryDetail> {
    return this.api.get(`/outreach/entries/${id(entryId)}`);
  }

  startCall(entryId: string): Observable<CallAttemptView> {
    return this.api.post(`/outreach/entries/${id(entryId)}/calls`);
  }

  finishCall(attemptId: string, body: FinishCall): Observable<FinishedCall> {
    return this.api.post(`/outreach/calls/${id(attemptId)}/finish`, body);
  }

  taskDone(taskId: string): Observable<void> {
    return this.api.post(`/outreach/tasks/${id(taskId)}/done`);
  }

  questionnaires(): Observable<QuestionnaireSummary[]> {
    return this.api.get('/outreach/questionnaires');
  }

  version(versionId: string): Observable<QuestionnaireVersionView> {
    return this.api.get(`/outreach/questionnaires/versions/${id(versionId)}`);
  }

  newDraft(questionnaireId: string, body: SaveQuestionnaireDraft): Observable<QuestionnaireVersionView> {
    return this.api.post(`/outreach/questionnaires/${id(questionnaireId)}/versions`, body);
  }

  saveDraft(versionId: string, body: SaveQuestionnaireDraft): Observable<QuestionnaireVersionView> {
    return this.api.put(`/outreach/questionnaires/versions/${id(versionId)}`, body);
  }

  publish(versionId: string): Observable<QuestionnaireVersionView> {
    return this.api.post(`/outreach/questionnaires/versions/${id(versionId)}/publish`);
  }

  lists(): Observable<CallListSummary[]> {
    return this.api.get('/outreach/lists');
  }

  listSources(): Observable<CallListSources> {
    return this.api.get('/outreach/lists/sources');
  }

  createList(body: CreateCallList): Observable<CallListSummary> {
    return this.api.post('/outreach/lists', body);
  }

  list(listId: string): Observable<CallListDetail> {
    return this.api.get(`/outreach/lists/${id(listId)}`);
  }

  summary(week?: string): Observable<WeeklySummary> {
    return this.api.get(`/outreach/summary${week ? `?week=${encodeURIComponent(week)}` : ''}`);
  }

  /** The client's 1–10 answers from calls, on their case (the case's worker, or the client). */
  caseScores(caseId: string): Observable<CaseScores> {
    return this.api.get(`/outreach/cases/${id(caseId)}/scores`);
  }

  /** The financiers of the worker's organisation (intake's list), for "Maak een dossier". */
  financiers(): Observable<Financier[]> {
    return this.api.get('/financiers');
  }

  /** "Maak een dossier" from a follow-up task of a family without an account; a retry answers the case made before, without a letter. */
  caseFromTask(taskId: string, body: CreateTaskCase<KindOfWork>): Observable<TaskCase<ActivationLetter>> {
    return this.api.post(`/outreach/tasks/${id(taskId)}/case`, body);
  }

  /** "Verwijs door" from a follow-up task; a retry answers the referral made before. */
  referFromTask(taskId: string, body: CreateTaskReferral): Observable<TaskReferral> {
    return this.api.post(`/outreach/tasks/${id(taskId)}/referral`, body);
  }

  /** The social map's services, nearest the family's postcode first when it is known. */
  socialServices(postcode: string | null): Observable<SocialMapSearchResponse> {
    return this.api.get(`/social-map/services${postcode ? `?postcode=${encodeURIComponent(postcode)}` : ''}`);
  }

  assign(listId: string, body: AssignEntries): Observable<CallListDetail> {
    return this.api.post(`/outreach/lists/${id(listId)}/assign`, body);
  }
}

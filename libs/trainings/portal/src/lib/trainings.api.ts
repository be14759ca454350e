import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type {
  AuthoringTraining,
  CatalogueTraining,
  CohortSummary,
  CreateCohortRequest,
  GroupMessageResult,
  GroupSessionRequest,
  GroupSessionView,
  GroupTrainingReport,
  ParticipantCohortView,
  SessionAttendanceView,
  TrainerCohortView,
  EnrolRequest,
  EnrolmentView,
  FeedbackRequest,
  HomeworkRequest,
  ModuleInput,
  ModuleView,
  TrainingReaderLang,
  TrainingTranslationLang,
  EditorModuleTranslation,
  ModuleTranslationText,
  ParticipantOverview,
  ProgressView,
  ReminderSettingsRequest,
  SelfTestAnswersRequest,
  SelfTestResult,
  StepInput,
  SubmissionView,
  TrainerSubmissionView,
  TrainerTask,
  TrainingInput,
} from '@nabij/trainings/contracts';
import { Observable } from 'rxjs';

/** What this lib reads of the dossier's case list (`GET /api/dossier/cases`, open cases by default). */
export interface CaseloadEntry {
  id: string;
  client: { id: string; name: string | null };
  closedOn: string | null;
}

/** The trainings API as the portal calls it; one method per route. */
@Injectable({ providedIn: 'root' })
export class TrainingsApi {
  private readonly api = inject(ApiClient);

  catalogue(): Observable<CatalogueTraining[]> {
    return this.api.get('/trainings');
  }
  enrol(trainingId: string, body: EnrolRequest): Observable<EnrolmentView> {
    return this.api.post(`/trainings/${trainingId}/enrolments`, body);
  }
  mine(): Observable<EnrolmentView[]> {
    return this.api.get('/training-enrolments/mine');
  }
  progress(enrolmentId: string): Observable<ProgressView> {
    return this.api.get(`/training-enrolments/${enrolmentId}/progress`);
  }
  reminders(enrolmentId: string, body: ReminderSettingsRequest): Observable<EnrolmentView> {
    return this.api.put(`/training-enrolments/${enrolmentId}/reminders`, body);
  }
  /** Issue 17: a module's translation for the course editor (status null when there is none yet). */
  moduleTranslation(moduleId: string, lang: TrainingTranslationLang): Observable<EditorModuleTranslation> {
    return this.api.get(`/training-modules/${moduleId}/translations/${lang}`);
  }
  saveModuleTranslation(moduleId: string, lang: TrainingTranslationLang, body: ModuleTranslationText): Observable<EditorModuleTranslation> {
    return this.api.put(`/training-modules/${moduleId}/translations/${lang}`, body);
  }
  setModuleTranslationPublished(moduleId: string, lang: TrainingTranslationLang, published: boolean): Observable<EditorModuleTranslation> {
    return this.api.post(`/training-modules/${moduleId}/translations/${lang}/${published ? 'publish' : 'unpublish'}`);
  }
  discardModuleTranslationDraft(moduleId: string, lang: TrainingTranslationLang): Observable<EditorModuleTranslation> {
    return this.api.delete(`/training-modules/${moduleId}/translations/${lang}/draft`);
  }
  module(enrolmentId: string, moduleId: string, lang: TrainingReaderLang = 'nl'): Observable<ModuleView> {
    // Dutch is the API's default: only another language is asked for by name.
    return this.api.get(`/training-enrolments/${enrolmentId}/modules/${moduleId}${lang === 'nl' ? '' : `?lang=${lang}`}`);
  }
  done(enrolmentId: string, stepId: string): Observable<unknown> {
    return this.api.post(`/training-enrolments/${enrolmentId}/steps/${stepId}/done`);
  }
  selfTest(enrolmentId: string, stepId: string, body: SelfTestAnswersRequest, lang: TrainingReaderLang = 'nl'): Observable<SelfTestResult> {
    return this.api.post(`/training-enrolments/${enrolmentId}/steps/${stepId}/self-test${lang === 'nl' ? '' : `?lang=${lang}`}`, body);
  }
  homework(enrolmentId: string, stepId: string, body: HomeworkRequest): Observable<SubmissionView> {
    return this.api.put(`/training-enrolments/${enrolmentId}/steps/${stepId}/homework`, body);
  }

  // Trainer
  tasks(): Observable<TrainerTask[]> {
    return this.api.get('/trainer/training-tasks');
  }
  participants(): Observable<ParticipantOverview[]> {
    return this.api.get('/trainer/training-participants');
  }
  submission(submissionId: string): Observable<TrainerSubmissionView> {
    return this.api.get(`/training-submissions/${submissionId}`);
  }
  content(trainingId: string): Observable<AuthoringTraining> {
    return this.api.get(`/trainings/${trainingId}/content`);
  }
  /** The worker's open cases, to pick a client to enrol (only the fields used here). */
  caseload(): Observable<CaseloadEntry[]> {
    return this.api.get('/dossier/cases');
  }

  // Editor (admin, or the worker who is the training's trainer)
  createTraining(body: TrainingInput): Observable<AuthoringTraining> {
    return this.api.post('/trainings', body);
  }
  updateTraining(trainingId: string, body: Partial<TrainingInput>): Observable<AuthoringTraining> {
    return this.api.patch(`/trainings/${trainingId}`, body);
  }
  addModule(trainingId: string, body: ModuleInput): Observable<AuthoringTraining> {
    return this.api.post(`/trainings/${trainingId}/modules`, body);
  }
  updateModule(moduleId: string, body: Partial<ModuleInput>): Observable<AuthoringTraining> {
    return this.api.patch(`/training-modules/${moduleId}`, body);
  }
  addStep(moduleId: string, body: StepInput): Observable<AuthoringTraining> {
    return this.api.post(`/training-modules/${moduleId}/steps`, body);
  }
  updateStep(stepId: string, body: Partial<StepInput>): Observable<AuthoringTraining> {
    return this.api.patch(`/training-steps/${stepId}`, body);
  }
  /** The film (MP4/WebM) or WebVTT captions of a video step, as multipart `file`. */
  uploadMedia(stepId: string, what: 'video' | 'captions', file: File): Observable<AuthoringTraining> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.api.post<AuthoringTraining>(`/training-steps/${stepId}/${what}`, body);
  }
  feedback(submissionId: string, body: FeedbackRequest): Observable<SubmissionView> {
    return this.api.post(`/training-submissions/${submissionId}/feedback`, body);
  }
  returnForWork(submissionId: string, body: FeedbackRequest): Observable<SubmissionView> {
    return this.api.post(`/training-submissions/${submissionId}/return`, body);
  }

  // Group trainings (cohorts)
  cohorts(): Observable<CohortSummary[]> {
    return this.api.get('/training-cohorts');
  }
  createCohort(body: CreateCohortRequest): Observable<TrainerCohortView> {
    return this.api.post('/training-cohorts', body);
  }
  trainerCohort(cohortId: string): Observable<TrainerCohortView> {
    return this.api.get(`/training-cohorts/${cohortId}`);
  }
  participantCohort(cohortId: string): Observable<ParticipantCohortView> {
    return this.api.get(`/training-cohorts/${cohortId}`);
  }
  addParticipant(cohortId: string, clientId: string): Observable<TrainerCohortView> {
    return this.api.post(`/training-cohorts/${cohortId}/participants`, { clientId });
  }
  removeParticipant(cohortId: string, clientId: string): Observable<TrainerCohortView> {
    return this.api.delete<TrainerCohortView>(`/training-cohorts/${cohortId}/participants/${clientId}`);
  }
  cancelSession(cohortId: string, sessionId: string): Observable<unknown> {
    return this.api.delete<unknown>(`/training-cohorts/${cohortId}/sessions/${sessionId}`);
  }
  invite(cohortId: string, email: string): Observable<TrainerCohortView> {
    return this.api.post(`/training-cohorts/${cohortId}/invitations`, { email });
  }
  acceptCohort(cohortId: string): Observable<ParticipantCohortView> {
    return this.api.post(`/training-cohorts/${cohortId}/accept`);
  }
  nickname(cohortId: string, nickname: string | null): Observable<ParticipantCohortView> {
    return this.api.put(`/training-cohorts/${cohortId}/nickname`, { nickname });
  }
  addSession(cohortId: string, body: GroupSessionRequest): Observable<GroupSessionView> {
    return this.api.post(`/training-cohorts/${cohortId}/sessions`, body);
  }
  updateSession(cohortId: string, sessionId: string, body: GroupSessionRequest): Observable<GroupSessionView> {
    return this.api.put(`/training-cohorts/${cohortId}/sessions/${sessionId}`, body);
  }
  attendance(cohortId: string, sessionId: string, present: string[]): Observable<SessionAttendanceView> {
    return this.api.put(`/training-cohorts/${cohortId}/sessions/${sessionId}/attendance`, { present });
  }
  messageGroup(cohortId: string, id: string, body: string): Observable<GroupMessageResult> {
    return this.api.post(`/training-cohorts/${cohortId}/messages`, { id, body });
  }
  groupReport(from: string, to: string): Observable<GroupTrainingReport> {
    return this.api.get(`/training-group-report?from=${from}&to=${to}`);
  }
}

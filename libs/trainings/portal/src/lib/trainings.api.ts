import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type {
  AuthoringTraining,
  CatalogueTraining,
  EnrolRequest,
  EnrolmentView,
  FeedbackRequest,
  HomeworkRequest,
  ModuleView,
  ParticipantOverview,
  ProgressView,
  ReminderSettingsRequest,
  SelfTestAnswersRequest,
  SelfTestResult,
  SubmissionView,
  TrainerTask,
} from '@nabij/trainings/contracts';
import { Observable } from 'rxjs';

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
  module(enrolmentId: string, moduleId: string): Observable<ModuleView> {
    return this.api.get(`/training-enrolments/${enrolmentId}/modules/${moduleId}`);
  }
  done(enrolmentId: string, stepId: string): Observable<unknown> {
    return this.api.post(`/training-enrolments/${enrolmentId}/steps/${stepId}/done`);
  }
  selfTest(enrolmentId: string, stepId: string, body: SelfTestAnswersRequest): Observable<SelfTestResult> {
    return this.api.post(`/training-enrolments/${enrolmentId}/steps/${stepId}/self-test`, body);
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
  submission(submissionId: string): Observable<SubmissionView> {
    return this.api.get(`/training-submissions/${submissionId}`);
  }
  content(trainingId: string): Observable<AuthoringTraining> {
    return this.api.get(`/trainings/${trainingId}/content`);
  }
  feedback(submissionId: string, body: FeedbackRequest): Observable<SubmissionView> {
    return this.api.post(`/training-submissions/${submissionId}/feedback`, body);
  }
  returnForWork(submissionId: string, body: FeedbackRequest): Observable<SubmissionView> {
    return this.api.post(`/training-submissions/${submissionId}/return`, body);
  }
}

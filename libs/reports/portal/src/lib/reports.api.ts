import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type {
  CaseloadFilters,
  CaseloadQuery,
  CaseloadReport,
  EvaluationQuery,
  EvaluationReport,
  EvaluationTable,
  ExtensionQuery,
  ExtensionReport,
  IntakeQuery,
  IntakeReport,
  IntakeTable,
  OnlineTarget,
  OnlineTargetQuery,
  OnlineTargetReport,
  TopicTable,
  TopicTrendQuery,
  TopicTrendReport,
  TrainingDropoutQuery,
  TrainingDropoutReport,
  TrainingDropoutTable,
  PeriodHoursReport,
  PeriodHoursTable,
  WorkerReport,
  WorkerReportQuery,
} from '@nabij/reports/contracts';
import { Observable } from 'rxjs';

/** The report endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  caseload(query: CaseloadQuery): Observable<CaseloadReport> {
    return this.http.get<CaseloadReport>(`${this.api.baseUrl}/reports/caseload`, { params: toParams(query) });
  }

  /** The same report as Table B CSV (the auth interceptor adds the token, so no plain link). */
  caseloadCsv(query: CaseloadQuery): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/caseload`, { params: toParams({ ...query, format: 'csv' }), responseType: 'blob' });
  }

  /** Live "this period": hours on open and closed cases, per financier × kind of work and per worker. */
  periodHours(query: CaseloadQuery): Observable<PeriodHoursReport> {
    return this.http.get<PeriodHoursReport>(`${this.api.baseUrl}/reports/caseload/hours`, { params: toParams(query) });
  }

  /** One table of the live view as CSV. */
  periodHoursCsv(query: CaseloadQuery, table: PeriodHoursTable): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/caseload/hours`, {
      params: toParams({ ...query, format: 'csv', table }),
      responseType: 'blob',
    });
  }

  /** "Per medewerker" as CSV (Dutch Excel or plain). */
  workersCsv(query: WorkerReportQuery, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/workers`, {
      params: toParams({ ...query, format: 'csv', dialect }),
      responseType: 'blob',
    });
  }

  /** Per worker: hours this week/month, open caseload, contacts by type. */
  workers(query: WorkerReportQuery = {}): Observable<WorkerReport> {
    return this.http.get<WorkerReport>(`${this.api.baseUrl}/reports/workers`, { params: toParams(query) });
  }

  /** The three questions after chats and closed threads, per team × channel, trend and remarks. */
  evaluations(query: EvaluationQuery): Observable<EvaluationReport> {
    return this.http.get<EvaluationReport>(`${this.api.baseUrl}/reports/evaluations`, { params: toParams(query) });
  }

  /** One table of the evaluation report as CSV. */
  evaluationsCsv(query: EvaluationQuery, table: EvaluationTable, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/evaluations`, {
      params: toParams({ ...query, format: 'csv', table, dialect }),
      responseType: 'blob',
    });
  }

  /** How new clients came in: per channel, per week or month, and per age band. */
  intake(query: IntakeQuery): Observable<IntakeReport> {
    return this.http.get<IntakeReport>(`${this.api.baseUrl}/reports/intake`, { params: toParams(query) });
  }

  /** One table of the intake report as CSV. */
  intakeCsv(query: IntakeQuery, table: IntakeTable, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/intake`, {
      params: toParams({ ...query, format: 'csv', table, dialect }),
      responseType: 'blob',
    });
  }

  /** Online-dossier share per financier in a year against its target. */
  onlineTargets(query: OnlineTargetQuery): Observable<OnlineTargetReport> {
    return this.http.get<OnlineTargetReport>(`${this.api.baseUrl}/reports/online-targets`, { params: toParams(query) });
  }

  onlineTargetsCsv(query: OnlineTargetQuery, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/online-targets`, {
      params: toParams({ ...query, format: 'csv', dialect }),
      responseType: 'blob',
    });
  }

  /** An admin sets a financier's target for a year. */
  setOnlineTarget(financierId: string, year: number, targetPercent: number): Observable<OnlineTarget> {
    return this.api.put(`/reports/online-targets/${encodeURIComponent(financierId)}/${year}`, { targetPercent });
  }

  /** Extension requests of the conversation limit per team (requested, approved, refused, waiting). */
  extensions(query: ExtensionQuery): Observable<ExtensionReport> {
    return this.http.get<ExtensionReport>(`${this.api.baseUrl}/reports/extensions`, { params: toParams(query) });
  }

  extensionsCsv(query: ExtensionQuery, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/extensions`, {
      params: toParams({ ...query, format: 'csv', dialect }),
      responseType: 'blob',
    });
  }

  /** Drop-out per course and module, and the trainer's response time on homework. */
  trainings(query: TrainingDropoutQuery): Observable<TrainingDropoutReport> {
    return this.http.get<TrainingDropoutReport>(`${this.api.baseUrl}/reports/trainings`, { params: toParams(query) });
  }

  trainingsCsv(query: TrainingDropoutQuery, table: TrainingDropoutTable, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/trainings`, {
      params: toParams({ ...query, format: 'csv', table, dialect }),
      responseType: 'blob',
    });
  }

  /** Problem areas of new cases per month and financier. */
  topics(query: TopicTrendQuery): Observable<TopicTrendReport> {
    return this.http.get<TopicTrendReport>(`${this.api.baseUrl}/reports/topics`, { params: toParams(query) });
  }

  topicsCsv(query: TopicTrendQuery, table: TopicTable, dialect: 'excel-nl' | 'rfc4180'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/topics`, {
      params: toParams({ ...query, format: 'csv', table, dialect }),
      responseType: 'blob',
    });
  }

  filters(): Observable<CaseloadFilters> {
    return this.api.get('/reports/caseload/filters');
  }
}

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) if (value) params = params.set(key, String(value));
  return params;
}

import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Appointment, AppointmentKind, AppointmentStatus, Colleague, Dossier, DossierDocument, Goal } from '@nabij/dossier/contracts';
import { APPOINTMENT_KINDS } from '@nabij/dossier/contracts';
import { isVideoJoinOpen } from '@nabij/video/contracts';
import type { ChatSessionView } from '@nabij/chat/contracts';
import {
  errorKey,
  firstFieldErrorKey,
  formatAmsterdamDate,
  formatAmsterdamDayTime,
  FormControlDirective,
  FormFieldComponent,
  generalErrorKey,
  MessageComponent,
  toApiError,
  TranslatePipe,
  useTexts,
} from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';
import { CaseQuestionsComponent } from '@nabij/library/portal/lib/question/case-questions.component';
import { ShareToShelfComponent } from '@nabij/library/portal/lib/shelf/share-to-shelf.component';
import { CaseReferralsComponent } from '@nabij/socialmap/portal/lib/referrals/case-referrals.component';
import { CaseGuardiansComponent } from '@nabij/guardians/portal/lib/case-guardians.component';
import { CaseScoresComponent } from '@nabij/outreach/portal/lib/scores/case-scores.component';
import { ConversationAllowanceComponent } from '@nabij/time/portal/lib/conversation-allowance.component';
import { ChatTranscriptsComponent } from '../chats/chat-transcripts.component';
import { CaseCloseComponent } from './case-close.component';
import { CaseInterpreterComponent } from '../interpreter/case-interpreter.component';
import { dossierStaffTexts } from '../staff.i18n';
import { UploadProblem, checkFile, uploadProblemOf } from '../client-dossier.store';
import { DossierApi } from '../dossier.api';
import { GoalsComponent } from '../goals/goals.component';
import { dossierTexts } from '../i18n';

/** `/caseload/:caseId`: one case for its worker. Dense forms; a closed case is read-only (and can be reopened for a while). */
@Component({
  selector: 'nb-case-page',
  styleUrls: ['./case.page.css', '../dossier.shared.css'],
  imports: [
    RouterLink,
    TranslatePipe,
    MessageComponent,
    FormFieldComponent,
    FormControlDirective,
    GoalsComponent,
    ChatTranscriptsComponent,
    CaseCloseComponent,
    ShareToShelfComponent,
    CaseReferralsComponent,
    CaseGuardiansComponent,
    CaseQuestionsComponent,
    CaseScoresComponent,
    CaseInterpreterComponent,
    ConversationAllowanceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/caseload">{{ 'dossier.case.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!error()">{{ error() }}</nb-message>
    <nb-message kind="success" [show]="!!handedOver()">{{ 'dossier.handover.done' | t: { name: handedOver() ?? '' } }}</nb-message>
    @if (handedOver()) {
      <p><a class="button" routerLink="/caseload">{{ 'dossier.case.back' | t }}</a></p>
    }
    @if (dossier(); as d) {
      @let ro = d.readOnly;
      <h1 tabindex="-1">{{ d.case.client.name }}</h1>
      <p class="small">{{ d.case.financier.name }} · {{ 'dossier.kindOfWork.' + d.case.kindOfWork | t }} · {{ date(d.case.openedOn) }}@if (d.case.closedOn) { – {{ date(d.case.closedOn) }} ({{ 'dossier.closeReason.' + d.case.closeReason | t }})}</p>
      @if (d.clientLanguage) {
        <p class="small client-language">{{ 'dossier.case.reads' | t: { language: ('dossier.language.' + d.clientLanguage | t) } }}</p>
      }
      @if (ro) { <p class="message">{{ 'dossier.case.readOnly' | t }}</p> }
      <nb-case-interpreter [caseId]="d.case.id" [language]="d.case.interpreterLanguage" [readOnly]="ro" (changed)="reload()" />
      <div class="work-grid">
        <section class="card">
          <nb-goals [caseId]="d.case.id" [goals]="d.goals" [readOnly]="ro" heading="dossier.case.goals" empty="dossier.case.goalsNone" (goalsChange)="setGoals($event)" />
          <h2>{{ 'dossier.case.actions' | t }}</h2>
          <ul class="plain-list">
            @for (a of d.actions; track a.id) {
              <li class="item-line">{{ 'dossier.action.' + a.kind | t }}{{ a.text ? ': ' + a.text : '' }}
                @if (a.doneAt) { <span class="badge">{{ 'dossier.actions.done' | t }}</span> } @else if (!ro) { <button type="button" class="button button--small button--quiet" (click)="run(api.completeAction(d.case.id, a.id))">{{ 'dossier.case.actionDone' | t }}</button> }
              </li>
            }
          </ul>
        </section>
        <section class="card">
          <h2>{{ 'dossier.appointments' | t }}</h2>
          <ul class="plain-list">
            @for (a of d.appointments; track a.id) {
              <li class="item-line">{{ when(a.startsAt) }} · {{ 'dossier.kind.' + a.kind | t }} · {{ 'dossier.status.' + a.status | t }}
                @if (d.case.interpreterLanguage; as lang) {
                  · <strong class="interpreter">{{ 'dossier.interpreter.needed' | t: { language: ('dossier.interpreterLang.' + lang | t) } }}</strong>
                }
                @if (!ro && a.kind === 'video' && a.status === 'planned' && videoOpen(a)) {
                  <a class="button button--small" [routerLink]="['/video', a.id]">{{ 'dossier.video.join' | t }}</a>
                }
                @if (!ro && a.status === 'planned') {
                  <button type="button" class="button button--small button--quiet" (click)="status(d.case.id, a.id, 'attended')">{{ 'dossier.case.attended' | t }}</button>
                  <button type="button" class="button button--small button--quiet" (click)="status(d.case.id, a.id, 'no_show')">{{ 'dossier.case.noShow' | t }}</button>
                }
                <button type="button" class="button button--small button--quiet" (click)="api.downloadCalendar(a.id)">{{ 'dossier.case.calendar' | t }}</button>
                @if (a.change; as ch) {
                  <p class="small">
                    @if (ch.kind === 'cancel') {
                      {{ 'dossier.case.changeCancelled' | t: { reason: ch.reason } }}
                    } @else if (ch.answeredAt) {
                      {{ 'dossier.case.changeMoved' | t: { when: when(ch.previousStartsAt) } }}
                    } @else {
                      <strong>{{ 'dossier.case.changeMoveAsked' | t: { reason: ch.reason } }}</strong>
                    }
                  </p>
                }
                @if (!ro && a.status === 'planned' && a.change?.kind === 'move' && !a.change.answeredAt) {
                  <form class="dense-form" (submit)="$event.preventDefault(); move(d.case.id, a.id, newTime.value)">
                    <label>{{ 'dossier.case.newTime' | t }} <input #newTime class="input" type="datetime-local" required /></label>
                    <button type="submit" class="button button--small">{{ 'dossier.case.moveSave' | t }}</button>
                  </form>
                }
              </li>
            }
          </ul>
          @if (!ro) {
            <form class="dense-form" (submit)="$event.preventDefault(); plan(d.case.id, kind.value, starts.value, minutes.value, place.value)">
              <h3>{{ 'dossier.case.plan' | t }}</h3>
              <label>{{ 'dossier.case.kind' | t }} <select #kind class="input">@for (k of kinds; track k) {<option [value]="k">{{ 'dossier.kind.' + k | t }}</option>}</select></label>
              <label>{{ 'dossier.case.startsAt' | t }} <input #starts class="input" type="datetime-local" required /></label>
              <label>{{ 'dossier.case.duration' | t }} <input #minutes class="input" type="number" min="5" max="240" value="45" /></label>
              <label>{{ 'dossier.case.location' | t }} <input #place class="input" maxlength="200" /></label>
              <button type="submit" class="button button--small">{{ 'dossier.case.planSave' | t }}</button>
            </form>
          }
        </section>
      </div>
      <section class="card">
        <h2>{{ 'dossier.reports' | t }}</h2>
        @for (r of d.reports; track r.id) {
          <article class="report">
            <h3>{{ date(r.heldOn) }} <span class="small">{{ r.publishedAt ? ('dossier.case.published' | t: { date: date(r.publishedAt) }) : ('dossier.case.draft' | t) }}</span></h3>
            <p class="prewrap">{{ r.summary }}</p>
            @if (r.tips) { <p class="prewrap"><strong>{{ 'dossier.case.tips' | t }}:</strong> {{ r.tips }}</p> }
            @for (x of r.reactions; track x.id) { <p class="reaction prewrap">{{ x.text }}</p> }
            @if (!ro && !r.publishedAt) { <button type="button" class="button button--small" (click)="run(api.publishReport(d.case.id, r.id))">{{ 'dossier.case.publish' | t }}</button> }
          </article>
        }
        @if (!ro) {
          <form class="dense-form" (submit)="$event.preventDefault(); report(d.case.id, held.value, summary.value, tips.value, publish.checked)">
            <h3>{{ 'dossier.case.reportNew' | t }}</h3>
            <label>{{ 'dossier.case.heldOn' | t }} <input #held class="input" type="date" required [value]="today" /></label>
            <label>{{ 'dossier.case.summary' | t }} <textarea #summary class="input" rows="4" required></textarea></label>
            <label>{{ 'dossier.case.tips' | t }} <textarea #tips class="input" rows="2"></textarea></label>
            <label class="checkbox"><input #publish type="checkbox" /> {{ 'dossier.case.publishNow' | t }}</label>
            <button type="submit" class="button button--small">{{ 'dossier.case.saveReport' | t }}</button>
          </form>
        }
      </section>
      <section class="card">
        <h2>{{ 'dossier.documents' | t }}</h2>
        <ul class="plain-list">
          @for (doc of d.documents; track doc.id) {
            <li class="item-line">{{ doc.fileName }} <span class="small">· {{ date(doc.createdAt) }} · {{ doc.uploadedBy.name }}</span>
              <button type="button" class="button button--small button--quiet" (click)="download(d.case.id, doc)" [attr.aria-label]="'dossier.documents.downloadNamed' | t: { name: doc.fileName }">{{ 'dossier.documents.download' | t }}</button>
            </li>
          }
        </ul>
        @if (!ro) {
          <form class="upload dense-form" (submit)="$event.preventDefault(); upload(d.case.id, fileInput)">
            <nb-form-field [fieldId]="d.case.id + '-file'" [label]="'dossier.documents.share' | t" [hint]="'dossier.documents.shareHint' | t" [error]="uploadError()">
              <input nbControl #fileInput type="file" class="input" accept="application/pdf,image/jpeg,image/png" />
            </nb-form-field>
            <button type="submit" class="button button--small" [disabled]="uploading()" [attr.aria-busy]="uploading() || null">{{ 'dossier.documents.send' | t }}</button>
            <nb-message kind="success" [show]="uploaded()">{{ 'dossier.documents.shared' | t }}</nb-message>
          </form>
        }
      </section>
      <nb-conversation-allowance [caseId]="d.case.id" [readOnly]="ro" />
      <nb-case-questions [caseId]="d.case.id" />
      <section class="card">
        <nb-share-to-shelf [caseId]="d.case.id" [clientName]="d.case.client.name" [documents]="d.documents" [readOnly]="ro" />
      </section>
      <section class="card" [attr.aria-labelledby]="'referrals-' + d.case.id + '-title'">
        <nb-case-referrals [caseId]="d.case.id" [readOnly]="ro" />
      </section>
      <section class="card" [attr.aria-labelledby]="d.case.id + '-guardians'">
        <nb-case-guardians [caseId]="d.case.id" [readOnly]="ro" />
      </section>
      <nb-case-scores [caseId]="d.case.id" />
      <section class="card" [attr.aria-labelledby]="d.case.id + '-chats'">
        <nb-chat-transcripts [caseId]="d.case.id" [sessions]="chats()" viewer="worker" />
      </section>
      @if (!ro) {
        <form class="card dense-form handover" (submit)="$event.preventDefault(); askHandover()">
          <h2>{{ 'dossier.handover' | t }}</h2>
          @if (colleagues().length) {
            <label>{{ 'dossier.handover.to' | t }}
              <select class="input" name="handoverTo" [value]="handoverTo()" [disabled]="confirming() || busy()" (change)="chooseColleague($any($event.target).value)">
                <option value="">{{ 'dossier.handover.choose' | t }}</option>
                @for (c of colleagues(); track c.id) { <option [value]="c.id">{{ c.name ?? '—' }}</option> }
              </select>
            </label>
            <label>{{ 'dossier.handover.note' | t }} <textarea class="input" name="handoverNote" rows="2" maxlength="2000" [value]="handoverNote()" [disabled]="confirming() || busy()" (input)="handoverNote.set($any($event.target).value)"></textarea></label>
            @if (confirming()) {
              <div class="handover__confirm" role="alert">
                <p>{{ 'dossier.handover.confirm' | t: { name: colleagueName(handoverTo()) } }}</p>
                <button type="button" class="button button--small button--danger" [disabled]="busy()" (click)="handOver(d.case.id)">{{ 'dossier.handover.yes' | t }}</button>
                <button type="button" class="button button--small button--quiet" [disabled]="busy()" (click)="confirming.set(false)">{{ 'dossier.handover.cancel' | t }}</button>
              </div>
            } @else {
              <button type="submit" class="button button--small">{{ 'dossier.handover.submit' | t }}</button>
            }
          } @else {
            <p class="small">{{ 'dossier.handover.noColleagues' | t }}</p>
          }
        </form>
      }
      <nb-case-close [caseId]="d.case.id" [closedOn]="d.case.closedOn" (changed)="reload()" />
    }
  `,
})
export class CasePage {
  protected readonly i18n = useTexts(dossierTexts);
  // "Tolk nodig" with each appointment is a staff text.
  protected readonly staffI18n = useTexts(dossierStaffTexts);
  protected readonly api = inject(DossierApi);
  readonly caseId = input.required<string>();
  protected readonly dossier = signal<Dossier | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly kinds = APPOINTMENT_KINDS;
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly colleagues = signal<Colleague[]>([]);
  protected readonly handoverTo = signal('');
  protected readonly handoverNote = signal('');
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  /** The colleague's name once the case is theirs; the page then no longer shows the case. */
  protected readonly handedOver = signal<string | null>(null);
  protected readonly chats = signal<ChatSessionView[]>([]);
  protected readonly uploading = signal(false);
  protected readonly uploaded = signal(false);
  protected readonly uploadError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.caseId();
      untracked(() => {
        this.handedOver.set(null);
        this.confirming.set(false);
        this.chats.set([]);
        void this.load(id);
        void this.loadChats(id);
      });
    });
    void this.loadColleagues();
  }

  protected chooseColleague(id: string): void {
    this.handoverTo.set(id);
    this.error.set(null);
  }

  protected colleagueName(id: string): string {
    return this.colleagues().find((c) => c.id === id)?.name ?? '';
  }

  /** First step: a colleague must be chosen, then the worker confirms. */
  protected askHandover(): void {
    if (!this.handoverTo()) {
      this.error.set(this.i18n.t('dossier.handover.chooseFirst'));
      return;
    }
    this.error.set(null);
    this.confirming.set(true);
  }

  /** After the hand-over the case is no longer ours: drop it from the page instead of reloading (404). */
  protected async handOver(caseId: string): Promise<void> {
    const toWorkerId = this.handoverTo();
    const note = this.handoverNote().trim();
    this.busy.set(true);
    try {
      const summary = await firstValueFrom(this.api.handOver(caseId, { toWorkerId, ...(note ? { note } : {}) }));
      this.dossier.set(null);
      this.error.set(null);
      this.handedOver.set(summary.assignedWorker?.name ?? this.colleagueName(toWorkerId));
      this.handoverTo.set('');
      this.handoverNote.set('');
    } catch (err) {
      const e = toApiError(err);
      this.error.set(this.i18n.t((e.statusCode === 400 ? firstFieldErrorKey(e) : null) ?? errorKey(e)));
    } finally {
      this.busy.set(false);
      this.confirming.set(false);
    }
  }

  protected setGoals(goals: Goal[]): void {
    this.dossier.update((d) => (d ? { ...d, goals } : d));
  }

  /** Shares a file with the client: the same checks, API and messages as the client's own upload. */
  protected async upload(caseId: string, input: HTMLInputElement): Promise<void> {
    this.uploaded.set(false);
    const file = input.files?.[0];
    if (!file) return this.uploadError.set(this.i18n.t('dossier.documents.choose'));
    const problem = checkFile(file);
    if (problem) return this.uploadError.set(this.describe(problem));
    this.uploading.set(true);
    try {
      const document = await firstValueFrom(this.api.upload(caseId, file));
      this.dossier.update((d) => (d ? { ...d, documents: [document, ...d.documents] } : d));
      this.uploadError.set(null);
      this.uploaded.set(true);
      input.value = '';
    } catch (err) {
      this.uploadError.set(this.describe(uploadProblemOf(err)));
    } finally {
      this.uploading.set(false);
    }
  }

  private describe(problem: UploadProblem): string {
    return 'key' in problem ? this.i18n.t(problem.key) : problem.text;
  }

  protected async download(caseId: string, doc: DossierDocument): Promise<void> {
    try {
      await this.api.download(caseId, doc);
    } catch {
      this.error.set(this.i18n.t('dossier.documents.downloadFailed'));
    }
  }

  /** Every change reloads the case, so what the worker sees is what the API stored. */
  protected async run(call: Observable<unknown>): Promise<void> {
    try {
      await firstValueFrom(call);
      this.error.set(null);
    } catch (err) {
      const e = toApiError(err);
      this.error.set(this.i18n.t((e.statusCode === 400 ? firstFieldErrorKey(e) : null) ?? errorKey(e)));
    }
    await this.load(this.caseId());
  }

  protected status(caseId: string, appointmentId: string, status: AppointmentStatus): Promise<void> {
    return this.run(this.api.setAppointmentStatus(caseId, appointmentId, status));
  }

  /** Answers the client's request to move with the new time (typed in the worker's own time zone, as when planning). */
  protected move(caseId: string, appointmentId: string, startsAt: string): Promise<void> {
    if (!startsAt) return Promise.resolve();
    return this.run(this.api.moveAppointment(caseId, appointmentId, new Date(startsAt).toISOString()));
  }

  protected plan(caseId: string, kind: string, startsAt: string, minutes: string, location: string): Promise<void> {
    if (!startsAt) return Promise.resolve();
    return this.run(
      this.api.addAppointment(caseId, {
        kind: kind as AppointmentKind,
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: Number(minutes) || 45,
        ...(location.trim() ? { location: location.trim() } : {}),
      }),
    );
  }

  protected report(caseId: string, heldOn: string, summary: string, tips: string, publish: boolean): Promise<void> {
    if (!summary.trim()) return Promise.resolve();
    return this.run(
      this.api.addReport(caseId, { heldOn, summary: summary.trim(), ...(tips.trim() ? { tips: tips.trim() } : {}), publish }),
    );
  }

  /** Closed or reopened by nb-case-close: show what the API stored. */
  protected reload(): Promise<void> {
    return this.load(this.caseId());
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }

  /** The video appointment's call room is open now (from 10 minutes before the start). */
  protected videoOpen(a: Appointment): boolean {
    return isVideoJoinOpen(a, new Date());
  }

  protected when(value: string): string {
    return formatAmsterdamDayTime(value, this.i18n.locale());
  }

  private async loadColleagues(): Promise<void> {
    try {
      this.colleagues.set(await firstValueFrom(this.api.colleagues()));
    } catch {
      this.colleagues.set([]);
    }
  }

  /** Chats are an extra: without them the case still shows. */
  private async loadChats(id: string): Promise<void> {
    try {
      this.chats.set(await firstValueFrom(this.api.chatSessions(id)));
    } catch {
      this.chats.set([]);
    }
  }

  private async load(id: string): Promise<void> {
    try {
      this.dossier.set(await firstValueFrom(this.api.caseDossier(id)));
    } catch (err) {
      const e = toApiError(err);
      this.error.set(e.statusCode === 404 ? this.i18n.t('dossier.caseload.none') : this.i18n.t(generalErrorKey(e)));
    }
  }
}

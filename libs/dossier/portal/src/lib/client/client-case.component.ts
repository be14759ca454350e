import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Appointment, Dossier, DossierDocument } from '@nabij/dossier/contracts';
import { isVideoJoinOpen } from '@nabij/video/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  useTexts,
  formatAmsterdamDate,
  formatAmsterdamDayTime,
} from '@nabij/platform/portal';
import { CaseScoresComponent } from '@nabij/outreach/portal/lib/scores/case-scores.component';
import { ClientReferralsComponent } from '@nabij/socialmap/portal/lib/referrals/client-referrals.component';
import { ClientDossierStore, UploadProblem } from '../client-dossier.store';
import { ChatTranscriptsComponent } from '../chats/chat-transcripts.component';
import { GoalsComponent } from '../goals/goals.component';
import { dossierTexts } from '../i18n';
import { AppointmentChangeComponent } from './appointment-change.component';

/** One case as the client sees it. Closed cases show the same, without any buttons. */
@Component({
  selector: 'nb-client-case',
  styleUrl: '../dossier.shared.css',
  imports: [
    RouterLink,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    GoalsComponent,
    ChatTranscriptsComponent,
    ClientReferralsComponent,
    CaseScoresComponent,
    AppointmentChangeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = dossier();
    @let c = d.case.id;
    @if (d.case.assignedWorker?.name; as name) {
      <p>{{ 'dossier.client.worker' | t: { name: name } }}</p>
    }
    <section class="card goals" [attr.aria-labelledby]="c + '-goals'">
      <nb-goals [caseId]="c" [goals]="d.goals" [readOnly]="d.readOnly" heading="dossier.goals" (goalsChange)="store.setGoals(c, $event)" />
    </section>

    <section class="card" [attr.aria-labelledby]="c + '-appointments'">
      <h2 [id]="c + '-appointments'">{{ 'dossier.appointments' | t }}</h2>
      <ul class="plain-list">
        @for (a of d.appointments; track a.id) {
          <li class="item-line"><strong><bdi>{{ when(a.startsAt) }}</bdi></strong> · {{ 'dossier.kind.' + a.kind | t }}@if (a.location) { · <bdi>{{ a.location }}</bdi>} <span class="small">({{ 'dossier.status.' + a.status | t }})</span>
            @if (d.case.interpreterLanguage && a.status === 'planned') {
              <p class="small">{{ 'dossier.interpreter.client' | t }}</p>
            }
            @if (canJoinVideo(a)) {
              <a class="button button--small" [routerLink]="['/video', a.id]">{{ 'dossier.video.join' | t }}</a>
            }
            <nb-appointment-change [caseId]="c" [appointment]="a" [readOnly]="d.readOnly" (changed)="store.setAppointment(c, $event)" />
          </li>
        } @empty {
          <li>{{ 'dossier.appointments.none' | t }}</li>
        }
      </ul>
      @if (!d.readOnly) {
        <p class="small"><a routerLink="/herinneringen">{{ 'dossier.change.remindersLink' | t }}</a></p>
      }
    </section>

    <section class="card" [attr.aria-labelledby]="c + '-reports'">
      <h2 [id]="c + '-reports'">{{ 'dossier.reports' | t }}</h2>
      @for (r of d.reports; track r.id) {
        <article class="report">
          <h3>{{ date(r.heldOn) }}</h3>
          <p class="prewrap">{{ r.summary }}</p>
          @if (r.tips) {
            <p class="prewrap"><strong>{{ 'dossier.reports.tips' | t }}:</strong> {{ r.tips }}</p>
          }
          @for (reaction of r.reactions; track reaction.id) {
            <p class="reaction prewrap"><strong>{{ 'dossier.reports.reaction' | t }}:</strong> {{ reaction.text }}</p>
          }
          @if (!d.readOnly) {
            <form (submit)="$event.preventDefault(); react(r.id, reactionBox)">
              <nb-form-field [fieldId]="'reaction-' + r.id" [label]="'dossier.reports.reactLabel' | t"><textarea nbControl #reactionBox class="input" rows="2" maxlength="4000"></textarea></nb-form-field>
              <button type="submit" class="button button--secondary">{{ 'dossier.reports.react' | t }}</button>
            </form>
          }
        </article>
      } @empty {
        <p>{{ 'dossier.reports.none' | t }}</p>
      }
    </section>

    <!-- The client's own 1–10 answers from calls: nothing at all when they gave none. -->
    <nb-case-scores [caseId]="c" texts="dossier.scores" />

    <section class="card" [attr.aria-labelledby]="c + '-referrals'">
      <nb-client-referrals [caseId]="c" [headingId]="c + '-referrals'" />
    </section>

    <section class="card" [attr.aria-labelledby]="c + '-chats'">
      <nb-chat-transcripts [caseId]="c" [sessions]="store.chats()" viewer="client" />
    </section>

    <section class="card" [attr.aria-labelledby]="c + '-documents'">
      <h2 [id]="c + '-documents'">{{ 'dossier.documents' | t }}</h2>
      <ul class="plain-list">
        @for (doc of d.documents; track doc.id) {
          <li class="item-line">{{ doc.fileName }} <span class="small">· {{ date(doc.createdAt) }} · {{ 'dossier.documents.by' | t: { name: doc.uploadedBy.name ?? '' } }}</span>
            <button type="button" class="button button--small button--secondary" (click)="download(doc)" [attr.aria-label]="'dossier.documents.downloadNamed' | t: { name: doc.fileName }">{{ 'dossier.documents.download' | t }}</button>
          </li>
        } @empty {
          <li>{{ 'dossier.documents.none' | t }}</li>
        }
      </ul>
      <nb-message kind="error" [show]="downloadFailed()">{{ 'dossier.documents.downloadFailed' | t }}</nb-message>
      @if (!d.readOnly) {
        <form class="upload" (submit)="$event.preventDefault(); upload(fileInput)">
          <nb-form-field [fieldId]="c + '-file'" [label]="'dossier.documents.upload' | t" [hint]="'dossier.documents.uploadHint' | t" [error]="uploadError()">
            <input nbControl #fileInput type="file" class="input" accept="application/pdf,image/jpeg,image/png" />
          </nb-form-field>
          <button type="submit" class="button" [disabled]="busy()" [attr.aria-busy]="busy() || null">{{ 'dossier.documents.send' | t }}</button>
          <nb-message kind="success" [show]="uploaded()">{{ 'dossier.documents.sent' | t }}</nb-message>
        </form>
      }
    </section>

    @if (!d.readOnly) {
      <section class="card" [attr.aria-labelledby]="c + '-actions'">
        <h2 [id]="c + '-actions'">{{ 'dossier.actions' | t }}</h2>
        <div class="button-row">
          <button type="button" class="button" (click)="ask('call_me')" [disabled]="busy()">{{ 'dossier.actions.callMe' | t }}</button>
          <button type="button" class="button button--secondary" (click)="letterOpen.set(true)" [attr.aria-expanded]="letterOpen()">{{ 'dossier.actions.letter' | t }}</button>
        </div>
        @if (letterOpen()) {
          <form (submit)="$event.preventDefault(); ask('letter_needed', letterBox.value); letterBox.value = ''">
            <nb-form-field [fieldId]="c + '-letter'" [label]="'dossier.actions.letterLabel' | t"><input nbControl #letterBox class="input" maxlength="500" /></nb-form-field>
            <button type="submit" class="button">{{ 'dossier.actions.send' | t }}</button>
          </form>
        }
        <nb-message kind="success" [show]="asked()">{{ 'dossier.actions.sent' | t }}</nb-message>
        <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
        @if (d.actions.length) {
          <h3>{{ 'dossier.actions.open' | t }}</h3>
          <ul class="plain-list">
            @for (a of d.actions; track a.id) {
              <li class="item-line">{{ 'dossier.action.' + a.kind | t }}{{ a.text ? ': ' + a.text : '' }} @if (a.doneAt) {<span class="badge">{{ 'dossier.actions.done' | t }}</span>}</li>
            }
          </ul>
        }
      </section>
    }
  `,
})
export class ClientCaseComponent {
  protected readonly i18n = useTexts(dossierTexts);
  protected readonly store = inject(ClientDossierStore);
  readonly dossier = input.required<Dossier>();

  protected readonly busy = signal(false);
  protected readonly uploaded = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly letterOpen = signal(false);
  protected readonly asked = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly downloadFailed = signal(false);

  protected async upload(input: HTMLInputElement): Promise<void> {
    this.uploaded.set(false);
    const file = input.files?.[0];
    if (!file) return this.uploadError.set(this.i18n.t('dossier.documents.choose'));
    this.busy.set(true);
    const problem = await this.store.upload(this.dossier().case.id, file);
    this.busy.set(false);
    this.uploadError.set(problem ? this.describe(problem) : null);
    if (!problem) {
      input.value = '';
      this.uploaded.set(true);
    }
  }

  protected async download(doc: DossierDocument): Promise<void> {
    this.downloadFailed.set(false);
    this.downloadFailed.set(!(await this.store.download(this.dossier().case.id, doc)));
  }

  protected async react(reportId: string, box: HTMLTextAreaElement): Promise<void> {
    const text = box.value.trim();
    if (!text) return;
    await this.run(() => this.store.react(this.dossier().case.id, reportId, text));
    if (!this.error()) box.value = '';
  }

  protected async ask(kind: 'call_me' | 'letter_needed', text?: string): Promise<void> {
    this.asked.set(false);
    await this.run(() => this.store.ask(this.dossier().case.id, text?.trim() ? { kind, text: text.trim() } : { kind }));
    if (!this.error()) {
      this.asked.set(true);
      this.letterOpen.set(false);
    }
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }

  /** A planned video appointment whose call room is open now (from 10 minutes before the start). */
  protected canJoinVideo(a: Appointment): boolean {
    return a.kind === 'video' && a.status === 'planned' && isVideoJoinOpen(a, new Date());
  }

  protected when(value: string): string {
    return formatAmsterdamDayTime(value, this.i18n.locale());
  }

  private describe(problem: UploadProblem): string {
    return 'key' in problem ? this.i18n.t(problem.key) : problem.text;
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch {
      this.error.set('dossier.error.generic');
    } finally {
      this.busy.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { GuardianChildView, GuardianDocument, GuardianMessage } from '@nabij/guardians/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDayTime, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { GuardianThreadComponent } from './guardian-thread.component';
import { GuardiansApi } from './guardians.api';
import { guardiansTexts } from './guardians.i18n';

/** `/kind/:linkId`: what the school's social worker shares with the parent about one child. */
@Component({
  selector: 'nb-guardian-child-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, GuardianThreadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/home">{{ 'guardians.child.back' | t }}</a></p>
    @if (view(); as v) {
      <h1 tabindex="-1">{{ 'guardians.child.title' | t: { name: v.childName ?? '' } }}</h1>
      @if (v.workerName) {
        <p class="lead">{{ 'guardians.child.worker' | t: { name: v.workerName } }}</p>
      }
      @if (v.caseClosed) {
        <p>{{ 'guardians.child.closed' | t }}</p>
      }
      @if (!v.appointments && !v.documents && !v.messages) {
        <p>{{ 'guardians.child.nothing' | t }}</p>
      }
      @if (v.appointments; as appointments) {
        <section class="card" aria-labelledby="child-appointments">
          <h2 id="child-appointments">{{ 'guardians.child.appointments' | t }}</h2>
          @if (appointments.length === 0) {
            <p>{{ 'guardians.child.noAppointments' | t }}</p>
          }
          <ul class="plain-list">
            @for (a of appointments; track a.id) {
              <li class="item-line">
                <strong>{{ when(a.startsAt) }}</strong> · {{ 'guardians.kind.' + a.kind | t }} · {{ 'guardians.minutes' | t: { minutes: a.durationMinutes } }}
                ({{ 'guardians.status.' + a.status | t }})
                @if (a.location) {
                  <br /><span class="small">{{ a.location }}</span>
                }
              </li>
            }
          </ul>
        </section>
      }
      @if (v.documents; as documents) {
        <section class="card" aria-labelledby="child-documents">
          <h2 id="child-documents">{{ 'guardians.child.documents' | t }}</h2>
          @if (documents.length === 0) {
            <p>{{ 'guardians.child.noDocuments' | t }}</p>
          }
          <ul class="plain-list">
            @for (d of documents; track d.id) {
              <li class="item-line">
                {{ d.fileName }}
                <button type="button" class="button button--small button--secondary" (click)="download(v.linkId, d)">
                  {{ 'guardians.child.download' | t }}<span class="visually-hidden">: {{ d.fileName }}</span>
                </button>
              </li>
            }
          </ul>
        </section>
      }
      @if (v.messages; as messages) {
        <section class="card" aria-labelledby="child-messages">
          <h2 id="child-messages">{{ 'guardians.child.messages' | t }}</h2>
          <p class="small">{{ 'guardians.child.messagesIntro' | t }}</p>
          <nb-guardian-thread boxId="guardian-message" [messages]="messages" [sender]="sender" (posted)="add($event)" />
        </section>
      }
    } @else if (notFound()) {
      <h1 tabindex="-1">{{ 'guardians.home.title' | t }}</h1>
      <nb-message kind="error">{{ 'guardians.child.notFound' | t }}</nb-message>
    } @else if (error(); as key) {
      <nb-message kind="error">{{ key | t }}</nb-message>
    } @else {
      <p aria-live="polite">{{ 'guardians.loading' | t }}</p>
    }
  `,
})
export class GuardianChildPage {
  protected readonly i18n = useTexts(guardiansTexts);
  private readonly api = inject(GuardiansApi);

  /** From the route. */
  readonly linkId = input.required<string>();

  protected readonly view = signal<GuardianChildView | null>(null);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sender = (body: string) => this.api.guardianSend(this.linkId(), body);

  constructor() {
    effect(() => {
      const linkId = this.linkId();
      untracked(() => void this.load(linkId));
    });
  }

  private async load(linkId: string): Promise<void> {
    try {
      this.view.set(await firstValueFrom(this.api.child(linkId)));
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 404 || e.statusCode === 400) this.notFound.set(true);
      else this.error.set(generalErrorKey(e));
    }
  }

  protected when(at: string): string {
    return formatAmsterdamDayTime(at, this.i18n.locale());
  }

  protected add(m: GuardianMessage): void {
    this.view.update((v) => (v ? { ...v, messages: [...(v.messages ?? []), m] } : v));
  }

  protected async download(linkId: string, d: GuardianDocument): Promise<void> {
    try {
      await this.api.download(linkId, d);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }
}

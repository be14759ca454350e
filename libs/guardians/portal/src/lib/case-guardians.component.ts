import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import {
  GUARDIAN_EMAIL_IN_USE,
  GUARDIAN_RELATIONS,
  type GuardianLink,
  type GuardianMessage,
  type GuardianRelation,
  type GuardianShares,
  type GuardiansOfCase,
} from '@nabij/guardians/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  LANGUAGE_NAMES,
  LANGUAGES,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDayTime,
  type Lang,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { GuardianThreadComponent } from './guardian-thread.component';
import { GuardiansApi } from './guardians.api';
import { guardiansTexts } from './guardians.i18n';

const SHARE_KEYS: Array<keyof GuardianShares> = ['appointments', 'documents', 'messages'];
const FIELD_OF: Record<keyof GuardianShares, 'showAppointments' | 'showDocuments' | 'showMessages'> = {
  appointments: 'showAppointments',
  documents: 'showDocuments',
  messages: 'showMessages',
};

/**
 * "Ouders en verzorgers" on the worker's case page: who is linked, what each parent sees (under 16 the
 * worker's choice; from 16 only after the pupil's consent), the parent thread, and an invite form.
 */
@Component({
  selector: 'nb-case-guardians',
  imports: [TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, GuardianThreadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 [id]="caseId() + '-guardians'">{{ 'guardians.case.title' | t }}</h2>
    @if (data(); as d) {
      <p class="small">{{ (d.consentNeeded ? 'guardians.case.from16' : 'guardians.case.under16') | t }} {{ 'guardians.case.never' | t }}</p>
      <div aria-live="polite">
        <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' }}</nb-message>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      </div>
      @if (d.guardians.length === 0) {
        <p>{{ 'guardians.case.none' | t }}</p>
      }
      <ul class="plain-list">
        @for (g of d.guardians; track g.id) {
          <li class="item-line guardian">
            <h3>{{ g.name }} <span class="small">({{ 'guardians.relation.' + g.relation | t }}, {{ g.email }})</span></h3>
            <p class="small">{{ status(g) }}</p>
            @if (d.consentNeeded) {
              <p class="small">{{ (g.consentGiven ? 'guardians.consent.given' : 'guardians.consent.missing') | t }}</p>
            }
            <fieldset [disabled]="readOnly() || busy()">
              <legend>{{ 'guardians.shares' | t }}</legend>
              @for (key of shareKeys; track key) {
                <label class="check">
                  <input type="checkbox" [checked]="g.shares[key]" (change)="setShare(g, key, $any($event.target).checked)" />
                  {{ 'guardians.share.' + key | t }}
                </label>
              }
            </fieldset>
            @if (!readOnly()) {
              <p>
                @if (g.status === 'invited') {
                  <button type="button" class="button button--small button--secondary" [disabled]="busy()" (click)="resend(g)">{{ 'guardians.resend' | t }}</button>
                }
                @if (ending() === g.id) {
                  <span role="alert">{{ 'guardians.end.confirm' | t: { name: g.name } }}</span>
                  <button type="button" class="button button--small button--danger" [disabled]="busy()" (click)="end(g)">{{ 'guardians.end.yes' | t }}</button>
                  <button type="button" class="button button--small button--quiet" (click)="ending.set(null)">{{ 'guardians.end.cancel' | t }}</button>
                } @else {
                  <button type="button" class="button button--small button--quiet" (click)="ending.set(g.id)">{{ 'guardians.end' | t }}</button>
                }
              </p>
            }
            <details (toggle)="onThreadToggle(g, $event)">
              <summary>
                {{ 'guardians.thread' | t: { name: g.name } }}
                @if (g.unreadMessages && !threads()[g.id]) {
                  <span class="badge">{{ 'guardians.thread.unread' | t: { count: g.unreadMessages } }}</span>
                }
              </summary>
              @if (threads()[g.id]; as messages) {
                @if (!g.shares.messages) {
                  <p class="small">{{ 'guardians.thread.off' | t }}</p>
                }
                <nb-guardian-thread
                  [boxId]="'guardian-reply-' + g.id"
                  [messages]="messages"
                  [readOnly]="readOnly() || !g.shares.messages"
                  [sender]="senderFor(g)"
                  (posted)="addMessage(g, $event)"
                />
              } @else {
                <p aria-live="polite">{{ 'guardians.loading' | t }}</p>
              }
            </details>
          </li>
        }
      </ul>
      @if (!readOnly()) {
        <form class="dense-form" (submit)="$event.preventDefault(); invite(name, email, relation, language)" novalidate>
          <h3>{{ 'guardians.invite.title' | t }}</h3>
          <p class="small">{{ 'guardians.invite.intro' | t }}</p>
          <nb-form-field [fieldId]="caseId() + '-guardian-name'" [label]="'guardians.invite.name' | t" [error]="fieldError().name ? (fieldError().name! | t) : null">
            <input nbControl #name class="input" type="text" maxlength="100" autocomplete="off" />
          </nb-form-field>
          <nb-form-field [fieldId]="caseId() + '-guardian-email'" [label]="'guardians.invite.email' | t" [error]="fieldError().email ? (fieldError().email! | t) : null">
            <input nbControl #email class="input" type="email" maxlength="254" autocomplete="off" />
          </nb-form-field>
          <nb-form-field [fieldId]="caseId() + '-guardian-relation'" [label]="'guardians.invite.relation' | t">
            <select nbControl #relation class="input">
              @for (r of relations; track r) {
                <option [value]="r">{{ 'guardians.relation.' + r | t }}</option>
              }
            </select>
          </nb-form-field>
          <nb-form-field [fieldId]="caseId() + '-guardian-language'" [label]="'guardians.invite.language' | t" [hint]="'guardians.invite.languageHint' | t">
            <select nbControl #language class="input">
              @for (l of languages; track l) {
                <option [value]="l" [attr.lang]="l">{{ languageNames[l] }}</option>
              }
            </select>
          </nb-form-field>
          <fieldset>
            <legend>{{ 'guardians.shares' | t }}</legend>
            @for (key of shareKeys; track key) {
              <label class="check">
                <input type="checkbox" [checked]="newShares()[key]" (change)="toggleNew(key, $any($event.target).checked)" />
                {{ 'guardians.share.' + key | t }}
              </label>
            }
          </fieldset>
          <button type="submit" class="button button--small" [disabled]="busy()" [attr.aria-busy]="busy() || null">{{ 'guardians.invite.submit' | t }}</button>
        </form>
      }
    } @else {
      <p aria-live="polite">{{ 'guardians.loading' | t }}</p>
    }
  `,
})
export class CaseGuardiansComponent {
  protected readonly i18n = useTexts(guardiansTexts);
  private readonly api = inject(GuardiansApi);

  readonly caseId = input.required<string>();
  readonly readOnly = input(false);

  protected readonly shareKeys = SHARE_KEYS;
  protected readonly relations = GUARDIAN_RELATIONS;
  protected readonly languages = LANGUAGES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly data = signal<GuardiansOfCase | null>(null);
  protected readonly threads = signal<Record<string, GuardianMessage[]>>({});
  protected readonly newShares = signal<GuardianShares>({ appointments: true, documents: false, messages: false });
  protected readonly busy = signal(false);
  protected readonly ending = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldError = signal<{ name?: string; email?: string }>({});

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  private async load(caseId: string): Promise<void> {
    try {
      this.data.set(await firstValueFrom(this.api.ofCase(caseId)));
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected status(g: GuardianLink): string {
    if (g.status === 'active') return this.i18n.t('guardians.status.active');
    if (g.inviteExpired || !g.inviteExpiresAt) return this.i18n.t('guardians.status.expired');
    return this.i18n.t('guardians.status.invited', { date: formatAmsterdamDayTime(g.inviteExpiresAt, this.i18n.locale()) });
  }

  protected toggleNew(key: keyof GuardianShares, on: boolean): void {
    this.newShares.update((s) => ({ ...s, [key]: on }));
  }

  protected async invite(
    name: HTMLInputElement,
    email: HTMLInputElement,
    relation: HTMLSelectElement,
    language: HTMLSelectElement,
  ): Promise<void> {
    const errors = {
      name: name.value.trim() ? undefined : 'guardians.invite.error.name',
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value.trim()) ? undefined : 'guardians.invite.error.email',
    };
    this.fieldError.set(errors);
    if (errors.name || errors.email) {
      (errors.name ? name : email).focus();
      return;
    }
    const shares = this.newShares();
    await this.run(async () => {
      const link = await firstValueFrom(
        this.api.invite(this.caseId(), {
          name: name.value.trim(),
          email: email.value.trim(),
          relation: relation.value as GuardianRelation,
          language: language.value as Lang,
          showAppointments: shares.appointments,
          showDocuments: shares.documents,
          showMessages: shares.messages,
        }),
      );
      this.data.update((d) => (d ? { ...d, guardians: [...d.guardians, link] } : d));
      this.notice.set(this.i18n.t('guardians.invite.sent', { email: link.email }));
      name.value = '';
      email.value = '';
    });
  }

  protected async setShare(g: GuardianLink, key: keyof GuardianShares, on: boolean): Promise<void> {
    await this.run(async () => {
      this.replace(await firstValueFrom(this.api.updateShares(g.id, { [FIELD_OF[key]]: on })));
      this.notice.set(this.i18n.t('guardians.saved'));
    });
  }

  protected async resend(g: GuardianLink): Promise<void> {
    await this.run(async () => {
      this.replace(await firstValueFrom(this.api.resend(g.id)));
      this.notice.set(this.i18n.t('guardians.resent'));
    });
  }

  protected async end(g: GuardianLink): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.end(g.id));
      this.data.update((d) => (d ? { ...d, guardians: d.guardians.filter((x) => x.id !== g.id) } : d));
      this.ending.set(null);
      this.notice.set(this.i18n.t('guardians.ended', { name: g.name }));
    });
  }

  protected onThreadToggle(g: GuardianLink, event: Event): void {
    if ((event.target as HTMLDetailsElement).open && !this.threads()[g.id]) void this.loadThread(g);
  }

  private async loadThread(g: GuardianLink): Promise<void> {
    try {
      const messages = await firstValueFrom(this.api.thread(g.id));
      this.threads.update((t) => ({ ...t, [g.id]: messages }));
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected senderFor(g: GuardianLink) {
    return (body: string) => this.api.workerSend(g.id, body);
  }

  protected addMessage(g: GuardianLink, m: GuardianMessage): void {
    this.threads.update((t) => ({ ...t, [g.id]: [...(t[g.id] ?? []), m] }));
  }

  private replace(link: GuardianLink): void {
    this.data.update((d) => (d ? { ...d, guardians: d.guardians.map((x) => (x.id === link.id ? link : x)) } : d));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      await work();
    } catch (err) {
      const e = toApiError(err);
      if (e.code === GUARDIAN_EMAIL_IN_USE) this.fieldError.set({ email: 'guardians.invite.error.inUse' });
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}

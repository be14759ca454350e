import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  EMAIL_IN_USE,
  INVITE_EMAIL_MAX,
  INVITE_NAME_MAX,
  STAFF_ROLES,
  type StaffInvite,
  type StaffRole,
  type TeamView,
} from '@nabij/organisation/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { inviteTexts } from './invites.i18n';
import { OrganisationApi } from './organisation.api';
import { organisationTexts } from './organisation.i18n';

interface Notice {
  key: string;
  params: Record<string, string>;
}

/**
 * On `/medewerkers`: the form "Medewerker uitnodigen" and the list "Openstaande uitnodigingen"
 * (resend with a new link, withdraw, when the link stops working). Outcomes are read out in one
 * live region; a refused field gets its error and the focus.
 */
@Component({
  selector: 'nb-invite-staff',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .invite-checks {
      border: 0;
      padding: 0;
      margin: 0 0 var(--space);
    }
    .invite-checks legend {
      font-weight: 600;
      padding: 0;
    }
    .invite-checks .checkbox {
      display: flex;
      margin: 0;
    }
    .invite-list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--space);
    }
    .invite-list li {
      margin: 0;
    }
    .invite-email {
      overflow-wrap: anywhere;
    }
    .invite-expired {
      color: var(--color-error, #a4000f);
    }
  `,
  template: `
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{{ 'org.invite.title' | t }}</h2>
      <p>{{ 'org.invite.intro' | t }}</p>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <nb-form-field fieldId="invite-name" [label]="'org.invite.name' | t" [error]="errors().name ? (errors().name! | t) : null">
          <input nbControl class="input" type="text" formControlName="name" autocomplete="off" [attr.maxlength]="nameMax" />
        </nb-form-field>
        <nb-form-field
          fieldId="invite-email"
          [label]="'org.invite.email' | t"
          [hint]="'org.invite.emailHint' | t"
          [error]="errors().email ? (errors().email! | t) : null"
        >
          <input nbControl class="input" type="email" formControlName="email" autocomplete="off" autocapitalize="none" spellcheck="false" />
        </nb-form-field>
        <nb-form-field fieldId="invite-role" [label]="'org.invite.role' | t">
          <select nbControl class="input" formControlName="role">
            @for (r of roles; track r) {
              <option [value]="r">{{ 'org.staff.role.' + r | t }}</option>
            }
          </select>
        </nb-form-field>
        <nb-form-field fieldId="invite-team" [label]="'org.invite.team' | t" [error]="errors().teamId ? (errors().teamId! | t) : null">
          <select nbControl class="input" formControlName="teamId">
            <option value="">{{ 'org.staff.noTeam' | t }}</option>
            @for (team of teams(); track team.id) {
              <option [value]="team.id">{{ team.name }}</option>
            }
          </select>
        </nb-form-field>
        <fieldset class="invite-checks">
          <legend>{{ 'org.invite.capabilities' | t }}</legend>
          <label class="checkbox"><input type="checkbox" id="invite-can-train" formControlName="canTrain" /> {{ 'org.invite.canTrain' | t }}</label>
          <label class="checkbox"><input type="checkbox" id="invite-chat-duty" formControlName="chatDuty" /> {{ 'org.invite.chatDuty' | t }}</label>
          @if (form.controls.role.value === 'worker') {
            <label class="checkbox"
              ><input type="checkbox" id="invite-library-editor" formControlName="libraryEditor" /> {{ 'org.invite.libraryEditor' | t }}</label
            >
          }
        </fieldset>
        <button type="submit" class="button" [attr.aria-busy]="busy()">{{ (busy() ? 'platform.busy' : 'org.invite.submit') | t }}</button>
      </form>
    </section>

    <div aria-live="polite">
      @if (notice(); as n) {
        <nb-message kind="success">{{ n.key | t: n.params }}</nb-message>
      }
      @if (errorKey(); as key) {
        <nb-message kind="error">{{ key | t }}</nb-message>
      }
    </div>

    <section aria-labelledby="invites-title">
      <h2 id="invites-title" tabindex="-1">{{ 'org.invites.title' | t }}</h2>
      @if (invites(); as list) {
        @if (list.length === 0) {
          <p>{{ 'org.invites.empty' | t }}</p>
        } @else {
          <ul class="invite-list">
            @for (i of list; track i.id) {
              <li class="card">
                <strong>{{ i.name }}</strong>
                <div class="invite-email">{{ i.email }}</div>
                <div>
                  {{ 'org.staff.role.' + i.role | t }}@if (i.teamName) {, {{ i.teamName }}}@if (i.canTrain) {, {{ 'org.invites.canTrain' | t }}}@if (i.chatDuty) {, {{ 'org.invites.chatDuty' | t }}}@if (i.libraryEditor) {, {{ 'org.invites.libraryEditor' | t }}}
                </div>
                @if (i.invitedByName) {
                  <div>{{ 'org.invites.by' | t: { name: i.invitedByName } }}</div>
                }
                <p [class.invite-expired]="i.expired">
                  {{ (i.expired ? 'org.invites.expired' : 'org.invites.expires') | t: { date: when(i.expiresAt) } }}
                </p>
                <div class="button-row">
                  <button type="button" class="button button--secondary" [disabled]="busy()" [attr.aria-label]="'org.invites.resendLabel' | t: { name: i.name }" (click)="resend(i)">
                    {{ 'org.invites.resend' | t }}
                  </button>
                  <button type="button" class="button button--secondary" [disabled]="busy()" [attr.aria-label]="'org.invites.revokeLabel' | t: { name: i.name }" (click)="revoke(i)">
                    {{ 'org.invites.revoke' | t }}
                  </button>
                </div>
              </li>
            }
          </ul>
        }
      } @else {
        <p>{{ 'org.invites.loading' | t }}</p>
      }
    </section>
  `,
})
export class InviteStaffComponent {
  private readonly i18n = useTexts(inviteTexts);
  protected readonly orgI18n = useTexts(organisationTexts);
  private readonly api = inject(OrganisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The active teams a new colleague can join. */
  readonly teams = input<TeamView[]>([]);

  protected readonly roles = STAFF_ROLES;
  protected readonly nameMax = INVITE_NAME_MAX;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(INVITE_NAME_MAX)] }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(INVITE_EMAIL_MAX)],
    }),
    role: new FormControl<StaffRole>('worker', { nonNullable: true }),
    teamId: new FormControl('', { nonNullable: true }),
    canTrain: new FormControl(false, { nonNullable: true }),
    chatDuty: new FormControl(false, { nonNullable: true }),
    libraryEditor: new FormControl(false, { nonNullable: true }),
  });
  protected readonly errors = signal<{ name?: string; email?: string; teamId?: string }>({});
  protected readonly invites = signal<StaffInvite[] | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected when(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  private async load(): Promise<void> {
    try {
      this.invites.set(await firstValueFrom(this.api.invites()));
    } catch (err) {
      this.errorKey.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const name = value.name.trim();
    const email = value.email.trim();
    const errors = {
      name: name ? undefined : 'org.invite.error.name',
      email: email && !this.form.controls.email.invalid ? undefined : 'org.invite.error.email',
    };
    this.errors.set(errors);
    this.notice.set(null);
    this.errorKey.set(null);
    if (errors.name || errors.email) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const made = await firstValueFrom(
        this.api.createInvite({
          name,
          email,
          role: value.role,
          teamId: value.teamId || null,
          canTrain: value.canTrain,
          chatDuty: value.chatDuty,
          libraryEditor: value.role === 'worker' && value.libraryEditor,
        }),
      );
      this.form.reset();
      this.notice.set({ key: 'org.invite.sent', params: { email: made.email } });
      await this.load();
    } catch (err) {
      const e = toApiError(err);
      if (e.code === EMAIL_IN_USE) this.errors.set({ email: 'org.invite.error.inUse' });
      else if (e.statusCode === 404) this.errors.set({ teamId: 'org.invite.error.team' });
      else if (e.statusCode === 400 && e.fields?.['name']) this.errors.set({ name: 'org.invite.error.name' });
      else if (e.statusCode === 400 && e.fields?.['email']) this.errors.set({ email: 'org.invite.error.email' });
      else this.errorKey.set(generalErrorKey(e));
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected resend(invite: StaffInvite): Promise<void> {
    return this.act(async () => {
      const renewed = await firstValueFrom(this.api.resendInvite(invite.id));
      this.notice.set({ key: 'org.invites.resent', params: { email: renewed.email } });
    });
  }

  protected revoke(invite: StaffInvite): Promise<void> {
    return this.act(async () => {
      await firstValueFrom(this.api.revokeInvite(invite.id));
      this.notice.set({ key: 'org.invites.revoked', params: { name: invite.name } });
      // The button that had the focus is gone with the invite: continue from the list's heading.
      focusAfterRender(this.host.nativeElement, '#invites-title', this.injector);
    });
  }

  /** One action at a time; afterwards the list is reloaded so it shows what the server holds. */
  private async act(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.errorKey.set(null);
    try {
      await action();
    } catch (err) {
      const e = toApiError(err);
      this.errorKey.set(e.statusCode === 404 ? 'org.invites.notFound' : generalErrorKey(e));
    } finally {
      await this.load();
      this.busy.set(false);
    }
  }
}

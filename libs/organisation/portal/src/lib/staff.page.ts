import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  STAFF_HAS_WORK,
  STAFF_OWN_ACCOUNT,
  STAFF_ROLES,
  type StaffMember,
  type StaffOpenWork,
  type StaffRole,
  type TeamView,
} from '@nabij/organisation/contracts';
import {
  ApiError,
  AuthStore,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDayTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { InviteStaffComponent } from './invite-staff.component';
import { inviteTexts } from './invites.i18n';
import { OrganisationApi } from './organisation.api';
import { organisationTexts } from './organisation.i18n';
import { TwoFactorResetComponent } from './two-factor-reset.component';

interface Notice {
  key: string;
  name: string;
}

/** A deactivation the API refused until the open cases are handed over (409 staff_has_work). */
interface PendingHandOver {
  member: StaffMember;
  work: StaffOpenWork;
}

/**
 * `/medewerkers` for admins: staff with role, team and capabilities (can train, chat duty), deactivate
 * (first the list of open cases, waiting messages and coached trainings to hand over when there are
 * any) and reactivate; below them inviting new colleagues. Outcomes are announced in one live region.
 * Below about 40rem the table becomes a stack of cards, so its selects never get cut off at 360 px.
 */
@Component({
  selector: 'nb-staff-page',
  styleUrl: './staff.page.css',
  imports: [TranslatePipe, MessageComponent, InviteStaffComponent, TwoFactorResetComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'org.staff.title' | t }}</h1>
    <p class="lead">{{ 'org.staff.intro' | t }}</p>

    <div aria-live="polite">
      @if (notice(); as n) {
        <nb-message kind="success">{{ n.key | t: { name: n.name } }}</nb-message>
      }
      @if (errorKey(); as key) {
        <nb-message kind="error">{{ key | t }}</nb-message>
      }
    </div>

    @if (pending(); as p) {
      <section class="card" aria-labelledby="hand-over-title">
        <h2 id="hand-over-title" tabindex="-1">{{ 'org.staff.handOver.title' | t: { name: label(p.member) } }}</h2>
        <p>{{ 'org.staff.handOver.intro' | t: { name: label(p.member) } }}</p>
        @if (p.work.cases.length) {
          <h3>{{ 'org.staff.handOver.cases' | t }}</h3>
          <ul class="hand-over-cases">
            @for (c of p.work.cases; track c.id) {
              <li>{{ c.clientName }} ({{ 'org.staff.handOver.since' | t: { date: c.openedOn } }})</li>
            }
          </ul>
        }
        @if (p.work.threads.length) {
          <h3>{{ 'org.staff.handOver.threads' | t }}</h3>
          <ul class="hand-over-threads">
            @for (w of p.work.threads; track w.id) {
              <li>
                {{ w.clientName }} ({{ 'org.staff.handOver.threadDue' | t: { date: when(w.dueAt) } }})
                @if (w.caseClosed) {
                  — {{ 'org.staff.handOver.closedCase' | t }}
                }
              </li>
            }
          </ul>
        }
        @if (p.work.enrolments.length) {
          <h3>{{ 'org.staff.handOver.enrolments' | t: { name: label(p.member) } }}</h3>
          <ul class="hand-over-enrolments">
            @for (e of p.work.enrolments; track e.id) {
              <li>{{ e.clientName }}: {{ e.trainingTitle }}</li>
            }
          </ul>
        }
        @if (p.work.groups.length) {
          <h3>{{ 'org.staff.handOver.groups' | t: { name: label(p.member) } }}</h3>
          <ul class="hand-over-groups">
            @for (g of p.work.groups; track g.id) {
              <li>{{ g.title }} ({{ g.trainingTitle }})</li>
            }
          </ul>
        }
        @if (p.work.threads.length || p.work.enrolments.length || p.work.groups.length) {
          <p>{{ 'org.staff.handOver.moveNote' | t }}</p>
        }
        <form (submit)="handOver($event, p, handOverForm)" #handOverForm novalidate>
          <label for="hand-over-to">{{ 'org.staff.handOver.to' | t }}</label>
          <div class="button-row">
            <select class="input" id="hand-over-to" name="toWorkerId" required>
              <option value="">{{ 'org.staff.handOver.choose' | t }}</option>
              @for (w of colleaguesOf(p.member); track w.id) {
                <option [value]="w.id">{{ label(w) }}</option>
              }
            </select>
            <button type="submit" class="button" [disabled]="busy()">{{ 'org.staff.handOver.submit' | t }}</button>
            <button type="button" class="button button--secondary" (click)="pending.set(null)">{{ 'org.staff.handOver.cancel' | t }}</button>
          </div>
        </form>
      </section>
    }

    @if (staff(); as list) {
      <div class="table-wrap">
        <table class="table">
          <caption>{{ 'org.staff.caption' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'org.staff.name' | t }}</th>
              <th scope="col">{{ 'org.staff.role' | t }} / {{ 'org.staff.team' | t }}</th>
              <th scope="col">{{ 'org.staff.status' | t }}</th>
              <th scope="col">{{ 'org.staff.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of list; track m.id) {
              <tr>
                <th scope="row">{{ label(m) }}<br /><span class="staff-email">{{ m.email }}</span></th>
                <td [attr.data-label]="('org.staff.role' | t) + ' / ' + ('org.staff.team' | t)">
                  <form class="staff-change" (submit)="save($event, m, rowForm)" #rowForm novalidate>
                    <label class="visually-hidden" [for]="'role-' + m.id">{{ 'org.staff.roleLabel' | t: { name: label(m) } }}</label>
                    <select class="input" [id]="'role-' + m.id" name="role">
                      @for (r of roles; track r) {
                        <option [value]="r" [selected]="r === m.role">{{ 'org.staff.role.' + r | t }}</option>
                      }
                    </select>
                    <label class="visually-hidden" [for]="'team-' + m.id">{{ 'org.staff.teamLabel' | t: { name: label(m) } }}</label>
                    <select class="input" [id]="'team-' + m.id" name="teamId">
                      <option value="" [selected]="!m.teamId">{{ 'org.staff.noTeam' | t }}</option>
                      @for (team of activeTeams(); track team.id) {
                        <option [value]="team.id" [selected]="team.id === m.teamId">{{ team.name }}</option>
                      }
                    </select>
                    <label class="checkbox staff-flag">
                      <input type="checkbox" name="canTrain" [checked]="m.canTrain" [attr.aria-label]="'org.staff.canTrainLabel' | t: { name: label(m) }" />
                      {{ 'org.staff.canTrain' | t }}
                    </label>
                    <label class="checkbox staff-flag">
                      <input type="checkbox" name="chatDuty" [checked]="m.chatDuty" [attr.aria-label]="'org.staff.chatDutyLabel' | t: { name: label(m) }" />
                      {{ 'org.staff.chatDuty' | t }}
                    </label>
                    @if (m.role === 'worker') {
                      <label class="checkbox staff-flag">
                        <input
                          type="checkbox"
                          name="libraryEditor"
                          [checked]="m.libraryEditor"
                          [attr.aria-label]="'org.staff.libraryEditorLabel' | t: { name: label(m) }"
                        />
                        {{ 'org.staff.libraryEditor' | t }}
                      </label>
                    }
                    <button type="submit" class="button button--secondary" [disabled]="busy()">{{ 'org.staff.save' | t }}</button>
                  </form>
                </td>
                <td [attr.data-label]="'org.staff.status' | t">{{ (m.deactivatedAt ? 'org.staff.deactivated' : 'org.staff.active') | t }}</td>
                <td [attr.data-label]="'org.staff.actions' | t">
                  @if (m.deactivatedAt) {
                    <button type="button" class="button button--secondary" [disabled]="busy()" [attr.aria-label]="'org.staff.reactivateLabel' | t: { name: label(m) }" (click)="reactivate(m)">
                      {{ 'org.staff.reactivate' | t }}
                    </button>
                  } @else {
                    <button type="button" class="button button--secondary" [disabled]="busy()" [attr.aria-label]="'org.staff.deactivateLabel' | t: { name: label(m) }" (click)="deactivate(m)">
                      {{ 'org.staff.deactivate' | t }}
                    </button>
                    @if (m.id !== auth.user()?.id) {
                      <nb-two-factor-reset [staffId]="m.id" [name]="label(m)" />
                    }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (!errorKey()) {
      <p>{{ 'org.staff.loading' | t }}</p>
    }

    <nb-invite-staff [teams]="activeTeams()" />
  `,
})
export class StaffPage {
  private readonly i18n = useTexts(organisationTexts);
  protected readonly inviteI18n = useTexts(inviteTexts);
  private readonly api = inject(OrganisationApi);
  /** Who is looking: an admin does not reset their own two-step verification here. */
  protected readonly auth = inject(AuthStore);
  protected readonly roles = STAFF_ROLES;
  protected readonly staff = signal<StaffMember[] | null>(null);
  private readonly teams = signal<TeamView[]>([]);
  protected readonly activeTeams = computed(() => this.teams().filter((t) => !t.archivedAt));
  protected readonly pending = signal<PendingHandOver | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected when(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected label(m: StaffMember): string {
    return m.name ?? m.email;
  }

  /** Active workers other than the person who leaves: the API accepts only those. */
  protected colleaguesOf(member: StaffMember): StaffMember[] {
    return (this.staff() ?? []).filter((m) => m.role === 'worker' && !m.deactivatedAt && m.id !== member.id);
  }

  private async load(): Promise<void> {
    try {
      const [staff, teams] = await Promise.all([firstValueFrom(this.api.staff()), firstValueFrom(this.api.teams())]);
      this.teams.set(teams);
      this.staff.set(staff);
    } catch (err) {
      this.errorKey.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async save(event: Event, m: StaffMember, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    const role = String(data.get('role')) as StaffRole;
    const teamId = String(data.get('teamId') ?? '') || null;
    const canTrain = data.get('canTrain') !== null;
    const chatDuty = data.get('chatDuty') !== null;
    // Only workers get the checkbox (admins edit anyway); for others the right is left as it is.
    const libraryEditor = m.role === 'worker' ? { libraryEditor: data.get('libraryEditor') !== null } : {};
    await this.run(async () => {
      const saved = await firstValueFrom(this.api.updateStaff(m.id, { role, teamId, canTrain, chatDuty, ...libraryEditor }));
      this.notice.set({ key: 'org.staff.saved', name: this.label(saved) });
    });
  }

  protected async deactivate(m: StaffMember): Promise<void> {
    await this.run(async () => {
      try {
        const done = await firstValueFrom(this.api.deactivate(m.id));
        this.notice.set({ key: 'org.staff.deactivatedDone', name: this.label(done) });
      } catch (err) {
        const e = toApiError(err);
        if (e.code !== STAFF_HAS_WORK || !e.details) throw err;
        this.pending.set({ member: m, work: e.details as unknown as StaffOpenWork });
        // Move focus to the list the admin has to act on next.
        setTimeout(() => (document.getElementById('hand-over-title') as HTMLElement | null)?.focus());
      }
    });
  }

  protected async handOver(event: Event, p: PendingHandOver, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const select = form.querySelector('select') as HTMLSelectElement;
    if (!select.value) {
      select.setAttribute('aria-invalid', 'true');
      this.notice.set(null);
      this.errorKey.set('org.staff.error.chooseWorker');
      select.focus();
      return;
    }
    select.removeAttribute('aria-invalid');
    await this.run(async () => {
      await firstValueFrom(this.api.handOver(p.member.id, select.value));
      const done = await firstValueFrom(this.api.deactivate(p.member.id));
      this.pending.set(null);
      this.notice.set({ key: 'org.staff.deactivatedDone', name: this.label(done) });
    });
  }

  protected async reactivate(m: StaffMember): Promise<void> {
    await this.run(async () => {
      const done = await firstValueFrom(this.api.reactivate(m.id));
      this.notice.set({ key: 'org.staff.reactivatedDone', name: this.label(done) });
    });
  }

  /** One action at a time; afterwards the list is reloaded so it shows what the server holds. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    this.errorKey.set(null);
    try {
      await action();
      await this.load();
    } catch (err) {
      this.errorKey.set(errorKeyOf(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}

function errorKeyOf(error: ApiError): string {
  if (error.code === STAFF_OWN_ACCOUNT) return 'org.staff.error.ownAccount';
  if (error.statusCode === 404) return 'org.staff.error.notFound';
  return generalErrorKey(error);
}

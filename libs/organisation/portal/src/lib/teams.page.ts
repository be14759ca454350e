import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TEAM_HAS_OPEN_CASES, TEAM_NAME_MAX, TEAM_NAME_TAKEN, type TeamView } from '@nabij/organisation/contracts';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';
import { OrganisationApi } from './organisation.api';
import { organisationTexts } from './organisation.i18n';

interface Notice {
  key: string;
  name: string;
}

/**
 * `/teams` for admins: the organisation's teams, a form to make one, and per active team a rename
 * form and an archive button. Outcomes are announced in one live region; errors name what to do.
 */
@Component({
  selector: 'nb-teams-page',
  styleUrl: './teams.page.css',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'org.teams.title' | t }}</h1>
    <p class="lead">{{ 'org.teams.intro' | t }}</p>

    <div aria-live="polite">
      @if (notice(); as n) {
        <nb-message kind="success">{{ n.key | t: { name: n.name } }}</nb-message>
      }
      @if (errorKey(); as key) {
        <nb-message kind="error">{{ key | t }}</nb-message>
      }
    </div>

    <form class="card teams-create" (submit)="create($event, form)" #form novalidate>
      <label for="team-new">{{ 'org.teams.newName' | t }}</label>
      <div class="button-row">
        <input class="input" id="team-new" name="name" required [attr.maxlength]="max" autocomplete="off" />
        <button type="submit" class="button" [disabled]="busy()">{{ 'org.teams.create' | t }}</button>
      </div>
    </form>

    @if (teams(); as list) {
      @if (list.length) {
        <div class="table-wrap">
          <table class="table teams-table">
            <caption>{{ 'org.teams.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'org.teams.name' | t }}</th>
                <th scope="col">{{ 'org.teams.staff' | t }}</th>
                <th scope="col">{{ 'org.teams.status' | t }}</th>
                <th scope="col">{{ 'org.teams.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (team of list; track team.id) {
                <tr>
                  <th scope="row">{{ team.name }}</th>
                  <td>{{ team.staffCount }}</td>
                  <td>{{ (team.archivedAt ? 'org.teams.archived' : 'org.teams.active') | t }}</td>
                  <td>
                    @if (!team.archivedAt) {
                      <form class="teams-rename" (submit)="rename($event, team, renameForm)" #renameForm novalidate>
                        <label class="visually-hidden" [for]="'team-name-' + team.id">{{ 'org.teams.renameLabel' | t: { name: team.name } }}</label>
                        <input class="input" [id]="'team-name-' + team.id" name="name" [value]="team.name" required [attr.maxlength]="max" autocomplete="off" />
                        <button type="submit" class="button button--secondary" [disabled]="busy()">{{ 'org.teams.rename' | t }}</button>
                      </form>
                      <button
                        type="button"
                        class="button button--secondary"
                        [disabled]="busy()"
                        [attr.aria-label]="'org.teams.archiveLabel' | t: { name: team.name }"
                        (click)="archive(team)"
                      >
                        {{ 'org.teams.archive' | t }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'org.teams.empty' | t }}</p>
      }
    } @else if (!errorKey()) {
      <p>{{ 'org.teams.loading' | t }}</p>
    }
  `,
})
export class TeamsPage {
  private readonly i18n = useTexts(organisationTexts);
  private readonly api = inject(OrganisationApi);
  protected readonly max = TEAM_NAME_MAX;
  protected readonly teams = signal<TeamView[] | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.teams.set(await firstValueFrom(this.api.teams()));
    } catch (err) {
      this.errorKey.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async create(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const input = form.querySelector('input') as HTMLInputElement;
    const name = this.validName(input);
    if (name === null) return;
    if (await this.run(this.api.createTeam({ name }), 'org.teams.created')) form.reset();
  }

  protected async rename(event: Event, team: TeamView, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const name = this.validName(form.querySelector('input') as HTMLInputElement);
    if (name !== null) await this.run(this.api.renameTeam(team.id, { name }), 'org.teams.renamed');
  }

  protected async archive(team: TeamView): Promise<void> {
    await this.run(this.api.archiveTeam(team.id), 'org.teams.archivedDone');
  }

  /** The trimmed name, or null after marking the field and saying why (the API checks the same). */
  private validName(input: HTMLInputElement): string | null {
    const name = input.value.trim();
    const ok = name.length >= 1 && name.length <= TEAM_NAME_MAX;
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
    if (!ok) {
      this.notice.set(null);
      this.errorKey.set('org.teams.error.name');
      input.focus();
    }
    return ok ? name : null;
  }

  private async run(call: Observable<TeamView>, doneKey: string): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.errorKey.set(null);
    try {
      const team = await firstValueFrom(call);
      this.notice.set({ key: doneKey, name: team.name });
      await this.load();
      return true;
    } catch (err) {
      this.errorKey.set(errorKeyOf(toApiError(err)));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

function errorKeyOf(error: ApiError): string {
  if (error.code === TEAM_HAS_OPEN_CASES) return 'org.teams.error.openCases';
  if (error.code === TEAM_NAME_TAKEN) return 'org.teams.error.taken';
  if (error.statusCode === 400) return 'org.teams.error.name';
  if (error.statusCode === 404) return 'org.teams.error.notFound';
  return generalErrorKey(error);
}

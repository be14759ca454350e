import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { amsterdamCalendarDate, formatAmsterdamTime } from '@nabij/platform/contracts';
import { COHORT_LIMITS, GroupSessionRequest, GroupSessionView, SessionPlace, TrainerCohortView } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { GroupVideoJoinComponent } from './group-video-join.component';
import { cohortTexts } from '../cohort.i18n';
import { clientsOf } from '../trainer/enrol-client.page';
import { trainerTexts } from '../trainer.i18n';
import { TrainingsApi } from '../trainings.api';
import { sessionDate, sessionPlace } from './group-format';

type SessionField = 'startsAt' | 'minutes' | 'place' | 'room' | 'address' | 'link' | 'moduleId';
const SESSION_FIELDS: readonly SessionField[] = ['startsAt', 'minutes', 'place', 'room', 'address', 'link', 'moduleId'];

/** The Amsterdam offset of a local date and time, so "19:00" means 19:00 in the Netherlands whatever the browser says. */
export function amsterdamIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const guess = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(guess.getTime())) return null;
  const local = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (local.getTime() - utc.getTime())).toISOString();
}

/**
 * `/groepen/:cohortId`: the trainer runs a group — participants and their progress (who stalls,
 * homework waiting), adding from the caseload or inviting, meetings with attendance, and one
 * message to everyone (each gets a private copy in their messages).
 */
@Component({
  selector: 'nb-trainer-group-page',
  styleUrl: '../trainings.shared.css',
  imports: [GroupVideoJoinComponent, RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/groepen"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'cohort.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    <p class="visually-hidden" role="status" aria-live="polite">{{ announce() }}</p>
    @if (group(); as g) {
      <h1 tabindex="-1">{{ g.title }}</h1>
      <p>
        {{ g.trainingTitle }} · {{ 'cohort.startsOn' | t: { date: g.startsOn } }} · {{ 'cohort.pacing.' + g.pacing | t }} ·
        {{ 'cohort.trainers' | t: { names: trainerNames() } }}
      </p>
      @if (g.participantCount < limits.minParticipants) {
        <p class="message message--info">{{ 'cohort.tooFew' | t: { count: limits.minParticipants - g.participantCount } }}</p>
      }

      <p>
        <a [routerLink]="['/forum', g.id]">{{ 'cohort.forum.open' | t }}</a>
        <span class="small"> — {{ 'cohort.forum.trainerIntro' | t }}</span>
      </p>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{{ 'cohort.people.title' | t }}</h2>
        @if (g.participants.length) {
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{{ 'cohort.people.title' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'cohort.people.name' | t }}</th>
                  <th scope="col">{{ 'cohort.people.progress' | t }}</th>
                  <th scope="col">{{ 'cohort.people.homework' | t }}</th>
                  <th scope="col">{{ 'cohort.people.sessions' | t }}</th>
                  <th scope="col">{{ 'cohort.people.status' | t }}</th>
                  <th scope="col"><span class="visually-hidden">{{ 'cohort.people.remove' | t }}</span></th>
                </tr>
              </thead>
              <tbody>
                @for (p of g.participants; track p.clientId) {
                  <tr [class.is-stalled]="p.stalled">
                    <td>{{ p.name ?? p.displayName }}</td>
                    <td>{{ p.modulesDone }} / {{ p.modulesTotal }}</td>
                    <td>{{ p.homeworkWaiting }}</td>
                    <td>{{ p.sessionsAttended }} / {{ g.attendance.length }}</td>
                    <td>
                      @if (p.status === 'invited') {
                        {{ 'cohort.people.invited' | t }}
                      } @else if (p.stalled) {
                        <strong class="status status--stalled">{{ 'cohort.people.stalled' | t }}</strong>
                        @for (r of p.stallReasons; track r) {
                          <span class="small"> · {{ 'cohort.people.reason.' + r | t }}</span>
                        }
                      } @else {
                        {{ 'cohort.people.ok' | t }}
                      }
                    </td>
                    <td>
                      <button
                        class="button button--quiet"
                        type="button"
                        [attr.aria-label]="'cohort.people.removeLabel' | t: { name: p.name ?? p.displayName }"
                        (click)="remove(p.clientId, p.name ?? p.displayName)"
                      >
                        {{ 'cohort.people.remove' | t }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p>{{ 'cohort.people.empty' | t }}</p>
        }
      </section>

      @if (g.participants.length < limits.maxParticipants) {
        <section class="card" aria-labelledby="add-title">
          <h2 id="add-title">{{ 'cohort.add.title' | t }}</h2>
          <form (submit)="$event.preventDefault(); add()" novalidate>
            <nb-form-field fieldId="group-client" [label]="'cohort.add.client' | t" [error]="addError()">
              <select nbControl class="input" name="clientId" [value]="clientId()" (change)="clientId.set(value($event))">
                <option value="">{{ 'cohort.add.choose' | t }}</option>
                @for (c of candidates(); track c.id) {
                  <option [value]="c.id">{{ c.name }}</option>
                }
              </select>
            </nb-form-field>
            <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'cohort.add.submit' | t }}</button>
          </form>
          <h3>{{ 'cohort.invite.title' | t }}</h3>
          <form (submit)="$event.preventDefault(); invite()" novalidate>
            <nb-form-field fieldId="group-invite" [label]="'cohort.invite.email' | t" [hint]="'cohort.invite.hint' | t" [error]="inviteError()">
              <input nbControl class="input" type="email" name="email" autocomplete="off" [value]="email()" (input)="email.set(value($event))" />
            </nb-form-field>
            <button class="button button--secondary" type="submit" [attr.aria-busy]="busy()">{{ 'cohort.invite.submit' | t }}</button>
          </form>
        </section>
      } @else {
        <p>{{ 'cohort.full' | t }}</p>
      }

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{{ 'cohort.sessions.title' | t }}</h2>
        @if (!g.sessions.length) {
          <p>{{ 'cohort.sessions.empty' | t }}</p>
        }
        <ol class="plain-list">
          @for (s of g.sessions; track s.id) {
            <li class="card session-card">
              <h3 class="training-subtitle">{{ 'cohort.sessions.when' | t: { date: date(s.startsAt), minutes: s.minutes } }}</h3>
              <p>
                @if (s.place === 'video') {
                  <nb-group-video-join [session]="s" />
                } @else if (place(s); as where) {
                  {{ where }}
                } @else {
                  {{ 'cohort.sessions.online' | t }}: <a [href]="s.link" target="_blank" rel="noopener noreferrer">{{ 'cohort.sessions.join' | t }}</a>
                }
                @if (s.moduleTitle) {
                  · {{ 'cohort.sessions.module' | t: { title: s.moduleTitle } }}
                }
                @if (s.heldAt) {
                  · <strong>{{ 'cohort.sessions.held' | t }}</strong>
                }
              </p>
              @if (started(s)) {
                <fieldset class="choice-group">
                  <legend>{{ 'cohort.sessions.attendance' | t }}</legend>
                  @for (p of active(); track p.clientId) {
                    <label class="checkbox">
                      <input type="checkbox" [checked]="isPresent(s.id, p.clientId)" (change)="togglePresent(s.id, p.clientId, $event)" />
                      {{ p.name ?? p.displayName }}
                    </label>
                  }
                </fieldset>
                <button class="button button--secondary" type="button" (click)="saveAttendance(s.id)">{{ 'cohort.sessions.saveAttendance' | t }}</button>
              } @else {
                <p class="small">{{ 'cohort.sessions.notStarted' | t }}</p>
              }
              @if (!s.heldAt) {
                <button class="button button--secondary" type="button" [attr.aria-label]="'cohort.sessions.editNamed' | t: { date: date(s.startsAt) }" (click)="edit(s)">
                  {{ 'cohort.sessions.edit' | t }}
                </button>
                <button class="button button--quiet" type="button" (click)="cancel(s.id)">{{ 'cohort.sessions.cancel' | t }}</button>
              }
            </li>
          }
        </ol>
      </section>

      <section class="card" aria-labelledby="session-new-title">
        <h2 id="session-new-title" tabindex="-1">{{ (editing() ? 'cohort.session.edit' : 'cohort.session.new') | t }}</h2>
        <form class="session-form" (submit)="$event.preventDefault(); addSession()" novalidate>
          <nb-form-field fieldId="session-date" [label]="'cohort.session.date' | t" [error]="sessionError('startsAt')">
            <input nbControl class="input" type="date" name="date" [value]="sDate()" (input)="sDate.set(value($event))" />
          </nb-form-field>
          <nb-form-field fieldId="session-time" [label]="'cohort.session.time' | t">
            <input nbControl class="input" type="time" name="time" [value]="sTime()" (input)="sTime.set(value($event))" />
          </nb-form-field>
          <nb-form-field fieldId="session-minutes" [label]="'cohort.session.minutes' | t" [error]="sessionError('minutes')">
            <input nbControl class="input" type="number" inputmode="numeric" min="15" max="480" name="minutes" [value]="sMinutes()" (input)="sMinutes.set(value($event))" />
          </nb-form-field>
          <fieldset class="choice-group">
            <legend>{{ 'cohort.session.place' | t }}</legend>
            @for (p of places; track p) {
              <label class="choice">
                <input type="radio" name="place" [value]="p" [checked]="sPlace() === p" (change)="sPlace.set(p)" />
                <span>{{ 'cohort.session.' + p | t }}</span>
              </label>
            }
          </fieldset>
          @if (sPlace() === 'room') {
            <nb-form-field fieldId="session-room" [label]="'cohort.session.roomName' | t" [error]="sessionError('room')">
              <input nbControl class="input" name="room" maxlength="120" [value]="sRoom()" (input)="sRoom.set(value($event))" />
            </nb-form-field>
            <nb-form-field fieldId="session-address" [label]="'cohort.session.address' | t" [error]="sessionError('address')">
              <input nbControl class="input" name="address" maxlength="200" autocomplete="street-address" [value]="sAddress()" (input)="sAddress.set(value($event))" />
            </nb-form-field>
          } @else if (sPlace() === 'online') {
            <nb-form-field fieldId="session-link" [label]="'cohort.session.link' | t" [hint]="'cohort.session.linkHint' | t" [error]="sessionError('link')">
              <input nbControl class="input" type="url" name="link" maxlength="500" [value]="sLink()" (input)="sLink.set(value($event))" />
            </nb-form-field>
          }
          <nb-form-field fieldId="session-module" [label]="'cohort.session.moduleId' | t" [error]="sessionError('moduleId')">
            <select nbControl class="input" name="moduleId" [value]="sModule()" (change)="sModule.set(value($event))">
              <option value="">{{ 'cohort.session.noModule' | t }}</option>
              @for (m of g.modules; track m.id) {
                <option [value]="m.id">{{ m.position }}. {{ m.title }}</option>
              }
            </select>
          </nb-form-field>
          <div class="button-row">
            <button class="button" type="submit" [attr.aria-busy]="busy()">{{ (editing() ? 'cohort.session.save' : 'cohort.session.submit') | t }}</button>
            @if (editing()) {
              <button class="button button--quiet" type="button" (click)="stopEditing()">{{ 'cohort.session.stopEdit' | t }}</button>
            }
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="message-title">
        <h2 id="message-title">{{ 'cohort.message.title' | t }}</h2>
        <form (submit)="$event.preventDefault(); send()" novalidate>
          <nb-form-field fieldId="group-message" [label]="'cohort.message.body' | t" [hint]="'cohort.message.hint' | t" [error]="messageError()">
            <textarea nbControl class="input" name="body" rows="5" [attr.maxlength]="limits.messageMax" [value]="body()" (input)="body.set(value($event))"></textarea>
          </nb-form-field>
          <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'cohort.message.submit' | t }}</button>
        </form>
      </section>
    }
  `,
})
export class TrainerGroupPage {
  readonly cohortId = input.required<string>();
  protected readonly i18n = useTexts(cohortTexts);
  private readonly api = inject(TrainingsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly limits = COHORT_LIMITS;
  protected readonly places: readonly SessionPlace[] = ['room', 'video', 'online'];
  protected readonly place = sessionPlace;
  protected readonly group = signal<TrainerCohortView | null>(null);
  protected readonly caseload = signal<Array<{ id: string; name: string }>>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly announce = signal('');
  protected readonly busy = signal(false);
  protected readonly clientId = signal('');
  protected readonly addError = signal<string | null>(null);
  protected readonly email = signal('');
  protected readonly inviteError = signal<string | null>(null);
  protected readonly sDate = signal('');
  protected readonly sTime = signal('19:00');
  protected readonly sMinutes = signal('120');
  protected readonly sPlace = signal<SessionPlace>('room');
  protected readonly sRoom = signal('');
  protected readonly sAddress = signal('');
  protected readonly sLink = signal('');
  protected readonly sModule = signal('');
  protected readonly sErrors = signal<Partial<Record<SessionField, string>>>({});
  /** The session the form changes; null: the form plans a new one. */
  protected readonly editing = signal<string | null>(null);
  protected readonly body = signal('');
  protected readonly messageError = signal<string | null>(null);
  /** Per session: the client ids ticked as present. */
  private readonly present = signal<Record<string, string[]>>({});

  protected readonly trainerNames = computed(() => (this.group()?.trainers ?? []).map((t) => t.name ?? '—').join(', '));
  protected readonly active = computed(() => (this.group()?.participants ?? []).filter((p) => p.status === 'active'));
  protected readonly candidates = computed(() => {
    const inGroup = new Set((this.group()?.participants ?? []).map((p) => p.clientId));
    return this.caseload().filter((c) => !inGroup.has(c.id));
  });

  constructor() {
    useTexts(trainerTexts);
    effect(() => {
      const id = this.cohortId();
      void this.load(id);
    });
    firstValueFrom(this.api.caseload()).then(
      (cases) => this.caseload.set(clientsOf(cases)),
      () => this.caseload.set([]),
    );
  }

  private async load(id: string): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.trainerCohort(id)));
    } catch (err) {
      this.error.set(toApiError(err).statusCode === 404 ? 'cohort.error.notFound' : 'cohort.error.load');
    }
  }

  private show(g: TrainerCohortView): void {
    this.group.set(g);
    this.present.set(Object.fromEntries(g.attendance.map((a) => [a.sessionId, a.present])));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected date(iso: string): string {
    return sessionDate(iso, this.i18n.locale());
  }

  protected started(s: GroupSessionView): boolean {
    return new Date(s.startsAt).getTime() <= Date.now();
  }

  protected isPresent(sessionId: string, clientId: string): boolean {
    return (this.present()[sessionId] ?? []).includes(clientId);
  }

  protected togglePresent(sessionId: string, clientId: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.present.update((all) => {
      const now = (all[sessionId] ?? []).filter((id) => id !== clientId);
      return { ...all, [sessionId]: on ? [...now, clientId] : now };
    });
  }

  protected sessionError(field: SessionField): string | null {
    const key = this.sErrors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected async add(): Promise<void> {
    this.addError.set(null);
    if (!this.clientId()) return this.addError.set(this.i18n.t('cohort.add.err.clientId'));
    await this.run(
      async () => {
        const name = this.caseload().find((c) => c.id === this.clientId())?.name ?? '';
        this.show(await firstValueFrom(this.api.addParticipant(this.cohortId(), this.clientId())));
        this.clientId.set('');
        this.announce.set(this.i18n.t('cohort.add.done', { name }));
      },
      (status) =>
        this.addError.set(
          this.i18n.t(status === 404 ? 'cohort.add.err.notFound' : status === 409 ? 'cohort.add.err.conflict' : 'cohort.add.err.clientId'),
        ),
    );
  }

  protected async invite(): Promise<void> {
    this.inviteError.set(null);
    await this.run(
      async () => {
        this.show(await firstValueFrom(this.api.invite(this.cohortId(), this.email().trim())));
        this.email.set('');
        this.announce.set(this.i18n.t('cohort.invite.done'));
      },
      (status) => this.inviteError.set(this.i18n.t(status === 409 ? 'cohort.add.err.conflict' : 'cohort.invite.err.email')),
    );
  }

  protected async addSession(): Promise<void> {
    const startsAt = amsterdamIso(this.sDate(), this.sTime());
    const minutes = Number(this.sMinutes());
    const errors: Partial<Record<SessionField, string>> = {};
    if (!startsAt) errors.startsAt = 'cohort.session.err.startsAt';
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480) errors.minutes = 'cohort.session.err.minutes';
    if (this.sPlace() === 'room' && !this.sRoom().trim()) errors.room = 'cohort.session.err.room';
    if (this.sPlace() === 'room' && this.sAddress().trim().length < 5) errors.address = 'cohort.session.err.address';
    if (this.sPlace() === 'online' && !/^https:\/\/\S+$/.test(this.sLink().trim())) errors.link = 'cohort.session.err.link';
    this.sErrors.set(errors);
    if (Object.keys(errors).length) return focusFirstInvalid(this.host.nativeElement, this.injector);
    const body: GroupSessionRequest = {
      startsAt: startsAt as string,
      minutes,
      place: this.sPlace(),
      ...(this.sPlace() === 'room' && { room: this.sRoom().trim(), address: this.sAddress().trim() }),
      ...(this.sPlace() === 'online' && { link: this.sLink().trim() }),
      moduleId: this.sModule() || null,
    };
    const editing = this.editing();
    await this.run(
      async () => {
        if (editing) await firstValueFrom(this.api.updateSession(this.cohortId(), editing, body));
        else await firstValueFrom(this.api.addSession(this.cohortId(), body));
        this.show(await firstValueFrom(this.api.trainerCohort(this.cohortId())));
        this.resetSessionForm();
        this.announce.set(this.i18n.t(editing ? 'cohort.session.updated' : 'cohort.session.done'));
      },
      (status, fields) => {
        const fromApi: Partial<Record<SessionField, string>> = {};
        for (const f of fields)
          if ((SESSION_FIELDS as readonly string[]).includes(f)) fromApi[f as SessionField] = `cohort.session.err.${f}`;
        this.sErrors.set(fromApi);
        if (status === 409) this.error.set('cohort.session.err.held');
        else if (!Object.keys(fromApi).length) this.error.set('cohort.error.load');
        else focusFirstInvalid(this.host.nativeElement, this.injector);
      },
    );
  }

  /** Puts a planned meeting in the form to change it (its date and time as in Amsterdam). */
  protected edit(s: GroupSessionView): void {
    this.editing.set(s.id);
    this.sDate.set(amsterdamCalendarDate(s.startsAt));
    this.sTime.set(formatAmsterdamTime(s.startsAt, 'nl-NL'));
    this.sMinutes.set(String(s.minutes));
    this.sPlace.set(s.place);
    this.sRoom.set(s.room ?? '');
    this.sAddress.set(s.address ?? '');
    this.sLink.set(s.link ?? '');
    this.sModule.set(s.moduleId ?? '');
    this.sErrors.set({});
    focusAfterRender(this.host.nativeElement, '#session-new-title', this.injector);
  }

  protected stopEditing(): void {
    this.resetSessionForm();
    focusAfterRender(this.host.nativeElement, '#sessions-title', this.injector);
  }

  private resetSessionForm(): void {
    this.editing.set(null);
    this.sDate.set('');
    this.sErrors.set({});
  }

  protected async remove(clientId: string, name: string): Promise<void> {
    await this.run(async () => {
      this.show(await firstValueFrom(this.api.removeParticipant(this.cohortId(), clientId)));
      this.announce.set(this.i18n.t('cohort.people.removed', { name }));
    });
  }

  protected async cancel(sessionId: string): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.cancelSession(this.cohortId(), sessionId));
      this.show(await firstValueFrom(this.api.trainerCohort(this.cohortId())));
      this.announce.set(this.i18n.t('cohort.sessions.cancelled'));
    });
  }

  protected async saveAttendance(sessionId: string): Promise<void> {
    await this.run(async () => {
      const saved = await firstValueFrom(this.api.attendance(this.cohortId(), sessionId, this.present()[sessionId] ?? []));
      this.show(await firstValueFrom(this.api.trainerCohort(this.cohortId())));
      this.announce.set(
        this.i18n.t('cohort.sessions.attendanceSaved', {
          present: saved.present.length,
          total: saved.present.length + saved.absent.length,
        }),
      );
    });
  }

  protected async send(): Promise<void> {
    this.messageError.set(null);
    const text = this.body().trim();
    if (!text || text.length > COHORT_LIMITS.messageMax) return this.messageError.set(this.i18n.t('cohort.message.err.body'));
    await this.run(
      async () => {
        const result = await firstValueFrom(this.api.messageGroup(this.cohortId(), crypto.randomUUID(), text));
        this.body.set('');
        this.announce.set(this.i18n.t('cohort.message.sent', { count: result.sent }));
      },
      () => this.messageError.set(this.i18n.t('cohort.message.err.body')),
    );
  }

  /** Runs a change; a 400/404/409 goes to `onError` (status and the fields named), anything else is a general error. */
  private async run(change: () => Promise<void>, onError?: (status: number, fields: string[]) => void): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await change();
    } catch (err) {
      const e = toApiError(err);
      if (onError && [400, 404, 409].includes(e.statusCode)) onError(e.statusCode, Object.keys(e.fields ?? {}));
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}

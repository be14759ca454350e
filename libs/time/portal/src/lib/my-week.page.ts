import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, MessageComponent, TranslatePipe, formatAmsterdamTime, generalErrorKey, useTexts } from '@nabij/platform/portal';
import {
  CONTACT_TYPES,
  ContactType,
  DEFAULT_CONTACT_MINUTES,
  MAX_ENTRY_MINUTES,
  TIME_CONTACT_GROUPS,
  TimeEntry,
  isNonClientContact,
} from '@nabij/time/contracts';
import { MyWeekStore, today } from './my-week.store';
import { timeTexts } from './time.i18n';

/** Minutes typed in a field, or null when it is not a whole number from 1 to 1440. */
export function parseMinutes(value: string): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_ENTRY_MINUTES ? n : null;
}

/**
 * `/uren` for a worker: the week's hours per day, prefilled contacts to confirm with one click (or
 * correct), every entry of the week (locked after 14 days) and a form to register time. A team lead
 * has no cases: the page asks only for their week and offers the contacts without a client.
 */
@Component({
  selector: 'nb-my-week-page',
  styleUrl: './my-week.page.css',
  imports: [TranslatePipe, MessageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-week.page.html',
})
export class MyWeekPage {
  protected readonly i18n = useTexts(timeTexts);
  protected readonly store = inject(MyWeekStore);
  /** Only workers have cases (`GET /api/dossier/cases` is theirs). */
  private readonly hasCases = inject(AuthStore).role() === 'worker';
  protected readonly contactTypes: readonly ContactType[] = this.hasCases ? CONTACT_TYPES : TIME_CONTACT_GROUPS.nonClient;
  protected readonly maxMinutes = MAX_ENTRY_MINUTES;
  protected readonly today = today();
  protected readonly generalErrorKey = generalErrorKey;

  protected readonly editing = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  /** The case of the last contact registered here, for the link when its conversation limit is reached. */
  protected readonly lastCaseId = signal<string | null>(null);
  protected readonly addType = signal<ContactType>(this.hasCases ? 'face_to_face' : this.contactTypes[0]);
  protected readonly addNonClient = computed(() => isNonClientContact(this.addType()));
  protected readonly addDefault = computed(() => DEFAULT_CONTACT_MINUTES[this.addType()] ?? 30);

  constructor() {
    void this.store.load();
    if (this.hasCases) void this.store.loadCases();
  }

  protected day(date: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }

  /** A client contact without a case: an anonymous chat, until it is linked to a case. */
  protected anonymous(entry: TimeEntry): boolean {
    return !entry.caseId && !isNonClientContact(entry.contactType);
  }

  /**
   * The time of day the entry was made: for a prefilled contact, when it happened (the reply sent,
   * the chat ended), so two alike rows of one day can be told apart without any of their content.
   */
  protected clock(iso: string): string {
    return formatAmsterdamTime(iso, this.i18n.locale());
  }

  protected hm(minutes: number): string {
    return `${Math.trunc(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  }

  protected async confirm(entry: TimeEntry, field: HTMLInputElement): Promise<void> {
    const minutes = parseMinutes(field.value);
    if (minutes === null) {
      this.formError.set('time.error.minutes');
      field.focus();
      return;
    }
    this.formError.set(null);
    await this.quiet(() => this.store.confirm(entry, minutes), 'time.confirmed');
  }

  protected async saveCorrection(entry: TimeEntry, field: HTMLInputElement): Promise<void> {
    const minutes = parseMinutes(field.value);
    if (minutes === null) {
      this.formError.set('time.error.minutes');
      field.focus();
      return;
    }
    this.formError.set(null);
    await this.quiet(() => this.store.correct(entry, minutes), 'time.saved');
    this.editing.set(null);
  }

  protected async add(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    const contactType = String(data.get('contactType')) as ContactType;
    const minutes = parseMinutes(String(data.get('minutes') ?? ''));
    const occurredOn = String(data.get('occurredOn') ?? '');
    const caseId = isNonClientContact(contactType) ? null : String(data.get('caseId') ?? '') || null;
    if (minutes === null) return this.formError.set('time.error.minutes');
    if (!occurredOn || occurredOn > this.today) return this.formError.set('time.error.date');
    if (!isNonClientContact(contactType) && !caseId) return this.formError.set('time.error.case');
    this.formError.set(null);
    // A conversation beyond the case's limit is refused; the message links to the case to ask for more.
    this.lastCaseId.set(caseId);
    await this.quiet(() => this.store.add({ contactType, minutes, occurredOn, caseId }), 'time.added', { minutes });
  }

  private async quiet(action: () => Promise<void>, done: string, params?: Record<string, number>): Promise<void> {
    this.notice.set(null);
    try {
      await action();
      this.notice.set(this.i18n.t(done, params));
    } catch {
      // The store keeps the error; the template shows it.
    }
  }
}

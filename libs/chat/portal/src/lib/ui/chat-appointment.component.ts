import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import type { ChatAppointmentSlot, ChatAppointmentView } from '@nabij/chat/contracts';
import {
  TranslatePipe,
  formatAmsterdamDay,
  formatAmsterdamDayTime,
  formatAmsterdamTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from '../chat.api';
import { chatTexts } from '../i18n';

interface SlotDay {
  label: string;
  slots: Array<{ slot: ChatAppointmentSlot; time: string }>;
}

/**
 * Outside chat hours: a registered client books a 30-minute chat appointment with their worker.
 * Shows nothing when the client has no open case to book on.
 */
@Component({
  selector: 'nb-chat-appointment',
  styleUrls: ['./chat-appointment.component.css', '../chat.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (booked(); as appointment) {
      <div class="chat-appointment">
        <h3>{{ 'chat.appt.title' | t }}</h3>
        <p class="message message--success" role="status">{{ 'chat.appt.booked' | t: { when: when(appointment.startsAt) } }}</p>
        <p>{{ 'chat.appt.inDossier' | t }}</p>
      </div>
    } @else if (available()) {
      <form class="chat-appointment" (submit)="$event.preventDefault(); book()" aria-labelledby="appt-title">
        <h3 id="appt-title">{{ 'chat.appt.title' | t }}</h3>
        <p>{{ (workerName() ? 'chat.appt.introWith' : 'chat.appt.intro') | t: { worker: workerName() ?? '' } }}</p>
        @for (day of days(); track day.label) {
          <fieldset class="chat-slots">
            <legend>{{ day.label }}</legend>
            @for (s of day.slots; track s.slot.startsAt) {
              <label class="chat-choice">
                <input type="radio" name="chat-slot" [value]="s.slot.startsAt" [checked]="chosen() === s.slot.startsAt" (change)="chosen.set(s.slot.startsAt)" />
                {{ s.time }}
              </label>
            }
          </fieldset>
        } @empty {
          <p>{{ 'chat.appt.none' | t }}</p>
        }
        <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
        @if (days().length) {
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'chat.appt.book' | t }}</button>
        }
      </form>
    }
  `,
})
export class ChatAppointmentComponent implements OnInit {
  private readonly api = inject(ChatApi);
  protected readonly i18n = useTexts(chatTexts);

  private readonly slots = signal<ChatAppointmentSlot[]>([]);
  protected readonly available = signal(false);
  protected readonly workerName = signal<string | null>(null);
  protected readonly booked = signal<ChatAppointmentView | null>(null);
  protected readonly chosen = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** An i18n key. */
  protected readonly error = signal<string | null>(null);

  protected readonly days = computed<SlotDay[]>(() => {
    this.i18n.lang();
    const locale = this.i18n.locale();
    const byDay = new Map<string, SlotDay>();
    for (const slot of this.slots()) {
      const label = formatAmsterdamDay(slot.startsAt, locale);
      const time = formatAmsterdamTime(slot.startsAt, locale);
      const day = byDay.get(label) ?? { label, slots: [] };
      day.slots.push({ slot, time });
      byDay.set(label, day);
    }
    return [...byDay.values()];
  });

  ngOnInit(): void {
    void this.load();
  }

  protected when(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  async load(): Promise<void> {
    try {
      const offer = await firstValueFrom(this.api.appointmentSlots());
      this.workerName.set(offer.workerName);
      this.booked.set(offer.upcoming);
      this.slots.set(offer.slots);
      this.available.set(true);
    } catch {
      // No open case to book on (404) or no answer: the message option stays.
      this.available.set(false);
    }
  }

  protected async book(): Promise<void> {
    const startsAt = this.chosen();
    if (this.busy()) return;
    if (!startsAt) {
      this.error.set('chat.appt.choose');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.booked.set(await firstValueFrom(this.api.bookAppointment(startsAt)));
    } catch (err) {
      const status = toApiError(err).statusCode;
      this.error.set(status === 409 ? 'chat.appt.taken' : status === 0 ? 'platform.error.network' : 'chat.appt.error');
      this.chosen.set(null);
      if (status === 409) await this.load();
    } finally {
      this.busy.set(false);
    }
  }
}

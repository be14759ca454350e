import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ChatRotaDuty, ChatRotaView } from '@nabij/chat/contracts';
import { I18n, TranslatePipe, formatAmsterdamDate, formatAmsterdamDay, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatAdminApi } from './chat-admin.api';
import { chatAdminTexts } from './chat-admin.i18n';

/** A week of chat openings to pick from: "2026-03-02|15:00|17:00". */
interface SlotChoice {
  value: string;
  label: string;
}

/** Moves an ISO date by whole days (noon UTC, so no zone or DST shifts the calendar day). */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `/chat/rooster` (admin, team lead): who is on chat duty per opening, and openings nobody staffs. */
@Component({
  selector: 'nb-chat-rota-page',
  styleUrl: './chat-admin.page.css',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'chatAdmin.rota.title' | t }}</h1>
    <p>{{ 'chatAdmin.rota.intro' | t }}</p>
    @if (loadError()) {
      <p role="alert" class="error">{{ 'chatAdmin.error.load' | t }}</p>
    }
    @if (rota(); as rota) {
      <section [class.warnings]="rota.openSlots.length > 0" aria-labelledby="open-title">
        <h2 id="open-title">{{ (rota.openSlots.length > 0 ? 'chatAdmin.rota.openTitle' : 'chatAdmin.rota.coveredTitle') | t }}</h2>
        @if (rota.openSlots.length === 0) {
          <p>{{ 'chatAdmin.rota.openNone' | t }}</p>
        } @else {
          <ul>
            @for (s of rota.openSlots; track s.date + s.start) {
              <li>{{ 'chatAdmin.rota.open' | t: { date: weekday(s.date), start: s.start, end: s.end } }}</li>
            }
          </ul>
        }
      </section>

      <nav class="actions" [attr.aria-label]="'chatAdmin.rota.week' | t: { date: date(rota.weekStart) }">
        <button type="button" class="button button--quiet button--small" (click)="load(shift(-7))">{{ 'chatAdmin.rota.previous' | t }}</button>
        <h2>{{ 'chatAdmin.rota.week' | t: { date: date(rota.weekStart) } }}</h2>
        <button type="button" class="button button--quiet button--small" (click)="load(shift(7))">{{ 'chatAdmin.rota.next' | t }}</button>
      </nav>

      @for (day of rota.days; track day.date) {
        <section class="day" [attr.aria-label]="weekday(day.date)">
          <h3>{{ weekday(day.date) }}</h3>
          @if (day.slots.length === 0) {
            <p>{{ 'chatAdmin.rota.closedDay' | t }}</p>
          }
          @for (slot of day.slots; track slot.start) {
            <div class="row">
              <strong>{{ slot.start }}–{{ slot.end }}</strong>
              @if (slot.duty.length === 0) {
                <span class="error">{{ 'chatAdmin.rota.nobody' | t }}</span>
              }
              <ul class="rows">
                @for (d of slot.duty; track d.id) {
                  <li class="row">
                    <span>{{ d.name }} ({{ d.start }}–{{ d.end }}@if (d.weekly) {, {{ 'chatAdmin.rota.weekly' | t }}})</span>
                    @if (d.editable) {
                      <button type="button" class="button button--quiet button--small" (click)="remove(d)"
                        [attr.aria-label]="'chatAdmin.rota.remove' | t: { name: d.name ?? '', date: weekday(day.date), start: slot.start }">×</button>
                    }
                  </li>
                }
              </ul>
            </div>
          }
        </section>
      }

      <form class="closure-form" (ngSubmit)="add()" aria-labelledby="add-title">
        <h2 id="add-title">{{ 'chatAdmin.rota.add' | t }}</h2>
        <label>
          {{ 'chatAdmin.rota.worker' | t }}
          <select name="worker" required [(ngModel)]="workerId">
            @for (w of rota.workers; track w.id) {
              <option [value]="w.id">{{ w.name }}</option>
            }
          </select>
        </label>
        <label>
          {{ 'chatAdmin.rota.slot' | t }}
          <select name="slot" required [(ngModel)]="slotChoice">
            @for (c of choices(); track c.value) {
              <option [value]="c.value">{{ c.label }}</option>
            }
          </select>
        </label>
        <button type="submit" class="button" [disabled]="busy()">{{ 'chatAdmin.rota.save' | t }}</button>
        @if (error()) {
          <p role="alert" class="error">{{ error()! | t }}</p>
        }
      </form>
    }
  `,
})
export class ChatRotaPage implements OnInit {
  protected readonly i18n: I18n = useTexts(chatAdminTexts);
  private readonly api = inject(ChatAdminApi);

  protected readonly rota = signal<ChatRotaView | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly loadError = signal(false);
  protected workerId = '';
  protected slotChoice = '';

  protected readonly choices = computed<SlotChoice[]>(() =>
    (this.rota()?.days ?? []).flatMap((day) =>
      day.slots.map((s) => ({ value: `${day.date}|${s.start}|${s.end}`, label: `${this.weekday(day.date)} ${s.start}–${s.end}` })),
    ),
  );

  ngOnInit(): Promise<void> {
    return this.load(null);
  }

  async load(week: string | null): Promise<void> {
    try {
      this.rota.set(await firstValueFrom(this.api.rota(week)));
      this.loadError.set(false);
    } catch {
      this.loadError.set(true);
    }
  }

  protected shift(days: number): string {
    return plusDays(this.rota()!.weekStart, days);
  }

  protected weekday(date: string): string {
    return formatAmsterdamDay(date, this.i18n.locale());
  }

  protected date(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected async add(): Promise<void> {
    const [date, start, end] = this.slotChoice.split('|');
    if (!this.workerId || !date) return;
    await this.run(async () => this.rota.set(await firstValueFrom(this.api.addDuty({ workerId: this.workerId, date, start, end }))));
  }

  protected async remove(duty: ChatRotaDuty): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.removeDuty(duty.id));
      await this.load(this.rota()!.weekStart);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (err) {
      this.error.set(toApiError(err).statusCode === 403 ? 'chatAdmin.error.forbidden' : 'chatAdmin.error.save');
    } finally {
      this.busy.set(false);
    }
  }
}

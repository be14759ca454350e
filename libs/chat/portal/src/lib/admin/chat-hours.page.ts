import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ChatClosureView, ChatHoursView, ChatWeeklySlot } from '@nabij/chat/contracts';
import { I18n, TranslatePipe, formatAmsterdamDate, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatAdminApi } from './chat-admin.api';
import { chatAdminTexts } from './chat-admin.i18n';

/** `/chat/tijden` (admin): the weekly chat hours and the days the chat is closed. */
@Component({
  selector: 'nb-chat-hours-page',
  styleUrl: './chat-admin.page.css',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'chatAdmin.hours.title' | t }}</h1>
    <p>{{ 'chatAdmin.hours.intro' | t }}</p>
    @if (loadError()) {
      <p role="alert" class="error">{{ 'chatAdmin.error.load' | t }}</p>
    }
    <section aria-labelledby="weekly-title">
      <h2 id="weekly-title">{{ 'chatAdmin.hours.weekly' | t }}</h2>
      @if (slots().length === 0) {
        <p>{{ 'chatAdmin.hours.none' | t }}</p>
      }
      <ul class="rows">
        @for (slot of slots(); track $index; let i = $index) {
          <li class="row">
            <label>
              {{ 'chatAdmin.hours.weekday' | t }}
              <select [ngModel]="slot.weekday" (ngModelChange)="update(i, { weekday: +$event })" [attr.data-field]="'slots.' + i + '.weekday'">
                @for (d of weekdays; track d) {
                  <option [ngValue]="d">{{ 'chatAdmin.weekday.' + d | t }}</option>
                }
              </select>
            </label>
            <label>
              {{ 'chatAdmin.hours.start' | t }}
              <input type="time" [ngModel]="slot.start" (ngModelChange)="update(i, { start: $event })"
                [attr.aria-invalid]="!!fieldError('slots.' + i + '.start')" [attr.data-field]="'slots.' + i + '.start'" />
            </label>
            <label>
              {{ 'chatAdmin.hours.end' | t }}
              <input type="time" [ngModel]="slot.end" (ngModelChange)="update(i, { end: $event })"
                [attr.aria-invalid]="!!fieldError('slots.' + i + '.end')" [attr.data-field]="'slots.' + i + '.end'" />
            </label>
            <button type="button" class="button button--quiet button--small" (click)="removeSlot(i)">{{ 'chatAdmin.hours.removeSlot' | t }}</button>
            @if (fieldError('slots.' + i + '.start') || fieldError('slots.' + i + '.end'); as message) {
              <p class="error" role="alert">{{ message }}</p>
            }
          </li>
        }
      </ul>
      <div class="actions">
        <button type="button" class="button button--quiet button--small" (click)="addSlot()">{{ 'chatAdmin.hours.addSlot' | t }}</button>
        <button type="button" (click)="save()" [disabled]="busy()">{{ 'chatAdmin.hours.save' | t }}</button>
      </div>
      @if (saved()) {
        <p role="status">{{ 'chatAdmin.hours.saved' | t }}</p>
      }
      @if (saveError()) {
        <p role="alert" class="error">{{ saveError()! | t }}</p>
      }
    </section>

    <section aria-labelledby="closures-title">
      <h2 id="closures-title">{{ 'chatAdmin.closures.title' | t }}</h2>
      @if (closures().length === 0) {
        <p>{{ 'chatAdmin.closures.none' | t }}</p>
      }
      <ul class="rows">
        @for (c of closures(); track c.id) {
          <li class="row">
            <span>{{ day(c.date) }}@if (c.reason) { — {{ c.reason }} }</span>
            <button type="button" class="button button--quiet button--small" (click)="removeClosure(c)">{{ 'chatAdmin.closures.remove' | t }}</button>
          </li>
        }
      </ul>
      <form class="closure-form" (ngSubmit)="addClosure()">
        <label>
          {{ 'chatAdmin.closures.from' | t }}
          <input type="date" name="from" required [(ngModel)]="from" [attr.aria-invalid]="!!fieldError('from')" />
        </label>
        <label>
          {{ 'chatAdmin.closures.to' | t }}
          <input type="date" name="to" [(ngModel)]="to" [attr.aria-invalid]="!!fieldError('to')" />
        </label>
        <label>
          {{ 'chatAdmin.closures.reason' | t }}
          <input type="text" name="reason" required maxlength="200" [(ngModel)]="reason" [attr.aria-invalid]="!!fieldError('reason')"
            [attr.placeholder]="'chatAdmin.closures.reasonHint' | t" />
        </label>
        @for (field of closureFields; track field) {
          @if (fieldError(field); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
        }
        <button type="submit" class="button" [disabled]="busy()">{{ 'chatAdmin.closures.add' | t }}</button>
      </form>
    </section>
  `,
})
export class ChatHoursPage implements OnInit {
  protected readonly i18n: I18n = useTexts(chatAdminTexts);
  private readonly api = inject(ChatAdminApi);

  protected readonly weekdays = [1, 2, 3, 4, 5, 6, 7];
  protected readonly closureFields = ['from', 'to', 'reason'];
  protected readonly slots = signal<ChatWeeklySlot[]>([]);
  protected readonly closures = signal<ChatClosureView[]>([]);
  protected readonly fields = signal<Record<string, string[]>>({});
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly loadError = signal(false);
  protected from = '';
  protected to = '';
  protected reason = '';

  async ngOnInit(): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.hours()));
    } catch {
      this.loadError.set(true);
    }
  }

  protected update(i: number, change: Partial<ChatWeeklySlot>): void {
    this.slots.update((slots) => slots.map((s, j) => (j === i ? { ...s, ...change } : s)));
    this.saved.set(false);
  }

  protected addSlot(): void {
    this.slots.update((slots) => [...slots, { weekday: 1, start: '15:00', end: '17:00' }]);
  }

  protected removeSlot(i: number): void {
    this.slots.update((slots) => slots.filter((_, j) => j !== i));
  }

  protected fieldError(field: string): string | null {
    return this.fields()[field]?.[0] ?? null;
  }

  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected save(): Promise<void> {
    return this.run(async () => {
      this.show(await firstValueFrom(this.api.replaceHours({ slots: this.slots() })));
      this.saved.set(true);
    });
  }

  protected addClosure(): Promise<void> {
    return this.run(async () => {
      const body = { from: this.from, reason: this.reason, ...(this.to ? { to: this.to } : {}) };
      this.show(await firstValueFrom(this.api.addClosure(body)));
      this.from = this.to = this.reason = '';
    });
  }

  protected removeClosure(closure: ChatClosureView): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.api.removeClosure(closure.id));
      this.closures.update((list) => list.filter((c) => c.id !== closure.id));
    });
  }

  private show(view: ChatHoursView): void {
    this.slots.set(view.slots);
    this.closures.set(view.closures);
  }

  /** One request at a time; a 400 shows the server's message at each field it names. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.fields.set({});
    this.saveError.set(null);
    this.saved.set(false);
    try {
      await action();
    } catch (err) {
      const error = toApiError(err);
      this.fields.set(error.fields ?? {});
      this.saveError.set(error.statusCode === 403 ? 'chatAdmin.error.forbidden' : 'chatAdmin.error.save');
    } finally {
      this.busy.set(false);
    }
  }
}

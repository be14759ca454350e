import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MyCalls, OutreachTask } from '@nabij/outreach/contracts';
import { formatAmsterdamDate, formatAmsterdamDayTime, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/** `/bellijst` (worker): the families to call, call-backs that are due first, then the open tasks. */
@Component({
  selector: 'nb-my-calls-page',
  imports: [TranslatePipe, MessageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <h1 tabindex="-1">{{ 'outreach.calls.title' | t }}</h1>
    <p class="lead">{{ 'outreach.calls.intro' | t }}</p>
    <nb-message kind="success" [show]="taskDone()">{{ 'outreach.calls.taskDone' | t }}</nb-message>
    @if (error()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    } @else if (calls(); as calls) {
      <h2>{{ 'outreach.calls.toCall' | t }}</h2>
      @for (entry of calls.toCall; track entry.id) {
        <section class="family" [attr.aria-labelledby]="'gezin-' + entry.id">
          <h3 [id]="'gezin-' + entry.id">
            <a [routerLink]="['/bellijst', entry.id]" [attr.aria-label]="'outreach.calls.open' | t: { name: entry.familyName }">{{ entry.familyName }}</a>
          </h3>
          <p class="meta">
            {{ 'outreach.status.' + entry.status | t }}
            @if (entry.callBackAt) {
              · {{ 'outreach.calls.callBackAt' | t: { date: dayTime(entry.callBackAt) } }}
            }
            @if (entry.attempts) {
              · {{ 'outreach.calls.attempts' | t: { count: entry.attempts } }}
            }
            · {{ entry.listName }}
          </p>
          @if (entry.phone) {
            <p><a [href]="'tel:' + entry.phone">{{ 'outreach.call.phone' | t: { phone: entry.phone } }}</a></p>
          } @else {
            <p>{{ 'outreach.call.noPhone' | t }} · <span class="meta">{{ 'outreach.call.noPhoneHint' | t }}</span></p>
          }
        </section>
      } @empty {
        <p>{{ 'outreach.calls.empty' | t }}</p>
      }
      <h2>{{ 'outreach.calls.tasks' | t }}</h2>
      @for (task of calls.tasks; track task.id) {
        <section class="family" [attr.aria-labelledby]="'taak-' + task.id">
          <h3 [id]="'taak-' + task.id">{{ 'outreach.task.' + task.kind | t }}: {{ task.familyName }}</h3>
          <p class="meta">{{ 'outreach.calls.due' | t: { date: day(task.dueOn) } }}</p>
          @if (task.note) {
            <p class="note-text">{{ task.note }}</p>
          }
          <div class="button-row">
            <a class="button button--secondary button--small" [routerLink]="['/bellijst', task.entryId]">{{ task.familyName }}</a>
            @if (task.kind === 'follow_up' && task.caseId) {
              <a class="button button--secondary button--small" [routerLink]="['/caseload', task.caseId]">{{ 'outreach.calls.arrangeInCase' | t }}</a>
            }
            <button type="button" class="button button--small" [attr.aria-busy]="busy() === task.id" (click)="done(task)">
              {{ 'outreach.calls.done' | t }}
            </button>
          </div>
        </section>
      } @empty {
        <p>{{ 'outreach.calls.noTasks' | t }}</p>
      }
    } @else {
      <p>{{ 'outreach.loading' | t }}</p>
    }
  `,
})
export class MyCallsPage {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  protected readonly calls = signal<MyCalls | null>(null);
  protected readonly error = signal(false);
  protected readonly busy = signal<string | null>(null);
  protected readonly taskDone = signal(false);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.calls.set(await firstValueFrom(this.api.myCalls()));
    } catch {
      this.error.set(true);
    }
  }

  protected async done(task: OutreachTask): Promise<void> {
    this.busy.set(task.id);
    try {
      await firstValueFrom(this.api.taskDone(task.id));
      this.calls.update((c) => c && { ...c, tasks: c.tasks.filter((t) => t.id !== task.id) });
      this.taskDone.set(true);
    } catch {
      this.error.set(true);
    } finally {
      this.busy.set(null);
    }
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }
}

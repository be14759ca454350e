import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CallListDetail } from '@nabij/outreach/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/** `/bellijsten/:listId` (team lead, or the worker who made it): the families, where each stands and who calls them; choose families and assign them. */
@Component({
  selector: 'nb-call-list-page',
  imports: [TranslatePipe, MessageComponent, RouterLink, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <p><a class="back-link" routerLink="/bellijsten">{{ 'outreach.list.back' | t }}</a></p>
    @if (loadError()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    } @else if (list(); as list) {
      <h1 tabindex="-1">{{ list.name }}</h1>
      <p class="meta">{{ list.questionnaireTitle }}</p>
      <nb-message kind="success" [show]="assigned()">{{ 'outreach.list.assigned' | t }}</nb-message>
      <form (submit)="$event.preventDefault(); assign()" novalidate>
        <div class="table-wrap">
          <table class="table table--dense">
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">{{ 'outreach.lists.open' | t }}</span></th>
                <th scope="col">{{ 'outreach.list.family' | t }}</th>
                <th scope="col">{{ 'outreach.list.status' | t }}</th>
                <th scope="col">{{ 'outreach.list.worker' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of list.entries; track e.id) {
                <tr>
                  <td>
                    <label class="q-option">
                      <input type="checkbox" [checked]="chosen().has(e.id)" (change)="toggle(e.id, $any($event.target).checked)" />
                      <span class="visually-hidden">{{ 'outreach.list.select' | t: { name: e.familyName } }}</span>
                    </label>
                  </td>
                  <td>{{ e.familyName }}@if (e.school) {<br /><span class="meta">{{ e.school }}</span>}</td>
                  <td>{{ 'outreach.status.' + e.status | t }}</td>
                  <td>{{ e.assignedWorkerName ?? ('outreach.list.nobody' | t) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <nb-form-field fieldId="verdeel-aan" [label]="'outreach.list.assignTo' | t">
          <select nbControl class="input" (change)="workerId.set($any($event.target).value)">
            @for (w of list.workers; track w.id) {
              <option [value]="w.id" [selected]="w.id === workerId()">{{ w.name }}</option>
            }
            <option value="" [selected]="workerId() === ''">{{ 'outreach.list.unassign' | t }}</option>
          </select>
        </nb-form-field>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
        <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'outreach.list.assign' | t }}</button>
      </form>
    } @else {
      <p>{{ 'outreach.loading' | t }}</p>
    }
  `,
})
export class CallListPage implements OnInit {
  readonly listId = input.required<string>();
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  protected readonly list = signal<CallListDetail | null>(null);
  protected readonly loadError = signal(false);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly workerId = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly assigned = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      const list = await firstValueFrom(this.api.list(this.listId()));
      this.list.set(list);
      this.workerId.set(list.workers[0]?.id ?? '');
    } catch {
      this.loadError.set(true);
    }
  }

  protected toggle(id: string, checked: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async assign(): Promise<void> {
    this.assigned.set(false);
    if (this.chosen().size === 0) {
      this.error.set('outreach.list.chooseFamilies');
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const list = await firstValueFrom(
        this.api.assign(this.listId(), { entryIds: [...this.chosen()], workerId: this.workerId() || null }),
      );
      this.list.set(list);
      this.chosen.set(new Set());
      this.assigned.set(true);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}

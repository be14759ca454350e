import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { MAX_CONVERSATION_LIMIT, MAX_ENTRY_MINUTES, REPORT_LINE_TYPES } from '@nabij/time/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';
import { timeTexts } from './time.i18n';

/** The kinds of work (dossier's KINDS_OF_WORK; the time portal imports no dossier code). */
const KINDS = ['algemeen_mw', 'hulp_online', 'school_mw'] as const;

type Values = Record<string, number | null>;

interface Setting {
  id: 'report' | 'limit';
  keys: readonly string[];
  label: (key: string) => string;
  max: number;
  load: () => Observable<Values>;
  save: (change: Values) => Observable<Values>;
}

/**
 * Below the admin's default minutes: the report line per contact type ("1 uur gesprek + 1 uur
 * verslag") and the maximum of conversations per case per kind of work. Empty means none.
 */
@Component({
  selector: 'nb-limit-settings',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (s of settings; track s.id) {
      <form class="card" (submit)="save($event, s, form)" #form novalidate [attr.aria-labelledby]="s.id + '-title'">
        <h2 [id]="s.id + '-title'">{{ (s.id === 'report' ? 'time.reportLines.title' : 'time.limits.title') | t }}</h2>
        <p class="small">{{ (s.id === 'report' ? 'time.reportLines.intro' : 'time.limits.intro') | t }}</p>
        <div aria-live="polite">
          @if (saved() === s.id) {
            <nb-message kind="success">{{ (s.id === 'report' ? 'time.reportLines.saved' : 'time.limits.saved') | t }}</nb-message>
          }
          @if (invalid()[s.id]?.length) {
            <nb-message kind="error">{{ (s.id === 'report' ? 'time.reportLines.invalid' : 'time.limits.invalid') | t: { fields: labels(s) } }}</nb-message>
          } @else if (errors()[s.id]; as e) {
            <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
          }
        </div>
        @if (values()[s.id]; as v) {
          <table class="table table--dense time-defaults">
            <caption>{{ (s.id === 'report' ? 'time.reportLines.caption' : 'time.limits.caption') | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ (s.id === 'report' ? 'time.defaults.type' : 'time.limits.kind') | t }}</th>
                <th scope="col">{{ (s.id === 'report' ? 'time.defaults.minutes' : 'time.limits.max') | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (key of s.keys; track key) {
                <tr>
                  <th scope="row"><label [for]="s.id + '-' + key">{{ s.label(key) }}</label></th>
                  <td>
                    <input
                      class="input"
                      type="number"
                      inputmode="numeric"
                      min="1"
                      [attr.max]="s.max"
                      step="1"
                      [id]="s.id + '-' + key"
                      [name]="key"
                      [value]="v[key] ?? ''"
                      [attr.aria-invalid]="invalid()[s.id]?.includes(key) ? 'true' : null"
                    />
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <div class="button-row">
            <button type="submit" class="button" [disabled]="saving()" [attr.aria-busy]="saving()">{{ 'time.save' | t }}</button>
          </div>
        }
      </form>
    }
  `,
})
export class LimitSettingsComponent {
  private readonly i18n = useTexts(timeTexts);
  private readonly api = inject(TimeApi);
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly settings: Setting[] = [
    {
      id: 'report',
      keys: REPORT_LINE_TYPES,
      label: (key) => this.i18n.t(`time.defaults.${key}`),
      max: MAX_ENTRY_MINUTES,
      load: () => this.api.reportLines(),
      save: (change) => this.api.updateReportLines(change),
    },
    {
      id: 'limit',
      keys: KINDS,
      label: (key) => this.i18n.t(`time.kindOfWork.${key}`),
      max: MAX_CONVERSATION_LIMIT,
      load: () => this.api.limits(),
      save: (change) => this.api.updateLimits(change),
    },
  ];
  protected readonly values = signal<Partial<Record<Setting['id'], Values>>>({});
  protected readonly errors = signal<Partial<Record<Setting['id'], ApiError>>>({});
  protected readonly invalid = signal<Partial<Record<Setting['id'], string[]>>>({});
  protected readonly saving = signal(false);
  protected readonly saved = signal<Setting['id'] | null>(null);

  constructor() {
    for (const s of this.settings) void this.load(s);
  }

  protected labels(s: Setting): string {
    return (this.invalid()[s.id] ?? []).map((k) => s.label(k)).join(', ');
  }

  private async load(s: Setting): Promise<void> {
    try {
      const v = await firstValueFrom(s.load());
      this.values.update((all) => ({ ...all, [s.id]: v }));
    } catch (err) {
      this.errors.update((all) => ({ ...all, [s.id]: toApiError(err) }));
    }
  }

  protected async save(event: Event, s: Setting, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    this.errors.update((all) => ({ ...all, [s.id]: undefined }));
    const data = new FormData(form);
    const change: Values = {};
    const invalid: string[] = [];
    for (const key of s.keys) {
      const text = String(data.get(key) ?? '').trim();
      const n = Number(text);
      if (text === '') change[key] = null;
      else if (!/^\d+$/.test(text) || n < 1 || n > s.max) invalid.push(key);
      else change[key] = n;
    }
    this.invalid.update((all) => ({ ...all, [s.id]: invalid }));
    if (invalid.length) {
      (form.querySelector(`#${s.id}-${invalid[0]}`) as HTMLInputElement | null)?.focus();
      return;
    }
    this.saving.set(true);
    try {
      const v = await firstValueFrom(s.save(change));
      this.values.update((all) => ({ ...all, [s.id]: v }));
      this.saved.set(s.id);
    } catch (err) {
      const e = toApiError(err);
      this.invalid.update((all) => ({ ...all, [s.id]: Object.keys(e.fields ?? {}).filter((f) => s.keys.includes(f)) }));
      this.errors.update((all) => ({ ...all, [s.id]: e }));
    } finally {
      this.saving.set(false);
    }
  }
}

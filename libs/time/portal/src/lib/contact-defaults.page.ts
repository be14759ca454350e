import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { ContactDefaults, MAX_ENTRY_MINUTES, ORGANISATION_DEFAULT_TYPES, OrganisationDefaultType } from '@nabij/time/contracts';
import { firstValueFrom } from 'rxjs';
import { LimitSettingsComponent } from './limit-settings.component';
import { TimeApi } from './time.api';
import { timeTexts } from './time.i18n';

/**
 * `/uren/standaardtijden` for admins: the organisation's default minutes of prefilled contacts, and
 * below them the report line per contact type and the conversation limit per kind of work.
 * Invalid input is named per field, both before sending and from the API's 400.
 */
@Component({
  selector: 'nb-contact-defaults-page',
  styleUrl: './contact-defaults.page.css',
  imports: [TranslatePipe, MessageComponent, LimitSettingsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'time.defaults.title' | t }}</h1>
    <p class="lead">{{ 'time.defaults.intro' | t }}</p>

    <div aria-live="polite">
      @if (saved()) {
        <nb-message kind="success">{{ 'time.defaults.saved' | t }}</nb-message>
      }
      @if (invalid().length) {
        <nb-message kind="error">{{ 'time.defaults.invalid' | t: { fields: invalidLabels() } }}</nb-message>
      } @else if (error(); as e) {
        <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
      }
    </div>

    @if (defaults(); as d) {
      <form class="card" (submit)="save($event, form)" #form novalidate>
        <table class="table table--dense time-defaults">
          <caption>{{ 'time.defaults.caption' | t }}</caption>
          <thead>
            <tr><th scope="col">{{ 'time.defaults.type' | t }}</th><th scope="col">{{ 'time.defaults.minutes' | t }}</th></tr>
          </thead>
          <tbody>
            @for (type of types; track type) {
              <tr>
                <th scope="row"><label [for]="'default-' + type">{{ 'time.defaults.' + type | t }}</label></th>
                <td>
                  <input
                    class="input"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    [attr.max]="max"
                    step="1"
                    required
                    [id]="'default-' + type"
                    [name]="type"
                    [value]="d[type]"
                    [attr.aria-invalid]="invalid().includes(type) ? 'true' : null"
                  />
                </td>
              </tr>
            }
            <tr>
              <th scope="row">{{ 'time.defaults.chat' | t }}</th>
              <td>{{ 'time.defaults.realDuration' | t }}</td>
            </tr>
          </tbody>
        </table>
        <div class="button-row">
          <button type="submit" class="button" [disabled]="saving()" [attr.aria-busy]="saving()">{{ 'time.save' | t }}</button>
        </div>
      </form>
    } @else if (!error()) {
      <p>{{ 'time.defaults.loading' | t }}</p>
    }
    <nb-limit-settings />
  `,
})
export class ContactDefaultsPage {
  private readonly i18n = useTexts(timeTexts);
  private readonly api = inject(TimeApi);
  protected readonly types = ORGANISATION_DEFAULT_TYPES;
  protected readonly max = MAX_ENTRY_MINUTES;
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly defaults = signal<ContactDefaults | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly invalid = signal<OrganisationDefaultType[]>([]);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);

  constructor() {
    void this.load();
  }

  protected invalidLabels(): string {
    return this.invalid()
      .map((t) => this.i18n.t(`time.defaults.${t}`))
      .join(', ');
  }

  private async load(): Promise<void> {
    try {
      this.defaults.set(await firstValueFrom(this.api.defaults()));
    } catch (err) {
      this.error.set(toApiError(err));
    }
  }

  protected async save(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    this.error.set(null);
    const data = new FormData(form);
    const change: Partial<ContactDefaults> = {};
    const invalid: OrganisationDefaultType[] = [];
    for (const type of this.types) {
      const text = String(data.get(type) ?? '').trim();
      const minutes = Number(text);
      if (!/^\d+$/.test(text) || minutes < 1 || minutes > MAX_ENTRY_MINUTES) invalid.push(type);
      else change[type] = minutes;
    }
    this.invalid.set(invalid);
    if (invalid.length) {
      (form.querySelector(`#default-${invalid[0]}`) as HTMLInputElement | null)?.focus();
      return;
    }
    this.saving.set(true);
    try {
      this.defaults.set(await firstValueFrom(this.api.updateDefaults(change)));
      this.saved.set(true);
    } catch (err) {
      const e = toApiError(err);
      const fields = Object.keys(e.fields ?? {}).filter((f): f is OrganisationDefaultType => (this.types as readonly string[]).includes(f));
      this.invalid.set(fields);
      this.error.set(e);
    } finally {
      this.saving.set(false);
    }
  }
}

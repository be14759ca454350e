import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SOCIAL_MAP_CSV_COLUMNS, type AdminSocialService, type CsvLineError, type SaveSocialService } from '@nabij/socialmap/contracts';
import { MessageComponent, TranslatePipe, toApiError, useTexts } from '@nabij/platform/portal';
import { SocialMapApi } from '../socialmap.api';
import { socialMapTexts } from '../socialmap.i18n';
import { socialMapAdminTexts } from './admin.i18n';
import { ServiceFormComponent } from './service-form.component';

/**
 * `/sociale-kaart/beheer` (admins): the services of the admin's organisation, a form to add or change
 * one, and a CSV import that either takes every line or names every line to fix.
 */
@Component({
  selector: 'nb-social-map-admin-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ServiceFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './social-map-admin.page.css',
  template: `
    <h1 tabindex="-1">{{ 'socialmap.admin.title' | t }}</h1>
    <p>{{ 'socialmap.admin.intro' | t }} <a routerLink="/sociale-kaart">{{ 'socialmap.admin.publicLink' | t }}</a></p>
    <div aria-live="polite">
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t: noticeParams() }}</nb-message>
      <nb-message kind="error" [show]="!!problem()">{{ problem() ?? '' }}</nb-message>
    </div>

    @if (editing(); as e) {
      <section aria-labelledby="svc-form-title">
        <h2 id="svc-form-title">{{ (e === 'new' ? 'socialmap.admin.formNew' : 'socialmap.admin.formEdit') | t }}</h2>
        <nb-social-service-form [service]="e === 'new' ? null : e" (saved)="save($event)" (cancelled)="editing.set(null)" />
      </section>
    } @else {
      <button type="button" class="button" (click)="start('new')">{{ 'socialmap.admin.new' | t }}</button>
    }

    <h2>{{ 'socialmap.admin.listTitle' | t: { count: services().length } }}</h2>
    @if (!services().length) {
      <p>{{ 'socialmap.admin.empty' | t }}</p>
    }
    <ul class="services">
      @for (s of services(); track s.id) {
        <li>
          <span class="what"
            ><strong>{{ s.providerName }}: {{ s.name }}</strong> · {{ s.municipality }}</span
          >
          <span class="buttons">
            <button type="button" class="button button--secondary" [attr.aria-label]="'socialmap.admin.editLabel' | t: { name: s.name }" (click)="start(s)">
              {{ 'socialmap.admin.edit' | t }}
            </button>
            <button type="button" class="button button--secondary" [attr.aria-label]="'socialmap.admin.removeLabel' | t: { name: s.name }" (click)="remove(s)">
              {{ 'socialmap.admin.remove' | t }}
            </button>
          </span>
        </li>
      }
    </ul>

    <section aria-labelledby="import-title">
      <h2 id="import-title">{{ 'socialmap.admin.importTitle' | t }}</h2>
      <p>{{ 'socialmap.admin.importIntro' | t: { columns: columns } }}</p>
      <p>
        <label for="import-file">{{ 'socialmap.admin.importFile' | t }}</label><br />
        <input id="import-file" type="file" accept=".csv,text/csv" (change)="readFile($event)" />
      </p>
      <p>
        <label for="import-text">{{ 'socialmap.admin.importText' | t }}</label>
        <textarea id="import-text" class="input" rows="6" [value]="csv()" (input)="csv.set($any($event.target).value)"></textarea>
      </p>
      <button type="button" class="button" (click)="importCsv()">{{ 'socialmap.admin.importSubmit' | t }}</button>
      @if (csvErrors().length) {
        <div role="alert">
          <p>{{ 'socialmap.admin.importRefused' | t }}</p>
          <ul>
            @for (e of csvErrors(); track $index) {
              <li>{{ 'socialmap.admin.importLine' | t: { line: e.line, field: e.field, message: e.message } }}</li>
            }
          </ul>
        </div>
      }
    </section>
  `,
})
export class SocialMapAdminPage {
  private readonly mapTexts = useTexts(socialMapTexts);
  protected readonly i18n = useTexts(socialMapAdminTexts);
  private readonly api = inject(SocialMapApi);
  protected readonly columns = SOCIAL_MAP_CSV_COLUMNS.join(';');

  protected readonly services = signal<AdminSocialService[]>([]);
  protected readonly editing = signal<AdminSocialService | 'new' | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly noticeParams = signal<Record<string, number>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly csv = signal('');
  protected readonly csvErrors = signal<CsvLineError[]>([]);

  constructor() {
    this.load();
  }

  protected start(what: AdminSocialService | 'new'): void {
    this.notice.set(null);
    this.editing.set(what);
  }

  protected save(body: SaveSocialService): void {
    const current = this.editing();
    const call = current && current !== 'new' ? this.api.update(current.id, body) : this.api.create(body);
    call.subscribe({
      next: () => this.done('socialmap.admin.saved'),
      error: (err: unknown) => this.fail(err),
    });
  }

  protected remove(service: AdminSocialService): void {
    if (!confirm(this.i18n.t('socialmap.admin.confirmRemove', { name: service.name }))) return;
    this.api.remove(service.id).subscribe({ next: () => this.done('socialmap.admin.removed'), error: (err: unknown) => this.fail(err) });
  }

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.csv.set(await file.text());
  }

  protected importCsv(): void {
    this.csvErrors.set([]);
    if (!this.csv().trim()) {
      this.problem.set(this.i18n.t('socialmap.admin.importEmpty'));
      return;
    }
    this.api.importCsv(this.csv()).subscribe({
      next: (r) => {
        this.csv.set('');
        this.done('socialmap.admin.imported', { count: r.imported });
      },
      error: (err: unknown) => {
        const lines = toApiError(err).details?.['lines'];
        if (Array.isArray(lines)) this.csvErrors.set(lines as CsvLineError[]);
        else this.fail(err);
      },
    });
  }

  private done(key: string, params: Record<string, number> = {}): void {
    this.editing.set(null);
    this.problem.set(null);
    this.noticeParams.set(params);
    this.notice.set(key);
    this.load();
  }

  private fail(err: unknown): void {
    const error = toApiError(err);
    this.notice.set(null);
    this.problem.set(
      error.statusCode === 400 && error.fields
        ? this.i18n.t('socialmap.admin.error.server', { fields: Object.keys(error.fields).join(', ') })
        : this.i18n.t('socialmap.admin.error.general'),
    );
  }

  private load(): void {
    this.api.ownServices().subscribe({ next: (list) => this.services.set(list), error: (err: unknown) => this.fail(err) });
  }
}

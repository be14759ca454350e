import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import type { ClientSearchResult, IntakeChannel, KindOfWork, OpenCaseRequest, ProblemArea } from '@nabij/dossier/contracts';
import { CLIENT_IN_CARE, INTAKE_CHANNELS, KINDS_OF_WORK, PROBLEM_AREAS } from '@nabij/dossier/contracts';
import type { Financier } from '@nabij/intake/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  errorKey,
  firstFieldErrorKey,
  toApiError,
  useTexts,
  formatAmsterdamDate,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

/** Wait this long after the last keystroke before searching. */
export const CLIENT_SEARCH_DEBOUNCE_MS = 300;
/** The API returns at most this many clients; more typing narrows it down. */
const SEARCH_LIMIT = 20;

/**
 * "Nieuwe casus": find a client of the own organisation, choose kind of work, how the client came in, problem areas and whether the
 * client uses the online dossier, then open the case and go to it. The API's 400/404/409 messages are shown as-is.
 */
@Component({
  selector: 'nb-open-case',
  styleUrls: ['./open-case.component.css', '../dossier.shared.css'],
  imports: [TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card open-case" (submit)="$event.preventDefault(); submit()" novalidate>
      <h2 id="open-case-title" tabindex="-1" #title>{{ 'dossier.openCase.title' | t }}</h2>
      @if (chosen(); as c) {
        <div class="open-case__chosen">
          <p>
            <strong>{{ 'dossier.openCase.chosen' | t }}:</strong> {{ c.name ?? c.email }}
            <span class="small">{{ c.email }}@if (c.birthDate) {, {{ 'dossier.openCase.born' | t: { date: date(c.birthDate) } }} }</span>
          </p>
          <button type="button" class="button button--small button--quiet" (click)="changeClient()">{{ 'dossier.openCase.change' | t }}</button>
        </div>
      } @else {
        <nb-form-field fieldId="open-case-search" [label]="'dossier.openCase.search' | t" [hint]="'dossier.openCase.searchHint' | t" [error]="clientError()">
          <input
            nbControl
            #search
            type="search"
            class="input"
            name="clientQuery"
            autocomplete="off"
            aria-controls="open-case-results"
            [value]="query()"
            (input)="onQuery($any($event.target).value)"
            (keydown.arrowdown)="$event.preventDefault(); focusResult(0)"
            (keydown.enter)="$event.preventDefault(); focusResult(0)"
          />
        </nb-form-field>
        <p class="small" aria-live="polite">{{ status() }}</p>
        @if (results().length) {
          <ul class="client-results" id="open-case-results" [attr.aria-label]="'dossier.openCase.results' | t" (keydown)="onResultKey($event)">
            @for (c of results(); track c.id) {
              <li>
                <button type="button" class="client-result" (click)="choose(c)">
                  <span class="client-result__name">{{ c.name ?? c.email }}</span><span class="visually-hidden">, </span>
                  <span class="client-result__meta">{{ c.email }}@if (c.birthDate) { · {{ 'dossier.openCase.born' | t: { date: date(c.birthDate) } }} }</span>
                  @if (c.hasOpenCase) {
                    <span class="visually-hidden">, </span><span class="client-result__meta">{{ 'dossier.openCase.hasOpenCase' | t }}</span>
                  }
                </button>
              </li>
            }
          </ul>
        }
      }

      <div class="form-grid">
        <nb-form-field fieldId="open-case-kind" [label]="'dossier.openCase.kindOfWork' | t" [error]="kindError()">
          <select nbControl #kindSelect class="input" name="kindOfWork" [value]="kindOfWork()" (change)="setKind($any($event.target).value)">
            <option value="">{{ 'dossier.openCase.chooseKind' | t }}</option>
            @for (k of kinds; track k) { <option [value]="k">{{ 'dossier.kindOfWork.' + k | t }}</option> }
          </select>
        </nb-form-field>
        <nb-form-field fieldId="open-case-channel" [label]="'dossier.openCase.intakeChannel' | t" [hint]="'dossier.openCase.intakeChannelHint' | t" [error]="channelError()">
          <select nbControl #channelSelect class="input" name="intakeChannel" [value]="intakeChannel()" (change)="setChannel($any($event.target).value)">
            <option value="">{{ 'dossier.openCase.chooseChannel' | t }}</option>
            @for (c of channels; track c) { <option [value]="c">{{ 'dossier.intakeChannel.' + c | t }}</option> }
          </select>
        </nb-form-field>
        @if (financiers().length) {
          <nb-form-field fieldId="open-case-financier" [label]="'dossier.openCase.financier' | t" [optional]="true">
            <select nbControl class="input" name="financierId" [value]="financierId()" (change)="financierId.set($any($event.target).value)">
              <option value="">{{ 'dossier.openCase.financierDefault' | t }}</option>
              @for (f of financiers(); track f.id) { <option [value]="f.id">{{ f.name }}</option> }
            </select>
          </nb-form-field>
        }
      </div>

      <fieldset class="open-case__group">
        <legend>{{ 'dossier.openCase.problemAreas' | t }}</legend>
        @for (p of areas; track p) {
          <label class="checkbox">
            <input type="checkbox" name="problemAreas" [value]="p" [checked]="problemAreas().includes(p)" (change)="toggleArea(p, $any($event.target).checked)" />
            {{ 'dossier.problemArea.' + p | t }}
          </label>
        }
      </fieldset>

      <fieldset class="open-case__group">
        <legend>{{ 'dossier.openCase.onlineDossier' | t }}</legend>
        <label class="checkbox">
          <input type="radio" name="usesOnlineDossier" value="yes" [checked]="usesOnlineDossier()" (change)="usesOnlineDossier.set(true)" />
          {{ 'dossier.openCase.onlineYes' | t }}
        </label>
        <label class="checkbox">
          <input type="radio" name="usesOnlineDossier" value="no" [checked]="!usesOnlineDossier()" (change)="usesOnlineDossier.set(false)" />
          {{ 'dossier.openCase.onlineNo' | t }}
        </label>
      </fieldset>

      <nb-message kind="error" [show]="!!error()">{{ error() }}</nb-message>
      <div class="open-case__buttons">
        <button type="submit" class="button" [disabled]="busy()" [attr.aria-busy]="busy() || null">{{ 'dossier.openCase.submit' | t }}</button>
        <button type="button" class="button button--quiet" [disabled]="busy()" (click)="cancelled.emit()">{{ 'dossier.openCase.cancel' | t }}</button>
      </div>
    </form>
  `,
})
export class OpenCaseComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Financiers of the organisation, to override the client's own one (optional). */
  readonly financiers = input<Financier[]>([]);
  readonly cancelled = output<void>();

  protected readonly kinds = KINDS_OF_WORK;
  protected readonly areas = PROBLEM_AREAS;
  protected readonly channels = INTAKE_CHANNELS;

  protected readonly query = signal('');
  protected readonly results = signal<ClientSearchResult[]>([]);
  protected readonly status = signal('');
  protected readonly chosen = signal<ClientSearchResult | null>(null);
  protected readonly kindOfWork = signal<KindOfWork | ''>('');
  protected readonly financierId = signal('');
  protected readonly problemAreas = signal<ProblemArea[]>([]);
  protected readonly usesOnlineDossier = signal(true);
  protected readonly clientError = signal<string | null>(null);
  protected readonly kindError = signal<string | null>(null);
  protected readonly intakeChannel = signal<IntakeChannel | ''>('');
  protected readonly channelError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('search');
  private readonly kindSelect = viewChild.required<ElementRef<HTMLSelectElement>>('kindSelect');
  private readonly channelSelect = viewChild.required<ElementRef<HTMLSelectElement>>('channelSelect');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the answer to the latest search is shown. */
  private searchSeq = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    // Focus the heading once rendered, so screen readers announce the form.
    afterNextRender(() => this.title().nativeElement.focus());
  }

  protected onQuery(value: string): void {
    this.query.set(value);
    this.clientError.set(null);
    clearTimeout(this.timer);
    const seq = ++this.searchSeq;
    const q = value.trim();
    if (q.length < 2) {
      this.results.set([]);
      this.status.set('');
      return;
    }
    this.timer = setTimeout(() => void this.search(q, seq), CLIENT_SEARCH_DEBOUNCE_MS);
  }

  private async search(q: string, seq: number): Promise<void> {
    this.status.set(this.i18n.t('dossier.openCase.searching'));
    try {
      const found = await firstValueFrom(this.api.searchClients(q));
      if (seq !== this.searchSeq) return;
      this.results.set(found);
      this.status.set(
        found.length === 0
          ? this.i18n.t('dossier.openCase.noneFound')
          : found.length === 1
            ? this.i18n.t('dossier.openCase.foundOne')
            : found.length >= SEARCH_LIMIT
              ? this.i18n.t('dossier.openCase.foundMax', { count: found.length })
              : this.i18n.t('dossier.openCase.found', { count: found.length }),
      );
    } catch (err) {
      if (seq !== this.searchSeq) return;
      this.results.set([]);
      this.status.set('');
      this.clientError.set(this.messageOf(err));
    }
  }

  protected focusResult(index: number): void {
    const buttons = this.resultButtons();
    buttons[Math.max(0, Math.min(index, buttons.length - 1))]?.focus();
  }

  /** Arrow keys move between results; Home/End jump; Escape (or arrow up from the first) goes back to the search field. */
  protected onResultKey(event: KeyboardEvent): void {
    const buttons = this.resultButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1, Escape: -1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) this.searchInput()?.nativeElement.focus();
    else this.focusResult(to);
  }

  private resultButtons(): HTMLButtonElement[] {
    return [...this.host.nativeElement.querySelectorAll<HTMLButtonElement>('.client-result')];
  }

  protected choose(client: ClientSearchResult): void {
    clearTimeout(this.timer);
    this.searchSeq++;
    this.chosen.set(client);
    this.clientError.set(null);
    this.error.set(null);
    this.kindSelect().nativeElement.focus();
  }

  protected changeClient(): void {
    this.chosen.set(null);
    // The search field is back after the next render.
    setTimeout(() => this.searchInput()?.nativeElement.focus());
  }

  protected setKind(value: KindOfWork | ''): void {
    this.kindOfWork.set(value);
    this.kindError.set(null);
  }

  protected setChannel(value: IntakeChannel | ''): void {
    this.intakeChannel.set(value);
    this.channelError.set(null);
  }

  protected toggleArea(area: ProblemArea, on: boolean): void {
    // Keep the order of PROBLEM_AREAS, whatever the order of clicking.
    this.problemAreas.update((list) => PROBLEM_AREAS.filter((p) => (p === area ? on : list.includes(p))));
  }

  protected async submit(): Promise<void> {
    const client = this.chosen();
    const kindOfWork = this.kindOfWork();
    this.clientError.set(client ? null : this.i18n.t('dossier.openCase.chooseClient'));
    this.kindError.set(kindOfWork ? null : this.i18n.t('dossier.openCase.chooseKindFirst'));
    const intakeChannel = this.intakeChannel();
    this.channelError.set(intakeChannel ? null : this.i18n.t('dossier.openCase.chooseChannelFirst'));
    if (!client) return this.searchInput()?.nativeElement.focus();
    if (!kindOfWork) return this.kindSelect().nativeElement.focus();
    if (!intakeChannel) return this.channelSelect().nativeElement.focus();
    const request: OpenCaseRequest = {
      clientId: client.id,
      kindOfWork,
      intakeChannel,
      problemAreas: this.problemAreas(),
      usesOnlineDossier: this.usesOnlineDossier(),
    };
    if (this.financierId()) request.financierId = this.financierId();
    this.busy.set(true);
    this.error.set(null);
    try {
      const opened = await firstValueFrom(this.api.openCase(request));
      await this.router.navigate(['/caseload', opened.id]);
    } catch (err) {
      this.error.set(this.messageOf(err));
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * Our own words for the API's field codes and error codes (issue 17), never its English sentence; a general one otherwise. A client in
   * care with a colleague gets our own B1 text: the way forward is a hand-over, not another try.
   */
  private messageOf(err: unknown): string {
    const e = toApiError(err);
    if (e.statusCode === 409 && e.code === CLIENT_IN_CARE) return this.i18n.t('dossier.openCase.clientInCare');
    const fieldKey = e.statusCode === 400 ? firstFieldErrorKey(e) : null;
    return this.i18n.t(fieldKey ?? errorKey(e));
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }
}

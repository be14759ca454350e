import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  CallListSources,
  CallListSummary,
  CreateCallList,
  CsvLineProblem,
  ListSource,
  QuestionnaireSummary,
} from '@nabij/outreach/contracts';
import {
  AuthStore,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/** The file's text (UTF-8), read with FileReader, which every browser (and jsdom) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** The choices of where the families come from, in the order offered. */
const SOURCES: ListSource[] = ['csv', 'team', 'financier', 'school'];

/**
 * `/bellijsten` (team lead, worker): the call lists with counts only, and a new list: from a CSV file
 * of families, the clients with an open case of a team or of a municipality (financier), or the
 * families of a school on earlier lists. A file with bad lines imports nothing and lists every bad line.
 */
@Component({
  selector: 'nb-call-lists-page',
  imports: [TranslatePipe, MessageComponent, RouterLink, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <h1 tabindex="-1">{{ 'outreach.lists.title' | t }}</h1>
    <p class="lead">{{ 'outreach.lists.intro' | t }}</p>
    @if (teamLead()) {
      <p><a class="button button--secondary" routerLink="/bellijsten/overzicht">{{ 'outreach.summary.link' | t }}</a></p>
    }
    @if (loadError()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    }
    @for (list of lists(); track list.id) {
      <section class="family" [attr.aria-labelledby]="'lijst-' + list.id">
        <h2 [id]="'lijst-' + list.id"><a [routerLink]="['/bellijsten', list.id]">{{ list.name }}</a></h2>
        <p class="meta">
          {{ list.questionnaireTitle }} · {{ day(list.createdAt) }}
          @if (list.sourceLabel) {
            · {{ 'outreach.lists.of.' + list.source | t: { name: list.sourceLabel } }}
          }
        </p>
        <p>{{ 'outreach.lists.counts' | t: counts(list) }}</p>
      </section>
    } @empty {
      <p>{{ 'outreach.lists.empty' | t }}</p>
    }

    <h2>{{ 'outreach.lists.new' | t }}</h2>
    <nb-message kind="success" [show]="created() !== null">{{ 'outreach.lists.created' | t: { count: created() ?? 0 } }}</nb-message>
    <form class="card" (submit)="$event.preventDefault(); create()" novalidate>
      <nb-form-field fieldId="lijst-naam" [label]="'outreach.lists.name' | t" [error]="nameError() ? ('outreach.lists.nameRequired' | t) : null">
        <input nbControl class="input" type="text" maxlength="120" [value]="name()" (input)="name.set($any($event.target).value); nameError.set(false)" />
      </nb-form-field>
      <nb-form-field fieldId="lijst-vragenlijst" [label]="'outreach.lists.questionnaire' | t">
        <select nbControl class="input" (change)="questionnaireId.set($any($event.target).value)">
          @for (q of questionnaires(); track q.id) {
            <option [value]="q.id" [selected]="q.id === questionnaireId()">{{ q.title }}</option>
          }
        </select>
      </nb-form-field>
      <fieldset class="q-choices">
        <legend class="field-label">{{ 'outreach.lists.source' | t }}</legend>
        <div class="q-options">
          @for (option of sources; track option) {
            <label class="q-option">
              <input type="radio" name="lijst-bron" [value]="option" [checked]="source() === option" (change)="choose(option)" />
              <span>{{ 'outreach.lists.source.' + option | t }}</span>
            </label>
          }
        </div>
      </fieldset>
      @if (source() === 'csv') {
        <nb-form-field fieldId="lijst-bestand" [label]="'outreach.lists.file' | t" [hint]="'outreach.lists.fileHint' | t"
          [error]="fileError() ? ('outreach.lists.fileRequired' | t) : null">
          <input nbControl class="input" type="file" accept=".csv,text/csv" (change)="pick($event)" />
        </nb-form-field>
      } @else {
        <nb-form-field fieldId="lijst-groep" [label]="'outreach.lists.pick.' + source() | t"
          [hint]="'outreach.lists.pickHint.' + source() | t" [error]="fileError() ? ('outreach.lists.pickRequired' | t) : null">
          <select nbControl class="input" (change)="group.set($any($event.target).value); fileError.set(false)">
            <option value="" [selected]="!group()">{{ 'outreach.lists.pickNone' | t }}</option>
            @for (g of groups(); track g.key) {
              <option [value]="g.key" [selected]="g.key === group()">{{ 'outreach.lists.group' | t: { name: g.name, families: g.families } }}</option>
            }
          </select>
        </nb-form-field>
        @if (!groups().length) {
          <p class="meta">{{ 'outreach.lists.noGroups.' + source() | t }}</p>
        }
      }
      @if (problems().length) {
        <div role="alert" class="message message--error">
          <p>{{ 'outreach.lists.badLines' | t }}</p>
          <ul class="problems">
            @for (p of problems(); track $index) {
              <li>{{ 'outreach.lists.line' | t: { line: p.line, field: p.field, problem: p.problem } }}</li>
            }
          </ul>
        </div>
      }
      <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'outreach.lists.create' | t }}</button>
    </form>
  `,
})
export class CallListsPage {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);
  protected readonly teamLead = computed(() => this.auth.role() === 'team_lead');
  protected readonly lists = signal<CallListSummary[]>([]);
  protected readonly questionnaires = signal<QuestionnaireSummary[]>([]);
  protected readonly loadError = signal(false);
  protected readonly name = signal('');
  protected readonly nameError = signal(false);
  protected readonly questionnaireId = signal<string | null>(null);
  protected readonly csv = signal<string | null>(null);
  protected readonly sources = SOURCES;
  protected readonly source = signal<ListSource>('csv');
  protected readonly offered = signal<CallListSources>({ teams: [], financiers: [], schools: [] });
  /** The chosen team id, financier id or school name. */
  protected readonly group = signal('');
  protected readonly groups = computed(() => {
    const o = this.offered();
    switch (this.source()) {
      case 'team':
        return o.teams.map((t) => ({ key: t.id, name: t.name, families: t.families }));
      case 'financier':
        return o.financiers.map((f) => ({ key: f.id, name: f.name, families: f.families }));
      case 'school':
        return o.schools.map((s) => ({ key: s.name, name: s.name, families: s.families }));
      default:
        return [];
    }
  });
  protected readonly fileError = signal(false);
  protected readonly problems = signal<CsvLineProblem[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly created = signal<number | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [lists, questionnaires, offered] = await Promise.all([
        firstValueFrom(this.api.lists()),
        firstValueFrom(this.api.questionnaires()),
        firstValueFrom(this.api.listSources()),
      ]);
      this.lists.set(lists);
      this.offered.set(offered);
      const usable = questionnaires.filter((q) => q.currentVersionId);
      this.questionnaires.set(usable);
      this.questionnaireId.set(usable[0]?.id ?? null);
    } catch {
      this.loadError.set(true);
    }
  }

  protected choose(source: ListSource): void {
    this.source.set(source);
    this.group.set('');
    this.fileError.set(false);
    this.problems.set([]);
  }

  /** Where the families come from, as the API takes it; null when nothing is chosen yet. */
  private from(): Partial<CreateCallList> | null {
    const group = this.group();
    switch (this.source()) {
      case 'csv':
        return this.csv() ? { csv: this.csv()! } : null;
      case 'team':
        return group ? { teamId: group } : null;
      case 'financier':
        return group ? { financierId: group } : null;
      case 'school':
        return group ? { school: group } : null;
    }
  }

  protected async pick(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.fileError.set(false);
    this.problems.set([]);
    this.csv.set(file ? await readText(file) : null);
  }

  protected async create(): Promise<void> {
    this.created.set(null);
    this.error.set(null);
    this.problems.set([]);
    this.nameError.set(!this.name().trim());
    const from = this.from();
    this.fileError.set(!from);
    if (this.nameError() || this.fileError() || !this.questionnaireId()) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const list = await firstValueFrom(
        this.api.createList({ name: this.name().trim(), questionnaireId: this.questionnaireId()!, ...from }),
      );
      this.lists.update((lists) => [list, ...lists]);
      this.created.set(list.total);
      this.name.set('');
    } catch (err) {
      const apiError = toApiError(err);
      const lines = (apiError.details?.['lines'] as CsvLineProblem[] | undefined) ?? [];
      if (lines.length) this.problems.set(lines);
      else this.error.set(generalErrorKey(apiError));
    } finally {
      this.busy.set(false);
    }
  }

  protected counts(list: CallListSummary): Record<string, number> {
    const c = list.counts;
    return { total: list.total, reached: c.reached, open: c.to_call + c.no_answer + c.call_back, unassigned: list.unassigned };
  }

  protected day(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }
}

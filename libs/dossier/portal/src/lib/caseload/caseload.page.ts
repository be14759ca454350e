import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { CASE_STATUS_FILTERS, KINDS_OF_WORK } from '@nabij/dossier/contracts';
import type { Financier } from '@nabij/intake/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts, formatAmsterdamDate } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { CaseloadFilter, DossierApi } from '../dossier.api';
import { OpenCaseComponent } from './open-case.component';
import { dossierTexts } from '../i18n';

/** `/caseload`: the worker's own cases, filtered by status, financier and kind of work. Dense. */
@Component({
  selector: 'nb-caseload-page',
  styleUrls: ['./caseload.page.css', '../dossier.shared.css'],
  imports: [RouterLink, TranslatePipe, MessageComponent, OpenCaseComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="caseload__head">
      <h1 tabindex="-1">{{ 'dossier.caseload.title' | t }}</h1>
      <button #newCase type="button" class="button button--small" aria-controls="open-case" [attr.aria-expanded]="opening()" (click)="opening.set(!opening())">
        {{ 'dossier.openCase.button' | t }}
      </button>
    </div>
    @if (opening()) {
      <nb-open-case id="open-case" aria-labelledby="open-case-title" role="region" [financiers]="financiers()" (cancelled)="closeForm()" />
    }
    <form class="filters" (change)="reload()" (submit)="$event.preventDefault()">
      <label>{{ 'dossier.caseload.status' | t }}
        <select class="input" name="status" [value]="filter().status" (change)="set('status', $any($event.target).value)">
          @for (s of statuses; track s) { <option [value]="s">{{ 'dossier.caseload.status.' + s | t }}</option> }
        </select>
      </label>
      <label>{{ 'dossier.caseload.financier' | t }}
        <select class="input" name="financier" (change)="set('financierId', $any($event.target).value)">
          <option value="">{{ 'dossier.caseload.any' | t }}</option>
          @for (f of financiers(); track f.id) { <option [value]="f.id">{{ f.name }}</option> }
        </select>
      </label>
      <label>{{ 'dossier.caseload.kindOfWork' | t }}
        <select class="input" name="kind" (change)="set('kindOfWork', $any($event.target).value)">
          <option value="">{{ 'dossier.caseload.any' | t }}</option>
          @for (k of kinds; track k) { <option [value]="k">{{ 'dossier.kindOfWork.' + k | t }}</option> }
        </select>
      </label>
    </form>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    @if (cases(); as list) {
      <p class="small" aria-live="polite">{{ 'dossier.caseload.count' | t: { count: list.length } }}</p>
      @if (list.length) {
        <div class="table-wrap">
          <table class="table table--dense">
            <thead>
              <tr>
                <th scope="col">{{ 'dossier.caseload.client' | t }}</th>
                <th scope="col">{{ 'dossier.caseload.financier' | t }}</th>
                <th scope="col">{{ 'dossier.caseload.kindOfWork' | t }}</th>
                <th scope="col">{{ 'dossier.caseload.opened' | t }}</th>
                <th scope="col">{{ 'dossier.caseload.closedOn' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of list; track c.id) {
                <tr>
                  <td><a [routerLink]="['/caseload', c.id]">{{ c.client.name ?? c.client.id }}</a></td>
                  <td>{{ c.financier.name }}</td>
                  <td>{{ 'dossier.kindOfWork.' + c.kindOfWork | t }}</td>
                  <td>{{ date(c.openedOn) }}</td>
                  <td>{{ c.closedOn ? date(c.closedOn) : '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'dossier.caseload.none' | t }}</p>
      }
    }
  `,
})
export class CaseloadPage {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  protected readonly statuses = CASE_STATUS_FILTERS;
  protected readonly kinds = KINDS_OF_WORK;
  protected readonly filter = signal<CaseloadFilter>({ status: 'open', financierId: '', kindOfWork: '' });
  protected readonly cases = signal<CaseSummary[] | null>(null);
  protected readonly financiers = signal<Financier[]>([]);
  protected readonly error = signal<string | null>(null);
  /** Whether the "Nieuwe casus" form is shown. */
  protected readonly opening = signal(false);
  private readonly newCaseButton = viewChild.required<ElementRef<HTMLButtonElement>>('newCase');

  constructor() {
    void this.reload();
    firstValueFrom(this.api.financiers()).then(
      (f) => this.financiers.set(f),
      () => undefined,
    );
  }

  protected closeForm(): void {
    this.opening.set(false);
    this.newCaseButton().nativeElement.focus();
  }

  protected set<K extends keyof CaseloadFilter>(key: K, value: CaseloadFilter[K]): void {
    this.filter.update((f) => ({ ...f, [key]: value }));
  }

  protected async reload(): Promise<void> {
    try {
      this.cases.set(await firstValueFrom(this.api.caseload(this.filter())));
      this.error.set(null);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }
}

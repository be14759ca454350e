import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { WeeklySummary } from '@nabij/outreach/contracts';
import { MessageComponent, TranslatePipe, FileDownloader, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/** Monday of the week `days` after `day` (YYYY-MM-DD, calendar arithmetic in UTC). */
function shift(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * `/bellijsten/overzicht` (team lead): the week's calls in figures, for the organisation and per
 * team, municipality and school. A group of fewer than five families shows no figures at all, so no family is recognisable.
 */
@Component({
  selector: 'nb-weekly-summary-page',
  imports: [TranslatePipe, MessageComponent, RouterLink, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <p><a class="back-link" routerLink="/bellijsten">{{ 'outreach.list.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'outreach.summary.title' | t }}</h1>
    <p class="lead">{{ 'outreach.summary.intro' | t }}</p>
    @if (error()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    } @else if (summary(); as s) {
      <div class="button-row">
        <button type="button" class="button button--secondary button--small" (click)="load(shift(s.weekStart, -7))">
          {{ 'outreach.summary.previous' | t }}
        </button>
        <p aria-live="polite" class="week">{{ 'outreach.summary.week' | t: { from: day(s.weekStart), to: day(s.weekEnd) } }}</p>
        <button type="button" class="button button--secondary button--small" (click)="load(shift(s.weekStart, 7))">
          {{ 'outreach.summary.next' | t }}
        </button>
      </div>
      <p>
        <button type="button" class="button button--quiet button--small" (click)="download(s.weekStart)" [disabled]="downloading()" [attr.aria-busy]="downloading()">
          {{ 'outreach.summary.csv' | t }}
        </button>
      </p>
      @if (downloadError()) {
        <nb-message kind="error">{{ 'outreach.summary.csvError' | t }}</nb-message>
      }
      <ng-container *ngTemplateOutlet="group; context: { $implicit: s.total, title: ('outreach.summary.all' | t) }" />
      @for (kind of kinds; track kind) {
        @for (g of s[kind]; track g.name) {
          <ng-container *ngTemplateOutlet="group; context: { $implicit: g, title: ('outreach.summary.of.' + kind | t: { name: g.name ?? '' }) }" />
        }
      }
    } @else {
      <p>{{ 'outreach.loading' | t }}</p>
    }
    <ng-template #group let-g let-title="title">
      <section class="family" [attr.aria-label]="title">
        <h2>{{ title }}</h2>
        @if (g.figures; as f) {
          <dl class="figures">
            <dt>{{ 'outreach.summary.families' | t }}</dt>
            <dd>{{ f.families }}</dd>
            <dt>{{ 'outreach.summary.calls' | t }}</dt>
            <dd>{{ f.calls }}</dd>
            <dt>{{ 'outreach.summary.reached' | t }}</dt>
            <dd>{{ f.reached }}</dd>
            <dt>{{ 'outreach.summary.callBacks' | t }}</dt>
            <dd>{{ f.callBacksOpen }}</dd>
            @for (score of f.scores; track score.key) {
              <dt>{{ score.text }}</dt>
              <dd>{{ score.average === null ? ('outreach.summary.tooFew' | t) : ('outreach.summary.average' | t: { average: number(score.average) }) }}</dd>
            }
          </dl>
          @if (f.needs.length) {
            <h3>{{ 'outreach.summary.needs' | t }}</h3>
            <ol>
              @for (need of f.needs; track need.value) {
                <li>{{ 'outreach.summary.need' | t: { label: need.label, families: need.families } }}</li>
              }
            </ol>
          }
        } @else {
          <p>{{ 'outreach.summary.suppressed' | t }}</p>
        }
      </section>
    </ng-template>
  `,
})
export class WeeklySummaryPage implements OnInit {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  private readonly files = inject(FileDownloader);
  protected readonly summary = signal<WeeklySummary | null>(null);
  protected readonly error = signal(false);
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal(false);
  protected readonly shift = shift;
  protected readonly kinds = ['teams', 'municipalities', 'schools'] as const;
  /** `?week=2026-11-30`: the week the digest mail links to. */
  readonly week = input<string>();

  ngOnInit(): void {
    const week = this.week();
    void this.load(week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? week : undefined);
  }

  protected async download(week: string): Promise<void> {
    this.downloading.set(true);
    this.downloadError.set(false);
    try {
      await this.files.save(`/outreach/summary?week=${week}&format=csv`, `weekoverzicht-bellijsten-${week}.csv`);
    } catch {
      this.downloadError.set(true);
    } finally {
      this.downloading.set(false);
    }
  }

  protected async load(week?: string): Promise<void> {
    try {
      this.summary.set(await firstValueFrom(this.api.summary(week)));
    } catch {
      this.error.set(true);
    }
  }

  /** 6,2 in Dutch, 6.2 in English. */
  protected number(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value);
  }

  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { DossierAccessGroup } from '@nabij/dossier/contracts';
import { TranslatePipe, formatAmsterdamDay, formatAmsterdamTime, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

interface AccessDay {
  day: string;
  groups: DossierAccessGroup[];
}

const KNOWN_ROLES = ['worker', 'team_lead', 'admin', 'guardian'];

/**
 * "Wie heeft mijn dossier ingezien" as a timeline: per day a heading, then one line per person and
 * kind of data ("Youssef Amrani bekeek je chatgesprek (3×)"). A list, not a table, so it fits a
 * phone; older days load on request (the API answers pages of groups).
 */
@Component({
  selector: 'nb-dossier-access',
  styleUrl: './dossier-access.component.css',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (groups(); as all) {
      @if (all.length === 0) {
        <p>{{ 'dossier.access.none' | t }}</p>
      } @else {
        <p class="small">{{ 'dossier.access.intro' | t }}</p>
        <ol class="access-days" aria-live="polite">
          @for (d of days(); track d.day) {
            <li class="access-day">
              <h3 class="access-day__title">{{ dayLabel(d.day) }}</h3>
              <ul class="access-lines">
                @for (g of d.groups; track $index) {
                  <li class="access-line">
                    {{ line(g) }}
                    @if (g.times > 1) {
                      {{ 'dossier.access.times' | t: { times: g.times } }}
                    }
                    <span class="access-line__time">{{ 'dossier.access.last' | t: { time: time(g.lastAt) } }}</span>
                  </li>
                }
              </ul>
            </li>
          }
        </ol>
        @if (hasMore()) {
          <button type="button" class="button button--secondary access-more" [attr.aria-busy]="busy()" (click)="more()">
            {{ 'dossier.access.more' | t }}
          </button>
        }
      }
    }
    <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
  `,
})
export class DossierAccessComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);

  protected readonly groups = signal<DossierAccessGroup[] | null>(null);
  protected readonly hasMore = signal(false);
  protected readonly busy = signal(false);
  /** An i18n key. */
  protected readonly error = signal<string | null>(null);
  private page = 0;

  /** Groups of one day together (a day may continue on the next page). */
  protected readonly days = computed<AccessDay[]>(() => {
    const days: AccessDay[] = [];
    for (const g of this.groups() ?? []) {
      const last = days[days.length - 1];
      if (last?.day === g.day) last.groups.push(g);
      else days.push({ day: g.day, groups: [g] });
    }
    return days;
  });

  constructor() {
    void this.more();
  }

  protected async more(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const next = await firstValueFrom(this.api.accessLog(this.page + 1));
      this.page = next.page;
      this.groups.update((all) => [...(all ?? []), ...next.groups]);
      this.hasMore.set(next.hasMore);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected line(g: DossierAccessGroup): string {
    const who = g.who.name ?? this.i18n.t(`dossier.access.someone.${KNOWN_ROLES.includes(g.who.role ?? '') ? g.who.role : 'other'}`);
    return this.i18n.t(`dossier.access.${g.action}`, { who, what: this.i18n.t(`dossier.access.kind.${g.kind}`) });
  }

  protected dayLabel(day: string): string {
    // Noon UTC is the same calendar day in Amsterdam.
    return formatAmsterdamDay(`${day}T12:00:00Z`, this.i18n.locale());
  }

  protected time(at: string): string {
    return formatAmsterdamTime(at, this.i18n.locale());
  }
}

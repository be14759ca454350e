import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { QuestionnaireSummary } from '@nabij/outreach/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/**
 * `/vragenlijsten` (admin): the organisation's questionnaires with their versions. A published
 * version never changes; "Nieuwe versie" copies the newest version into a draft to edit and publish.
 */
@Component({
  selector: 'nb-questionnaires-page',
  imports: [TranslatePipe, MessageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <h1 tabindex="-1">{{ 'outreach.editor.listTitle' | t }}</h1>
    <p class="lead">{{ 'outreach.editor.listIntro' | t }}</p>
    <nb-message kind="error" [show]="failed()">{{ 'outreach.loadError' | t }}</nb-message>
    @for (q of questionnaires(); track q.id) {
      <section class="family" [attr.aria-labelledby]="'vl-' + q.id">
        <h2 [id]="'vl-' + q.id">{{ q.title }}</h2>
        <ul>
          @for (v of q.versions; track v.id) {
            <li>
              <a [routerLink]="['/vragenlijsten/versie', v.id]">{{ 'outreach.editor.version' | t: { number: v.number } }}</a>
              ·
              @if (v.publishedAt) {
                {{ 'outreach.editor.publishedOn' | t: { date: day(v.publishedAt) } }}
              } @else {
                {{ 'outreach.editor.draft' | t }}
              }
            </li>
          }
        </ul>
        @if (!hasDraft(q)) {
          <button type="button" class="button button--secondary button--small" [attr.aria-busy]="busy() === q.id || null" (click)="newVersion(q)">
            {{ 'outreach.editor.newVersion' | t }}
          </button>
        }
      </section>
    } @empty {
      <p>{{ 'outreach.editor.none' | t }}</p>
    }
  `,
})
export class QuestionnairesPage {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  private readonly router = inject(Router);
  protected readonly questionnaires = signal<QuestionnaireSummary[]>([]);
  protected readonly failed = signal(false);
  protected readonly busy = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.questionnaires.set(await firstValueFrom(this.api.questionnaires()));
    } catch {
      this.failed.set(true);
    }
  }

  protected hasDraft(q: QuestionnaireSummary): boolean {
    return q.versions.some((v) => v.status === 'draft');
  }

  /** A draft with the newest version's questions, opened in the editor. */
  protected async newVersion(q: QuestionnaireSummary): Promise<void> {
    const newest = q.versions.at(-1);
    if (!newest) return;
    this.busy.set(q.id);
    this.failed.set(false);
    try {
      const version = await firstValueFrom(this.api.version(newest.id));
      const draft = await firstValueFrom(this.api.newDraft(q.id, { definition: version.definition }));
      await this.router.navigate(['/vragenlijsten/versie', draft.id]);
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(null);
    }
  }

  protected day(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }
}

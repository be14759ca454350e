import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import {
  SHELF_KINDS,
  SHELF_NOTE_MAX,
  type ArticleSummary,
  type ExerciseSummary,
  type ShelfItem,
  type ShelfKind,
} from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { shelfTexts } from './shelf.i18n';

/**
 * On the worker's case page: share an article, a printable exercise or a document of the case into
 * the client's "Mijn bibliotheek" with an optional short note, and see what was shared and whether
 * the client read it. A closed case shows the list only.
 */
@Component({
  selector: 'nb-share-to-shelf',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shelf.css',
  template: `
    <div class="shelf-share">
      <h2 [id]="id() + '-title'">{{ 'share.title' | t }}</h2>
      <p class="small">{{ 'share.intro' | t }}</p>
      <ul class="plain-list">
        @for (item of shared(); track item.id) {
          <li class="item-line">
            {{ 'shelf.kind.' + item.kind | t }}: {{ item.title }}
            <span class="small">· {{ date(item.sharedAt) }} · {{ (item.readAt ? 'share.readOn' : 'share.unread') | t }}</span>
          </li>
        } @empty {
          <li class="small">{{ 'share.none' | t }}</li>
        }
      </ul>
      @if (!readOnly()) {
        <form class="dense-form" [attr.aria-labelledby]="id() + '-title'" (submit)="$event.preventDefault(); share()">
          <label [for]="id() + '-kind'">{{ 'share.kind' | t }}</label>
          <select class="input" [id]="id() + '-kind'" [value]="kind()" (change)="choose($any($event.target).value)">
            @for (k of kinds; track k) {
              <option [value]="k">{{ 'shelf.kind.' + k | t }}</option>
            }
          </select>
          <label [for]="id() + '-item'">{{ 'share.item' | t }}</label>
          <select class="input" [id]="id() + '-item'" [value]="ref()" (change)="ref.set($any($event.target).value)" [attr.aria-invalid]="failed() || null">
            <option value="">{{ 'share.choose' | t }}</option>
            @for (o of options(); track o.ref) {
              <option [value]="o.ref">{{ o.title }}</option>
            }
          </select>
          @if (kind() === 'document' && !documents().length) {
            <p class="small">{{ 'share.noDocuments' | t }}</p>
          }
          <label [for]="id() + '-note'">{{ 'share.note' | t }}</label>
          <textarea class="input" rows="2" [id]="id() + '-note'" [attr.maxlength]="noteMax" [attr.aria-describedby]="id() + '-note-hint'" [value]="note()" (input)="note.set($any($event.target).value)"></textarea>
          <p class="small" [id]="id() + '-note-hint'">{{ 'share.noteHint' | t }}</p>
          <button type="submit" class="button button--small" [attr.aria-busy]="busy() || null">{{ 'share.submit' | t }}</button>
        </form>
      }
      <nb-message kind="success" [show]="!!done()">{{ done() ?? '' }}</nb-message>
      <nb-message kind="error" [show]="failed()">{{ 'share.failed' | t }}</nb-message>
    </div>
  `,
})
export class ShareToShelfComponent {
  protected readonly i18n = useTexts(shelfTexts);
  private readonly api = inject(LibraryApi);
  readonly caseId = input.required<string>();
  readonly clientName = input<string | null>(null);
  readonly documents = input<ReadonlyArray<{ id: string; fileName: string }>>([]);
  readonly readOnly = input(false);

  protected readonly kinds = SHELF_KINDS;
  protected readonly noteMax = SHELF_NOTE_MAX;
  protected readonly id = computed(() => `share-${this.caseId()}`);
  protected readonly shared = signal<ShelfItem[]>([]);
  protected readonly articles = signal<ArticleSummary[]>([]);
  protected readonly exercises = signal<ExerciseSummary[]>([]);
  protected readonly kind = signal<ShelfKind>('exercise');
  protected readonly ref = signal('');
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  protected readonly done = signal<string | null>(null);

  protected readonly options = computed(() => {
    switch (this.kind()) {
      case 'article':
        return this.articles().map((a) => ({ ref: a.slug, title: a.title }));
      case 'exercise':
        return this.exercises().map((e) => ({ ref: e.slug, title: e.title }));
      case 'document':
        return this.documents().map((d) => ({ ref: d.id, title: d.fileName }));
    }
  });

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  protected choose(kind: ShelfKind): void {
    this.kind.set(kind);
    this.ref.set('');
  }

  protected date(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }

  protected async share(): Promise<void> {
    this.done.set(null);
    this.failed.set(false);
    if (!this.ref()) {
      this.failed.set(true);
      return;
    }
    this.busy.set(true);
    try {
      const note = this.note().trim();
      this.shared.set(
        await firstValueFrom(this.api.shareToShelf(this.caseId(), { kind: this.kind(), ref: this.ref(), ...(note ? { note } : {}) })),
      );
      this.done.set(this.i18n.t('share.done', { name: this.clientName() ?? '—' }));
      this.ref.set('');
      this.note.set('');
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(caseId: string): Promise<void> {
    const lang = this.i18n.dutchOrEnglish();
    const [shared, articles, exercises] = await Promise.allSettled([
      firstValueFrom(this.api.caseShelf(caseId)),
      firstValueFrom(this.api.articles(lang)),
      firstValueFrom(this.api.exercises(lang)),
    ]);
    if (shared.status === 'fulfilled') this.shared.set(shared.value);
    if (articles.status === 'fulfilled') this.articles.set(articles.value);
    if (exercises.status === 'fulfilled') this.exercises.set(exercises.value);
  }
}

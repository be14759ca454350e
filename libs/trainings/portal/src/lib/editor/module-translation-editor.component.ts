import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MessageComponent, PublishActionsComponent, TranslatePipe, toApiError, useTexts } from '@nabij/platform/portal';
import { TRAINING_TRANSLATION_LANGS } from '@nabij/trainings/contracts';
import type {
  AuthoringModule,
  EditorModuleTranslation,
  ModuleTranslationText,
  StepTranslation,
  TrainingTranslationLang,
} from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { staffTexts } from '../staff.i18n';
import { TrainingsApi } from '../trainings.api';

interface StepField {
  stepId: string;
  dutchTitle: string;
  title: string;
  /** null: not a reading step, nothing to translate but the title. */
  body: string | null;
  /** null: not a video step; else the written version of the film (the film itself stays Dutch). */
  captions: string | null;
  /**
   * A self-test's or homework's texts in this language (issue 17), as the API holds them. This form does
   * not edit them yet; saving sends them back unchanged, so a title change never drops them.
   */
  homework: Pick<StepTranslation, 'selfTest' | 'assignment'>;
}

/**
 * Issue 17: a module's texts in Arabic, Turkish or Polish, inside the module's card of the course
 * editor (opened with a disclosure button). Right to left for Arabic, `dir="auto"` otherwise. A new
 * translation is a draft; a published one keeps its text while changes wait (publish or discard).
 */
@Component({
  selector: 'nb-module-translation-editor',
  imports: [FormsModule, TranslatePipe, MessageComponent, PublishActionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="button button--quiet" [attr.aria-expanded]="expanded()" [attr.aria-controls]="'translate-' + module().id" (click)="toggle()">
      {{ 'editor.translate.open' | t }}
    </button>
    @if (expanded()) {
      <div class="module-translation" [id]="'translate-' + module().id">
        <label [for]="'translate-lang-' + module().id">{{ 'editor.translate.lang' | t }}</label>
        <select class="input" [id]="'translate-lang-' + module().id" [ngModel]="lang()" (ngModelChange)="choose($event)">
          @for (l of langs; track l) {
            <option [value]="l">{{ 'editor.translate.lang.' + l | t }}</option>
          }
        </select>
        @if (current(); as c) {
          <p class="small" aria-live="polite">
            {{ (c.status ? 'editor.translate.status.' + c.status : 'editor.translate.none') | t }}@if (c.hasDraft) {
              · {{ 'editor.translate.changed' | t }}
            }
          </p>
          <form (ngSubmit)="save()" [attr.lang]="lang()">
            <label [for]="'translate-title-' + module().id">{{ 'editor.translate.title' | t: { dutch: module().title } }}</label>
            <input class="input" type="text" [id]="'translate-title-' + module().id" name="title" [(ngModel)]="title" [attr.dir]="dir()" />
            <label [for]="'translate-intro-' + module().id">{{ 'editor.translate.intro' | t }}</label>
            <textarea class="input" rows="2" [id]="'translate-intro-' + module().id" name="intro" [(ngModel)]="intro" [attr.dir]="dir()"></textarea>
            @for (s of steps(); track s.stepId; let i = $index) {
              <label [for]="'translate-step-' + s.stepId">{{ 'editor.translate.stepTitle' | t: { dutch: s.dutchTitle } }}</label>
              <input class="input" type="text" [id]="'translate-step-' + s.stepId" [name]="'step-' + i" [(ngModel)]="s.title" [attr.dir]="dir()" />
              @if (s.body !== null) {
                <label [for]="'translate-body-' + s.stepId">{{ 'editor.translate.stepBody' | t: { dutch: s.dutchTitle } }}</label>
                <textarea class="input" rows="8" [id]="'translate-body-' + s.stepId" [name]="'body-' + i" [(ngModel)]="s.body" [attr.dir]="dir()"></textarea>
              }
              @if (s.captions !== null) {
                <label [for]="'translate-captions-' + s.stepId">{{ 'editor.translate.stepCaptions' | t: { dutch: s.dutchTitle } }}</label>
                <textarea class="input" rows="8" [id]="'translate-captions-' + s.stepId" [name]="'captions-' + i" [(ngModel)]="s.captions" [attr.dir]="dir()"></textarea>
              }
            }
            <div class="button-row">
              <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'editor.translate.save' | t }}</button>
              <nb-publish-actions [status]="c.status" [hasDraft]="c.hasDraft" [translation]="true" (publish)="setPublished($event)" (discard)="discard()" />
            </div>
          </form>
        }
        <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
        <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
      </div>
    }
  `,
})
export class ModuleTranslationEditorComponent {
  protected readonly i18n = useTexts(staffTexts);
  private readonly api = inject(TrainingsApi);
  protected readonly langs = TRAINING_TRANSLATION_LANGS;

  readonly module = input.required<AuthoringModule>();
  protected readonly expanded = signal(false);
  protected readonly lang = signal<TrainingTranslationLang>('ar');
  protected readonly current = signal<EditorModuleTranslation | null>(null);
  protected readonly steps = signal<StepField[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected title = '';
  protected intro = '';

  protected dir(): 'rtl' | 'auto' {
    return this.lang() === 'ar' ? 'rtl' : 'auto';
  }

  protected async toggle(): Promise<void> {
    this.expanded.update((open) => !open);
    if (this.expanded()) await this.load();
  }

  protected async choose(lang: TrainingTranslationLang): Promise<void> {
    this.lang.set(lang);
    await this.load();
  }

  protected async save(): Promise<void> {
    const body: ModuleTranslationText = {
      title: this.title,
      intro: this.intro,
      steps: this.steps()
        .filter((s) => s.title.trim())
        .map((s) => ({
          stepId: s.stepId,
          title: s.title,
          ...(s.body !== null && s.body.trim() ? { body: s.body } : {}),
          ...(s.captions !== null && s.captions.trim() ? { captions: s.captions } : {}),
          ...s.homework,
        })),
    };
    await this.run(async () => {
      const saved = await firstValueFrom(this.api.saveModuleTranslation(this.module().id, this.lang(), body));
      this.show(saved);
      this.notice.set(saved.hasDraft ? 'editor.translate.savedDraft' : 'editor.translate.saved');
    });
  }

  protected async setPublished(published: boolean): Promise<void> {
    await this.run(async () => {
      this.show(await firstValueFrom(this.api.setModuleTranslationPublished(this.module().id, this.lang(), published)));
      this.notice.set(published ? 'editor.translate.published' : 'editor.translate.unpublished');
    });
  }

  protected async discard(): Promise<void> {
    await this.run(async () => {
      this.show(await firstValueFrom(this.api.discardModuleTranslationDraft(this.module().id, this.lang())));
      this.notice.set('editor.translate.discarded');
    });
  }

  private async load(): Promise<void> {
    this.current.set(null);
    this.notice.set(null);
    await this.run(async () => this.show(await firstValueFrom(this.api.moduleTranslation(this.module().id, this.lang()))));
  }

  private show(t: EditorModuleTranslation): void {
    this.current.set(t);
    this.title = t.text?.title ?? '';
    this.intro = t.text?.intro ?? '';
    const byStep = new Map((t.text?.steps ?? []).map((s) => [s.stepId, s]));
    this.steps.set(
      this.module().steps.map((s) => ({
        stepId: s.id,
        dutchTitle: s.title,
        title: byStep.get(s.id)?.title ?? '',
        body: s.kind === 'text' ? (byStep.get(s.id)?.body ?? '') : null,
        captions: s.kind === 'video' ? (byStep.get(s.id)?.captions ?? '') : null,
        homework: homeworkOf(byStep.get(s.id)),
      })),
    );
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await work();
    } catch (err) {
      toApiError(err);
      this.failure.set('editor.translate.failed');
    } finally {
      this.busy.set(false);
    }
  }
}

function homeworkOf(step: StepTranslation | undefined): Pick<StepTranslation, 'selfTest' | 'assignment'> {
  return {
    ...(step?.selfTest ? { selfTest: step.selfTest } : {}),
    ...(step?.assignment ? { assignment: step.assignment } : {}),
  };
}

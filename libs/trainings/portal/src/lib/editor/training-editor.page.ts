import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import {
  AuthoringStep,
  AuthoringTraining,
  CatalogueTraining,
  STEP_KINDS,
  StepContent,
  StepKind,
  TRAINING_LIMITS,
  TrainingKind,
  VideoStepContent,
} from '@nabij/trainings/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { staffTexts } from '../staff.i18n';
import { ModuleTranslationEditorComponent } from './module-translation-editor.component';
import { TrainingsApi } from '../trainings.api';
import { VideoFilesComponent } from './video-files.component';

/** Which one form is open; one at a time keeps the page calm and the tab order short. */
export type EditorForm =
  | { kind: 'new-training' }
  | { kind: 'training' }
  | { kind: 'new-module' }
  | { kind: 'module'; id: string }
  | { kind: 'new-step'; moduleId: string }
  | { kind: 'step'; id: string };

interface Draft {
  title: string;
  summary: string;
  published: boolean;
  courseKind: TrainingKind;
  intro: string;
  requiresFeedback: boolean;
  kind: StepKind;
  body: string;
  url: string;
  captions: string;
  json: string;
  fileRef: string | null;
}

const EMPTY: Draft = {
  title: '',
  summary: '',
  published: false,
  courseKind: 'guided',
  intro: '',
  requiresFeedback: false,
  kind: 'text',
  body: '',
  url: '',
  captions: '',
  json: '',
  fileRef: null,
};

const SKELETONS: Partial<Record<StepKind, string>> = {
  self_test: JSON.stringify(
    {
      intro: '',
      questions: [
        {
          id: 'q1',
          type: 'multiple_choice',
          text: '',
          options: [
            { id: 'a', label: '', points: 0 },
            { id: 'b', label: '', points: 2 },
          ],
        },
      ],
      bands: [{ minScore: 0, maxScore: 2, title: '', text: '' }],
    },
    null,
    2,
  ),
  assignment: JSON.stringify({ type: 'diary', intro: '' }, null, 2),
};

/** The form control an API field error belongs to (`content.questions[0].text` → the JSON box). */
export function controlOf(field: string): keyof Draft | null {
  if (['title', 'summary', 'intro', 'kind'].includes(field)) return field as keyof Draft;
  if (field === 'content.body') return 'body';
  if (field === 'content.url') return 'url';
  if (field === 'content.captions') return 'captions';
  if (field === 'content' || field.startsWith('content.')) return 'json';
  return null;
}

/** Text and video are edited as plain fields; self-test and homework as checked JSON. */
export function stepContentOf(d: Draft): { content: StepContent } | { jsonError: true } {
  if (d.kind === 'text') return { content: { body: d.body } };
  if (d.kind === 'video')
    return { content: { url: d.url.trim() || null, fileRef: d.fileRef, captions: d.captions } satisfies VideoStepContent };
  try {
    const parsed: unknown = JSON.parse(d.json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { content: parsed as StepContent } : { jsonError: true };
  } catch {
    return { jsonError: true };
  }
}

/**
 * `/trainingen/beheer`: the content editor for the admin (every training) and a worker (the
 * trainings they are trainer of; the API answers 404 for the others). Every action is a button
 * or a form, so it all works with the keyboard; moving is done with "Omhoog"/"Omlaag".
 */
@Component({
  selector: 'nb-training-editor-page',
  styleUrls: ['./training-editor.page.css', '../trainings.shared.css'],
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    VideoFilesComponent,
    ModuleTranslationEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'editor.title' | t }}</h1>
    <p>{{ 'editor.intro' | t }}</p>
    <nb-message kind="error" [show]="!!loadError()">{{ loadError() ?? '' | t }}</nb-message>

    <section class="editor-list" aria-labelledby="editor-list-title">
      <h2 id="editor-list-title">{{ 'editor.list' | t }}</h2>
      <ul class="plain-list">
        @for (tr of trainings(); track tr.id) {
          <li>
            <button type="button" class="link-button" [attr.aria-current]="training()?.id === tr.id ? 'true' : null" (click)="select(tr.id)">{{ tr.title }}</button>
          </li>
        }
      </ul>
      @if (open()?.kind === 'new-training') {
        <ng-container [ngTemplateOutlet]="form" />
      } @else {
        <button type="button" class="button button--secondary" (click)="start({ kind: 'new-training' })">{{ 'editor.new' | t }}</button>
      }
    </section>

    @if (training(); as tr) {
      <section class="editor-training" aria-labelledby="editor-training-title">
        <h2 id="editor-training-title" tabindex="-1">{{ tr.title }}</h2>
        @if (saved()) {
          <div class="message message--success" role="status">{{ 'editor.saved' | t }}</div>
        }
        @if (open()?.kind === 'training') {
          <ng-container [ngTemplateOutlet]="form" />
        } @else {
          <p>{{ tr.summary }}</p>
          <p class="small">{{ (tr.published ? 'editor.published' : 'editor.draft') | t }}</p>
          <button type="button" class="button button--secondary" (click)="start({ kind: 'training' })">{{ 'editor.edit' | t }}: {{ 'editor.training' | t }}</button>
        }

        <h3>{{ 'editor.modules' | t }}</h3>
        <ol class="editor-modules">
          @for (m of tr.modules; track m.id; let first = $first; let last = $last) {
            <li class="card editor-module">
              @if (isOpen('module', m.id)) {
                <ng-container [ngTemplateOutlet]="form" />
              } @else {
                <h4>
                  {{ m.title }}
                  @if (m.requiresFeedback && tr.kind !== 'self_help') {
                    <span class="badge">{{ 'editor.feedbackBadge' | t }}</span>
                  }
                </h4>
                <div class="button-row">
                  <button type="button" class="button button--quiet" (click)="start({ kind: 'module', id: m.id })">{{ 'editor.edit' | t }}</button>
                  <button type="button" class="button button--quiet" [disabled]="first" [attr.aria-label]="'editor.moveUp' | t: { name: m.title }" (click)="moveModule(m.id, m.position - 1)">{{ 'editor.up' | t }}</button>
                  <button type="button" class="button button--quiet" [disabled]="last" [attr.aria-label]="'editor.moveDown' | t: { name: m.title }" (click)="moveModule(m.id, m.position + 1)">{{ 'editor.down' | t }}</button>
                </div>
                <nb-module-translation-editor [module]="m" />
              }
              <h5>{{ 'editor.steps' | t }}</h5>
              <ol class="editor-steps">
                @for (s of m.steps; track s.id; let sFirst = $first; let sLast = $last) {
                  <li>
                    @if (isOpen('step', s.id)) {
                      <ng-container [ngTemplateOutlet]="form" />
                    } @else {
                      <span class="badge">{{ 'editor.kind.' + s.kind | t }}</span> {{ s.title }}
                      <span class="button-row">
                        <button type="button" class="button button--quiet" (click)="start({ kind: 'step', id: s.id })">{{ 'editor.edit' | t }}</button>
                        <button type="button" class="button button--quiet" [disabled]="sFirst" [attr.aria-label]="'editor.moveUp' | t: { name: s.title }" (click)="moveStep(s.id, s.position - 1)">{{ 'editor.up' | t }}</button>
                        <button type="button" class="button button--quiet" [disabled]="sLast" [attr.aria-label]="'editor.moveDown' | t: { name: s.title }" (click)="moveStep(s.id, s.position + 1)">{{ 'editor.down' | t }}</button>
                      </span>
                    }
                  </li>
                }
              </ol>
              @if (isOpen('new-step', m.id)) {
                <ng-container [ngTemplateOutlet]="form" />
              } @else {
                <button type="button" class="button button--secondary" (click)="start({ kind: 'new-step', moduleId: m.id })">{{ 'editor.addStep' | t }}</button>
              }
            </li>
          }
        </ol>
        @if (open()?.kind === 'new-module') {
          <ng-container [ngTemplateOutlet]="form" />
        } @else {
          <button type="button" class="button button--secondary" (click)="start({ kind: 'new-module' })">{{ 'editor.addModule' | t }}</button>
        }
      </section>
    }

    <ng-template #form>
      <form class="editor-form" (submit)="$event.preventDefault(); save()" novalidate>
        @let d = draft();
        @let f = open()?.kind;
        @if (f === 'new-step' || f === 'step') {
          <nb-form-field fieldId="ed-kind" [label]="'editor.f.kind' | t" [error]="errorFor('kind')">
            <select nbControl class="input" name="kind" [value]="d.kind" (change)="setKind(value($event))">
              @for (k of kinds(); track k) {
                <option [value]="k">{{ 'editor.kind.' + k | t }}</option>
              }
            </select>
          </nb-form-field>
        }
        <nb-form-field fieldId="ed-title" [label]="'editor.f.title' | t" [error]="errorFor('title')">
          <input nbControl class="input" name="title" [attr.maxlength]="limits.titleMax" [value]="d.title" (input)="set('title', value($event))" />
        </nb-form-field>
        @if (f === 'training' || f === 'new-training') {
          <nb-form-field fieldId="ed-summary" [label]="'editor.f.summary' | t" [error]="errorFor('summary')">
            <textarea nbControl class="input" rows="3" name="summary" [value]="d.summary" (input)="set('summary', value($event))"></textarea>
          </nb-form-field>
          <nb-form-field fieldId="ed-course-kind" [label]="'editor.f.courseKind' | t" [error]="errorFor('kind')">
            <select nbControl class="input" name="courseKind" [value]="d.courseKind" (change)="set('courseKind', $any(value($event)))">
              <option value="guided">{{ 'editor.courseKind.guided' | t }}</option>
              <option value="self_help">{{ 'editor.courseKind.self_help' | t }}</option>
            </select>
          </nb-form-field>
          <label class="choice"><input type="checkbox" name="published" [checked]="d.published" (change)="set('published', checked($event))" /> {{ 'editor.f.published' | t }}</label>
        }
        @if (f === 'module' || f === 'new-module') {
          <nb-form-field fieldId="ed-intro" [label]="'editor.f.intro' | t" [optional]="true" [error]="errorFor('intro')">
            <textarea nbControl class="input" rows="3" name="intro" [value]="d.intro" (input)="set('intro', value($event))"></textarea>
          </nb-form-field>
          @if (training()?.kind !== 'self_help') {
            <label class="choice"><input type="checkbox" name="requiresFeedback" [checked]="d.requiresFeedback" (change)="set('requiresFeedback', checked($event))" /> {{ 'editor.f.feedback' | t }}</label>
          }
        }
        @if (f === 'step' || f === 'new-step') {
          @switch (d.kind) {
            @case ('text') {
              <nb-form-field fieldId="ed-body" [label]="'editor.f.body' | t" [hint]="'editor.f.bodyHint' | t" [error]="errorFor('body')">
                <textarea nbControl class="input" rows="12" name="body" [value]="d.body" (input)="set('body', value($event))"></textarea>
              </nb-form-field>
            }
            @case ('video') {
              <nb-form-field fieldId="ed-url" [label]="'editor.f.url' | t" [error]="errorFor('url')">
                <input nbControl class="input" type="url" name="url" [value]="d.url" (input)="set('url', value($event))" />
              </nb-form-field>
              <nb-form-field fieldId="ed-captions" [label]="'editor.f.captions' | t" [error]="errorFor('captions')">
                <textarea nbControl class="input" rows="6" name="captions" [value]="d.captions" (input)="set('captions', value($event))"></textarea>
              </nb-form-field>
              @if (openStep(); as st) {
                @if (st.kind === 'video') {
                  <nb-video-files [step]="st" (updated)="mediaUploaded($event)" />
                }
              }
            }
            @default {
              <nb-form-field fieldId="ed-json" [label]="'editor.f.json' | t" [hint]="'editor.f.jsonHint' | t" [error]="errorFor('json')">
                <textarea nbControl class="input input--code" rows="14" name="json" spellcheck="false" [value]="d.json" (input)="set('json', value($event))"></textarea>
              </nb-form-field>
            }
          }
        }
        @if (fieldList().length) {
          <div class="message message--error editor-errors" role="alert">
            {{ 'editor.check' | t }}
            <ul>
              @for (e of fieldList(); track e.field) {
                <li><code>{{ e.field }}</code>: {{ e.messages }}</li>
              }
            </ul>
          </div>
        }
        <nb-message kind="error" [show]="!!general()">{{ general() ?? '' | t }}</nb-message>
        <div class="button-row">
          <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'editor.save' | t }}</button>
          <button class="button button--quiet" type="button" (click)="cancel()">{{ 'editor.cancel' | t }}</button>
        </div>
      </form>
    </ng-template>
  `,
})
export class TrainingEditorPage {
  protected readonly i18n = useTexts(staffTexts);
  private readonly api = inject(TrainingsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly limits = TRAINING_LIMITS;
  /** A self-help training has nobody to read homework, so it offers no homework step (the API refuses it too). */
  protected readonly kinds = computed(() => STEP_KINDS.filter((k) => k !== 'assignment' || this.training()?.kind !== 'self_help'));
  protected readonly trainings = signal<CatalogueTraining[]>([]);
  protected readonly training = signal<AuthoringTraining | null>(null);
  /** The step open in the form, for its uploaded files. */
  protected readonly openStep = computed(() => {
    const form = this.open();
    return form?.kind === 'step'
      ? (this.training()
          ?.modules.flatMap((m) => m.steps)
          .find((s) => s.id === form.id) ?? null)
      : null;
  });
  protected readonly open = signal<EditorForm | null>(null);
  protected readonly draft = signal<Draft>(EMPTY);
  protected readonly fields = signal<Record<string, string[]>>({});
  protected readonly clientErrors = signal<Partial<Record<keyof Draft, string>>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly fieldList = computed(() =>
    Object.entries(this.fields()).map(([field, messages]) => ({ field, messages: messages.join('; ') })),
  );

  constructor() {
    this.reloadList();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
  /** An upload names the film in the step (fileRef): keep the open form in step, so saving it does not drop that. */
  protected mediaUploaded(updated: AuthoringTraining): void {
    this.training.set(updated);
    const fileRef = this.openStep()?.content;
    if (fileRef && 'fileRef' in fileRef) this.set('fileRef', fileRef.fileRef);
  }

  protected set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }
  /** Switching to self-test or homework with an empty box gives a skeleton to fill in. */
  protected setKind(kind: string): void {
    const k = kind as StepKind;
    this.draft.update((d) => ({ ...d, kind: k, json: d.json.trim() ? d.json : (SKELETONS[k] ?? '') }));
  }
  protected isOpen(kind: 'module' | 'step' | 'new-step', id: string): boolean {
    const o = this.open();
    return !!o && o.kind === kind && ('id' in o ? o.id : 'moduleId' in o ? o.moduleId : null) === id;
  }

  protected errorFor(control: keyof Draft): string | null {
    const local = this.clientErrors()[control];
    if (local) return this.i18n.t(local);
    const detail = Object.entries(this.fields())
      .filter(([field]) => controlOf(field) === control)
      .flatMap(([, m]) => m)
      .join('; ');
    return detail ? this.i18n.t('editor.fieldError', { detail }) : null;
  }

  protected async select(trainingId: string): Promise<void> {
    this.cancel();
    this.saved.set(false);
    this.loadError.set(null);
    try {
      this.training.set(await firstValueFrom(this.api.content(trainingId)));
      focusAfterRender(this.host.nativeElement, '#editor-training-title', this.injector);
    } catch (err) {
      this.training.set(null);
      this.loadError.set(toApiError(err).statusCode === 404 ? 'editor.notYours' : 'staff.error.load');
    }
  }

  protected start(form: EditorForm): void {
    const tr = this.training();
    const step = form.kind === 'step' ? tr?.modules.flatMap((m) => m.steps).find((s) => s.id === form.id) : undefined;
    const module = form.kind === 'module' ? tr?.modules.find((m) => m.id === form.id) : undefined;
    let draft: Draft = { ...EMPTY };
    if (form.kind === 'training' && tr)
      draft = { ...draft, title: tr.title, summary: tr.summary, published: tr.published, courseKind: tr.kind };
    if (module) draft = { ...draft, title: module.title, intro: module.intro, requiresFeedback: module.requiresFeedback };
    if (step) draft = draftOfStep(step);
    this.draft.set(draft);
    this.fields.set({});
    this.clientErrors.set({});
    this.general.set(null);
    this.saved.set(false);
    this.open.set(form);
    focusAfterRender(this.host.nativeElement, '.editor-form .input', this.injector);
  }

  protected cancel(): void {
    this.open.set(null);
    this.fields.set({});
    this.clientErrors.set({});
    this.general.set(null);
  }

  protected async save(): Promise<void> {
    const form = this.open();
    if (!form) return;
    const d = this.draft();
    this.fields.set({});
    this.general.set(null);
    const local: Partial<Record<keyof Draft, string>> = {};
    let content: StepContent | null = null;
    if (form.kind === 'step' || form.kind === 'new-step') {
      const built = stepContentOf(d);
      if ('jsonError' in built) local.json = 'editor.f.jsonInvalid';
      else content = built.content;
    }
    this.clientErrors.set(local);
    if (Object.keys(local).length) return focusFirstInvalid(this.host.nativeElement, this.injector);

    const tr = this.training();
    const title = d.title.trim();
    let call: Observable<AuthoringTraining>;
    switch (form.kind) {
      case 'new-training':
        call = this.api.createTraining({ title, summary: d.summary, published: d.published, kind: d.courseKind });
        break;
      case 'training':
        call = this.api.updateTraining(tr!.id, { title, summary: d.summary, published: d.published, kind: d.courseKind });
        break;
      case 'new-module':
        call = this.api.addModule(tr!.id, { title, intro: d.intro, requiresFeedback: d.requiresFeedback });
        break;
      case 'module':
        call = this.api.updateModule(form.id, { title, intro: d.intro, requiresFeedback: d.requiresFeedback });
        break;
      case 'new-step':
        call = this.api.addStep(form.moduleId, { kind: d.kind, title, content: content! });
        break;
      case 'step':
        call = this.api.updateStep(form.id, { kind: d.kind, title, content: content! });
        break;
    }
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(call);
      this.training.set(updated);
      this.open.set(null);
      this.saved.set(true);
      if (form.kind === 'new-training' || form.kind === 'training') this.reloadList();
      focusAfterRender(this.host.nativeElement, '#editor-training-title', this.injector);
    } catch (err) {
      this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  protected moveModule(moduleId: string, position: number): Promise<void> {
    return this.move(this.api.updateModule(moduleId, { position }));
  }
  protected moveStep(stepId: string, position: number): Promise<void> {
    return this.move(this.api.updateStep(stepId, { position }));
  }

  private async move(call: Observable<AuthoringTraining>): Promise<void> {
    this.general.set(null);
    try {
      this.training.set(await firstValueFrom(call));
    } catch (err) {
      this.loadError.set(generalErrorKey(toApiError(err)));
    }
  }

  private showError(err: unknown): void {
    const e = toApiError(err);
    if (e.statusCode === 400 && e.fields && Object.keys(e.fields).length) {
      this.fields.set(e.fields);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } else if (e.code === 'cannot_train') this.general.set('editor.cannotTrain');
    else this.general.set(e.statusCode === 404 ? 'editor.notYours' : generalErrorKey(e));
  }

  private reloadList(): void {
    firstValueFrom(this.api.catalogue()).then(
      (list) => this.trainings.set(list),
      () => this.loadError.set('staff.error.load'),
    );
  }
}

function draftOfStep(step: AuthoringStep): Draft {
  const base: Draft = { ...EMPTY, kind: step.kind, title: step.title };
  const c = step.content as unknown as Record<string, unknown>;
  if (step.kind === 'text') return { ...base, body: String(c['body'] ?? '') };
  if (step.kind === 'video')
    return {
      ...base,
      url: String(c['url'] ?? ''),
      captions: String(c['captions'] ?? ''),
      fileRef: (c['fileRef'] as string | null) ?? null,
    };
  return { ...base, json: JSON.stringify(step.content, null, 2) };
}

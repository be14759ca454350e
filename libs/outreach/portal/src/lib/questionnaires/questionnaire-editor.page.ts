import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONDITION_OPS, QUESTION_FOLLOW_UPS, QUESTION_TYPES } from '@nabij/outreach/contracts';
import type {
  ConditionOp,
  QuestionDefinition,
  QuestionFollowUp,
  QuestionType,
  QuestionnaireDefinition,
  QuestionnaireVersionView,
} from '@nabij/outreach/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

const NUMERIC: QuestionType[] = ['number', 'scale'];
const CHOICE: QuestionType[] = ['choice', 'multiple_choice'];

/** "geld: Geld en schulden" per line; a line without a value gets one made from its label. */
export function parseOptions(text: string): Array<{ value: string; label: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      const label = (at > 0 ? line.slice(at + 1) : line).trim();
      const raw = at > 0 ? line.slice(0, at) : line;
      const value = raw
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 40);
      return { value, label };
    });
}

const optionsText = (q: QuestionDefinition): string => (q.options ?? []).map((o) => `${o.value}: ${o.label}`).join('\n');

/**
 * `/vragenlijsten/versie/:versionId` (admin): one version of a questionnaire. A draft is edited here —
 * sections, questions of each type, options, a range, a condition on an earlier question ("ask only
 * if the score is below 6") and what a yes sets in motion — then saved and published. A published
 * version is shown read-only: it never changes under recorded answers; make a new version instead.
 * The API checks the whole questionnaire; its problems are shown at the question they are about.
 */
@Component({
  selector: 'nb-questionnaire-editor-page',
  imports: [TranslatePipe, MessageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <p><a class="back-link" routerLink="/vragenlijsten">{{ 'outreach.editor.back' | t }}</a></p>
    @if (loadError()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    } @else if (version(); as v) {
      <h1 tabindex="-1">{{ 'outreach.editor.title' | t: { title: def().title, number: v.number } }}</h1>
      @if (v.status === 'published') {
        <nb-message kind="info">{{ 'outreach.editor.frozen' | t }}</nb-message>
      }
      <div aria-live="polite">
        <nb-message kind="success" [show]="saved() === 'saved'">{{ 'outreach.editor.saved' | t }}</nb-message>
        <nb-message kind="success" [show]="saved() === 'published'">{{ 'outreach.editor.publishedNow' | t }}</nb-message>
      </div>
      @if (problems().length || error()) {
        <div role="alert" class="message message--error">
          <p>{{ error() ? (error()! | t) : ('outreach.editor.problems' | t) }}</p>
          <ul class="problems">
            @for (p of problems(); track p.field) {
              <li>{{ p.field }}: {{ p.message }}</li>
            }
          </ul>
        </div>
      }
      <form (submit)="$event.preventDefault(); save()" novalidate>
        <fieldset class="card" [disabled]="frozen()">
          <legend class="field-label">{{ 'outreach.editor.general' | t }}</legend>
          <label class="field-label" for="vl-titel">{{ 'outreach.editor.qTitle' | t }}</label>
          <input class="input" id="vl-titel" type="text" maxlength="200" [value]="def().title" (input)="set(def(), 'title', $any($event.target).value)" />
        </fieldset>
        @for (section of def().sections; track $index; let s = $index) {
          <fieldset class="card">
            <legend class="field-label">{{ 'outreach.editor.section' | t: { number: s + 1 } }}</legend>
            <label class="field-label" [for]="'sec-' + s">{{ 'outreach.editor.sectionTitle' | t }}</label>
            <input class="input" [id]="'sec-' + s" type="text" maxlength="200" [disabled]="frozen()" [value]="section.title" (input)="set(section, 'title', $any($event.target).value)" />
            @for (q of section.questions; track $index; let i = $index) {
              <fieldset class="editor-question" [attr.aria-describedby]="problemsAt(s, i).length ? 'vp-' + s + '-' + i : null">
                <legend>{{ 'outreach.editor.question' | t: { number: i + 1 } }} · {{ q.text || ('outreach.editor.newQuestion' | t) }}</legend>
                @if (problemsAt(s, i).length) {
                  <ul class="field-error" [id]="'vp-' + s + '-' + i">
                    @for (m of problemsAt(s, i); track $index) {
                      <li>{{ m }}</li>
                    }
                  </ul>
                }
                <label class="field-label" [for]="'q-' + s + '-' + i + '-text'">{{ 'outreach.editor.text' | t }}</label>
                <input class="input" [id]="'q-' + s + '-' + i + '-text'" type="text" maxlength="500" [disabled]="frozen()" [value]="q.text" (input)="set(q, 'text', $any($event.target).value)" />
                <label class="field-label" [for]="'q-' + s + '-' + i + '-key'">{{ 'outreach.editor.key' | t }}</label>
                <input class="input" [id]="'q-' + s + '-' + i + '-key'" type="text" maxlength="40" [disabled]="frozen()" [value]="q.key" (input)="set(q, 'key', $any($event.target).value)" />
                <label class="field-label" [for]="'q-' + s + '-' + i + '-type'">{{ 'outreach.editor.type' | t }}</label>
                <select class="input" [id]="'q-' + s + '-' + i + '-type'" [disabled]="frozen()" (change)="setType(q, $any($event.target).value)">
                  @for (type of types; track type) {
                    <option [value]="type" [selected]="q.type === type">{{ 'outreach.editor.type.' + type | t }}</option>
                  }
                </select>
                <label class="q-option">
                  <input type="checkbox" [disabled]="frozen()" [checked]="!!q.required" (change)="set(q, 'required', $any($event.target).checked)" />
                  <span>{{ 'outreach.editor.required' | t }}</span>
                </label>
                @if (isChoice(q)) {
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-options'">{{ 'outreach.editor.options' | t }}</label>
                  <textarea class="input" rows="4" [id]="'q-' + s + '-' + i + '-options'" [attr.aria-describedby]="'q-' + s + '-' + i + '-options-hint'" [disabled]="frozen()" [value]="optionsOf(q)" (change)="setOptions(q, $any($event.target).value)"></textarea>
                  <p class="meta" [id]="'q-' + s + '-' + i + '-options-hint'">{{ 'outreach.editor.optionsHint' | t }}</p>
                }
                @if (isNumeric(q)) {
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-min'">{{ 'outreach.editor.min' | t }}</label>
                  <input class="input" [id]="'q-' + s + '-' + i + '-min'" type="number" [disabled]="frozen()" [value]="q.min ?? ''" (input)="setNumber(q, 'min', $any($event.target).value)" />
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-max'">{{ 'outreach.editor.max' | t }}</label>
                  <input class="input" [id]="'q-' + s + '-' + i + '-max'" type="number" [disabled]="frozen()" [value]="q.max ?? ''" (input)="setNumber(q, 'max', $any($event.target).value)" />
                }
                <label class="field-label" [for]="'q-' + s + '-' + i + '-if'">{{ 'outreach.editor.showIf' | t }}</label>
                <select class="input" [id]="'q-' + s + '-' + i + '-if'" [disabled]="frozen()" (change)="setCondition(q, $any($event.target).value)">
                  <option value="" [selected]="!q.showIf">{{ 'outreach.editor.always' | t }}</option>
                  @for (earlier of earlierOf(s, i); track earlier.key) {
                    <option [value]="earlier.key" [selected]="q.showIf?.question === earlier.key">{{ earlier.text || earlier.key }}</option>
                  }
                </select>
                @if (q.showIf; as c) {
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-op'">{{ 'outreach.editor.op' | t }}</label>
                  <select class="input" [id]="'q-' + s + '-' + i + '-op'" [disabled]="frozen()" (change)="setOp(q, $any($event.target).value)">
                    @for (op of ops; track op) {
                      <option [value]="op" [selected]="c.op === op">{{ 'outreach.editor.op.' + op | t }}</option>
                    }
                  </select>
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-value'">{{ 'outreach.editor.value' | t }}</label>
                  <input class="input" [id]="'q-' + s + '-' + i + '-value'" type="text" [attr.aria-describedby]="'q-' + s + '-' + i + '-value-hint'" [disabled]="frozen()" [value]="conditionText(c.value)" (input)="setConditionValue(q, s, i, $any($event.target).value)" />
                  <p class="meta" [id]="'q-' + s + '-' + i + '-value-hint'">{{ 'outreach.editor.valueHint' | t }}</p>
                }
                @if (q.type === 'yes_no') {
                  <label class="field-label" [for]="'q-' + s + '-' + i + '-follow'">{{ 'outreach.editor.followUp' | t }}</label>
                  <select class="input" [id]="'q-' + s + '-' + i + '-follow'" [disabled]="frozen()" (change)="setFollowUp(q, $any($event.target).value)">
                    <option value="" [selected]="!q.followUp">{{ 'outreach.editor.followUp.none' | t }}</option>
                    @for (f of followUps; track f) {
                      <option [value]="f" [selected]="q.followUp === f">{{ 'outreach.editor.followUp.' + f | t }}</option>
                    }
                  </select>
                }
                @if (!frozen()) {
                  <button type="button" class="button button--quiet button--small" (click)="removeQuestion(s, i)">{{ 'outreach.editor.remove' | t: { number: i + 1 } }}</button>
                }
              </fieldset>
            }
            @if (!frozen()) {
              <button type="button" class="button button--secondary button--small" (click)="addQuestion(s)">{{ 'outreach.editor.addQuestion' | t }}</button>
            }
          </fieldset>
        }
        @if (!frozen()) {
          <div class="button-row">
            <button type="button" class="button button--secondary" (click)="addSection()">{{ 'outreach.editor.addSection' | t }}</button>
            <button type="submit" class="button" [attr.aria-busy]="busy() || null">{{ 'outreach.editor.save' | t }}</button>
            <button type="button" class="button" [attr.aria-busy]="busy() || null" (click)="publish()">{{ 'outreach.editor.publish' | t }}</button>
          </div>
          <p class="meta">{{ 'outreach.editor.publishHint' | t }}</p>
        }
      </form>
    } @else {
      <p>{{ 'outreach.loading' | t }}</p>
    }
  `,
})
export class QuestionnaireEditorPage implements OnInit {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  readonly versionId = input.required<string>();
  protected readonly version = signal<QuestionnaireVersionView | null>(null);
  /** The definition being edited: changed in place, then set again so the page redraws. */
  protected readonly def = signal<QuestionnaireDefinition>({ title: '', sections: [] });
  protected readonly frozen = computed(() => this.version()?.status !== 'draft');
  protected readonly loadError = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal<'saved' | 'published' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<Array<{ field: string; message: string }>>([]);
  protected readonly types = QUESTION_TYPES;
  protected readonly ops = CONDITION_OPS;
  protected readonly followUps = QUESTION_FOLLOW_UPS;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.version(this.versionId())));
    } catch {
      this.loadError.set(true);
    }
  }

  private show(version: QuestionnaireVersionView): void {
    this.version.set(version);
    this.def.set(JSON.parse(JSON.stringify(version.definition)) as QuestionnaireDefinition);
  }

  private redraw(): void {
    this.saved.set(null);
    this.def.set({ ...this.def() });
  }

  protected set<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    target[key] = value;
    this.redraw();
  }

  protected isChoice = (q: QuestionDefinition) => CHOICE.includes(q.type);
  protected isNumeric = (q: QuestionDefinition) => NUMERIC.includes(q.type);
  protected optionsOf = optionsText;

  protected setType(q: QuestionDefinition, type: QuestionType): void {
    q.type = type;
    q.options = CHOICE.includes(type) ? (q.options?.length ? q.options : []) : null;
    if (!NUMERIC.includes(type)) q.min = q.max = null;
    if (type !== 'yes_no') q.followUp = null;
    this.redraw();
  }

  protected setOptions(q: QuestionDefinition, text: string): void {
    q.options = parseOptions(text);
    this.redraw();
  }

  protected setNumber(q: QuestionDefinition, key: 'min' | 'max', text: string): void {
    q[key] = text.trim() === '' ? null : Number(text);
    this.redraw();
  }

  protected setCondition(q: QuestionDefinition, question: string): void {
    q.showIf = question ? { question, op: q.showIf?.op ?? 'eq', value: q.showIf?.value ?? true } : null;
    this.redraw();
  }

  protected setOp(q: QuestionDefinition, op: ConditionOp): void {
    if (q.showIf) q.showIf.op = op;
    this.redraw();
  }

  /** ja/nee for a yes/no question, a number for a number or scale, else the option's value as typed. */
  protected setConditionValue(q: QuestionDefinition, s: number, i: number, text: string): void {
    if (!q.showIf) return;
    const source = this.earlierOf(s, i).find((e) => e.key === q.showIf!.question);
    const typed = text.trim();
    if (source?.type === 'yes_no') q.showIf.value = typed.toLowerCase() === 'ja' || typed.toLowerCase() === 'yes';
    else if (source && NUMERIC.includes(source.type) && typed !== '' && !Number.isNaN(Number(typed))) q.showIf.value = Number(typed);
    else q.showIf.value = typed;
    this.redraw();
  }

  protected conditionText(value: number | string | boolean): string {
    if (typeof value === 'boolean') return this.i18n.t(value ? 'outreach.form.yes' : 'outreach.form.no').toLowerCase();
    return String(value);
  }

  protected setFollowUp(q: QuestionDefinition, followUp: string): void {
    q.followUp = (followUp || null) as QuestionFollowUp | null;
    this.redraw();
  }

  /** The questions before this one: a condition can only look back. */
  protected earlierOf(s: number, i: number): QuestionDefinition[] {
    const sections = this.def().sections;
    return [...sections.slice(0, s).flatMap((x) => x.questions), ...sections[s].questions.slice(0, i)].filter((q) => q.key);
  }

  protected addQuestion(s: number): void {
    const count = this.def().sections.flatMap((x) => x.questions).length;
    this.def().sections[s].questions.push({ key: `vraag_${count + 1}`, type: 'text', text: '', required: false });
    this.redraw();
  }

  protected removeQuestion(s: number, i: number): void {
    this.def().sections[s].questions.splice(i, 1);
    this.redraw();
  }

  protected addSection(): void {
    this.def().sections.push({ title: '', questions: [] });
    this.redraw();
  }

  protected problemsAt(s: number, i: number): string[] {
    const prefix = `definition.sections.${s}.questions.${i}.`;
    return this.problems()
      .filter((p) => p.field.startsWith(prefix))
      .map((p) => `${p.field.slice(prefix.length)}: ${p.message}`);
  }

  protected async save(): Promise<boolean> {
    const v = this.version();
    if (!v) return false;
    this.busy.set(true);
    this.error.set(null);
    this.problems.set([]);
    try {
      this.show(await firstValueFrom(this.api.saveDraft(v.id, { definition: this.def() })));
      this.saved.set('saved');
      return true;
    } catch (err) {
      const apiError = toApiError(err);
      const fields = Object.entries(apiError.fields ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
      this.problems.set(fields);
      if (!fields.length) this.error.set(generalErrorKey(apiError));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** Saves the draft, then publishes it: from then on it never changes. */
  protected async publish(): Promise<void> {
    if (!(await this.save())) return;
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.api.publish(this.version()!.id)));
      this.saved.set('published');
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}

import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import type {
  EnrolRequest,
  EnrolmentView,
  ModuleView,
  ProgressView,
  SelfTestResult,
  SubmissionView,
  TrainingReaderLang,
} from '@nabij/trainings/contracts';
import { FreshLoad } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { TrainingsApi } from './trainings.api';

const SEEN_KEY = 'nabij.training.seenFeedback';
/** Which of the client's trainings is open on this device (an id only). */
const CHOSEN_KEY = 'nabij.training.chosen';

/**
 * The client's training: their enrolment, its progress and the module they have open. Pages read
 * the signals and change them only through these methods, so progress stays in step with the API.
 */
@Injectable({ providedIn: 'root' })
export class TrainingStore {
  private readonly api = inject(TrainingsApi);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;

  private readonly _enrolments = signal<EnrolmentView[] | null>(null);
  private readonly _progress = signal<ProgressView | null>(null);
  private readonly _module = signal<ModuleView | null>(null);

  readonly enrolments = this._enrolments.asReadonly();
  readonly progress = this._progress.asReadonly();
  readonly module = this._module.asReadonly();
  readonly enrolment = computed(() => this._progress()?.enrolment ?? this._enrolments()?.[0] ?? null);

  /** The menu's badge and the page ask together when a page opens: one load answers both. */
  private readonly loads = new FreshLoad<ProgressView | null>();

  /**
   * Loads the client's enrolments and the progress of the one they chose last (else the newest); null
   * when none. An ask while a load runs, or within 2 s after it, shares that load.
   */
  load(): Promise<ProgressView | null> {
    return this.loads.run(() => this.loadNow());
  }

  private async loadNow(): Promise<ProgressView | null> {
    const mine = await firstValueFrom(this.api.mine());
    this._enrolments.set(mine);
    if (!mine.length) {
      this._progress.set(null);
      return null;
    }
    const chosen = mine.find((e) => e.id === this.readChosen()) ?? mine[0];
    return this.refreshProgress(chosen.id);
  }

  /** Opens another of the client's trainings. */
  async choose(enrolmentId: string): Promise<ProgressView | null> {
    this.writeChosen(enrolmentId);
    this._module.set(null);
    return this.refreshProgress(enrolmentId);
  }

  async refreshProgress(enrolmentId = this.enrolment()?.id): Promise<ProgressView | null> {
    if (!enrolmentId) return null;
    // Progress changes here (a choice, an enrolment, homework): the next load() asks again.
    this.loads.forget();
    const progress = await firstValueFrom(this.api.progress(enrolmentId));
    this._progress.set(progress);
    return progress;
  }

  async enrol(trainingId: string, request: EnrolRequest): Promise<void> {
    const enrolment = await firstValueFrom(this.api.enrol(trainingId, request));
    this._enrolments.update((list) => [enrolment, ...(list ?? [])]);
    this.writeChosen(enrolment.id);
    await this.refreshProgress(enrolment.id);
  }

  async setReminders(enabled: boolean): Promise<void> {
    const id = this.requireEnrolment();
    const enrolment = await firstValueFrom(this.api.reminders(id, { enabled, frequency: 'weekly' }));
    this._progress.update((p) => (p ? { ...p, enrolment } : p));
    this.loads.forget();
  }

  /** In `lang` when the module has a published translation into it, else Dutch (view.shownIn says which). */
  async openModule(moduleId: string, lang: TrainingReaderLang = 'nl'): Promise<ModuleView> {
    if (!this.enrolment()) await this.load();
    this._module.set(null);
    const view = await firstValueFrom(this.api.module(this.requireEnrolment(), moduleId, lang));
    this._module.set(view);
    return view;
  }

  async completeStep(stepId: string): Promise<void> {
    await firstValueFrom(this.api.done(this.requireEnrolment(), stepId));
    this.patchStep(stepId, { done: true });
  }

  async takeSelfTest(stepId: string, answers: Record<string, string | number>): Promise<SelfTestResult> {
    // The result's texts in the language the module was read in (issue 17).
    const lang = this._module()?.requested ?? 'nl';
    const result = await firstValueFrom(this.api.selfTest(this.requireEnrolment(), stepId, { answers }, lang));
    this.patchStep(stepId, { done: true, lastResult: result });
    return result;
  }

  async submitHomework(stepId: string, answers: Record<string, string>): Promise<SubmissionView> {
    const submission = await firstValueFrom(this.api.homework(this.requireEnrolment(), stepId, { answers }));
    this.patchStep(stepId, { done: true, submission });
    await this.refreshProgress();
    return submission;
  }

  /**
   * Feedback the client has not seen yet: feedback moments that are done but not yet looked at
   * on "Mijn training" on this device. Only module ids are stored, never content.
   */
  readonly newFeedback = computed(() => {
    const p = this._progress();
    if (!p) return 0;
    const seen = this.readSeen(p.enrolment.id);
    return p.modules.filter((m) => m.requiresFeedback && m.status === 'done' && !seen.includes(m.id)).length;
  });
  private readonly seenVersion = signal(0);

  markFeedbackSeen(): void {
    const p = this._progress();
    if (!p) return;
    const ids = p.modules.filter((m) => m.requiresFeedback && m.status === 'done').map((m) => m.id);
    try {
      this.storage?.setItem(`${SEEN_KEY}.${p.enrolment.id}`, JSON.stringify(ids));
    } catch {
      // Storage off: the badge then shows until the page closes; harmless.
    }
    this.seenVersion.update((v) => v + 1);
    this._progress.set({ ...p });
  }

  private readChosen(): string | null {
    try {
      return this.storage?.getItem(CHOSEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeChosen(enrolmentId: string): void {
    try {
      this.storage?.setItem(CHOSEN_KEY, enrolmentId);
    } catch {
      // Storage off: the newest training opens next time; harmless.
    }
  }

  private readSeen(enrolmentId: string): string[] {
    this.seenVersion();
    try {
      return JSON.parse(this.storage?.getItem(`${SEEN_KEY}.${enrolmentId}`) ?? '[]') as string[];
    } catch {
      return [];
    }
  }

  private patchStep(stepId: string, patch: Record<string, unknown>): void {
    this.loads.forget();
    this._module.update((m) => (m ? { ...m, steps: m.steps.map((s) => (s.id === stepId ? ({ ...s, ...patch } as typeof s) : s)) } : m));
  }

  private requireEnrolment(): string {
    const id = this.enrolment()?.id;
    if (!id) throw new Error('No training enrolment loaded.');
    return id;
  }
}

import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MessageComponent, TranslatePipe, focusAfterRender, useTexts } from '@nabij/platform/portal';
import { trainingTexts } from '../i18n';
import { TrainingStore } from '../training.store';
import { MyGroupsComponent } from '../groups/my-groups.component';
import { EnrolComponent } from './enrol.component';

/** `/training`: how far the client is, what to do next, their goals — or the catalogue. */
@Component({
  selector: 'nb-my-training-page',
  styleUrl: './my-training.page.css',
  imports: [RouterLink, TranslatePipe, MessageComponent, EnrolComponent, MyGroupsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/home">{{ 'training.home' | t }}</a></p>
    <h1 tabindex="-1">{{ 'training.title' | t }}</h1>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    <nb-my-groups />
    @if (loading()) {
      <p>{{ 'training.loading' | t }}</p>
    } @else if (store.progress(); as p) {
      <section class="card card--accent training-progress" aria-labelledby="progress-title">
        <h2 id="progress-title" class="training-subtitle">{{ p.enrolment.trainingTitle }}</h2>
        <p class="lead">{{ 'training.progress.done' | t: { done: p.modulesDone, total: p.modulesTotal } }}</p>
        <progress class="meter" [value]="p.modulesDone" [max]="p.modulesTotal" [attr.aria-label]="'training.progress.done' | t: { done: p.modulesDone, total: p.modulesTotal }"></progress>
        @if (p.nextStep; as next) {
          <a class="button button--large" [routerLink]="['/training/module', next.moduleId]">
            {{ 'training.progress.next' | t }}: {{ next.moduleTitle }}
          </a>
        } @else if (p.finished) {
          <p>{{ 'training.progress.finished' | t }}</p>
        } @else {
          <p>{{ 'training.progress.allWaiting' | t }}</p>
        }
      </section>

      <h2>{{ 'training.progress.modules' | t }}</h2>
      <ol class="module-list">
        @for (m of p.modules; track m.id) {
          <li class="module-item" [attr.data-status]="m.status">
            <span class="module-number" aria-hidden="true">{{ m.status === 'done' ? '✓' : m.position }}</span>
            <span class="module-body">
              @if (m.status === 'locked') {
                <span class="module-title">{{ m.title }}</span>
              } @else {
                <a class="module-title" [routerLink]="['/training/module', m.id]">{{ m.title }}</a>
              }
              <span class="status status--{{ m.status }}">{{ 'training.status.' + m.status | t }}</span>
              @if (m.status !== 'locked') {
                <span class="small">{{ 'training.progress.steps' | t: { done: m.stepsDone, total: m.stepsTotal } }}</span>
              }
            </span>
          </li>
        }
      </ol>

      <section class="card" aria-labelledby="goals-title">
        <h2 id="goals-title">{{ 'training.progress.goals' | t }}</h2>
        <ul>
          @for (goal of p.enrolment.goals; track goal) {
            <li>{{ goal }}</li>
          }
        </ul>
      </section>

      @if (others().length) {
        <section class="card" aria-labelledby="others-title">
          <h2 id="others-title">{{ 'training.others.title' | t }}</h2>
          <ul class="plain-list">
            @for (e of others(); track e.id) {
              <li>
                <button class="button button--secondary" type="button" (click)="open(e.id)">{{ 'training.others.open' | t: { title: e.trainingTitle } }}</button>
              </li>
            }
          </ul>
        </section>
      }

      <section class="card" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{{ 'training.reminders.title' | t }}</h2>
        <label class="checkbox">
          <input type="checkbox" [checked]="p.enrolment.reminders.enabled" [disabled]="busy()" (change)="toggleReminders($event)" />
          {{ 'training.reminders.label' | t }}
        </label>
        <p class="small">{{ 'training.reminders.text' | t }}</p>
        <p class="small" role="status">{{ (p.enrolment.reminders.enabled ? 'training.reminders.on' : 'training.reminders.off') | t }}</p>
      </section>
      <nb-training-enrol [selfHelpOnly]="true" (enrolled)="afterEnrol()" />
    } @else {
      <nb-training-enrol (enrolled)="afterEnrol()" />
    }
  `,
})
export class MyTrainingPage {
  protected readonly i18n = useTexts(trainingTexts);
  protected readonly store = inject(TrainingStore);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The client's other trainings (e.g. a self-help course next to a guided one). */
  protected readonly others = computed(() => (this.store.enrolments() ?? []).filter((e) => e.id !== this.store.progress()?.enrolment.id));

  constructor() {
    this.store.load().then(
      () => {
        this.loading.set(false);
        this.store.markFeedbackSeen();
      },
      () => {
        this.loading.set(false);
        this.error.set('training.error.load');
      },
    );
  }

  protected afterEnrol(): void {
    this.store.markFeedbackSeen();
    focusAfterRender(this.host.nativeElement, 'h1', this.injector);
  }

  protected async open(enrolmentId: string): Promise<void> {
    this.error.set(null);
    try {
      await this.store.choose(enrolmentId);
      this.store.markFeedbackSeen();
      focusAfterRender(this.host.nativeElement, '#progress-title', this.injector);
    } catch {
      this.error.set('training.error.load');
    }
  }

  protected async toggleReminders(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.setReminders(input.checked);
    } catch {
      input.checked = !input.checked;
      this.error.set('training.error.load');
    } finally {
      this.busy.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ChatQueueLinkComponent } from '@nabij/chat/portal/lib/ui/chat-queue-link.component';
import { AdmissionFormComponent } from '@nabij/intake/portal/lib/admission/admission-form.component';
import { UnreadStore } from '@nabij/messages/portal/lib/unread.store';
import { messagesTexts } from '@nabij/messages/portal/lib/i18n';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { MyHoursLinkComponent } from '@nabij/time/portal/lib/my-hours-link.component';
import { TrainerTasksLinkComponent } from '@nabij/trainings/portal/lib/home/trainer-tasks-link.component';
import { UpcomingVideoComponent } from '@nabij/video/portal/lib/ui/upcoming-video.component';
import { identityTexts } from '../i18n';
import { SignOutEverywhereComponent } from '../ui/sign-out-everywhere.component';

/** `/home` for a social worker: caseload (coming) and admitting a client without a postcode. */
@Component({
  selector: 'nb-worker-home-page',
  styleUrl: './worker-home.page.css',
  imports: [
    TranslatePipe,
    AdmissionFormComponent,
    RouterLink,
    MyHoursLinkComponent,
    TrainerTasksLinkComponent,
    ChatQueueLinkComponent,
    SignOutEverywhereComponent,
    UpcomingVideoComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'identity.home.worker.title' | t }}</h1>
    @if (auth.user()?.team; as team) {
      <p>{{ 'identity.home.team' | t: { team: team.name } }}</p>
    }
    <div class="work-grid">
      <nb-upcoming-video />
      <section class="card" aria-labelledby="caseload-title">
        <h2 id="caseload-title">{{ 'identity.home.worker.caseloadTitle' | t }}</h2>
        <ul class="plain-list work-links">
          <li>
            <a class="button" routerLink="/inbox">{{ 'messages.home.inbox' | t }}</a>
            @if (unread.count() > 0) {
              <span class="badge badge--count">{{ 'messages.badge.unread' | t: { count: unread.count() } }}</span>
            }
            <p class="small">{{ 'messages.home.inboxText' | t }}</p>
          </li>
          <li>
            <a class="button button--secondary" routerLink="/caseload">{{ 'messages.home.caseload' | t }}</a>
            <p class="small">{{ 'messages.home.caseloadText' | t }}</p>
          </li>
          <li>
            <a class="button button--secondary" routerLink="/privacy-verzoeken">{{ 'identity.home.worker.privacyRequests' | t }}</a>
            <p class="small">{{ 'identity.home.worker.privacyRequestsText' | t }}</p>
          </li>
        </ul>
      </section>
      <nb-my-hours-link />
      <nb-trainer-tasks-link />
      <nb-chat-queue-link />
      <nb-admission-form />
    </div>
    <nb-sign-out-everywhere />
  `,
})
export class WorkerHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
  protected readonly unread = inject(UnreadStore);
  private readonly _messagesTexts = useTexts(messagesTexts);

  constructor() {
    void this.unread.refresh();
  }
}

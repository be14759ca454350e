import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ChatAdminLinksComponent } from '@nabij/chat/portal/lib/admin/chat-admin-links.component';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ReportLinkComponent } from '@nabij/reports/portal/lib/report-link.component';
import { ExtensionRequestsComponent } from '@nabij/time/portal/lib/extension-requests.component';
import { identityTexts } from '../i18n';
import { SignOutEverywhereComponent } from '../ui/sign-out-everywhere.component';

/** `/home` for a team lead: numbers about the team, never dossier contents (report comes later). */
@Component({
  selector: 'nb-team-lead-home-page',
  imports: [TranslatePipe, ReportLinkComponent, SignOutEverywhereComponent, ChatAdminLinksComponent, ExtensionRequestsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'identity.home.teamLead.title' | t }}</h1>
    @if (auth.user()?.team; as team) {
      <p>{{ 'identity.home.team' | t: { team: team.name } }}</p>
    }
    <nb-report-link />
    <nb-extension-requests />
    <nb-chat-admin-links />
    <nb-sign-out-everywhere />
  `,
})
export class TeamLeadHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
}

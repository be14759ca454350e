import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ChatAdminLinksComponent } from '@nabij/chat/portal/lib/admin/chat-admin-links.component';
import { ServiceAreasEditorComponent } from '@nabij/intake/portal/lib/service-areas/service-areas-editor.component';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { identityTexts } from '../i18n';
import { SignOutEverywhereComponent } from '../ui/sign-out-everywhere.component';

/** `/home` for an admin: the organisation's service areas (postcode ranges per financier). */
@Component({
  selector: 'nb-admin-home-page',
  styleUrl: './admin-home.page.css',
  imports: [TranslatePipe, ServiceAreasEditorComponent, RouterLink, SignOutEverywhereComponent, ChatAdminLinksComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'identity.home.admin.title' | t }}</h1>
    @if (auth.user()?.organisation; as organisation) {
      <p>{{ 'identity.home.admin.intro' | t: { organisation: organisation.name } }}</p>
    }
    <nav [attr.aria-label]="'identity.home.admin.more' | t">
      <ul class="admin-links">
        <li><a routerLink="/teams">{{ 'identity.home.admin.teams' | t }}</a></li>
        <li><a routerLink="/medewerkers">{{ 'identity.home.admin.staff' | t }}</a></li>
        <li><a routerLink="/trainingen/beheer">{{ 'identity.home.admin.trainings' | t }}</a></li>
        <li><a routerLink="/uren/standaardtijden">{{ 'identity.home.admin.timeDefaults' | t }}</a></li>
        <li><a routerLink="/vragenlijsten">{{ 'identity.home.admin.questionnaires' | t }}</a></li>
        <li><a routerLink="/rapportage">{{ 'identity.home.admin.report' | t }}</a></li>
        <li><a routerLink="/toegangslog">{{ 'identity.home.admin.accessLog' | t }}</a></li>
        <li><a routerLink="/privacy-verzoeken">{{ 'identity.home.admin.privacyRequests' | t }}</a></li>
        <li><a routerLink="/privacy-verzoeken" fragment="bewaartermijn">{{ 'identity.home.admin.retention' | t }}</a></li>
      </ul>
      <nb-chat-admin-links [hours]="true" />
    </nav>
    <nb-service-areas-editor />
    <nb-sign-out-everywhere />
  `,
})
export class AdminHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
}

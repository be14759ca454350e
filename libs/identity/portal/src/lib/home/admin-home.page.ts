import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ServiceAreasEditorComponent } from '@nabij/intake/portal';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { identityTexts } from '../i18n';

/** `/home` for an admin: the organisation's service areas (postcode ranges per financier). */
@Component({
  selector: 'nb-admin-home-page',
  imports: [TranslatePipe, ServiceAreasEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'identity.home.admin.title' | t }}</h1>
    @if (auth.user()?.organisation; as organisation) {
      <p>{{ 'identity.home.admin.intro' | t: { organisation: organisation.name } }}</p>
    }
    <nb-service-areas-editor />
  `,
})
export class AdminHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
}

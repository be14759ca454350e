import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AdmissionFormComponent } from '@nabij/intake/portal';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { identityTexts } from '../i18n';

/** `/home` for a social worker: caseload (coming) and admitting a client without a postcode. */
@Component({
  selector: 'nb-worker-home-page',
  imports: [TranslatePipe, AdmissionFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'identity.home.worker.title' | t }}</h1>
    @if (auth.user()?.team; as team) {
      <p>{{ 'identity.home.team' | t: { team: team.name } }}</p>
    }
    <div class="work-grid">
      <section class="card" aria-labelledby="caseload-title">
        <h2 id="caseload-title">{{ 'identity.home.worker.caseloadTitle' | t }}</h2>
        <p>{{ 'identity.home.worker.caseloadSoon' | t }}</p>
        <span class="badge">{{ 'identity.home.soon' | t }}</span>
      </section>
      <nb-admission-form />
    </div>
  `,
})
export class WorkerHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
}

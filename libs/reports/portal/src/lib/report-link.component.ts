import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { reportsTexts } from './reports.i18n';

/** The team lead's way from their home to the caseload report. */
@Component({
  selector: 'nb-report-link',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2><a routerLink="/rapportage">{{ 'reports.link' | t }}</a></h2>
      <p>{{ 'reports.linkText' | t }}</p>
    </section>
  `,
})
export class ReportLinkComponent {
  protected readonly i18n = useTexts(reportsTexts);
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HOME_PATH } from '../auth/role.guard';
import { TranslatePipe } from '../i18n/t.pipe';

/**
 * What a logged-in person sees on a page their role may not open (the guard shows it at the
 * address they asked for): a plain sentence and the way to their own overview, never a silent jump.
 */
@Component({
  selector: 'nb-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'platform.forbidden.title' | t }}</h1>
    <p>{{ 'platform.forbidden.text' | t }}</p>
    <p><a class="button" [routerLink]="home">{{ 'platform.forbidden.back' | t }}</a></p>
  `,
})
export class ForbiddenPage {
  protected readonly home = HOME_PATH;
}

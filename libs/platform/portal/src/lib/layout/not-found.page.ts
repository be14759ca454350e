import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/t.pipe';

@Component({
  selector: 'nb-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'platform.notFound.title' | t }}</h1>
    <p>{{ 'platform.notFound.text' | t }}</p>
    <p><a class="button" routerLink="/">{{ 'platform.notFound.back' | t }}</a></p>
  `,
})
export class NotFoundPage {}

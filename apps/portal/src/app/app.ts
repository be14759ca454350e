import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ShellComponent } from '@nabij/platform/portal';
import { AppNavComponent } from './nav/app-nav.component';

@Component({
  selector: 'nb-root',
  imports: [RouterOutlet, ShellComponent, AppNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nb-shell><nb-app-nav nbNav /><router-outlet /></nb-shell>`,
})
export class App {
  constructor() {
    // Keeps the account's language and the portal's in step once someone signs in (a small lazy
    // chunk: identity's pages are lazy, so the app may not import that lib statically).
    const injector = inject(Injector);
    void import('@nabij/identity/portal/lib/account/language-preference').then((m) => injector.get(m.LanguagePreference));
  }
}

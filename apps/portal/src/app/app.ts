import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ShellComponent } from '@nabij/platform/portal';
import { AppNavComponent } from './nav/app-nav.component';

@Component({
  selector: 'nb-root',
  imports: [RouterOutlet, ShellComponent, AppNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nb-shell><nb-app-nav nbNav /><router-outlet /></nb-shell>`,
})
export class App {}

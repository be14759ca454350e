import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ShellComponent } from '@nabij/platform/portal';

@Component({
  selector: 'nb-root',
  imports: [RouterOutlet, ShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nb-shell><router-outlet /></nb-shell>`,
})
export class App {}

import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n.service';
import { TextParams } from './texts';

/**
 * `{{ 'intake.start.title' | t }}`. Impure on purpose: it reads the language signal, so a
 * language switch re-renders every text; the lookup is a Map get and cheap.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: string, params?: TextParams): string {
    return this.i18n.t(key, params);
  }
}

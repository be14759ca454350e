import { ChangeDetectionStrategy, Component, ElementRef, Injector, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { SEARCH_QUERY_MAX_LENGTH } from '@nabij/library/contracts';
import { FormControlDirective, FormFieldComponent, TranslatePipe, focusFirstInvalid, useTexts } from '@nabij/platform/portal';
import { libraryTexts } from '../library.i18n';

/** The library's search form; searching opens /bibliotheek/zoeken?q=… so a result list has an address. */
@Component({
  selector: 'nb-library-search-box',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="search-box" role="search" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <nb-form-field fieldId="library-q" [label]="'library.search.label' | t" [hint]="'library.search.hint' | t" [error]="error() ? (error()! | t) : null">
        <div class="search-box__row">
          <input nbControl class="input" type="search" name="q" enterkeyhint="search" formControlName="q" (input)="error.set(null)" />
          <button type="submit" class="button">{{ 'library.search.submit' | t }}</button>
        </div>
      </nb-form-field>
    </form>
  `,
  styles: `
    .search-box__row {
      display: flex;
      gap: 0.5rem;
    }
    .search-box__row .input {
      flex: 1;
      min-width: 0;
    }
  `,
})
export class SearchBoxComponent {
  protected readonly i18n = useTexts(libraryTexts);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The query shown in the box, e.g. the one whose results are on the page. */
  readonly value = input('');
  protected readonly q = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ q: this.q });
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => this.q.setValue(this.value()));
  }

  protected submit(): void {
    const q = this.q.value.trim();
    if (!q) this.error.set('library.search.error.required');
    else if (q.length > SEARCH_QUERY_MAX_LENGTH) this.error.set('library.search.error.tooLong');
    else {
      void this.router.navigate(['/bibliotheek/zoeken'], { queryParams: { q } });
      return;
    }
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }
}

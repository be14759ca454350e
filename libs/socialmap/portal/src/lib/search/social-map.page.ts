import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  SOCIAL_CATEGORIES,
  SOCIAL_MAP_POSTCODE_PATTERN,
  SOCIAL_MAP_QUERY_MAX,
  SocialCategory,
  SocialMapSearchResponse,
  SocialServiceHit,
} from '@nabij/socialmap/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  useTexts,
} from '@nabij/platform/portal';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';
import { SocialMapApi } from '../socialmap.api';
import { socialMapTexts } from '../socialmap.i18n';

type Loaded = { status: 'loading' } | { status: 'ok'; value: SocialMapSearchResponse } | { status: 'error' };

/**
 * `/sociale-kaart?q=…&onderwerp=…&postcode=…` (public): search the social map by need, topic and
 * postcode. The search lives in the address, so a result list can be shared, bookmarked or sent back
 * to. With a known postcode the nearest place comes first.
 */
@Component({
  selector: 'nb-social-map-page',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './social-map.page.css',
  template: `
    <h1 tabindex="-1">{{ 'socialmap.title' | t }}</h1>
    <p>{{ 'socialmap.intro' | t }}</p>
    <p class="urgent">{{ 'socialmap.urgent' | t }}</p>

    <form class="search" role="search" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <nb-form-field fieldId="socialmap-q" [label]="'socialmap.q.label' | t" [hint]="'socialmap.q.hint' | t" [error]="qError() ? (qError()! | t) : null">
        <input nbControl class="input" type="search" name="q" enterkeyhint="search" formControlName="q" (input)="qError.set(null)" />
      </nb-form-field>
      <nb-form-field
        fieldId="socialmap-postcode"
        [label]="'socialmap.postcode.label' | t"
        [hint]="'socialmap.postcode.hint' | t"
        [error]="postcodeError() ? (postcodeError()! | t) : null"
      >
        <input nbControl class="input postcode" type="text" name="postcode" autocomplete="postal-code" formControlName="postcode" (input)="postcodeError.set(null)" />
      </nb-form-field>
      <button type="submit" class="button">{{ 'socialmap.submit' | t }}</button>
    </form>

    <fieldset class="chips">
      <legend>{{ 'socialmap.categories' | t }}</legend>
      <button type="button" class="chip" [attr.aria-pressed]="!category()" (click)="choose(null)">{{ 'socialmap.category.all' | t }}</button>
      @for (c of categories; track c) {
        <button type="button" class="chip" [attr.aria-pressed]="category() === c" (click)="choose(c)">{{ 'socialmap.category.' + c | t }}</button>
      }
    </fieldset>

    <div aria-live="polite">
      @switch (state().status) {
        @case ('loading') {
          <p>{{ 'socialmap.busy' | t }}</p>
        }
        @case ('error') {
          <nb-message kind="error">{{ 'socialmap.loadError' | t }}</nb-message>
        }
        @case ('ok') {
          @if (result(); as r) {
            @if (r.pc4 !== null && !r.pc4Known) {
              <nb-message kind="info">{{ 'socialmap.unknownArea' | t: { pc4: r.pc4 } }}</nb-message>
            }
            @if (r.hits.length) {
              <h2>{{ countText(r) }}</h2>
            } @else {
              <h2>{{ 'socialmap.none' | t }}</h2>
            }
          }
        }
      }
    </div>
    @if (result(); as r) {
      <ul class="cards">
        @for (hit of r.hits; track hit.id) {
          <li class="card">
            <h3>{{ hit.providerName }}: {{ hit.name }}</h3>
            <p class="tags">
              <span class="tag">{{ 'socialmap.referral.' + hit.referral | t }}</span>
              @if (hit.demo) {
                <span class="tag tag--demo">{{ 'socialmap.demo' | t }}</span>
              }
            </p>
            <p>{{ hit.description }}</p>
            <p>{{ 'socialmap.for' | t: { audience: hit.audience } }}</p>
            <p>{{ 'socialmap.helpsWith' | t: { categories: categoryNames(hit) } }}</p>
            <p class="where">
              @if (hit.distanceKm !== null) {
                {{ 'socialmap.distance' | t: { km: km(hit.distanceKm) } }} · {{ hit.municipality }}
              } @else if (hit.servedAreas.length === 0) {
                {{ 'socialmap.national' | t }}
              } @else {
                {{ hit.municipality }}
              }
              @if (hit.servesPostcode === false) {
                <br /><strong>{{ 'socialmap.notYourArea' | t }}</strong>
              }
            </p>
            @if (hit.openingHours) {
              <p>{{ 'socialmap.hours' | t: { hours: hit.openingHours } }}</p>
            }
            @if (hit.address) {
              <p>{{ 'socialmap.address' | t: { address: hit.address } }}</p>
            }
            <p class="actions">
              @if (hit.phone) {
                <a class="button" [href]="'tel:' + telDigits(hit.phone)">{{ 'socialmap.phone' | t: { phone: hit.phone } }}</a>
              }
              @if (hit.website) {
                <a class="link" [href]="hit.website" rel="noopener noreferrer" target="_blank">{{ 'socialmap.website' | t: { provider: hit.providerName } }}</a>
              }
            </p>
          </li>
        }
      </ul>
      @if (hasDemo(r)) {
        <p class="note">{{ 'socialmap.demoNote' | t }}</p>
      }
    }
  `,
})
export class SocialMapPage {
  protected readonly i18n = useTexts(socialMapTexts);
  private readonly api = inject(SocialMapApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly categories = SOCIAL_CATEGORIES;

  /** Query parameters ?q=, ?onderwerp=, ?postcode=. */
  readonly q = input<string | undefined>(undefined);
  readonly onderwerp = input<string | undefined>(undefined);
  readonly postcode = input<string | undefined>(undefined);

  protected readonly category = computed(() => {
    const c = this.onderwerp();
    return (SOCIAL_CATEGORIES as readonly string[]).includes(c ?? '') ? (c as SocialCategory) : null;
  });
  private readonly query = computed(() => ({
    q: (this.q() ?? '').trim().slice(0, SOCIAL_MAP_QUERY_MAX) || undefined,
    postcode: SOCIAL_MAP_POSTCODE_PATTERN.test(this.postcode() ?? '') ? this.postcode()!.trim() : undefined,
    category: this.category() ?? undefined,
  }));

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    postcode: new FormControl('', { nonNullable: true }),
  });
  protected readonly qError = signal<string | null>(null);
  protected readonly postcodeError = signal<string | null>(null);

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap((query): Observable<Loaded> =>
        this.api.search(query).pipe(
          map((value): Loaded => ({ status: 'ok', value })),
          catchError(() => of<Loaded>({ status: 'error' })),
          startWith<Loaded>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Loaded },
  );
  protected readonly result = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  });

  constructor() {
    effect(() => {
      const { q, postcode } = this.query();
      this.form.setValue({ q: q ?? '', postcode: postcode ?? '' });
    });
  }

  protected submit(): void {
    const q = this.form.controls.q.value.trim();
    const postcode = this.form.controls.postcode.value.trim();
    this.qError.set(q.length > SOCIAL_MAP_QUERY_MAX ? 'socialmap.error.tooLong' : null);
    this.postcodeError.set(postcode && !SOCIAL_MAP_POSTCODE_PATTERN.test(postcode) ? 'socialmap.error.postcode' : null);
    if (this.qError() || this.postcodeError()) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.go({ q, postcode, onderwerp: this.category() });
  }

  protected choose(category: SocialCategory | null): void {
    const { q, postcode } = this.query();
    this.go({ q, postcode, onderwerp: category });
  }

  private go(params: Record<string, string | null | undefined>): void {
    const queryParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v || null]));
    void this.router.navigate(['/sociale-kaart'], { queryParams });
  }

  protected countText(r: SocialMapSearchResponse): string {
    const count = r.hits.length;
    if (r.pc4Known) return this.i18n.t('socialmap.countNear', { count, pc4: r.pc4 ?? '' });
    return count === 1 ? this.i18n.t('socialmap.countOne') : this.i18n.t('socialmap.count', { count });
  }

  protected categoryNames(hit: SocialServiceHit): string {
    return hit.categories.map((c) => this.i18n.t(`socialmap.category.${c}`)).join(', ');
  }

  protected km(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value);
  }

  /** "0900-8020" → "09008020": a tel: link holds digits (and a leading +) only. */
  protected telDigits(phone: string): string {
    return phone.replace(/[^\d+]/g, '');
  }

  protected hasDemo(r: SocialMapSearchResponse): boolean {
    return r.hits.some((h) => h.demo);
  }
}

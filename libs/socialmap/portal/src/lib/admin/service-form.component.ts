import { ChangeDetectionStrategy, Component, ElementRef, Injector, effect, inject, input, output } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import {
  SOCIAL_CATEGORIES,
  SOCIAL_REFERRALS,
  formatPostcodeAreas,
  parsePostcodeAreas,
  type AdminSocialService,
  type SaveSocialService,
  type SocialCategory,
  type SocialReferral,
} from '@nabij/socialmap/contracts';
import { FormControlDirective, FormFieldComponent, TranslatePipe, focusFirstInvalid, useTexts } from '@nabij/platform/portal';
import { socialMapTexts } from '../socialmap.i18n';
import { socialMapAdminTexts } from './admin.i18n';

const areas = (c: AbstractControl): ValidationErrors | null => (parsePostcodeAreas(c.value ?? '') === null ? { areas: true } : null);
const required = (text: string) =>
  new FormControl(text, { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });

/** Fields with a format of their own; every other field is only required. */
const FORMAT_ERRORS: Record<string, string> = { servedAreas: 'areas', locationPc4: 'pc4', website: 'website', phone: 'phone' };

/** The form for one service (new or existing); emits what to save, the page talks to the API. */
@Component({
  selector: 'nb-social-service-form',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="service-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @for (f of textFields; track f) {
        <nb-form-field [fieldId]="'svc-' + f" [label]="'socialmap.admin.field.' + f | t" [error]="errorOf(f)">
          @if (f === 'description') {
            <textarea nbControl class="input" rows="4" [formControlName]="f"></textarea>
          } @else {
            <input nbControl class="input" type="text" [formControlName]="f" />
          }
        </nb-form-field>
      }
      <fieldset class="choices" [attr.aria-describedby]="categoriesInvalid() ? 'svc-categories-error' : null">
        <legend>{{ 'socialmap.admin.field.categories' | t }}</legend>
        @for (c of categories; track c) {
          <label class="choice"><input type="checkbox" [checked]="chosen.has(c)" (change)="toggle(c)" /> {{ 'socialmap.category.' + c | t }}</label>
        }
        @if (categoriesInvalid()) {
          <p id="svc-categories-error" class="error" role="alert">{{ 'socialmap.admin.error.categories' | t }}</p>
        }
      </fieldset>
      <fieldset class="choices">
        <legend>{{ 'socialmap.admin.field.referral' | t }}</legend>
        @for (r of referrals; track r) {
          <label class="choice"><input type="radio" formControlName="referral" [value]="r" /> {{ 'socialmap.referral.' + r | t }}</label>
        }
      </fieldset>
      <nb-form-field fieldId="svc-servedAreas" [label]="'socialmap.admin.field.servedAreas' | t" [hint]="'socialmap.admin.field.servedAreasHint' | t" [error]="errorOf('servedAreas')">
        <input nbControl class="input" type="text" inputmode="numeric" formControlName="servedAreas" />
      </nb-form-field>
      <nb-form-field fieldId="svc-locationPc4" [label]="'socialmap.admin.field.locationPc4' | t" [hint]="'socialmap.admin.field.locationPc4Hint' | t" [error]="errorOf('locationPc4')">
        <input nbControl class="input pc4" type="text" inputmode="numeric" formControlName="locationPc4" />
      </nb-form-field>
      <p class="buttons">
        <button type="submit" class="button">{{ 'socialmap.admin.save' | t }}</button>
        <button type="button" class="button button--secondary" (click)="cancelled.emit()">{{ 'socialmap.admin.cancel' | t }}</button>
      </p>
    </form>
  `,
})
export class ServiceFormComponent {
  private readonly mapTexts = useTexts(socialMapTexts);
  protected readonly i18n = useTexts(socialMapAdminTexts);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly categories = SOCIAL_CATEGORIES;
  protected readonly referrals = SOCIAL_REFERRALS;
  protected readonly textFields = [
    'providerName',
    'name',
    'description',
    'audience',
    'municipality',
    'address',
    'openingHours',
    'phone',
    'website',
  ] as const;

  /** The service to change; null for a new one. */
  readonly service = input<AdminSocialService | null>(null);
  readonly saved = output<SaveSocialService>();
  readonly cancelled = output<void>();

  protected chosen = new Set<SocialCategory>();
  private submitted = false;
  protected readonly form = new FormGroup({
    providerName: required(''),
    name: required(''),
    description: required(''),
    audience: required(''),
    municipality: required(''),
    address: new FormControl('', { nonNullable: true }),
    openingHours: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true, validators: Validators.pattern(/^(\+?[0-9][0-9 -]{2,28})?$/) }),
    website: new FormControl('', { nonNullable: true, validators: Validators.pattern(/^(https:\/\/\S+)?$/) }),
    referral: new FormControl<SocialReferral>('self', { nonNullable: true }),
    servedAreas: new FormControl('', { nonNullable: true, validators: areas }),
    locationPc4: new FormControl('', { nonNullable: true, validators: Validators.pattern(/^([1-9]\d{3})?$/) }),
  });

  constructor() {
    effect(() => {
      const s = this.service();
      this.chosen = new Set(s?.categories ?? []);
      this.form.reset({
        providerName: s?.providerName ?? '',
        name: s?.name ?? '',
        description: s?.description ?? '',
        audience: s?.audience ?? '',
        municipality: s?.municipality ?? '',
        address: s?.address ?? '',
        openingHours: s?.openingHours ?? '',
        phone: s?.phone ?? '',
        website: s?.website ?? '',
        referral: s?.referral ?? 'self',
        servedAreas: formatPostcodeAreas(s?.servedAreas ?? []),
        locationPc4: s?.locationPc4 ? String(s.locationPc4) : '',
      });
    });
  }

  protected toggle(c: SocialCategory): void {
    if (this.chosen.has(c)) this.chosen.delete(c);
    else this.chosen.add(c);
  }

  protected categoriesInvalid(): boolean {
    return this.submitted && this.chosen.size === 0;
  }

  protected errorOf(field: keyof typeof this.form.controls): string | null {
    if (!this.submitted || this.form.controls[field].valid) return null;
    return this.i18n.t(`socialmap.admin.error.${FORMAT_ERRORS[field] ?? 'required'}`);
  }

  protected submit(): void {
    this.submitted = true;
    if (this.form.invalid || this.chosen.size === 0) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const v = this.form.getRawValue();
    const orNull = (text: string) => text.trim() || null;
    this.saved.emit({
      providerName: v.providerName.trim(),
      name: v.name.trim(),
      description: v.description.trim(),
      categories: SOCIAL_CATEGORIES.filter((c) => this.chosen.has(c)),
      audience: v.audience.trim(),
      municipality: v.municipality.trim(),
      address: orNull(v.address),
      openingHours: orNull(v.openingHours),
      phone: orNull(v.phone),
      website: orNull(v.website),
      referral: v.referral,
      servedAreas: parsePostcodeAreas(v.servedAreas) ?? [],
      locationPc4: v.locationPc4 ? Number(v.locationPc4) : null,
    });
  }
}

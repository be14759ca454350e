import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import type { ServiceArea } from '@nabij/intake/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { intakeStaffTexts } from '../staff.i18n';
import { ServiceAreasStore } from './service-areas.store';

type Field = 'financierId' | 'postcodeFrom' | 'postcodeTo';

const digits = [Validators.required, Validators.pattern(/^\s*[1-9]\d{3}\s*$/)];

/** "to" below "from" is a typo, not a wish: say so at the "to" field. */
function rangeOrder(group: AbstractControl): ValidationErrors | null {
  const from = Number(group.get('postcodeFrom')?.value);
  const to = Number(group.get('postcodeTo')?.value);
  return from && to && to < from ? { order: true } : null;
}

/** Admin: the table of postcode ranges per financier with add, edit and delete (with confirm). */
@Component({
  selector: 'nb-service-areas-editor',
  styleUrl: './service-areas-editor.component.css',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  providers: [ServiceAreasStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-areas-editor.component.html',
})
export class ServiceAreasEditorComponent implements OnInit {
  protected readonly i18n = useTexts(intakeStaffTexts);
  protected readonly store = inject(ServiceAreasStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup(
    {
      financierId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      postcodeFrom: new FormControl('', { nonNullable: true, validators: digits }),
      postcodeTo: new FormControl('', { nonNullable: true, validators: digits }),
    },
    { validators: rangeOrder },
  );
  protected readonly editing = signal<ServiceArea | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly loadError = signal(false);
  protected readonly done = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      await this.store.load();
    } catch {
      this.loadError.set(true);
    }
  }

  protected range(area: ServiceArea): Record<string, string | number> {
    return { financier: area.financier, from: area.postcodeFrom, to: area.postcodeTo };
  }

  protected errorFor(field: Field): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    if (!this.submitted()) return null;
    if (field === 'financierId') return this.form.controls.financierId.invalid ? 'areas.error.financier' : null;
    if (this.form.controls[field].invalid) return 'areas.error.digits';
    return field === 'postcodeTo' && this.form.hasError('order') ? 'areas.error.order' : null;
  }

  protected edit(area: ServiceArea): void {
    this.editing.set(area);
    this.confirming.set(null);
    this.resetMessages();
    this.form.setValue({ financierId: area.financierId, postcodeFrom: String(area.postcodeFrom), postcodeTo: String(area.postcodeTo) });
    focusAfterRender(this.host.nativeElement, '#area-financier', this.injector);
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.resetMessages();
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.resetMessages();
    this.submitted.set(true);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const saved = await this.store.save(
        { financierId: value.financierId, postcodeFrom: Number(value.postcodeFrom), postcodeTo: Number(value.postcodeTo) },
        this.editing()?.id,
      );
      this.done.set(this.i18n.t('areas.saved', this.range(saved)));
      this.editing.set(null);
      this.form.reset();
      this.submitted.set(false);
    } catch (err) {
      void this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  protected askDelete(area: ServiceArea): void {
    this.resetMessages();
    this.confirming.set(area.id);
    focusAfterRender(this.host.nativeElement, `#confirm-no-${area.id}`, this.injector);
  }

  protected cancelDelete(area: ServiceArea): void {
    this.confirming.set(null);
    focusAfterRender(this.host.nativeElement, `#delete-${area.id}`, this.injector);
  }

  protected async remove(area: ServiceArea): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.resetMessages();
    try {
      await this.store.remove(area.id);
      if (this.editing()?.id === area.id) this.cancelEdit();
      this.done.set(this.i18n.t('areas.deleted', this.range(area)));
      focusAfterRender(this.host.nativeElement, 'h2', this.injector);
    } catch (err) {
      void this.showError(err);
    } finally {
      this.confirming.set(null);
      this.busy.set(false);
    }
  }

  private resetMessages(): void {
    this.serverErrors.set({});
    this.error.set(null);
    this.done.set(null);
  }

  private async showError(err: unknown): Promise<void> {
    const error = toApiError(err);
    const fields = error.fields ?? {};
    const shown: Partial<Record<Field, string>> = {};
    if (fields['financierId']) shown.financierId = 'areas.error.financier';
    if (fields['postcodeFrom']) shown.postcodeFrom = 'areas.error.digits';
    if (fields['postcodeTo']) shown.postcodeTo = 'areas.error.digits';
    if (Object.keys(shown).length) {
      this.serverErrors.set(shown);
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    if (error.statusCode === 404) {
      this.error.set('areas.error.gone');
      this.editing.set(null);
      await this.store.load().catch(() => this.loadError.set(true));
      return;
    }
    this.error.set(generalErrorKey(error));
  }
}

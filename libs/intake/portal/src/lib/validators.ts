import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isStrongEnoughPassword } from '@nabij/identity/contracts';
import { isValidPostcode } from '@nabij/intake/contracts';

/** Same rules as the API DTOs (shared contracts), so the form and the API agree. */
export const postcodeValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null =>
  !c.value || isValidPostcode(String(c.value)) ? null : { postcode: true };

export const strongPasswordValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null =>
  !c.value || isStrongEnoughPassword(String(c.value)) ? null : { weakPassword: true };

/** A real calendar date (YYYY-MM-DD, as date inputs give it) from 1900 until today. */
export const birthDateValidator: ValidatorFn = (c: AbstractControl): ValidationErrors | null => {
  const v = String(c.value ?? '');
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return { birthDate: true };
  const d = new Date(`${v}T00:00:00Z`);
  const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  return real && v >= '1900-01-01' && d.getTime() <= Date.now() ? null : { birthDate: true };
};

/** Today as YYYY-MM-DD, for the `max` of a birth-date input. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

import { BadRequestException } from '@nestjs/common';

/** Field name → what is wrong with it, the same shape the global ValidationPipe answers with. */
export type FieldErrors = Record<string, string[]>;

export function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/** Throws the platform's 400 shape when there is anything in `errors`. */
export function throwIfAny(errors: FieldErrors): void {
  const fields = Object.keys(errors);
  if (fields.length) throw new BadRequestException({ message: `Check these fields: ${fields.join(', ')}`, fields: errors });
}

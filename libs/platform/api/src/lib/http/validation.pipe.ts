import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldErrorReason } from '@nabij/platform/contracts';
import { findHostileText, HOSTILE_TEXT_MESSAGE, isIdParamName, isUuid } from './hostile-input';

// @nestjs/swagger keeps each property's ApiProperty options under this key (PartialType copies it).
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

/** class-validator's constraint names as the stable reasons of ErrorBody field codes; others are 'invalid'. */
const REASON_OF_CONSTRAINT: Record<string, FieldErrorReason> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  maxLength: 'too_long',
  arrayMaxSize: 'too_long',
  max: 'number',
  minLength: 'too_short',
  arrayMinSize: 'too_short',
  min: 'number',
  isEmail: 'email',
  isIn: 'not_allowed',
  isEnum: 'not_allowed',
  isUuid: 'id',
  whitelistValidation: 'unknown',
  isInt: 'number',
  isNumber: 'number',
  isPositive: 'number',
  isString: 'text',
  isBoolean: 'yes_no',
  isDateString: 'date',
  isIso8601: 'date',
  isCalendarDate: 'date',
  isBirthDate: 'date',
  isDateTime: 'date',
};

function collect(
  errors: ValidationError[],
  prefix: string,
  into: Record<string, string[]>,
  reasons: Record<string, FieldErrorReason>,
): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      into[field] = Object.values(error.constraints);
      // The first rule that failed names the reason (stopAtFirstError is off, so several may have).
      const [first] = Object.keys(error.constraints);
      reasons[field] = REASON_OF_CONSTRAINT[first] ?? 'invalid';
    }
    if (error.children?.length) collect(error.children, field, into, reasons);
  }
}

/** A 400 naming each field, with its message (English) and its code `<field>.<reason>` for the portal's own words. */
function badFields(fields: Record<string, string[]>, reasons: Record<string, FieldErrorReason>): BadRequestException {
  const fieldCodes = Object.fromEntries(Object.keys(fields).map((field) => [field, `${field}.${reasons[field] ?? 'invalid'}`]));
  return new BadRequestException({ message: `Check these fields: ${Object.keys(fields).join(', ')}`, fields, fieldCodes });
}

/**
 * The global pipe: before the DTO rules run, it refuses what no route can use (NUL characters and
 * lone surrogates anywhere, `null` where the API document does not say nullable, path ids that are
 * not UUIDs); then it rejects unknown and malformed fields. Every refusal is a 400 naming the field.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => {
        const fields: Record<string, string[]> = {};
        const reasons: Record<string, FieldErrorReason> = {};
        collect(errors, '', fields, reasons);
        return badFields(fields, reasons);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const fields: Record<string, string[]> = {};
      const reasons: Record<string, FieldErrorReason> = {};
      const root = metadata.data ?? (metadata.type === 'body' && (value === null || typeof value !== 'object') ? 'body' : '');
      for (const path of findHostileText(value, root)) {
        fields[path] = [HOSTILE_TEXT_MESSAGE];
        reasons[path] = 'characters';
      }
      if (metadata.type === 'param' && isIdParamName(metadata.data) && !fields[metadata.data!] && !isUuid(value)) {
        fields[metadata.data!] = [`${metadata.data} must be an id (a UUID such as 6f1c1c5e-0000-4000-8000-000000000000)`];
        reasons[metadata.data!] = 'id';
      }
      if (metadata.type === 'body' && !metadata.data) {
        for (const [field, messages] of Object.entries(nullsNotAllowed(value, metadata.metatype))) {
          fields[field] = messages;
          reasons[field] = 'not_allowed';
        }
      }
      if (Object.keys(fields).length > 0) throw badFields(fields, reasons);
    }
    return super.transform(value, metadata);
  }
}

/**
 * `null` for a property is accepted only where the DTO's ApiProperty says `nullable: true`. Without
 * this, `@IsOptional()` lets `null` through and a PATCH writes it into a NOT NULL column.
 */
function nullsNotAllowed(body: unknown, metatype: ArgumentMetadata['metatype']): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!metatype || !isDtoClass(metatype) || body === null || typeof body !== 'object' || Array.isArray(body)) return fields;
  for (const [key, value] of Object.entries(body)) {
    if (value !== null) continue;
    const declared = Reflect.getMetadata(SWAGGER_PROPERTY, metatype.prototype, key) as { nullable?: boolean } | undefined;
    if (!declared?.nullable) fields[key] = [`${key} must not be null; leave it out to keep it as it is`];
  }
  return fields;
}

function isDtoClass(metatype: NonNullable<ArgumentMetadata['metatype']>): boolean {
  return ![String, Boolean, Number, Array, Object, Buffer].includes(metatype as never);
}

/** Kept for callers that build the pipe by name. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
}

import { ArgumentMetadata, BadRequestException, PipeTransform } from '@nestjs/common';
import { PG_INT_MAX } from './hostile-input';

/**
 * A whole-number query or path parameter within [min, max] (default: 0 up to PostgreSQL's integer
 * maximum), so a value like 2^31 is a 400 naming the parameter instead of an out-of-range query.
 * Leave the parameter out to get `fallback`.
 */
export class IntInRangePipe implements PipeTransform<unknown, number> {
  constructor(private readonly options: { min?: number; max?: number; fallback?: number } = {}) {}

  transform(value: unknown, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'value';
    const min = this.options.min ?? 0;
    const max = this.options.max ?? PG_INT_MAX;
    if ((value === undefined || value === '') && this.options.fallback !== undefined) return this.options.fallback;
    // The global ValidationPipe may already have turned "12" into 12 (transform: true).
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new BadRequestException({
        message: `Check these fields: ${name}`,
        fields: { [name]: [`${name} must be a whole number from ${min} to ${max}`] },
        fieldCodes: { [name]: `${name}.number` },
      });
    }
    return n;
  }
}

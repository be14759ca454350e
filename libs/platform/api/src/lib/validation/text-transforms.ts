/**
 * For `@Transform` on optional free text: surrounding spaces go, and a text left empty counts as
 * not given (so `@IsOptional()` lets it pass and nothing empty is stored).
 */
export function blankToUndefined({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

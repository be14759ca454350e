import { ApiPropertyOptional } from '@nestjs/swagger';
import { ContactDefaultsUpdate, MAX_ENTRY_MINUTES } from '@nabij/time/contracts';
import { IsInt, IsOptional, Max, Min, ValidationArguments } from 'class-validator';

const message = (a: ValidationArguments) => `${a.property} must be a whole number of minutes from 1 to ${MAX_ENTRY_MINUTES} (24 hours)`;

function Minutes() {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    IsInt({ message })(target, key);
    Min(1, { message })(target, key);
    Max(MAX_ENTRY_MINUTES, { message })(target, key);
  };
}

/** Any subset of the organisation's default minutes; unknown contact types are refused. */
export class ContactDefaultsDto implements ContactDefaultsUpdate {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, example: 20 })
  @Minutes()
  message?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, example: 15 })
  @Minutes()
  homework_feedback?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, example: 60 })
  @Minutes()
  face_to_face?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES, example: 15 })
  @Minutes()
  phone?: number;
}

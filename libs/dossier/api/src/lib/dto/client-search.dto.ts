import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ClientSearchQueryDto {
  @ApiProperty({ description: 'Part of the name or e-mail address; at least 2 characters.', minLength: 2 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  query: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STATUS_FILTERS,
  CLOSE_REASONS,
  INTAKE_CHANNELS,
  INTERPRETER_LANGUAGES,
  KINDS_OF_WORK,
  PROBLEM_AREAS,
} from '@nabij/dossier/contracts';
import type {
  CaseStatusFilter,
  CloseCaseRequest,
  ReopenCaseRequest,
  CloseReason,
  HandoverRequest,
  IntakeChannel,
  InterpreterLanguage,
  KindOfWork,
  OpenCaseRequest,
  ProblemArea,
  SetInterpreterRequest,
} from '@nabij/dossier/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUS_FILTERS, default: 'open' })
  @IsOptional()
  @IsIn(CASE_STATUS_FILTERS)
  status?: CaseStatusFilter;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  financierId?: string;

  @ApiPropertyOptional({ enum: KINDS_OF_WORK })
  @IsOptional()
  @IsIn(KINDS_OF_WORK)
  kindOfWork?: KindOfWork;
}

export class OpenCaseDto implements OpenCaseRequest {
  @ApiProperty()
  @IsUUID()
  clientId: string;

  @ApiProperty({ enum: KINDS_OF_WORK })
  @IsIn(KINDS_OF_WORK)
  kindOfWork: KindOfWork;

  @ApiPropertyOptional({ enum: PROBLEM_AREAS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROBLEM_AREAS.length)
  @IsIn(PROBLEM_AREAS, { each: true })
  problemAreas?: ProblemArea[];

  @ApiPropertyOptional({ description: "Defaults to the client's financier (from their postcode)." })
  @IsOptional()
  @IsUUID()
  financierId?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  usesOnlineDossier?: boolean;

  @ApiPropertyOptional({ example: '2026-03-02', format: 'date', description: 'Defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  openedOn?: string;

  @ApiPropertyOptional({ enum: INTAKE_CHANNELS, description: 'How the client came in (for the intake report).' })
  @IsOptional()
  @IsIn(INTAKE_CHANNELS)
  intakeChannel?: IntakeChannel;
}

export class HandoverDto implements HandoverRequest {
  @ApiProperty({ description: 'A worker of your organisation.' })
  @IsUUID()
  toWorkerId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReopenCaseDto implements ReopenCaseRequest {
  @ApiProperty({ minLength: 3, maxLength: 500, example: 'De cliënt meldt zich opnieuw met dezelfde vraag.' })
  @IsString({ message: 'reason must be text' })
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(500, { message: 'reason can be at most 500 characters' })
  reason: string;
}

export class CloseCaseDto implements CloseCaseRequest {
  @ApiProperty({ enum: CLOSE_REASONS })
  @IsIn(CLOSE_REASONS)
  reason: CloseReason;

  @ApiPropertyOptional({ example: '2026-03-02', format: 'date', description: 'Defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  closedOn?: string;
}

export class SetInterpreterDto implements SetInterpreterRequest {
  @ApiProperty({ enum: INTERPRETER_LANGUAGES, nullable: true, description: "The interpreter's language; null when none is needed." })
  @IsDefined({ message: 'language is required (null when no interpreter is needed)' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(INTERPRETER_LANGUAGES, { message: 'language must be one of the interpreter languages, or null' })
  language: InterpreterLanguage | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALL_OUTCOMES, CSV_MAX_CHARS, LIST_NAME_MAX, SCHOOL_MAX } from '@nabij/outreach/contracts';
import { KINDS_OF_WORK, type KindOfWork } from '@nabij/dossier/contracts';
import { NAME_MAX_LENGTH } from '@nabij/identity/contracts';
import type {
  Answers,
  AssignEntries,
  CallOutcome,
  CreateCallList,
  CreateTaskCase,
  CreateTaskReferral,
  FinishCall,
} from '@nabij/outreach/contracts';
import { IsBirthDate, IsCalendarDate, IsDateTime } from '@nabij/platform/api';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

export class CreateCallListDto implements CreateCallList {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LIST_NAME_MAX) name!: string;
  @ApiProperty() @IsUUID() questionnaireId!: string;
  @ApiPropertyOptional({ description: 'CSV with a header line: naam;telefoon[;postcode][;school]' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CSV_MAX_CHARS)
  csv?: string;
  @ApiPropertyOptional({ description: 'The clients with an open case of this team' }) @IsOptional() @IsUUID() teamId?: string;
  @ApiPropertyOptional({ description: 'The clients with an open case whom this financier pays for' })
  @IsOptional()
  @IsUUID()
  financierId?: string;
  @ApiPropertyOptional({ description: 'The families of this school on earlier lists' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SCHOOL_MAX)
  school?: string;
}

export class AssignEntriesDto implements AssignEntries {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  entryIds!: string[];

  @ApiProperty({ nullable: true, type: String })
  @ValidateIf((o: AssignEntriesDto) => o.workerId !== null)
  @IsUUID()
  workerId!: string | null;
}

export class FinishCallDto implements FinishCall {
  @ApiProperty({ enum: CALL_OUTCOMES }) @IsIn(CALL_OUTCOMES) outcome!: CallOutcome;
  @ApiPropertyOptional() @IsOptional() @IsDateTime() callBackAt?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject() answers?: Answers;
}

export class CreateTaskReferralDto implements CreateTaskReferral {
  @ApiProperty({ format: 'uuid', description: 'A service on the social map (GET /api/social-map/services)' })
  @IsUUID('all', { message: 'serviceId must be the id of a service on the social map' })
  serviceId!: string;

  @ApiProperty({ maxLength: 1000, description: 'Why: prefilled with what the family asked help for' })
  @IsString({ message: 'reason must be text' })
  @Matches(/\S/, { message: 'reason must not be empty' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason!: string;
}

export class CreateTaskCaseDto implements CreateTaskCase<KindOfWork> {
  @ApiProperty({ maxLength: NAME_MAX_LENGTH, description: "The client's name: prefilled with the family's name from the list" })
  @IsString({ message: 'name must be text' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH, { message: `name must be at most ${NAME_MAX_LENGTH} characters` })
  name!: string;

  @ApiProperty({ example: '1984-05-17', format: 'date' })
  @IsBirthDate()
  birthDate!: string;

  @ApiProperty({ format: 'uuid', description: 'A financier of your organisation (GET /api/financiers)' })
  @IsUUID('all', { message: 'financierId must be the id of a financier of your organisation' })
  financierId!: string;

  @ApiProperty({ enum: KINDS_OF_WORK })
  @IsIn(KINDS_OF_WORK, { message: `kindOfWork must be one of ${KINDS_OF_WORK.join(', ')}` })
  kindOfWork!: KindOfWork;
}

export class SummaryQueryDto {
  /** Any day of the week (Europe/Amsterdam); the current week when left out. */
  @ApiPropertyOptional({ example: '2026-11-30' }) @IsOptional() @IsCalendarDate() week?: string;
  /** csv: the same figures for Dutch Excel (semicolons, BOM). */
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

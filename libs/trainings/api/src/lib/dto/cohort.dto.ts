import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AddParticipantRequest,
  AttendanceRequest,
  COHORT_LIMITS,
  COHORT_PACINGS,
  CohortPacing,
  CreateCohortRequest,
  GroupMessageRequest,
  GroupSessionRequest,
  InviteParticipantRequest,
  NicknameRequest,
  SESSION_PLACES,
  SessionPlace,
} from '@nabij/trainings/contracts';
import { IsCalendarDate } from '@nabij/platform/api';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class CreateCohortDto implements CreateCohortRequest {
  @ApiProperty()
  @IsUUID('4', { message: 'trainingId must be the id of a training' })
  trainingId: string;

  @ApiProperty({ example: 'Grip op geld, voorjaar 2027' })
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @MinLength(1, { message: 'give the group a name' })
  @MaxLength(120, { message: 'keep the name under 120 characters' })
  title: string;

  @ApiProperty({ example: '2027-01-12' })
  @IsString({ message: 'startsOn must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn: string;

  @ApiProperty({ enum: COHORT_PACINGS })
  @IsIn(COHORT_PACINGS, { message: 'pacing must be per_session or own_pace' })
  pacing: CohortPacing;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'coTrainerIds must be a list of worker ids' })
  @ArrayMaxSize(COHORT_LIMITS.maxTrainers - 1, { message: `at most ${COHORT_LIMITS.maxTrainers} trainers` })
  @IsUUID('4', { each: true, message: 'each co-trainer must be a worker id' })
  coTrainerIds?: string[];
}

export class AddParticipantDto implements AddParticipantRequest {
  @ApiProperty({ description: 'A client with an open case of yours' })
  @IsUUID('4', { message: 'clientId must be the id of a client' })
  clientId: string;
}

export class InviteParticipantDto implements InviteParticipantRequest {
  @ApiProperty({ example: 'sanne@example.nl' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email is too long' })
  email: string;
}

export class GroupSessionDto implements GroupSessionRequest {
  @ApiProperty({ example: '2027-01-12T18:30:00+01:00' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be a date and time (ISO 8601)' })
  startsAt: string;

  @ApiProperty({ minimum: 15, maximum: 480, example: 120 })
  @IsInt({ message: 'minutes must be a whole number' })
  @Min(15, { message: 'a session takes at least 15 minutes' })
  @Max(480, { message: 'a session takes at most 8 hours' })
  minutes: number;

  @ApiProperty({ enum: SESSION_PLACES })
  @IsIn(SESSION_PLACES, { message: 'place must be room, online or video' })
  place: SessionPlace;

  @ApiPropertyOptional({ example: 'Zaal 2' })
  @ValidateIf((o: GroupSessionDto) => o.place === 'room')
  @Transform(trim)
  @IsString({ message: 'room must be text' })
  @MinLength(1, { message: 'name the room' })
  @MaxLength(120, { message: 'keep the room under 120 characters' })
  room?: string;

  @ApiPropertyOptional({ example: 'Breestraat 10, 2311 CS Leiden' })
  @ValidateIf((o: GroupSessionDto) => o.place === 'room')
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @MinLength(5, { message: 'give the address of the room' })
  @MaxLength(200, { message: 'keep the address under 200 characters' })
  address?: string;

  @ApiPropertyOptional({ example: 'https://meet.example.nl/grip-op-geld' })
  @ValidateIf((o: GroupSessionDto) => o.place === 'online')
  @Transform(trim)
  @IsString({ message: 'link must be a web address' })
  @Matches(/^https:\/\/[^\s]+$/, { message: 'link must be a web address starting with https://' })
  @MaxLength(500, { message: 'link is too long' })
  link?: string;

  @ApiPropertyOptional({ nullable: true, description: 'The module this session is about' })
  @IsOptional()
  @IsUUID('4', { message: 'moduleId must be the id of a module of the course' })
  moduleId?: string | null;
}

export class AttendanceDto implements AttendanceRequest {
  @ApiProperty({ type: [String], description: 'Client ids of the participants who were there' })
  @IsArray({ message: 'present must be a list of participants' })
  @ArrayMaxSize(COHORT_LIMITS.maxParticipants, { message: `present has at most ${COHORT_LIMITS.maxParticipants} participants` })
  @IsUUID('4', { each: true, message: 'each present participant must be a client id' })
  present: string[];
}

export class GroupMessageDto implements GroupMessageRequest {
  @ApiProperty({ description: 'Chosen by the sender, so a retry does not send twice' })
  @IsUUID('4', { message: 'id must be a new uuid' })
  id: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: 'write a message' })
  @MaxLength(COHORT_LIMITS.messageMax, { message: `keep the message under ${COHORT_LIMITS.messageMax} characters` })
  body: string;
}

export class NicknameDto implements NicknameRequest {
  @ApiProperty({ nullable: true, example: 'Zonnetje' })
  @Transform(emptyToNull)
  @ValidateIf((o: NicknameDto) => o.nickname !== null)
  @IsString({ message: 'nickname must be text' })
  @MinLength(2, { message: 'a nickname has at least 2 characters' })
  @MaxLength(30, { message: 'a nickname has at most 30 characters' })
  @Matches(/^[\p{L}\p{N} '._-]+$/u, { message: 'a nickname has letters, digits, spaces and . _ - only' })
  nickname: string | null;
}

export class GroupReportQueryDto {
  // A real calendar day in 1900–2100: '0000-01-01' matches the pattern but PostgreSQL refuses it.
  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate()
  to: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import {
  CreateVideoGuestLinkRequest,
  SaveCallTextRequest,
  VIDEO_TEXT_MAX_LENGTH,
  VIDEO_TEXT_MAX_LINES,
  VideoRole,
  VIDEO_GUEST_FIRST_NAME_MAX,
  VIDEO_GUEST_KINDS,
  VideoGuestKind,
  VideoGuestTokenRequest,
} from '@nabij/video/contracts';

export class IceServersQueryDto {
  @ApiProperty({ description: 'The video appointment whose call the servers are for' })
  @IsUUID('all', { message: 'appointmentId must be the id of an appointment' })
  appointmentId: string;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateVideoGuestLinkDto implements CreateVideoGuestLinkRequest {
  @ApiProperty({ enum: VIDEO_GUEST_KINDS, description: 'interpreter (tolk) or colleague' })
  @IsIn(VIDEO_GUEST_KINDS, { message: `kind must be one of: ${VIDEO_GUEST_KINDS.join(', ')}` })
  kind: VideoGuestKind;

  @ApiProperty({ example: 'Amira', maxLength: VIDEO_GUEST_FIRST_NAME_MAX, description: 'The guest’s first name, as the others see it' })
  @Transform(trim)
  @IsString({ message: 'firstName must be text' })
  @Length(1, VIDEO_GUEST_FIRST_NAME_MAX, { message: `firstName must be 1 to ${VIDEO_GUEST_FIRST_NAME_MAX} characters` })
  firstName: string;
}

export class VideoGuestTokenDto implements VideoGuestTokenRequest {
  @ApiProperty({ description: 'The token after # in the guest link' })
  @IsString({ message: 'token must be the code from the link' })
  @Length(1, 200, { message: 'token must be the code from the link' })
  token: string;
}

const ROLES: VideoRole[] = ['client', 'worker', 'guest'];

export class CallTextLineDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'from must be client, worker or guest' })
  from: VideoRole;

  @ApiProperty({ maxLength: VIDEO_TEXT_MAX_LENGTH })
  @IsString({ message: 'body must be text' })
  @Length(1, VIDEO_TEXT_MAX_LENGTH, { message: `body must be 1 to ${VIDEO_TEXT_MAX_LENGTH} characters` })
  body: string;

  @ApiProperty({ example: '2026-03-02T14:03:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'at must be a date and time (ISO 8601)' })
  at: string;
}

export class SaveCallTextDto implements SaveCallTextRequest {
  @ApiProperty({ type: [CallTextLineDto], description: 'The lines of the text panel, as the worker’s page has them' })
  @IsArray({ message: 'lines must be a list' })
  @ArrayMinSize(1, { message: 'lines must hold at least one line' })
  @ArrayMaxSize(VIDEO_TEXT_MAX_LINES, { message: `lines must hold at most ${VIDEO_TEXT_MAX_LINES} lines` })
  @ValidateNested({ each: true })
  @Type(() => CallTextLineDto)
  lines: CallTextLineDto[];
}

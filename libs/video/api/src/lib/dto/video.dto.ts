import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import {
  CreateVideoGuestLinkRequest,
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

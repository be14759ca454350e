import { NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';

/** Admins always belong to an organisation; a token without one sees nothing rather than everything. */
export function organisationOf(user: AuthUser): string {
  if (!user.organisationId) throw new NotFoundException('Your account belongs to no organisation.');
  return user.organisationId;
}

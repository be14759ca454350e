import { NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';

/** Admins always belong to an organisation; a token without one sees nothing rather than everything. */
export function organisationOf(user: AuthUser): string {
  if (!user.organisationId)
    throw new NotFoundException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
  return user.organisationId;
}

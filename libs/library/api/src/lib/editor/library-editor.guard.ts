import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { AuthUser } from '@nabij/platform/api';

/**
 * Who may edit the shared library: every admin, and a worker an admin gave the editor right. The
 * right is read fresh from the account on every call (not from the token), so taking it away works
 * at once. Runs after the roles guard, which lets only admins and workers through.
 */
@Injectable()
export class LibraryEditorGuard implements CanActivate {
  constructor(private readonly accounts: AccountDirectoryService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!user || !(await isLibraryEditor(this.accounts, user)))
      throw new ForbiddenException({ message: 'You do not have access to this.', code: 'common.forbidden' });
    return true;
  }
}

/** An admin, or an active worker with the editor right. */
export async function isLibraryEditor(accounts: AccountDirectoryService, user: AuthUser): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'worker') return false;
  const account = await accounts.byId(user.id);
  return !!account && !account.deactivated && account.role === 'worker' && account.libraryEditor;
}

import { Injectable } from '@nestjs/common';
import type { Language, Role } from '@nabij/platform/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface AccountRefRow {
  id: string;
  name: string | null;
  role: Role;
  organisation_id: string | null;
  team_id: string | null;
  financier_id: string | null;
  can_train: boolean;
  chat_duty: boolean;
  library_editor: boolean;
  deactivated_at: Date | null;
  language: Language;
}

export interface AccountContactRow {
  id: string;
  email: string | null;
  name: string | null;
  postcode: string | null;
  birth_date: string | null;
  financier_id: string | null;
  language: Language;
}

export interface ClientMatchRow {
  id: string;
  name: string | null;
  email: string | null;
  birth_date: string | null;
  financier_id: string | null;
}

const REF = `SELECT id, name, role, organisation_id, team_id, financier_id, can_train, chat_duty, library_editor, deactivated_at, language FROM account`;

/** The `account` reads other domains ask for through AccountDirectoryService: one statement per call, ids as arrays. */
@Injectable()
export class AccountDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  accountsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<AccountRefRow[]> {
    return manager.query(`${REF} WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Accounts of the organisation with one of the roles, of one team when `teamId` is given, by name (nulls last) and id. */
  accountsOf(
    organisationId: string,
    roles: Role[],
    teamId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccountRefRow[]> {
    return manager.query(
      `${REF} WHERE organisation_id = $1 AND role = ANY($2::text[]) AND ($3::uuid IS NULL OR team_id = $3)
        ORDER BY name NULLS LAST, id`,
      [organisationId, roles, teamId],
    );
  }

  /** Every account of the organisation (any role, deactivated ones too): id and role. */
  idsAndRolesOf(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<Array<{ id: string; role: Role }>> {
    return manager.query(`SELECT id, role FROM account WHERE organisation_id = $1`, [organisationId]);
  }

  contactsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<AccountContactRow[]> {
    return manager.query(
      `SELECT id, email, name, postcode, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, financier_id, language
         FROM account WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Clients of the organisation whose name, e-mail or login name contains the LIKE pattern `$2`. */
  searchClients(
    organisationId: string,
    pattern: string,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClientMatchRow[]> {
    return manager.query(
      `SELECT id, name, email, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, financier_id
         FROM account
        WHERE role = 'client' AND organisation_id = $1
          AND (name ILIKE $2 ESCAPE '\\' OR email ILIKE $2 ESCAPE '\\' OR login_name ILIKE $2 ESCAPE '\\')
        ORDER BY name NULLS LAST, email, id
        LIMIT $3`,
      [organisationId, pattern, limit],
    );
  }

  teamsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Array<{ id: string; name: string }>> {
    return manager.query(`SELECT id, name FROM team WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** E-mail addresses match case-insensitively. */
  async emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM account WHERE lower(email) = lower($1)`, [email]);
    return !!row;
  }
}

import { Injectable } from '@nestjs/common';
import { PROFESSIONAL_ROLES, type Language, type Role } from '@nabij/platform/contracts';
import { EntityManager } from 'typeorm';
import { AccountDirectoryRepository, AccountRefRow } from './account-directory.repository';

/** An account as other domains need to know it: who it is, what it may do, where it belongs. No address, no password. */
export interface AccountRef {
  id: string;
  /** Null for a client who registered without a name. */
  name: string | null;
  role: Role;
  organisationId: string | null;
  teamId: string | null;
  financierId: string | null;
  canTrain: boolean;
  chatDuty: boolean;
  /** May write and publish library content (admins may anyway). */
  libraryEditor: boolean;
  deactivated: boolean;
  /** The language the account reads (issue 17): a client's or parent's mails and SMS use it. */
  language: Language;
}

/** A client's details as a worker who helps them sees them. */
export interface ClientDetails {
  name: string | null;
  email: string | null;
  postcode: string | null;
  birthDate: string | null;
  financierId: string | null;
  /** The language the client reads (issue 17). */
  language: Language;
}

/** Where a mail to an account goes and in which language it is written. */
export interface MailTarget {
  email: string;
  language: Language;
}

/** A client found by the search of the people who open cases. */
export interface ClientMatch {
  id: string;
  name: string | null;
  email: string | null;
  birthDate: string | null;
  financierId: string | null;
}

const ref = (row: AccountRefRow): AccountRef => ({
  id: row.id,
  name: row.name,
  role: row.role,
  organisationId: row.organisation_id,
  teamId: row.team_id,
  financierId: row.financier_id,
  canTrain: row.can_train,
  chatDuty: row.chat_duty,
  libraryEditor: row.library_editor,
  deactivated: row.deactivated_at !== null,
  language: row.language,
});

/**
 * Who an account is on screen: their name and role (documents show "uploaded by" with both), and
 * the language they read (a worker's case view shows the client's).
 */
export interface AccountCard {
  name: string | null;
  role: Role;
  language: Language;
}

/**
 * How long a name, role and language stay cached in this instance. Names change only when an
 * account is erased, languages when the account picks another (both cleared here at once; other
 * instances show the old one at most this long) and roles by an admin: a card is for showing, never
 * for deciding who may do what (byId, memberOf: never cached).
 */
export const CARD_TTL_MS = 60_000;
/** A bound on the cache; when full it starts again empty. */
const CARD_CACHE_MAX = 20_000;

const unique = (ids: Iterable<string | null | undefined>): string[] => [...new Set([...ids].filter((id): id is string => !!id))];

/**
 * Who an account is, for the domains that hang their rows off accounts (dossier, messages, chat,
 * trainings, time, privacy, video, organisation): identity owns `account`, the others ask here
 * instead of joining it. Look-ups for many accounts take arrays of ids and run one statement.
 * Access rules stay with the caller. `manager`: read inside the caller's transaction.
 */
@Injectable()
export class AccountDirectoryService {
  private readonly cards = new Map<string, { card: AccountCard | null; until: number }>();

  constructor(private readonly repository: AccountDirectoryRepository) {}

  /**
   * Names and roles by id for showing them (null: no such account), from this instance's cache
   * (CARD_TTL_MS) where it can: the hot reads (a dossier, the inbox) then need no second statement.
   * The ids not cached are read in one statement.
   */
  async cardsByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, AccountCard | null>> {
    const now = Date.now();
    const result = new Map<string, AccountCard | null>();
    const missing: string[] = [];
    for (const id of unique(ids)) {
      const cached = this.cards.get(id);
      if (cached && cached.until > now) result.set(id, cached.card);
      else missing.push(id);
    }
    if (missing.length === 0) return result;
    const rows = await this.repository.accountsByIds(missing, manager);
    const found = new Map(rows.map((row) => [row.id, { name: row.name, role: row.role, language: row.language }]));
    if (this.cards.size + missing.length > CARD_CACHE_MAX) this.cards.clear();
    for (const id of missing) {
      const card = found.get(id) ?? null;
      result.set(id, card);
      this.cards.set(id, { card, until: now + CARD_TTL_MS });
    }
    return result;
  }

  /** Forgets the cached name and role of the account (its name was erased, its role changed). */
  forgetCard(id: string): void {
    this.cards.delete(id);
  }

  /** The accounts with these ids (unknown ids are left out), keyed by id. */
  async byIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, AccountRef>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    const rows = await this.repository.accountsByIds(wanted, manager);
    return new Map(rows.map((row) => [row.id, ref(row)]));
  }

  /** Display names by id (null: no name; unknown ids are left out), cached like cardsByIds. */
  async namesByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, string | null>> {
    const cards = await this.cardsByIds(ids, manager);
    return new Map([...cards].flatMap(([id, card]) => (card ? [[id, card.name] as const] : [])));
  }

  /**
   * The rows with the account id under `idKey` replaced by that account's name under `nameKey` (null:
   * no id, no name, or no such account), for one look-up instead of a join on `account`.
   */
  async withNames<T extends object, K extends keyof T, N extends string>(
    rows: T[],
    idKey: K,
    nameKey: N,
    manager?: EntityManager,
  ): Promise<Array<Omit<T, K> & Record<N, string | null>>> {
    const names = await this.namesByIds(
      rows.map((row) => row[idKey] as string | null),
      manager,
    );
    return rows.map((row) => {
      const { [idKey]: id, ...rest } = row;
      return { ...rest, [nameKey]: names.get(id as string) ?? null } as Omit<T, K> & Record<N, string | null>;
    });
  }

  async byId(id: string, manager?: EntityManager): Promise<AccountRef | null> {
    return (await this.byIds([id], manager)).get(id) ?? null;
  }

  /**
   * The account if it belongs to the organisation (a null organisation has none) and has one of the
   * roles, else null: also for another organisation's id, so callers answer 404 alike.
   */
  async memberOf(organisationId: string | null, id: string, roles?: Role[], manager?: EntityManager): Promise<AccountRef | null> {
    const account = await this.byId(id, manager);
    if (!account || !organisationId || account.organisationId !== organisationId) return null;
    return !roles || roles.includes(account.role) ? account : null;
  }

  /** The organisation's accounts with one of the roles, of one team when `teamId` is given, by name. */
  async accountsOf(
    organisationId: string,
    roles: Role[],
    options: { teamId?: string | null; manager?: EntityManager } = {},
  ): Promise<AccountRef[]> {
    return (await this.repository.accountsOf(organisationId, roles, options.teamId ?? null, options.manager)).map(ref);
  }

  /**
   * The ids of every account of the organisation (any role, deactivated ones too), split into its
   * staff and everyone: what the organisation's access log is about (privacy's log review).
   */
  async idsOf(organisationId: string, manager?: EntityManager): Promise<{ all: string[]; staff: string[] }> {
    const rows = await this.repository.idsAndRolesOf(organisationId, manager);
    return { all: rows.map((r) => r.id), staff: rows.filter((r) => PROFESSIONAL_ROLES.includes(r.role)).map((r) => r.id) };
  }

  /** The e-mail addresses of these accounts; accounts without one (clients with a login name) are left out. */
  async emailsOf(ids: Iterable<string>, manager?: EntityManager): Promise<string[]> {
    const wanted = unique(ids);
    if (wanted.length === 0) return [];
    return (await this.repository.contactsByIds(wanted, manager)).flatMap((row) => (row.email ? [row.email] : []));
  }

  /** E-mail addresses by account id; accounts without one are left out. */
  async emailsByIds(ids: Iterable<string>, manager?: EntityManager): Promise<Map<string, string>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    return new Map(
      (await this.repository.contactsByIds(wanted, manager)).flatMap((row) => (row.email ? [[row.id, row.email] as const] : [])),
    );
  }

  /**
   * What a worker who picks up a client's chat sees of the client: name, address, postcode, birth
   * date and financier, by id (unknown ids left out). Never cached.
   */
  async clientDetailsByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, ClientDetails>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    return new Map(
      (await this.repository.contactsByIds(wanted, manager)).map((r) => [
        r.id,
        {
          name: r.name,
          email: r.email,
          postcode: r.postcode,
          birthDate: r.birth_date,
          financierId: r.financier_id,
          language: r.language,
        },
      ]),
    );
  }

  /** Address and language by account id, for mails in the recipient's language; accounts without an address are left out. */
  async mailTargetsByIds(ids: Iterable<string>, manager?: EntityManager): Promise<Map<string, MailTarget>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    return new Map(
      (await this.repository.contactsByIds(wanted, manager)).flatMap((row) =>
        row.email ? [[row.id, { email: row.email, language: row.language }] as const] : [],
      ),
    );
  }

  /** The account's address and language, or null (no such account, or a client with a login name). */
  async mailTargetOf(id: string, manager?: EntityManager): Promise<MailTarget | null> {
    const [row] = await this.repository.contactsByIds([id], manager);
    return row?.email ? { email: row.email, language: row.language } : null;
  }

  /** The account's e-mail address, or null (no such account, or a client with a login name). */
  async emailOf(id: string, manager?: EntityManager): Promise<string | null> {
    const [row] = await this.repository.contactsByIds([id], manager);
    return row?.email ?? null;
  }

  /**
   * Clients of the organisation whose name, e-mail address or login name contains `text` (`%`, `_`
   * and `\` match literally), by name (nameless last), at most `limit`. Account data only.
   */
  async searchClients(organisationId: string, text: string, limit: number, manager?: EntityManager): Promise<ClientMatch[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (await this.repository.searchClients(organisationId, pattern, limit, manager)).map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      birthDate: r.birth_date,
      financierId: r.financier_id,
    }));
  }

  /** Team names by id (identity owns team); unknown ids are left out. */
  async teamNamesByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, string>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    return new Map((await this.repository.teamsByIds(wanted, manager)).map((r) => [r.id, r.name]));
  }

  /** Whether some account (any organisation, any role) has this address; case-insensitive. */
  emailTaken(email: string, manager?: EntityManager): Promise<boolean> {
    return this.repository.emailTaken(email, manager);
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { ACCESS_KIND_OF, ACCESS_LOG_PAGE_SIZE } from '@nabij/dossier/contracts';
import type { AccessKind, CaseSummary, Dossier, DossierAccessPage, PrivateNote } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditLogReader, AuthUser, Clock } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { CaseAccessService, isUuid } from './case-access.service';
import { CasesRepository } from './cases.repository';
import { DossierItemsRepository } from './dossier-items.repository';
import { DossierNamesService } from './dossier-names.service';
import { PrivateNoteDto, UpdatePrivateNoteDto } from './dto/dossier-items.dto';
import { PrivateNoteEntity } from './entities/dossier.entities';

const noteView = (n: PrivateNoteEntity): PrivateNote => ({
  id: n.id,
  caseId: n.caseId,
  text: n.text,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
});

/** "Mijn dossier": the client's own cases (closed ones read-only), private notes and access log. */
@Injectable()
export class ClientDossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly items: DossierItemsRepository,
    private readonly clock: Clock,
    private readonly names: DossierNamesService,
    private readonly auditLog: AuditLogReader,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async myCases(client: AuthUser): Promise<CaseSummary[]> {
    return this.names.summaries(await this.cases.summaries(this.dataSource.manager, { clientId: client.id, onlineDossierOnly: true }));
  }

  /** One query for the whole dossier, drafts left out. */
  async myDossier(client: AuthUser, caseId: string): Promise<Dossier> {
    const found = isUuid(caseId) ? await this.cases.dossier(caseId, true) : null;
    this.access.allowed(client, found?.access ?? null);
    return this.names.dossier(found!.dossier);
  }

  /**
   * Who read or changed my data (the client's own actions left out), grouped per Dutch day, person,
   * kind of data and action, newest day first: one page of ACCESS_LOG_PAGE_SIZE groups. The log is
   * platform's, the names identity's.
   */
  async accessLog(client: AuthUser, page: number): Promise<DossierAccessPage> {
    const groups = await this.auditLog.groupedAboutClient(
      client.id,
      ACCESS_KIND_OF,
      ACCESS_LOG_PAGE_SIZE + 1,
      (page - 1) * ACCESS_LOG_PAGE_SIZE,
    );
    const shown = groups.slice(0, ACCESS_LOG_PAGE_SIZE);
    const names = await this.accounts.namesByIds(shown.map((g) => g.actorId));
    return {
      groups: shown.map((g) => ({
        day: g.day,
        who: { id: g.actorId, name: g.actorId ? (names.get(g.actorId) ?? null) : null, role: g.actorRole },
        action: g.action,
        kind: g.kind as AccessKind,
        times: g.times,
        lastAt: g.lastAt,
      })),
      page,
      hasMore: groups.length > ACCESS_LOG_PAGE_SIZE,
    };
  }

  // Private notes: only ever read by their author; no professional route touches this table.

  async notes(client: AuthUser): Promise<PrivateNote[]> {
    const notes = await this.items.notes(client.id);
    return notes.map(noteView);
  }

  async addNote(client: AuthUser, dto: PrivateNoteDto): Promise<PrivateNote> {
    if (dto.caseId) await this.access.caseFor(client, dto.caseId);
    const now = this.clock.now();
    const saved = await this.items.saveNote({
      clientId: client.id,
      caseId: dto.caseId ?? null,
      text: dto.text,
      createdAt: now,
      updatedAt: now,
    });
    return noteView(saved);
  }

  async updateNote(client: AuthUser, noteId: string, dto: UpdatePrivateNoteDto): Promise<PrivateNote> {
    const note = isUuid(noteId) ? await this.items.findNote(client.id, noteId) : null;
    if (!note) throw new NotFoundException({ message: 'This note does not exist.', code: 'dossier.note_not_exist' });
    if (dto.caseId) await this.access.caseFor(client, dto.caseId);
    Object.assign(note, {
      ...(dto.text !== undefined && { text: dto.text }),
      ...(dto.caseId !== undefined && { caseId: dto.caseId }),
      updatedAt: this.clock.now(),
    });
    return noteView(await this.items.saveNote(note));
  }

  async removeNote(client: AuthUser, noteId: string): Promise<void> {
    const removed = isUuid(noteId) ? await this.items.deleteNote(client.id, noteId) : false;
    if (!removed) throw new NotFoundException({ message: 'This note does not exist.', code: 'dossier.note_not_exist' });
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import type { CaseSummary, Dossier, DossierAccess, PrivateNote } from '@nabij/dossier/contracts';
import { AuthUser, Clock } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { CaseAccessService, isUuid } from './case-access.service';
import { loadCaseSummaries, loadDossier } from './dossier-views';
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
    private readonly clock: Clock,
  ) {}

  myCases(client: AuthUser): Promise<CaseSummary[]> {
    return loadCaseSummaries(this.dataSource.manager, 'c.client_id = $1 AND c.uses_online_dossier', [client.id]);
  }

  async myDossier(client: AuthUser, caseId: string): Promise<Dossier> {
    const c = await this.access.caseFor(client, caseId);
    return loadDossier(this.dataSource.manager, c.id, true);
  }

  /** Who of the organisation read or changed my data, newest first (the client's own actions left out). */
  async accessLog(client: AuthUser): Promise<DossierAccess[]> {
    const rows: Array<{
      occurred_at: Date;
      actor_id: string | null;
      name: string | null;
      actor_role: string | null;
      action: string;
      resource_type: string;
      resource_id: string | null;
    }> = await this.dataSource.query(
      `SELECT e.occurred_at, e.actor_id, a.name, e.actor_role, e.action, e.resource_type, e.resource_id
           FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_id
          WHERE e.client_id = $1 AND e.actor_id IS DISTINCT FROM $1
          ORDER BY e.occurred_at DESC, e.id DESC
          LIMIT 500`,
      [client.id],
    );
    return rows.map((r) => ({
      at: new Date(r.occurred_at).toISOString(),
      who: { id: r.actor_id, name: r.name, role: r.actor_role },
      action: r.action,
      what: r.resource_type,
      resourceId: r.resource_id,
    }));
  }

  // Private notes: only ever read by their author; no professional route touches this table.

  async notes(client: AuthUser): Promise<PrivateNote[]> {
    const notes = await this.dataSource
      .getRepository(PrivateNoteEntity)
      .find({ where: { clientId: client.id }, order: { createdAt: 'DESC' } });
    return notes.map(noteView);
  }

  async addNote(client: AuthUser, dto: PrivateNoteDto): Promise<PrivateNote> {
    if (dto.caseId) await this.access.caseFor(client, dto.caseId);
    const now = this.clock.now();
    const saved = await this.dataSource
      .getRepository(PrivateNoteEntity)
      .save({ clientId: client.id, caseId: dto.caseId ?? null, text: dto.text, createdAt: now, updatedAt: now });
    return noteView(saved);
  }

  async updateNote(client: AuthUser, noteId: string, dto: UpdatePrivateNoteDto): Promise<PrivateNote> {
    const repo = this.dataSource.getRepository(PrivateNoteEntity);
    const note = isUuid(noteId) ? await repo.findOneBy({ id: noteId, clientId: client.id }) : null;
    if (!note) throw new NotFoundException('This note does not exist.');
    if (dto.caseId) await this.access.caseFor(client, dto.caseId);
    Object.assign(note, {
      ...(dto.text !== undefined && { text: dto.text }),
      ...(dto.caseId !== undefined && { caseId: dto.caseId }),
      updatedAt: this.clock.now(),
    });
    return noteView(await repo.save(note));
  }

  async removeNote(client: AuthUser, noteId: string): Promise<void> {
    const result = isUuid(noteId)
      ? await this.dataSource.getRepository(PrivateNoteEntity).delete({ id: noteId, clientId: client.id })
      : { affected: 0 };
    if (!result.affected) throw new NotFoundException('This note does not exist.');
  }
}

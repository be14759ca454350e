import { Injectable } from '@nestjs/common';
import { CallTextService } from '@nabij/dossier/api';
import type { AuthUser, RequestMeta } from '@nabij/platform/api';
import type { SaveCallTextRequest, SavedCallText } from '@nabij/video/contracts';
import { VideoGuestsRepository } from '../guests/video-guests.repository';
import { VideoRoomsService } from '../rooms/video-rooms.service';
import { callTextForDossier, guestLabel } from './video-text';

/**
 * "Bewaar in dossier": the worker saves the text panel of a call to its case. Nothing of the panel
 * is stored otherwise (the socket only passes lines on). The dossier keeps it as a report the client
 * reads (CallTextService); a guest never sees the dossier.
 */
@Injectable()
export class VideoTextService {
  constructor(
    private readonly rooms: VideoRoomsService,
    private readonly guests: VideoGuestsRepository,
    private readonly dossier: CallTextService,
  ) {}

  async save(worker: AuthUser, appointmentId: string, request: SaveCallTextRequest, meta: RequestMeta): Promise<SavedCallText> {
    const appointment = await this.rooms.room(worker, appointmentId, meta);
    const guest = (await this.guests.forAppointment(appointment.appointmentId)).find((g) => g.admitted_at);
    const text = callTextForDossier(new Date(appointment.startsAt), request.lines, {
      client: appointment.clientName ?? 'Cliënt',
      worker: appointment.workerName ?? 'Hulpverlener',
      guest: guestLabel(guest),
    });
    return this.dossier.save(worker, appointment.caseId, text, meta);
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, JobsService } from '@nabij/platform/api';
import { ChatEvents } from '../socket/chat-events';
import { ChatSocketOptions } from '../socket/chat-socket-options';
import { ChatSessionsRepository } from './chat-sessions.repository';
import { ChatSessionsService } from './chat-sessions.service';

/** The pg-boss queue that removes gone clients from an organisation's chat queue after the grace period. */
export const CHAT_QUEUE_SWEEP = 'chat.queue-sweep';

interface SweepJob {
  organisationId: string;
}

/**
 * Whether a waiting client is still there. The moment their last socket goes is stored on the chat
 * (any API instance may see it), and a pg-boss job after the grace period ends the chats whose client
 * is still gone, wherever it runs. The worker's queue read does the same sweep first (a timestamp
 * checked on read), so a lost job or a stopped instance never leaves a ghost in the queue.
 */
@Injectable()
export class ChatPresenceService implements OnModuleInit {
  constructor(
    private readonly repository: ChatSessionsRepository,
    private readonly sessions: ChatSessionsService,
    private readonly events: ChatEvents,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(ChatSocketOptions) private readonly options: ChatSocketOptions,
  ) {}

  get graceSeconds(): number {
    return this.options.queueGraceSeconds;
  }

  onModuleInit(): void {
    this.jobs.register<SweepJob>({
      name: CHAT_QUEUE_SWEEP,
      retryLimit: 3,
      retryDelaySeconds: 10,
      handle: async (job) => {
        await this.sweep(job.organisationId);
      },
    });
  }

  /** A client socket joined their waiting chat: they are there (again). */
  async clientBack(sessionId: string): Promise<void> {
    const organisationId = await this.repository.clientBack(sessionId);
    if (organisationId) this.events.workersChanged(organisationId);
  }

  /** The client's last socket in a waiting chat went away: mark them gone and check again after the grace period. */
  async clientGone(sessionId: string): Promise<void> {
    const organisationId = await this.repository.clientGone(sessionId, this.clock.now());
    if (!organisationId) return;
    this.events.workersChanged(organisationId);
    await this.jobs.send<SweepJob>(CHAT_QUEUE_SWEEP, { organisationId }, { startAfterSeconds: this.graceSeconds + 1 });
  }

  /** Ends the waiting chats of the organisation whose client has been gone for the grace period; answers their ids. */
  async sweep(organisationId: string): Promise<string[]> {
    const now = this.clock.now();
    const ended = await this.repository.endGone(organisationId, new Date(now.getTime() - this.graceSeconds * 1000), now);
    if (ended.length === 0) return ended;
    for (const id of ended) {
      const session = await this.repository.findById(id);
      // A socket of theirs that is still open (another tab, a slow network) hears it at once.
      if (session) this.events.sessionChanged(await this.sessions.view(session));
    }
    this.events.queueMoved(organisationId);
    return ended;
  }
}

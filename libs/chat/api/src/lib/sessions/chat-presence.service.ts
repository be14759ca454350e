import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock, JobsService } from '@nabij/platform/api';
import { ChatEvents } from '../socket/chat-events';
import { ChatSocketOptions } from '../socket/chat-socket-options';
import { ChatSessionsRepository } from './chat-sessions.repository';
import { ChatSessionsService } from './chat-sessions.service';

/** The pg-boss queue that removes gone clients from an organisation's chat queue after the grace period. */
export const CHAT_QUEUE_SWEEP = 'chat.queue-sweep';

/** Every minute (pg-boss schedule, one run across instances): the unseen check below for every organisation. */
export const CHAT_QUEUE_PRESENCE = 'chat.queue-presence';
/**
 * A waiting client not seen for this long on top of the grace period (no socket found on any instance
 * when asked, and no disconnect recorded) is treated as gone: their instance stopped without saying so.
 */
export const CLIENT_UNSEEN_SECONDS = 120;

interface SweepJob {
  organisationId: string;
}

/**
 * Whether a waiting client is still there. The moment their last socket goes is stored on the chat
 * (any API instance may see it), and a pg-boss job after the grace period ends the chats whose client
 * is still gone, wherever it runs. The worker's queue read does the same sweep first (a timestamp
 * checked on read), so a lost job never leaves a ghost in the queue. An instance that stops without
 * running its disconnect handlers records no departure: for waiting chats whose client was last seen
 * (joined, or found) longer than the grace period plus CLIENT_UNSEEN_SECONDS ago, the sweep asks every
 * instance (fetchSockets through the adapter) whether a socket of theirs is there, records the ones
 * found as seen, and ends the others. A scheduled job does this each minute, so no worker has to look.
 */
@Injectable()
export class ChatPresenceService implements OnModuleInit {
  private readonly logger = new Logger('ChatPresence');

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
    this.jobs.register({
      name: CHAT_QUEUE_PRESENCE,
      cron: '* * * * *',
      policy: 'singleton',
      retryLimit: 1,
      handle: async () => {
        for (const organisationId of await this.repository.organisationsWithUnseen(this.unseenSince())) await this.sweep(organisationId);
      },
    });
  }

  /** A client socket joined their waiting chat: they are there (again). */
  async clientBack(sessionId: string): Promise<void> {
    const organisationId = await this.repository.clientBack(sessionId, this.clock.now());
    if (organisationId) this.events.workersChanged(organisationId);
  }

  /** Only a waiting chat has a place in the queue to lose: for others a departure needs no check. */
  isWaiting(sessionId: string): Promise<boolean> {
    return this.repository.isWaiting(sessionId);
  }

  /** The client's last socket in a waiting chat went away: mark them gone and check again after the grace period. */
  async clientGone(sessionId: string): Promise<void> {
    const organisationId = await this.repository.clientGone(sessionId, this.clock.now());
    if (!organisationId) return;
    this.events.workersChanged(organisationId);
    await this.jobs.send<SweepJob>(CHAT_QUEUE_SWEEP, { organisationId }, { startAfterSeconds: this.graceSeconds + 1 });
  }

  /** Waiting clients last seen before this may be gone without a word: the sweep asks the instances. */
  private unseenSince(): Date {
    return new Date(this.clock.now().getTime() - (this.graceSeconds + CLIENT_UNSEEN_SECONDS) * 1000);
  }

  /**
   * Ends the waiting chats of the organisation whose client has been gone for the grace period, or not
   * seen for longer and found on no instance now; answers their ids.
   */
  async sweep(organisationId: string): Promise<string[]> {
    const unseenSince = this.unseenSince();
    const unseen = await this.repository.unseenWaiting(organisationId, unseenSince);
    if (unseen.length) {
      try {
        await this.repository.clientsSeen(await this.events.clientsPresent(unseen), this.clock.now());
      } catch (error) {
        // Not every instance answered: nobody is ended for being unseen this time.
        this.logger.warn(`Presence check failed: ${error instanceof Error ? error.message : error}`);
        await this.repository.clientsSeen(unseen, this.clock.now());
      }
    }
    const now = this.clock.now();
    const ended = await this.repository.endGone(organisationId, new Date(now.getTime() - this.graceSeconds * 1000), unseenSince, now);
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

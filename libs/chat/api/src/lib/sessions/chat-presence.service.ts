import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Clock, JobsService } from '@nabij/platform/api';
import { ChatEvents } from '../socket/chat-events';
import { ChatSocketOptions } from '../socket/chat-socket-options';
import { ChatSessionsRepository } from './chat-sessions.repository';
import { ChatSessionsService } from './chat-sessions.service';

/** The pg-boss queue that removes gone clients from an organisation's chat queue after the grace period. */
export const CHAT_QUEUE_SWEEP = 'chat.queue-sweep';

/** How often each instance tells the database which waiting clients have a socket on it. */
export const CLIENT_HEARTBEAT_MS = 30_000;
/**
 * A waiting client not seen for this long on top of the grace period (no heartbeat from any instance,
 * and no disconnect recorded) is treated as gone: their instance stopped without saying so.
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
 * running its disconnect handlers records no departure: every instance writes a heartbeat for the
 * waiting clients with a socket on it, and the sweep also ends chats whose client nobody has seen for
 * the grace period plus CLIENT_UNSEEN_SECONDS.
 */
@Injectable()
export class ChatPresenceService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ChatPresence');
  private heartbeatTimer: NodeJS.Timeout | null = null;

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

  onApplicationBootstrap(): void {
    this.heartbeatTimer = setInterval(() => {
      this.heartbeat().catch((error) => this.logger.warn(`Heartbeat failed: ${error instanceof Error ? error.message : error}`));
    }, CLIENT_HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  // Before the database connection closes.
  onModuleDestroy(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
  }

  /** Records that the waiting clients with a socket on this instance are there now. */
  heartbeat(): Promise<void> {
    return this.repository.clientsSeen(this.events.localClientChats(), this.clock.now());
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

  /**
   * Ends the waiting chats of the organisation whose client has been gone for the grace period, or not
   * seen by any instance for longer; answers their ids. This instance's own clients are seen first.
   */
  async sweep(organisationId: string): Promise<string[]> {
    await this.heartbeat();
    const now = this.clock.now();
    const cutoff = now.getTime() - this.graceSeconds * 1000;
    const ended = await this.repository.endGone(organisationId, new Date(cutoff), new Date(cutoff - CLIENT_UNSEEN_SECONDS * 1000), now);
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

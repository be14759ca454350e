import { Controller, HttpCode, Injectable, Logger, Module, OnModuleInit, Post } from '@nestjs/common';
import { JobsService, LOG_DESTINATION, Public } from '@nabij/platform/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { Logger as PinoNestLogger } from 'nestjs-pino';

jest.setTimeout(60_000);

const QUEUE = 'test.request-id';

/** A job sent by a request, whose handler logs a line and fails when asked to. */
@Injectable()
class ProbeJobs implements OnModuleInit {
  readonly received: object[] = [];
  private readonly logger = new Logger('ProbeJob');
  constructor(private readonly jobs: JobsService) {}
  onModuleInit(): void {
    this.jobs.register<{ fail: boolean }>({
      name: QUEUE,
      retryLimit: 0,
      handle: async (data) => {
        this.received.push(data);
        this.logger.log('probe job handled');
        if (data.fail) throw new Error('probe job failed on purpose');
      },
    });
  }
}

@Controller('job-probe')
class ProbeController {
  constructor(private readonly jobs: JobsService) {}
  @Public()
  @Post()
  @HttpCode(202)
  async send(): Promise<void> {
    await this.jobs.send(QUEUE, { fail: true });
  }
}

@Module({ controllers: [ProbeController], providers: [ProbeJobs] })
class ProbeModule {}

/** Issue 18: request ids travel into jobs, so a job's log lines lead back to the request that sent it. */
describe('request ids in jobs', () => {
  let t: TestApp;
  const lines: string[] = [];
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    t = await createTestApp({
      imports: [ProbeModule],
      env: { LOG_LEVEL: 'info' },
      overrides: [{ provide: LOG_DESTINATION, useValue: { write: (line: string) => lines.push(line) } }],
    });
    // As main.ts does: Nest's own Logger writes through pino.
    t.app.useLogger(t.app.get(PinoNestLogger));
  });
  afterAll(() => t?.close());

  it('binds the sending request’s id to every log line of the job, and the handler never sees it', async () => {
    const sent = await t.http().post('/api/job-probe').set('X-Request-Id', 'trace-7f3a');
    expect(sent.status).toBe(202);
    lines.length = 0;
    await t.app.get(JobsService).drain([QUEUE]);

    expect(t.app.get(ProbeJobs).received).toEqual([{ fail: true }]);
    const handled = logged().find((l) => l['msg'] === 'probe job handled');
    expect(handled?.['job']).toMatchObject({ queue: QUEUE, requestId: 'trace-7f3a' });
    const failed = logged().find((l) => typeof l['msg'] === 'string' && (l['msg'] as string).includes('probe job failed on purpose'));
    expect(failed?.['job']).toMatchObject({ queue: QUEUE, requestId: 'trace-7f3a' });
  });
});

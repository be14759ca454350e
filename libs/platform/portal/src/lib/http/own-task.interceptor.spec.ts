import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { inOwnTask, ownTaskInterceptor } from './own-task.interceptor';

/** Waits until every task queued so far (message-channel or timer) has run. */
const tasksRun = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('ownTaskInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([ownTaskInterceptor])), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });
  afterEach(() => http.verify());

  it('starts a call after the task that asked for it, and answers as before', async () => {
    const answer = firstValueFrom(client.get<{ n: number }>('/api/x'));
    http.expectNone('/api/x');
    await tasksRun();
    http.expectOne('/api/x').flush({ n: 1 });
    await expect(answer).resolves.toEqual({ n: 1 });
  });

  it('starts calls in the order they were asked', async () => {
    void firstValueFrom(client.get('/api/first'));
    void firstValueFrom(client.post('/api/second', {}));
    void firstValueFrom(client.get('/api/third'));
    await tasksRun();
    const started = http.match(() => true).map((r) => r.request.url);
    expect(started).toEqual(['/api/first', '/api/second', '/api/third']);
    for (const url of started) http.expectNone(url);
  });

  it('passes errors on to the caller', async () => {
    const answer = firstValueFrom(client.get('/api/x'));
    await tasksRun();
    http.expectOne('/api/x').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
  });

  it('gives the caller an error that a later interceptor throws, instead of losing it in its own task', async () => {
    TestBed.resetTestingModule();
    const failing = () => {
      throw new Error('no token');
    };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([ownTaskInterceptor, failing])), provideHttpClientTesting()],
    });
    const answer = firstValueFrom(TestBed.inject(HttpClient).get('/api/x'));
    await expect(answer).rejects.toThrow('no token');
    TestBed.inject(HttpTestingController).expectNone('/api/x');
  });

  it('never starts a call that was given up before its turn', async () => {
    const subscription = client.get('/api/x').subscribe();
    subscription.unsubscribe();
    await tasksRun();
    http.expectNone('/api/x');
  });

  it('cancels a call that was given up after it started', async () => {
    const subscription = client.get('/api/x').subscribe();
    await tasksRun();
    const request = http.expectOne('/api/x');
    subscription.unsubscribe();
    expect(request.cancelled).toBe(true);
  });
});

describe('inOwnTask', () => {
  it('runs each callback in a task of its own, oldest first', async () => {
    const ran: string[] = [];
    inOwnTask(() => {
      ran.push('a');
      // Microtasks of one callback finish before the next callback runs: a task boundary between.
      void Promise.resolve().then(() => ran.push('a:microtask'));
    });
    inOwnTask(() => ran.push('b'));
    expect(ran).toEqual([]);
    await tasksRun();
    expect(ran).toEqual(['a', 'a:microtask', 'b']);
  });

  it('skips a callback that was taken out of the queue', async () => {
    const ran: string[] = [];
    const cancel = inOwnTask(() => ran.push('cancelled'));
    inOwnTask(() => ran.push('kept'));
    cancel();
    await tasksRun();
    expect(ran).toEqual(['kept']);
  });
});

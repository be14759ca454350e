import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Message } from '@nabij/messages/contracts';
import { ClientMessagesStore } from './client-messages.store';
import { UnreadStore } from './unread.store';

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve));

const workerMessage: Message = {
  id: 'm1',
  threadId: 't1',
  senderRole: 'worker',
  sender: { id: 'w', name: 'Ayla' },
  body: 'Hoi',
  receivedAt: '2026-11-24T10:00:00.000Z',
  answerBy: null,
  attachments: [],
};

describe('ClientMessagesStore', () => {
  let store: ClientMessagesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ClientMessagesStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends with a client-generated uuid and shows when the answer comes', async () => {
    const sending = store.send('  Mag ik bellen?  ');
    const req = http.expectOne('/api/messages/mine');
    expect(req.request.method).toBe('POST');
    expect(req.request.body.body).toBe('Mag ik bellen?');
    expect(req.request.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const answerBy = '2026-11-27T13:00:00.000Z';
    req.flush({ threadId: 't1', answerBy, message: { ...workerMessage, id: req.request.body.id, senderRole: 'client', answerBy } });
    await expect(sending).resolves.toBe('t1');
    expect(store.answerBy()).toBe(answerBy);
  });

  it('resends the same id after a failed send, so the message is never stored twice', async () => {
    const first = store.send('Hallo');
    const failed = http.expectOne('/api/messages/mine');
    const id = failed.request.body.id;
    failed.error(new ProgressEvent('offline'), { status: 0 });
    await expect(first).rejects.toBeTruthy();

    const retry = store.send('Hallo');
    const again = http.expectOne('/api/messages/mine');
    expect(again.request.body.id).toBe(id);
    again.flush({ threadId: 't1', answerBy: null, message: { ...workerMessage, id, senderRole: 'client' } });
    await retry;

    void store.send('Nog een vraag').catch(() => undefined);
    expect(http.expectOne('/api/messages/mine').request.body.id).not.toBe(id);
  });

  it('sends a reply in the case of the open thread', async () => {
    const opening = store.openThread('t1');
    http.expectOne('/api/messages/mine/t1').flush({ id: 't1', caseId: 'c1', dutyQueue: false, dueAt: null, messages: [workerMessage] });
    await flushMicrotasks();
    http.expectOne('/api/messages/unread-count').flush({ unread: 0 });
    await opening;
    const sending = store.send('Dank je');
    const req = http.expectOne('/api/messages/mine');
    expect(req.request.body.caseId).toBe('c1');
    req.flush({
      threadId: 't1',
      answerBy: '2026-11-27T13:00:00.000Z',
      message: { ...workerMessage, id: req.request.body.id, senderRole: 'client', body: 'Dank je' },
    });
    await sending;
    expect(store.thread()?.messages.map((m) => m.body)).toEqual(['Hoi', 'Dank je']);
  });

  it('clears the unread badge when a thread is read', async () => {
    const unread = TestBed.inject(UnreadStore);
    const refreshing = unread.refresh();
    http.expectOne('/api/messages/unread-count').flush({ unread: 3 });
    await refreshing;

    const loading = store.loadThreads();
    http.expectOne('/api/messages/mine').flush([
      { id: 't1', caseId: 'c1', dutyQueue: false, lastMessageAt: '2026-11-24T10:00:00.000Z', unread: 2, answerBy: null },
      { id: 't2', caseId: null, dutyQueue: true, lastMessageAt: '2026-11-20T10:00:00.000Z', unread: 1, answerBy: null },
    ]);
    await loading;
    expect(store.unread()).toBe(3);

    const opening = store.openThread('t1');
    http.expectOne('/api/messages/mine/t1').flush({ id: 't1', caseId: 'c1', dutyQueue: false, dueAt: null, messages: [workerMessage] });
    await opening;
    expect(store.threads()?.find((t) => t.id === 't1')?.unread).toBe(0);
    expect(store.unread()).toBe(1);
    expect(unread.count()).toBe(1);
  });

  it('sends files as multipart with the same client-generated id, and keeps that id for a retry', async () => {
    const brief = new File([new Uint8Array(10)], 'brief.pdf', { type: 'application/pdf' });
    const first = store.send('Hier is de brief', [brief]);
    const failed = http.expectOne('/api/messages/mine');
    const form = failed.request.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.get('body')).toBe('Hier is de brief');
    expect(form.getAll('files')).toHaveLength(1);
    expect((form.get('files') as File).name).toBe('brief.pdf');
    const id = form.get('id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    failed.error(new ProgressEvent('offline'), { status: 0 });
    await expect(first).rejects.toBeTruthy();

    const retry = store.send('Hier is de brief', [brief]);
    const again = http.expectOne('/api/messages/mine');
    expect((again.request.body as FormData).get('id')).toBe(id);
    again.flush({
      threadId: 't1',
      answerBy: null,
      message: {
        ...workerMessage,
        id,
        senderRole: 'client',
        attachments: [{ id: 'a1', fileName: 'brief.pdf', contentType: 'application/pdf', sizeBytes: 10 }],
      },
    });
    await retry;

    void store.send('Hier is de brief', [brief, new File([new Uint8Array(5)], 'foto.png', { type: 'image/png' })]).catch(() => undefined);
    expect((http.expectOne('/api/messages/mine').request.body as FormData).get('id')).not.toBe(id);
  });

  it('answers the questions of a closed thread once and stops asking; writing again opens the thread', async () => {
    const opening = store.openThread('t1');
    http.expectOne('/api/messages/mine/t1').flush({
      id: 't1',
      caseId: 'c1',
      dutyQueue: false,
      dueAt: null,
      closedAt: '2026-11-24T11:00:00.000Z',
      askEvaluation: true,
      messages: [workerMessage],
    });
    await flushMicrotasks();
    http.expectOne('/api/messages/unread-count').flush({ unread: 0 });
    await opening;
    const answering = store.evaluate({ skip: true });
    const req = http.expectOne('/api/messages/mine/t1/evaluation');
    expect(req.request.body).toEqual({ skip: true });
    req.flush(null);
    await answering;
    expect(store.thread()?.askEvaluation).toBe(false);

    const sending = store.send('Toch nog een vraag');
    const sent = http.expectOne('/api/messages/mine');
    sent.flush({ threadId: 't1', answerBy: null, message: { ...workerMessage, id: sent.request.body.id, senderRole: 'client' } });
    await sending;
    expect(store.thread()).toMatchObject({ closedAt: null, askEvaluation: false });
  });
});

import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { DossierModule } from '../../index';
import { CaseLookupModule } from './case-lookup.module';
import { CaseLookupService } from './case-lookup.service';
import { closeCase, handOverCase, makeCase } from '../testing/case-factory';

jest.setTimeout(60_000);

/** CaseLookupService.caseIdsOfWorker: the scope of a worker's message threads on every inbox view. */
describe('the ids of the cases assigned to a worker', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, CaseLookupModule] });
  });
  afterAll(() => t.close());

  it('gives the open and closed cases assigned to the worker now, of their organisation, as casesOfWorker does', async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const worker = await makeWorker(t, staff);
    const colleague = await makeWorker(t, staff);
    const client = () => makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const open = await makeCase(t, { worker, clientId: (await client()).id });
    const closed = await makeCase(t, { worker, clientId: (await client()).id });
    await closeCase(t, worker, closed.id);
    const handedOver = await makeCase(t, { worker, clientId: (await client()).id });
    await handOverCase(t, worker, handedOver.id, colleague.id);
    await makeCase(t, { worker: colleague, clientId: (await client()).id });
    const lookup = t.app.get(CaseLookupService);
    const sorted = (ids: string[]) => [...ids].sort();

    expect(sorted(await lookup.caseIdsOfWorker(worker.id, org.organisationId))).toEqual(sorted([open.id, closed.id]));
    expect(sorted(await lookup.caseIdsOfWorker(worker.id))).toEqual(sorted([open.id, closed.id]));
    expect(await lookup.caseIdsOfWorker(worker.id, (await makeOrganisation(t)).organisationId)).toEqual([]);
    expect(await lookup.caseIdsOfWorker(worker.id, null)).toEqual([]);
    expect(sorted(await t.dataSource.transaction((db) => lookup.caseIdsOfWorker(worker.id, org.organisationId, db)))).toEqual(
      sorted([open.id, closed.id]),
    );
    expect(sorted(await lookup.caseIdsOfWorker(worker.id, org.organisationId))).toEqual(
      sorted((await lookup.casesOfWorker(worker.id, org.organisationId)).map((c) => c.id)),
    );
  });
});

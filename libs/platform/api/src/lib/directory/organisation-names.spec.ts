import { FinancierRef, ORGANISATION_NAME_TTL_MS, OrganisationNames, OrganisationNamesSource } from './organisation-names';

/** A source that answers from fixed rows and counts the ids it was asked for. */
function source(): OrganisationNamesSource & { asked: string[][] } {
  const organisations = [{ id: 'o1', name: 'MW Leiden' }];
  const financiers: FinancierRef[] = [{ id: 'f1', name: 'Leiden', organisationId: 'o1' }];
  const asked: string[][] = [];
  return {
    asked,
    organisations: async (ids) => (asked.push(ids), organisations.filter((o) => ids.includes(o.id))),
    financiers: async (ids) => (asked.push(ids), financiers.filter((f) => ids.includes(f.id))),
  };
}

describe('OrganisationNames', () => {
  afterEach(() => jest.useRealTimers());

  it('fails loudly without a source (intake not loaded), instead of showing no names', async () => {
    await expect(new OrganisationNames().organisationNamesByIds(['o1'])).rejects.toThrow(/no source/);
  });

  it('refuses a second source', () => {
    const names = new OrganisationNames();
    names.provide(source());
    expect(() => names.provide(source())).toThrow(/twice/);
  });

  it('leaves out unknown and empty ids and reads each id once within the cache time', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-03T09:00:00Z') });
    const names = new OrganisationNames();
    const s = source();
    names.provide(s);
    expect(await names.organisationNamesByIds(['o1', 'o1', 'gone', null, undefined])).toEqual(new Map([['o1', 'MW Leiden']]));
    expect(await names.organisationNamesByIds(['o1', 'gone'])).toEqual(new Map([['o1', 'MW Leiden']]));
    expect(s.asked).toEqual([['o1', 'gone']]);
    jest.setSystemTime(Date.now() + ORGANISATION_NAME_TTL_MS + 1);
    await names.organisationNamesByIds(['o1']);
    expect(s.asked).toEqual([['o1', 'gone'], ['o1']]);
  });

  it('keeps financier names apart from organisation names, and reads financiersByIds afresh each time', async () => {
    const names = new OrganisationNames();
    const s = source();
    names.provide(s);
    expect(await names.financierNamesByIds(['f1', 'o1'])).toEqual(new Map([['f1', 'Leiden']]));
    expect(await names.financiersByIds(['f1'])).toEqual(new Map([['f1', { id: 'f1', name: 'Leiden', organisationId: 'o1' }]]));
    expect(await names.financiersByIds(['f1'])).toEqual(new Map([['f1', { id: 'f1', name: 'Leiden', organisationId: 'o1' }]]));
    expect(s.asked).toEqual([['f1', 'o1'], ['f1'], ['f1']]);
  });
});

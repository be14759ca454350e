import { PC4_CENTROIDS, pc4DistanceKm } from './pc4-centroids';

describe('pc4DistanceKm', () => {
  it('is 0 within one area', () => {
    expect(pc4DistanceKm(2312, 2312)).toBe(0);
  });

  it('puts Leiden centre and Gouda centre about 20 km apart, as on the map', () => {
    const km = pc4DistanceKm(2312, 2801)!;
    expect(km).toBeGreaterThan(17);
    expect(km).toBeLessThan(23);
  });

  it('is the same both ways', () => {
    expect(pc4DistanceKm(2401, 2161)).toBeCloseTo(pc4DistanceKm(2161, 2401)!, 10);
  });

  it('is null when an area has no known centre', () => {
    expect(pc4DistanceKm(2312, 1011)).toBeNull();
    expect(pc4DistanceKm(9999, 2312)).toBeNull();
  });

  it('knows every area the demo organisation serves in Leiden and Gouda', () => {
    for (let pc4 = 2311; pc4 <= 2318; pc4++) expect(PC4_CENTROIDS[pc4]).toBeDefined();
    for (let pc4 = 2801; pc4 <= 2809; pc4++) expect(PC4_CENTROIDS[pc4]).toBeDefined();
  });
});

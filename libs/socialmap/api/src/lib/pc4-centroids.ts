/**
 * APPROXIMATE centres (latitude, longitude) of the four-digit postcode areas of the demo region:
 * Leiden and the places around it (Oegstgeest, Leiderdorp, Voorschoten, Katwijk), Alphen aan den
 * Rijn and Boskoop, Lisse, and Gouda for contrast. Estimated by hand from the map for this project,
 * good to about a kilometre: enough to put the nearest help first, never for directions. No external
 * map service is asked. An area missing here is searched without distance.
 */
export const PC4_CENTROIDS: Readonly<Record<number, readonly [number, number]>> = {
  // Leiden
  2311: [52.1595, 4.4875],
  2312: [52.1565, 4.4935],
  2313: [52.163, 4.4955],
  2314: [52.151, 4.5025],
  2315: [52.1655, 4.5035],
  2316: [52.1625, 4.5135],
  2317: [52.1785, 4.5085],
  2318: [52.1545, 4.5195],
  2321: [52.1515, 4.4765],
  2322: [52.1675, 4.4665],
  2323: [52.1445, 4.4795],
  2324: [52.1425, 4.4665],
  2331: [52.1475, 4.4555],
  2332: [52.1495, 4.4395],
  2333: [52.1655, 4.4505],
  2334: [52.1725, 4.4605],
  // Oegstgeest
  2341: [52.1805, 4.4705],
  2342: [52.1835, 4.4575],
  2343: [52.1905, 4.4555],
  // Leiderdorp
  2351: [52.1605, 4.5325],
  2352: [52.1655, 4.5405],
  2353: [52.1545, 4.5455],
  // Voorschoten
  2251: [52.1275, 4.4485],
  2252: [52.1205, 4.4395],
  // Katwijk
  2221: [52.2005, 4.4155],
  2222: [52.1955, 4.4005],
  2223: [52.1855, 4.4305],
  2224: [52.1755, 4.4255],
  2225: [52.1905, 4.4405],
  // Alphen aan den Rijn
  2401: [52.1305, 4.6605],
  2402: [52.1255, 4.6705],
  2403: [52.1355, 4.6455],
  2404: [52.1405, 4.6755],
  2405: [52.1325, 4.6905],
  2406: [52.1205, 4.6505],
  2407: [52.1455, 4.6405],
  2408: [52.1305, 4.6305],
  2409: [52.1105, 4.6805],
  // Boskoop
  2771: [52.0755, 4.6555],
  // Lisse
  2161: [52.2585, 4.5575],
  // Gouda
  2801: [52.0155, 4.7115],
  2802: [52.0205, 4.7005],
  2803: [52.0225, 4.6835],
  2804: [52.0305, 4.7205],
  2805: [52.0085, 4.6955],
  2806: [52.0285, 4.7355],
  2807: [52.0355, 4.7005],
  2808: [52.0105, 4.7255],
  2809: [52.0405, 4.6905],
};

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine) in kilometres between the centres of two areas; null when one is unknown. */
export function pc4DistanceKm(from: number, to: number): number | null {
  const a = PC4_CENTROIDS[from];
  const b = PC4_CENTROIDS[to];
  if (!a || !b) return null;
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

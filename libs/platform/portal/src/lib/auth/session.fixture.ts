import type { SessionResponse } from '@nabij/identity/contracts';

/** For specs only: a session as POST /api/auth/login or /refresh answers it. */
export function session(role: SessionResponse['user']['role'] = 'client', accessToken = 'token-1'): SessionResponse {
  return {
    accessToken,
    expiresIn: 900,
    user: {
      id: 'u1',
      email: `${role}@demo.nabij.nl`,
      loginName: null,
      name: 'Sanne',
      role,
      organisation: { id: 'o1', name: 'Kwadraad' },
      financier: { id: 'f1', name: 'Leiden' },
      team: null,
      language: 'nl',
    },
  };
}

// The demo staff's authenticator (two-factor authentication): one public secret for the local demo
// only. The same value as DEMO_TOTP_SECRET in libs/demo/api/src/lib/demo-accounts.ts (a spec checks).
import { generateSync } from 'otplib';

export const DEMO_TOTP_SECRET = 'VYMXSMYRCCKFO7ZXT4PPTKUWXKUGI4LE';

/** The 6-digit code an authenticator app with the demo secret shows now, and the seconds it stays. */
export function demoCode(now = Date.now()) {
  const seconds = Math.floor(now / 1000);
  return { code: generateSync({ secret: DEMO_TOTP_SECRET, epoch: seconds }), secondsLeft: 30 - (seconds % 30) };
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedDemoSecret() {
  return DEMO_TOTP_SECRET.match(/.{1,4}/g).join(' ');
}

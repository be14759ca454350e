// `npm run demo:code`: the current 6-digit code of the demo staff accounts' authenticator, for the
// second login step of worker@, teamlead@ and admin@demo.nabij.nl (local demo only).
import { demoCode } from './demo-totp.mjs';

const { code, secondsLeft } = demoCode();
console.log(`${code}  (a new code comes in ${secondsLeft} s; this one keeps working 30 s longer)`);

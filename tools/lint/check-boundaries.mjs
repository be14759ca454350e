// Proves the boundary rule in eslint.config.mjs still bites: lints planted imports (never written to
// disk, so other work in the tree is not disturbed) as if they were files in the named libs, and
// fails unless each forbidden one is reported and the allowed ones are not. The regex spec this
// replaces missed a double-quoted import and a relative import into chat/api.
// Run by `npm run lint`, after `nx show projects` has refreshed the project graph the rule reads.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const CASES = [
  {
    file: 'libs/chat/portal/src/lib/planted.ts',
    code: 'import { ChatModule } from "@nabij/chat/api";',
    forbidden: 'portal imports api code (double quotes)',
  },
  {
    file: 'libs/messages/api/src/lib/planted.ts',
    code: "import { ChatModule } from '../../../../chat/api/src/lib/chat.module';",
    forbidden: 'relative import into another lib',
  },
  {
    file: 'libs/messages/api/src/lib/planted.ts',
    code: 'import { ChatModule } from "../../../../chat/api/src/index";',
    forbidden: 'relative import into another lib (double quotes)',
  },
  {
    file: 'libs/dossier/portal/src/lib/planted.ts',
    code: "export const load = () => import('@nabij/dossier/api');",
    forbidden: 'portal lazy-loads api code',
  },
  {
    file: 'libs/reports/api/src/lib/planted.ts',
    code: "import { MessagesModule } from '@nabij/messages/api';",
    forbidden: "one domain's api imports another's",
  },
  {
    // Were allowed until issue 10 moved the shared pieces into platform/portal and intake's contracts.
    file: 'libs/chat/portal/src/lib/planted.ts',
    code: "import { IntakeStore } from '@nabij/intake/portal';",
    forbidden: "one domain's portal imports another's (chat → intake)",
  },
  {
    file: 'libs/messages/portal/src/lib/planted.ts',
    code: "import { FileDownloader } from '@nabij/dossier/portal';",
    forbidden: "one domain's portal imports another's (messages → dossier)",
  },
  {
    file: 'libs/time/contracts/src/lib/planted.ts',
    code: "import { AppConfig } from '@nabij/platform/api';",
    forbidden: 'contracts import api code',
  },
  {
    file: 'libs/platform/api/src/lib/planted.ts',
    code: "import { DOSSIER_LIMITS } from '@nabij/dossier/contracts';",
    forbidden: 'platform imports a domain (platform sits below the domains)',
  },
  {
    file: 'libs/dossier/api/src/lib/planted.ts',
    code: "import { createTestApp } from '@nabij/platform/testing';",
    forbidden: 'production code imports test helpers',
  },
  {
    file: 'libs/dossier/api/src/lib/planted.ts',
    code: "import { newCase } from '@nabij/dossier/api/testing';",
    forbidden: "production code imports its own domain's test factories",
  },
  {
    file: 'libs/chat/api/src/lib/planted.ts',
    code: "import { AppConfig } from '@nabij/platform/api';\nimport { CHAT_NAMESPACE } from '@nabij/chat/contracts';\nimport { DossierItemKind } from '@nabij/dossier/contracts';",
    allowed: 'api imports platform and contracts',
  },
  {
    file: 'libs/chat/api/src/lib/planted.spec.ts',
    code: "import { createTestApp } from '@nabij/platform/testing';\nimport { seedDemo } from '@nabij/demo/api';",
    allowed: 'a spec imports test helpers and the demo seed',
  },
  {
    file: 'libs/chat/portal/src/lib/planted.ts',
    code: "import { AuthStore } from '@nabij/platform/portal';\nimport { CHAT_NAMESPACE } from '@nabij/chat/contracts';",
    allowed: 'portal imports platform portal and contracts',
  },
];
const BOUNDARY_RULES = new Set(['@nx/enforce-module-boundaries', 'no-restricted-imports']);

const eslint = new ESLint({ cwd: root });
let failed = 0;
for (const c of CASES) {
  const [result] = await eslint.lintText(`${c.code}\n`, { filePath: `${root}/${c.file}` });
  const reported = result.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '') || m.fatal);
  const ok = c.forbidden ? reported.length > 0 : reported.length === 0;
  if (!ok) failed++;
  const what = c.forbidden ? `forbidden: ${c.forbidden}` : `allowed: ${c.allowed}`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what} (${c.file})${ok ? '' : `\n     got: ${JSON.stringify(reported.map((m) => m.message))}`}`);
}
if (failed) {
  console.error(`${failed} boundary check(s) failed: the lint rule no longer enforces the layout (is the Nx project graph cached?).`);
  process.exit(1);
}

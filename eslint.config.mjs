// Lint for the whole workspace: `npm run lint` (one ESLint run) or `nx run <project>:lint`.
// The boundary rule below is the README's "who may import whom" as code; tools/lint/check-boundaries.mjs
// proves it still catches planted violations (double quotes, relative paths).
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';

const DOMAINS = [
  'identity',
  'intake',
  'dossier',
  'messages',
  'chat',
  'trainings',
  'time',
  'reports',
  'organisation',
  'privacy',
  'video',
  'library',
  'outreach',
  'socialmap',
  'guardians',
  'forum',
  'reminders',
];

/**
 * Production imports from another domain's api or portal code, beyond platform and contracts.
 * Each entry is a reason; keep this list short.
 */
const CROSS_DOMAIN = {
  api: {
    // A domain may call another domain's exported service when that service owns the tables involved:
    // registration creates the account through identity; chat books appointments through dossier's
    // AppointmentBookingService; messages finds the duty workers through chat's DutyRosterService.
    // Chat, messages, time and trainings find a client's or worker's case through dossier's
    // CaseLookupService (dossier owns care_case). Names, roles, teams and addresses of accounts come from
    // identity's AccountDirectoryService (identity owns account). Chat's anonymous start and queue ask
    // intake's PostcodeCheckService for the served check and financier names (intake owns both).
    // The postcode gate shows a not-served postcode the social map of its own municipality through
    // socialmap's LocalServicesService (socialmap owns social_service).
    intake: ['identity', 'socialmap'],
    chat: ['dossier', 'identity', 'intake'],
    dossier: ['identity'],
    messages: ['chat', 'dossier', 'identity'],
    time: ['dossier', 'identity'],
    // A trainer's message to a cohort lands in each participant's own thread through messages'
    // GroupMessagesService (messages owns message and message_thread).
    trainings: ['dossier', 'identity', 'messages'],
    // Archiving a team and deactivating a worker go through dossier's TeamCasesService (open cases,
    // bulk hand-over); deactivation and role changes end logins through identity's SessionsService;
    // an accepted invite becomes an account through identity's AccountsService (identity owns account).
    // Before a deactivation the waiting threads come from messages' WorkerThreadsService (messages owns
    // message_thread) and the trainer work from, and moves through, trainings' TrainerHandOverService
    // (trainings owns training and training_submission). A worker whose chat duty ends (or who is
    // deactivated) leaves the rota through chat's DutyRosterService (chat owns chat_duty).
    organisation: ['chat', 'dossier', 'identity', 'intake', 'messages', 'trainings'],
    // Privacy asks dossier's CaseRetentionService which cases passed their retention term and whose
    // assigned worker may see a deletion request (dossier owns care_case), and identity's
    // AccountsService for the client's name and the address the "done" mail goes to (identity owns account).
    privacy: ['dossier', 'identity'],
    // A video call room is a dossier appointment's: video reads it, with its case's people, through
    // dossier's AppointmentLookupService (dossier owns appointment and care_case); a training group's
    // session held in Nabij, with who may join it and by which name, through trainings' GroupVideoSeatsService
    // (trainings owns training_cohort and training_group_session).
    video: ['dossier', 'identity', 'trainings'],
    // The library's anonymous first question needs a served postcode check: intake's PostcodeCheckService
    // (intake owns postcode_check and the service areas). Who may edit (the editor right) and the names
    // of workers who shared come from identity's AccountDirectoryService; "Mijn bibliotheek" finds the
    // worker's case and its documents through dossier's CaseLookupService (dossier owns both).
    library: ['dossier', 'identity', 'intake'],
    // Call lists assign families to the organisation's workers, whose names and roles identity's
    // AccountDirectoryService gives (identity owns account); a list of the families the organisation
    // serves comes from the open cases that dossier's CaseLookupService gives (dossier owns care_case).
    // The number to call a client on comes from reminders' MobileNumbersService (reminders owns
    // reminder_contact, where clients give their mobile number). "Verwijs door" from a call's follow-up
    // records the referral through socialmap's ReferralService (socialmap owns social_referral). "Maak een
    // dossier" for a family without an account admits the client through intake's AdmissionService (intake
    // owns admissions and activation letters) and opens the case through dossier's CaseOpeningService.
    outreach: ['dossier', 'identity', 'intake', 'reminders', 'socialmap'],
    // A referral hangs off a case: socialmap asks dossier's CaseAccessService whether the worker or client may
    // see the case (dossier owns care_case and its access rule).
    socialmap: ['dossier'],
    // A parent link hangs off a pupil's case: dossier's CaseAccessService says whether the worker or the
    // pupil may see the case, and its DossierShareService reads what a parent may see (dossier owns
    // appointment and dossier_document). The parent's account is made by identity's AccountsService,
    // names and birth dates come from its AccountDirectoryService (identity owns account).
    guardians: ['dossier', 'identity'],
    // The forum keeps real names out of nicknames and mails its content-free notices through identity's
    // AccountDirectoryService (identity owns account); a group forum's members are the group's participants
    // and trainers, from trainings' CohortMembershipService, a step's course from its CourseStepsService.
    forum: ['identity', 'trainings'],
    // Reminders read the appointment with its case's people through dossier's AppointmentLookupService
    // (dossier owns appointment and care_case) and the client's address through identity's
    // AccountDirectoryService (identity owns account).
    reminders: ['dossier', 'identity'],
  },
  portal: {
    // The role home pages (identity) embed each domain's entry components.
    identity: ['intake', 'messages', 'chat', 'trainings', 'time', 'reports', 'video'],
    // The auth state speaks identity's login and session contracts.
    platform: ['identity'],
    // The case page embeds the library's "share into Mijn bibliotheek" panel, the social map's
    // referrals panel, the parents panel and outreach's scores from calls; "Mijn dossier" embeds the
    // referrals, the pupil's consent for parents and the client's own scores from calls. The case page
    // shows time's conversation count ("Nog 2 van 5 gesprekken") with the request for more.
    dossier: ['library', 'socialmap', 'guardians', 'outreach', 'time'],
    // "Maak een dossier" on a call hands the new client's activation letter to intake's letter page
    // through its ActivationLetterStore (the code stays in memory, as after an admission).
    outreach: ['intake'],
  },
};

/**
 * Production dependencies between API projects: a domain's code imports platform and the domains
 * CROSS_DOMAIN.api names, platform's database module loads the migrations, and the demo seed composes
 * every domain. These must never form a cycle; the check below runs when this file loads.
 */
const PRODUCTION_API_DEPS = {
  ...Object.fromEntries(
    DOMAINS.map((domain) => [`${domain}-api`, ['platform-api', ...(CROSS_DOMAIN.api[domain] ?? []).map((d) => `${d}-api`)]]),
  ),
  'platform-api': ['migrations'],
  migrations: [],
  'demo-api': [...DOMAINS.map((domain) => `${domain}-api`), 'platform-api'],
};
assertAcyclic(PRODUCTION_API_DEPS);

/**
 * Every other dependency between API projects comes from specs and test factories, which set up their
 * data through other domains' modules, factories and the demo seed (the domain constraints above keep
 * production code from having them). Nx's project graph counts those too, so a cycle through one of
 * these edges is a test set-up, not a production cycle: the rule ignores it, and reports a cycle made
 * only of production dependencies. Nx follows one path per import, so a production cycle hidden behind
 * a path through a test edge could slip by: tools/lint/check-cycles.mjs (run by `npm run lint`) checks
 * the graph of production files alone.
 */
const API_PROJECTS = [...Object.keys(PRODUCTION_API_DEPS), 'platform-testing'];
const SPEC_ONLY_API_DEPS = API_PROJECTS.flatMap((source) =>
  API_PROJECTS.filter((target) => target !== source && !(PRODUCTION_API_DEPS[source] ?? []).includes(target)).map((target) => [
    source,
    target,
  ]),
);

/** Throws when the dependencies (project → projects it imports) contain a cycle. */
function assertAcyclic(deps) {
  const state = new Map();
  const visit = (project, path) => {
    if (state.get(project) === 'done') return;
    if (state.get(project) === 'visiting')
      throw new Error(`eslint.config.mjs: production API projects form a cycle: ${[...path, project].join(' -> ')}`);
    state.set(project, 'visiting');
    for (const next of deps[project] ?? []) visit(next, [...path, project]);
    state.set(project, 'done');
  };
  for (const project of Object.keys(deps)) visit(project, []);
}

/** Which kinds of project each kind may import. Spec files may also import test helpers. */
const SCOPES = {
  'scope:api': ['scope:api', 'scope:contracts'],
  'scope:portal': ['scope:portal', 'scope:contracts'],
  'scope:contracts': ['scope:contracts'],
  'scope:testing': ['scope:api', 'scope:contracts', 'scope:testing'],
  'scope:e2e': ['scope:testing', 'scope:contracts'],
};

function scopeConstraints(withTesting) {
  return Object.entries(SCOPES).map(([sourceTag, allowed]) => ({
    sourceTag,
    onlyDependOnLibsWithTags: withTesting && sourceTag !== 'scope:contracts' ? [...allowed, 'scope:testing'] : allowed,
  }));
}

/**
 * A domain's code imports its own domain, platform and any domain's contracts; platform sits below
 * the domains and imports only platform. Anything else needs an entry in CROSS_DOMAIN.
 */
function domainConstraints() {
  const constraints = [];
  for (const domain of [...DOMAINS, 'platform']) {
    for (const side of ['api', 'portal']) {
      constraints.push({
        allSourceTags: [`scope:${side}`, `domain:${domain}`],
        onlyDependOnLibsWithTags: [
          `domain:${domain}`,
          'domain:platform',
          ...(domain === 'platform' ? [] : ['scope:contracts']),
          ...(CROSS_DOMAIN[side][domain] ?? []).map((other) => `domain:${other}`),
        ],
      });
    }
    constraints.push({
      allSourceTags: ['scope:contracts', `domain:${domain}`],
      onlyDependOnLibsWithTags: [`domain:${domain}`, 'domain:platform'],
    });
  }
  // The apps and the demo seed compose every domain.
  constraints.push({ sourceTag: 'domain:shell', onlyDependOnLibsWithTags: ['*'] });
  constraints.push({ sourceTag: 'domain:demo', onlyDependOnLibsWithTags: ['*'] });
  return constraints;
}

const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.integration-spec.ts',
  '**/*.e2e-spec.ts',
  '**/testing/**/*.ts',
  'apps/portal-e2e/**/*.ts',
  'tools/**',
];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'tmp/', '.nx/', '.angular/', '.data/']),
  {
    files: ['**/*.ts', '**/*.cts', '**/*.mts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // API logs go through pino (nestjs-pino), as JSON lines without personal data.
    files: ['apps/api/**/*.ts', 'libs/*/api/**/*.ts', 'migrations/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Services hold rules, repositories hold SQL (issue 10): a query anywhere else in a domain's API
    // code belongs in that domain's `*.repository.ts`. Seeding, migrations and the database and
    // pg-boss plumbing of platform are SQL by nature; specs and test factories set up data.
    files: ['libs/*/api/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      ...TEST_FILES,
      '**/*-test-fixtures.ts',
      'libs/demo/**',
      '**/migrations/**',
      'libs/platform/api/src/lib/database/**',
      'libs/platform/api/src/lib/jobs/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(query|createQueryBuilder)$/]",
          message: 'SQL belongs in a *.repository.ts of this domain; call the repository from here.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.cts', '**/*.mts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // `_name` marks a parameter kept for a signature (Nest, Angular, jest callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.cts', '**/*.mts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [...scopeConstraints(false), ...domainConstraints()],
          ignoredCircularDependencies: SPEC_ONLY_API_DEPS,
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@nabij/(platform/testing|[a-z-]+/api/testing)$', message: 'Test helpers are for specs only.' }] },
      ],
    },
  },
  {
    // Specs set up their data through the owning domain's services and test factories.
    files: TEST_FILES,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: scopeConstraints(true),
          ignoredCircularDependencies: SPEC_ONLY_API_DEPS,
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['apps/portal/**/*.ts', 'libs/*/portal/**/*.ts'],
    extends: [angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'nb', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'nb', style: 'camelCase' }],
    },
  },
  {
    // A lazy route loads one page file. `import('@nabij/<domain>/portal')` would load the whole domain
    // (a dynamically imported module keeps every export), so routes name the page's own file.
    files: ['apps/portal/src/app/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^@nabij\\/[a-z-]+\\/portal$/]',
          message:
            "Load the page's file (@nabij/<domain>/portal/lib/…), not the domain's barrel: the barrel brings every page of the domain.",
        },
      ],
    },
  },
  {
    // A portal page that shows a small part of another domain imports that part's file: through the
    // domain's barrel it would pull in every page of that domain (issue 12: the client home went from
    // 470 kB to 53 kB by importing files; the login page from 153 kB to 44 kB raw).
    files: ['libs/*/portal/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@nabij/(platform/testing|[a-z-]+/api/testing)$', message: 'Test helpers are for specs only.' },
            {
              regex: '^@nabij/(?!platform/)[a-z-]+/portal$',
              message:
                'Import the file (@nabij/<domain>/portal/lib/…): a barrel brings every page of that domain into the page that imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/portal/**/*.html', 'libs/*/portal/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
  {
    // The results list handles arrow keys that bubble up from its focusable buttons (delegation).
    files: ['libs/dossier/portal/src/lib/caseload/open-case.component.ts/**/*.html'],
    rules: { '@angular-eslint/template/interactive-supports-focus': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.cts', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

import { Route } from '@angular/router';
import { ROLES } from '@nabij/platform/contracts';
import { ForbiddenPage, NotFoundPage, matchRole, roleGuard } from '@nabij/platform/portal';

/** Every page is lazy-loaded from its domain lib, so a phone on 3G downloads only what it opens. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('@nabij/intake/portal/lib/start/start.page').then((m) => m.StartPage) },
  { path: 'referral', loadComponent: () => import('@nabij/intake/portal/lib/referral/referral.page').then((m) => m.ReferralPage) },
  { path: 'register', loadComponent: () => import('@nabij/intake/portal/lib/register/register.page').then((m) => m.RegisterPage) },
  { path: 'verify', loadComponent: () => import('@nabij/intake/portal/lib/verify/verify.page').then((m) => m.VerifyPage) },
  { path: 'dev/mail', loadComponent: () => import('@nabij/intake/portal/lib/dev-mail/dev-mail.page').then((m) => m.DevMailPage) },
  {
    path: 'sociale-kaart/beheer',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/socialmap/portal/lib/admin/social-map-admin.page').then((m) => m.SocialMapAdminPage),
  },
  {
    path: 'herinneringen/organisatie',
    canActivate: [roleGuard('admin', 'team_lead')],
    loadComponent: () => import('@nabij/reminders/portal/lib/organisation/reminder-overview.page').then((m) => m.ReminderOverviewPage),
  },
  {
    path: 'herinneringen',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/reminders/portal/lib/contact/reminder-contact.page').then((m) => m.ReminderContactPage),
  },
  {
    path: 'sociale-kaart',
    loadComponent: () => import('@nabij/socialmap/portal/lib/search/social-map.page').then((m) => m.SocialMapPage),
  },
  { path: 'bibliotheek', loadComponent: () => import('@nabij/library/portal/lib/home/library-home.page').then((m) => m.LibraryHomePage) },
  { path: 'bibliotheek/zoeken', loadComponent: () => import('@nabij/library/portal/lib/search/search.page').then((m) => m.SearchPage) },
  { path: 'bibliotheek/thema/:theme', loadComponent: () => import('@nabij/library/portal/lib/theme/theme.page').then((m) => m.ThemePage) },
  {
    path: 'bibliotheek/beheer',
    // Workers only with the editor right: the API refuses the others, the page says so.
    canActivate: [roleGuard('admin', 'worker')],
    loadComponent: () => import('@nabij/library/portal/lib/editor/library-editor.page').then((m) => m.LibraryEditorPage),
  },
  { path: 'bibliotheek/:slug', loadComponent: () => import('@nabij/library/portal/lib/article/article.page').then((m) => m.ArticlePage) },
  { path: 'vragen', loadComponent: () => import('@nabij/library/portal/lib/faq/faq.page').then((m) => m.FaqPage) },
  { path: 'zelftesten', loadComponent: () => import('@nabij/library/portal/lib/self-test/self-tests.page').then((m) => m.SelfTestsPage) },
  {
    path: 'zelftesten/:slug',
    loadComponent: () => import('@nabij/library/portal/lib/self-test/self-test.page').then((m) => m.SelfTestPage),
  },
  {
    path: 'mijn-zelftesten',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/library/portal/lib/self-test/my-self-tests.page').then((m) => m.MySelfTestsPage),
  },
  {
    path: 'mijn-bibliotheek',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/library/portal/lib/shelf/my-library.page').then((m) => m.MyLibraryPage),
  },
  { path: 'oefeningen/:slug', loadComponent: () => import('@nabij/library/portal/lib/shelf/exercise.page').then((m) => m.ExercisePage) },
  {
    path: 'vraag-stellen',
    loadComponent: () => import('@nabij/library/portal/lib/question/ask-question.page').then((m) => m.AskQuestionPage),
  },
  { path: 'mijn-vraag', loadComponent: () => import('@nabij/library/portal/lib/question/my-question.page').then((m) => m.MyQuestionPage) },
  {
    path: 'anonieme-vragen',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/library/portal/lib/question/question-queue.page').then((m) => m.QuestionQueuePage),
  },
  {
    path: 'forum',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/forum/portal/lib/forum-home.page').then((m) => m.ForumHomePage),
  },
  {
    path: 'forum/moderatie',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/forum/portal/lib/moderation.page').then((m) => m.ForumModerationPage),
  },
  {
    path: 'forum/onderwerp/:topicId',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/forum/portal/lib/topic.page').then((m) => m.TopicPage),
  },
  {
    path: 'forum/stap/:stepId',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/forum/portal/lib/step-topics.page').then((m) => m.StepTopicsPage),
  },
  {
    path: 'forum/:forumId',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/forum/portal/lib/forum.page').then((m) => m.ForumPage),
  },
  { path: 'login', loadComponent: () => import('@nabij/identity/portal/lib/login/login.page').then((m) => m.LoginPage) },
  {
    path: 'forgot-password',
    loadComponent: () => import('@nabij/identity/portal/lib/account/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    loadComponent: () => import('@nabij/identity/portal/lib/account/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  { path: 'activeren', loadComponent: () => import('@nabij/identity/portal/lib/account/activate.page').then((m) => m.ActivatePage) },
  { path: 'uitnodiging', loadComponent: () => import('@nabij/organisation/portal/lib/accept-invite.page').then((m) => m.AcceptInvitePage) },
  {
    path: 'ouder-uitnodiging',
    loadComponent: () => import('@nabij/guardians/portal/lib/accept-guardian-invite.page').then((m) => m.AcceptGuardianInvitePage),
  },
  {
    path: 'kind/:linkId',
    canActivate: [roleGuard('guardian')],
    loadComponent: () => import('@nabij/guardians/portal/lib/guardian-child.page').then((m) => m.GuardianChildPage),
  },
  {
    path: 'toelating/:clientId/brief',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/intake/portal/lib/activation/activation-letter.page').then((m) => m.ActivationLetterPage),
  },
  {
    path: 'account',
    canActivate: [roleGuard(...ROLES)],
    loadComponent: () => import('@nabij/identity/portal/lib/account/account.page').then((m) => m.AccountPage),
  },
  {
    path: 'home',
    canActivate: [roleGuard(...ROLES)],
    children: [
      {
        path: '',
        canMatch: [matchRole('client')],
        loadComponent: () => import('@nabij/identity/portal/lib/home/client-home.page').then((m) => m.ClientHomePage),
      },
      {
        path: '',
        canMatch: [matchRole('worker')],
        loadComponent: () => import('@nabij/identity/portal/lib/home/worker-home.page').then((m) => m.WorkerHomePage),
      },
      {
        path: '',
        canMatch: [matchRole('team_lead')],
        loadComponent: () => import('@nabij/identity/portal/lib/home/team-lead-home.page').then((m) => m.TeamLeadHomePage),
      },
      {
        path: '',
        canMatch: [matchRole('admin')],
        loadComponent: () => import('@nabij/identity/portal/lib/home/admin-home.page').then((m) => m.AdminHomePage),
      },
      {
        path: '',
        canMatch: [matchRole('guardian')],
        loadComponent: () => import('@nabij/guardians/portal/lib/guardian-home.page').then((m) => m.GuardianHomePage),
      },
      // Nobody logged in: the parent guard never ran because no child matched, so send to login here.
      { path: '**', redirectTo: '/login' },
    ],
  },
  {
    path: 'rapportage',
    canActivate: [roleGuard('team_lead', 'admin')],
    loadComponent: () => import('@nabij/reports/portal/lib/caseload-report.page').then((m) => m.CaseloadReportPage),
  },
  {
    path: 'bellijst',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/outreach/portal/lib/calls/my-calls.page').then((m) => m.MyCallsPage),
  },
  {
    path: 'bellijst/:entryId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/outreach/portal/lib/calls/call.page').then((m) => m.CallPage),
  },
  {
    path: 'bellijsten',
    canActivate: [roleGuard('team_lead', 'worker')],
    loadComponent: () => import('@nabij/outreach/portal/lib/lists/call-lists.page').then((m) => m.CallListsPage),
  },
  {
    path: 'bellijsten/overzicht',
    canActivate: [roleGuard('team_lead')],
    loadComponent: () => import('@nabij/outreach/portal/lib/summary/weekly-summary.page').then((m) => m.WeeklySummaryPage),
  },
  {
    path: 'vragenlijsten',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/outreach/portal/lib/questionnaires/questionnaires.page').then((m) => m.QuestionnairesPage),
  },
  {
    path: 'vragenlijsten/versie/:versionId',
    canActivate: [roleGuard('admin')],
    loadComponent: () =>
      import('@nabij/outreach/portal/lib/questionnaires/questionnaire-editor.page').then((m) => m.QuestionnaireEditorPage),
  },
  {
    path: 'bellijsten/:listId',
    canActivate: [roleGuard('team_lead', 'worker')],
    loadComponent: () => import('@nabij/outreach/portal/lib/lists/call-list.page').then((m) => m.CallListPage),
  },
  {
    path: 'uren/standaardtijden',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/time/portal/lib/contact-defaults.page').then((m) => m.ContactDefaultsPage),
  },
  {
    path: 'uren',
    canActivate: [roleGuard('worker', 'team_lead')],
    loadComponent: () => import('@nabij/time/portal/lib/my-week.page').then((m) => m.MyWeekPage),
  },
  {
    path: 'berichten',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/messages/portal/lib/client/client-messages.page').then((m) => m.ClientMessagesPage),
  },
  {
    path: 'berichten/:threadId',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/messages/portal/lib/client/client-thread.page').then((m) => m.ClientThreadPage),
  },
  {
    path: 'inbox',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/messages/portal/lib/inbox/inbox.page').then((m) => m.InboxPage),
  },
  {
    path: 'inbox/:threadId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/messages/portal/lib/inbox/inbox.page').then((m) => m.InboxPage),
  },
  {
    path: 'training',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/trainings/portal/lib/client/my-training.page').then((m) => m.MyTrainingPage),
  },
  {
    path: 'training/module/:moduleId',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/trainings/portal/lib/client/module.page').then((m) => m.ModulePage),
  },
  {
    path: 'training/groep/:cohortId',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/trainings/portal/lib/groups/participant-group.page').then((m) => m.ParticipantGroupPage),
  },
  {
    path: 'groepen',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/groups/trainer-groups.page').then((m) => m.TrainerGroupsPage),
  },
  {
    path: 'groepen/cijfers',
    canActivate: [roleGuard('team_lead', 'admin')],
    loadComponent: () => import('@nabij/trainings/portal/lib/groups/group-report.page').then((m) => m.GroupReportPage),
  },
  {
    path: 'groepen/:cohortId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/groups/trainer-group.page').then((m) => m.TrainerGroupPage),
  },
  {
    path: 'huiswerk',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/trainer/tasks.page').then((m) => m.TrainerTasksPage),
  },
  {
    path: 'huiswerk/deelnemers',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/trainer/participants.page').then((m) => m.TrainerParticipantsPage),
  },
  {
    path: 'huiswerk/aanmelden',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/trainer/enrol-client.page').then((m) => m.TrainerEnrolClientPage),
  },
  {
    path: 'trainingen/beheer',
    canActivate: [roleGuard('admin', 'worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/editor/training-editor.page').then((m) => m.TrainingEditorPage),
  },
  {
    path: 'huiswerk/:submissionId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal/lib/trainer/submission.page').then((m) => m.TrainerSubmissionPage),
  },
  {
    path: 'chat',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/chat/portal/lib/client/client-chat.page').then((m) => m.ClientChatPage),
  },
  {
    path: 'chat/anoniem',
    data: { mode: 'anonymous' },
    loadComponent: () => import('@nabij/chat/portal/lib/client/client-chat.page').then((m) => m.ClientChatPage),
  },
  {
    path: 'chat/tijden',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/chat/portal/lib/admin/chat-hours.page').then((m) => m.ChatHoursPage),
  },
  {
    path: 'chat/rooster',
    canActivate: [roleGuard('admin', 'team_lead')],
    loadComponent: () => import('@nabij/chat/portal/lib/admin/chat-rota.page').then((m) => m.ChatRotaPage),
  },
  {
    path: 'chat/wachtrij',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/chat/portal/lib/worker/chat-queue.page').then((m) => m.ChatQueuePage),
  },
  {
    path: 'dossier',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/dossier/portal/lib/client/client-dossier.page').then((m) => m.ClientDossierPage),
  },
  {
    path: 'caseload',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/dossier/portal/lib/caseload/caseload.page').then((m) => m.CaseloadPage),
  },
  {
    path: 'verzoeken',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/dossier/portal/lib/requests/appointment-requests.page').then((m) => m.AppointmentRequestsPage),
  },
  {
    path: 'caseload/:caseId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/dossier/portal/lib/caseload/case.page').then((m) => m.CasePage),
  },
  {
    path: 'team/heropenen',
    canActivate: [roleGuard('team_lead')],
    loadComponent: () => import('@nabij/dossier/portal/lib/team/team-closed-cases.page').then((m) => m.TeamClosedCasesPage),
  },
  {
    path: 'teams',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/organisation/portal/lib/teams.page').then((m) => m.TeamsPage),
  },
  {
    path: 'medewerkers',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/organisation/portal/lib/staff.page').then((m) => m.StaffPage),
  },
  {
    path: 'mijn-gegevens',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/privacy/portal/lib/my-data.page').then((m) => m.MyDataPage),
  },
  {
    path: 'toegangslog',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/privacy/portal/lib/access-log.page').then((m) => m.AccessLogPage),
  },
  {
    path: 'privacy-verzoeken',
    canActivate: [roleGuard('worker', 'admin')],
    loadComponent: () => import('@nabij/privacy/portal/lib/privacy-requests.page').then((m) => m.PrivacyRequestsPage),
  },
  // A training group's session held in Nabij: its trainers and participants.
  {
    path: 'video/groep/:sessionId',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/video/portal/lib/group/group-call.page').then((m) => m.GroupCallPage),
  },
  {
    path: 'video/:appointmentId',
    canActivate: [roleGuard('client', 'worker')],
    loadComponent: () => import('@nabij/video/portal/lib/call/video-call.page').then((m) => m.VideoCallPage),
  },
  // A guest's one-time link (interpreter, colleague): no account; the token follows after '#'.
  {
    path: 'video-gast',
    loadComponent: () => import('@nabij/video/portal/lib/call/video-call.page').then((m) => m.VideoCallPage),
  },
  // platform/portal is in the main bundle already (the shell), so these two pages need no lazy chunk.
  // roleGuard shows the forbidden page at the address that was asked for (browserUrl).
  { path: 'geen-toegang', component: ForbiddenPage },
  { path: '**', component: NotFoundPage },
];

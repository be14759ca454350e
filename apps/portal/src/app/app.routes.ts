import { Route } from '@angular/router';
import { ROLES } from '@nabij/platform/contracts';
import { NotFoundPage, matchRole, roleGuard } from '@nabij/platform/portal';

/** Every page is lazy-loaded from its domain lib, so a phone on 3G downloads only what it opens. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('@nabij/intake/portal').then((m) => m.StartPage) },
  { path: 'referral', loadComponent: () => import('@nabij/intake/portal').then((m) => m.ReferralPage) },
  { path: 'register', loadComponent: () => import('@nabij/intake/portal').then((m) => m.RegisterPage) },
  { path: 'verify', loadComponent: () => import('@nabij/intake/portal').then((m) => m.VerifyPage) },
  { path: 'dev/mail', loadComponent: () => import('@nabij/intake/portal').then((m) => m.DevMailPage) },
  { path: 'login', loadComponent: () => import('@nabij/identity/portal').then((m) => m.LoginPage) },
  { path: 'forgot-password', loadComponent: () => import('@nabij/identity/portal').then((m) => m.ForgotPasswordPage) },
  { path: 'reset-password', loadComponent: () => import('@nabij/identity/portal').then((m) => m.ResetPasswordPage) },
  { path: 'account', canActivate: [roleGuard(...ROLES)], loadComponent: () => import('@nabij/identity/portal').then((m) => m.AccountPage) },
  {
    path: 'home',
    canActivate: [roleGuard(...ROLES)],
    children: [
      { path: '', canMatch: [matchRole('client')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.ClientHomePage) },
      { path: '', canMatch: [matchRole('worker')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.WorkerHomePage) },
      {
        path: '',
        canMatch: [matchRole('team_lead')],
        loadComponent: () => import('@nabij/identity/portal').then((m) => m.TeamLeadHomePage),
      },
      { path: '', canMatch: [matchRole('admin')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.AdminHomePage) },
      // Nobody logged in: the parent guard never ran because no child matched, so send to login here.
      { path: '**', redirectTo: '/login' },
    ],
  },
  {
    path: 'rapportage',
    canActivate: [roleGuard('team_lead', 'admin')],
    loadComponent: () => import('@nabij/reports/portal').then((m) => m.CaseloadReportPage),
  },
  {
    path: 'uren/standaardtijden',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/time/portal').then((m) => m.ContactDefaultsPage),
  },
  {
    path: 'uren',
    canActivate: [roleGuard('worker', 'team_lead')],
    loadComponent: () => import('@nabij/time/portal').then((m) => m.MyWeekPage),
  },
  {
    path: 'berichten',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/messages/portal').then((m) => m.ClientMessagesPage),
  },
  {
    path: 'berichten/:threadId',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/messages/portal').then((m) => m.ClientThreadPage),
  },
  { path: 'inbox', canActivate: [roleGuard('worker')], loadComponent: () => import('@nabij/messages/portal').then((m) => m.InboxPage) },
  {
    path: 'inbox/:threadId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/messages/portal').then((m) => m.InboxPage),
  },
  {
    path: 'training',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.MyTrainingPage),
  },
  {
    path: 'training/module/:moduleId',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.ModulePage),
  },
  {
    path: 'huiswerk',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.TrainerTasksPage),
  },
  {
    path: 'huiswerk/deelnemers',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.TrainerParticipantsPage),
  },
  {
    path: 'huiswerk/aanmelden',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.TrainerEnrolClientPage),
  },
  {
    path: 'trainingen/beheer',
    canActivate: [roleGuard('admin', 'worker')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.TrainingEditorPage),
  },
  {
    path: 'huiswerk/:submissionId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/trainings/portal').then((m) => m.TrainerSubmissionPage),
  },
  { path: 'chat', canActivate: [roleGuard('client')], loadComponent: () => import('@nabij/chat/portal').then((m) => m.ClientChatPage) },
  { path: 'chat/anoniem', data: { mode: 'anonymous' }, loadComponent: () => import('@nabij/chat/portal').then((m) => m.ClientChatPage) },
  {
    path: 'chat/tijden',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/chat/portal').then((m) => m.ChatHoursPage),
  },
  {
    path: 'chat/rooster',
    canActivate: [roleGuard('admin', 'team_lead')],
    loadComponent: () => import('@nabij/chat/portal').then((m) => m.ChatRotaPage),
  },
  {
    path: 'chat/wachtrij',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/chat/portal').then((m) => m.ChatQueuePage),
  },
  {
    path: 'dossier',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/dossier/portal').then((m) => m.ClientDossierPage),
  },
  {
    path: 'caseload',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/dossier/portal').then((m) => m.CaseloadPage),
  },
  {
    path: 'caseload/:caseId',
    canActivate: [roleGuard('worker')],
    loadComponent: () => import('@nabij/dossier/portal').then((m) => m.CasePage),
  },
  {
    path: 'teams',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/organisation/portal').then((m) => m.TeamsPage),
  },
  {
    path: 'medewerkers',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/organisation/portal').then((m) => m.StaffPage),
  },
  {
    path: 'mijn-gegevens',
    canActivate: [roleGuard('client')],
    loadComponent: () => import('@nabij/privacy/portal').then((m) => m.MyDataPage),
  },
  {
    path: 'toegangslog',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('@nabij/privacy/portal').then((m) => m.AccessLogPage),
  },
  // platform/portal is in the main bundle already (the shell), so the not-found page needs no lazy chunk.
  { path: '**', component: NotFoundPage },
];

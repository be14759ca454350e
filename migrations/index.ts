import { Foundation1764072000000 } from './1764072000000-foundation';
import { CareCases1764079200000 } from './1764079200000-care-cases';
import { Dossier1764100800000 } from './1764100800000-dossier';
import { Messages1764100900000 } from './1764100900000-messages';
import { Time1764101200000 } from './1764101200000-time';
import { Chat1764101600000 } from './1764101600000-chat';
import { Trainings1764102000000 } from './1764102000000-trainings';
import { FinancierReportName1764102400000 } from './1764102400000-financier-report-name';
import { MessageAttachments1764102800000 } from './1764102800000-message-attachments';
import { TrainingReminders1764103600000 } from './1764103600000-training-reminders';
import { TimeContactDefaults1764104060000 } from './1764104060000-time-contact-defaults';
import { MessageAttachmentExpiry1764104600000 } from './1764104600000-message-attachment-expiry';
import { EnrolmentCase1764105200000 } from './1764105200000-enrolment-case';
import { AuthSessions1764106130000 } from './1764106130000-auth-sessions';
import { OutboxMailClaim1764107000000 } from './1764107000000-outbox-mail-claim';
import { TeamArchive1796062271964 } from './1796062271964-team-archive';
import { AccountDeactivated1796062458121 } from './1796062458121-account-deactivated';
import { PasswordReset1796062459675 } from './1796062459675-password-reset';
import { TwoFactor1796070000000 } from './1796070000000-two-factor';
import { StaffInvites1796071000000 } from './1796071000000-staff-invites';
import { ActivationCode1796072000000 } from './1796072000000-activation-code';
import { VerificationNewEmail1796072100000 } from './1796072100000-verification-new-email';
import { DeletionRequests1796073000000 } from './1796073000000-deletion-requests';
import { CaseTimeRollup1796074000000 } from './1796074000000-case-time-rollup';
import { CareCaseWorkerIndex1796075000000 } from './1796075000000-care-case-worker-index';
import { VideoCalls1796080000000 } from './1796080000000-video-calls';
import { Library1796090000000 } from './1796090000000-library';
import { SelfTests1796120000000 } from './1796120000000-self-tests';
import { AnonymousQuestions1796121000000 } from './1796121000000-anonymous-questions';
import { LibraryMissedSearches1796122000000 } from './1796122000000-library-missed-searches';
import { VideoGuestLinks1796130000000 } from './1796130000000-video-guest-links';
import { VideoNotices1796131000000 } from './1796131000000-video-notices';
import { AnonymousContactTime1796140000000 } from './1796140000000-anonymous-contact-time';
import { ChatQueuePresence1796141000000 } from './1796141000000-chat-queue-presence';
import { LibraryWordQualified1796150000000 } from './1796150000000-library-word-qualified';
import { FirstAdminInvite1796151000000 } from './1796151000000-first-admin-invite';
import { TimeEntryDayIndex1796170000000 } from './1796170000000-time-entry-day-index';
import { TrainingSelfHelpAndMedia1796180000000 } from './1796180000000-training-self-help-and-media';
import { LibraryEditorRight1796190000000 } from './1796190000000-library-editor-right';
import { LibraryFaqDrafts1796191000000 } from './1796191000000-library-faq-drafts';
import { MyLibrary1796192000000 } from './1796192000000-my-library';
import { QuestionInvitation1796193000000 } from './1796193000000-question-invitation';
import { ChatVideoOffer1796200000000 } from './1796200000000-chat-video-offer';
import { Outreach1796210000000 } from './1796210000000-outreach';
import { ChatClientSeen1796220000000 } from './1796220000000-chat-client-seen';
import { SocialMap1796230000000 } from './1796230000000-social-map';
import { SocialReferral1796231000000 } from './1796231000000-social-referral';
import { LibraryDraftsAndQuestionCase1796240000000 } from './1796240000000-library-drafts-and-question-case';
import { OutreachFamiliesAndDigest1796250000000 } from './1796250000000-outreach-families-and-digest';
import { TrainingCohorts1796270000000 } from './1796270000000-training-cohorts';
import { Forum1796280000000 } from './1796280000000-forum';
import { AppointmentReminders1796290000000 } from './1796290000000-appointment-reminders';
import { Guardians1796300000000 } from './1796300000000-guardians';
import { TeamLeadInsight1796310000000 } from './1796310000000-team-lead-insight';
import { ForumCohorts1796320000000 } from './1796320000000-forum-cohorts';
import { AccountLanguage1796340000000 } from './1796340000000-account-language';
import { InterpreterAndWorkerNotices1796350000000 } from './1796350000000-interpreter-and-worker-notices';
import { OnlineTargets1796360000000 } from './1796360000000-online-targets';
import { ConversationLimit1796370000000 } from './1796370000000-conversation-limit';
import { GroupSessionVideo1796380000000 } from './1796380000000-group-session-video';
import { ContentTranslations1796390000000 } from './1796390000000-content-translations';
import { TrainingModuleTranslations1796390100000 } from './1796390100000-training-module-translations';
import { OutreachConsentReferral1796400000000 } from './1796400000000-outreach-consent-referral';
import { GuardianInviteLanguage1796410000000 } from './1796410000000-guardian-invite-language';
import { QuestionLanguage1796420000000 } from './1796420000000-question-language';
import { LibraryFaqTranslations1796440000000 } from './1796440000000-library-faq-translations';
import { LibraryExerciseTranslations1796450000000 } from './1796450000000-library-exercise-translations';
import { OutreachCaseFromCall1796460000000 } from './1796460000000-outreach-case-from-call';
import { AuditEntryClientLists1796490000000 } from './1796490000000-audit-entry-client-lists';
/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const ALL_MIGRATIONS = [
  Foundation1764072000000,
  CareCases1764079200000,
  Dossier1764100800000,
  Messages1764100900000,
  Time1764101200000,
  Chat1764101600000,
  Trainings1764102000000,
  FinancierReportName1764102400000,
  MessageAttachments1764102800000,
  TrainingReminders1764103600000,
  TimeContactDefaults1764104060000,
  MessageAttachmentExpiry1764104600000,
  EnrolmentCase1764105200000,
  AuthSessions1764106130000,
  OutboxMailClaim1764107000000,
  TeamArchive1796062271964,
  AccountDeactivated1796062458121,
  PasswordReset1796062459675,
  TwoFactor1796070000000,
  StaffInvites1796071000000,
  ActivationCode1796072000000,
  VerificationNewEmail1796072100000,
  DeletionRequests1796073000000,
  CaseTimeRollup1796074000000,
  CareCaseWorkerIndex1796075000000,
  VideoCalls1796080000000,
  Library1796090000000,
  SelfTests1796120000000,
  AnonymousQuestions1796121000000,
  LibraryMissedSearches1796122000000,
  VideoGuestLinks1796130000000,
  VideoNotices1796131000000,
  AnonymousContactTime1796140000000,
  ChatQueuePresence1796141000000,
  LibraryWordQualified1796150000000,
  FirstAdminInvite1796151000000,
  TimeEntryDayIndex1796170000000,
  TrainingSelfHelpAndMedia1796180000000,
  LibraryEditorRight1796190000000,
  LibraryFaqDrafts1796191000000,
  MyLibrary1796192000000,
  QuestionInvitation1796193000000,
  ChatVideoOffer1796200000000,
  Outreach1796210000000,
  ChatClientSeen1796220000000,
  SocialMap1796230000000,
  SocialReferral1796231000000,
  LibraryDraftsAndQuestionCase1796240000000,
  OutreachFamiliesAndDigest1796250000000,
  TrainingCohorts1796270000000,
  Forum1796280000000,
  AppointmentReminders1796290000000,
  Guardians1796300000000,
  TeamLeadInsight1796310000000,
  ForumCohorts1796320000000,
  AccountLanguage1796340000000,
  InterpreterAndWorkerNotices1796350000000,
  OnlineTargets1796360000000,
  ConversationLimit1796370000000,
  GroupSessionVideo1796380000000,
  ContentTranslations1796390000000,
  TrainingModuleTranslations1796390100000,
  OutreachConsentReferral1796400000000,
  GuardianInviteLanguage1796410000000,
  QuestionLanguage1796420000000,
  LibraryFaqTranslations1796440000000,
  LibraryExerciseTranslations1796450000000,
  OutreachCaseFromCall1796460000000,
  AuditEntryClientLists1796490000000,
];

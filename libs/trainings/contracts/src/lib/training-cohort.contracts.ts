import type { StallReason } from './training-participation.contracts';

/** A cohort (group) has at least this many participants before it starts, and never more than the maximum. */
export const COHORT_LIMITS = { minParticipants: 6, maxParticipants: 12, maxTrainers: 3, messageMax: 4000 } as const;

/** per_session: a module opens on the date of the session it belongs to; own_pace: one after another, as in an online course. */
export const COHORT_PACINGS = ['per_session', 'own_pace'] as const;
export type CohortPacing = (typeof COHORT_PACINGS)[number];

/**
 * room: a room with an address; online: a link (of another video service) the trainer gives;
 * video: online in Nabij, a video call of the session's trainers and active participants
 * ("Deelnemen" on the group page, open from GROUP_VIDEO_OPENS_MINUTES_BEFORE the start until its end).
 */
export const SESSION_PLACES = ['room', 'online', 'video'] as const;
export type SessionPlace = (typeof SESSION_PLACES)[number];

export type CohortRole = 'trainer' | 'participant';

/** A group session of place `video` can be joined from this many minutes before its start until its end. */
export const GROUP_VIDEO_OPENS_MINUTES_BEFORE = 15;

/** Whether the video room of a group session is open now (place `video`, not past its end). */
export function isGroupVideoOpen(session: { place: SessionPlace; startsAt: string | Date; minutes: number }, now: Date): boolean {
  const start = new Date(session.startsAt).getTime();
  return (
    session.place === 'video' &&
    now.getTime() >= start - GROUP_VIDEO_OPENS_MINUTES_BEFORE * 60_000 &&
    now.getTime() < start + session.minutes * 60_000
  );
}

/**
 * A group session's video room as trainings lends it to the video lib: who you are in it (role and
 * the name the group knows you by) and who may be in it at most.
 */
export interface GroupVideoSeat {
  sessionId: string;
  cohortId: string;
  organisationId: string;
  startsAt: string;
  minutes: number;
  role: CohortRole;
  /** Nickname or first name: all the others in the call see of you. */
  displayName: string;
  /** The cohort maximum plus the group's trainers: the most people in the call at once. */
  maxPeople: number;
}

/** What the forum (and others) may ask: which cohorts a user is in, and as what. */
export interface CohortMembership {
  cohortId: string;
  organisationId: string;
  trainingId: string;
  title: string;
  role: CohortRole;
}

export interface CreateCohortRequest {
  trainingId: string;
  title: string;
  /** YYYY-MM-DD */
  startsOn: string;
  pacing: CohortPacing;
  /** Other trainers (workers who may train) besides the one who makes the cohort. */
  coTrainerIds?: string[];
}

export interface AddParticipantRequest {
  /** A client of the trainer's caseload (open case): enrolled at once. */
  clientId: string;
}

export interface InviteParticipantRequest {
  /** A registered client of the organisation: they accept the invitation themselves. */
  email: string;
}

export interface GroupSessionRequest {
  /** ISO date-time */
  startsAt: string;
  minutes: number;
  place: SessionPlace;
  room?: string;
  address?: string;
  link?: string;
  /** The module this session is about: with pacing per_session it opens on the session's date. */
  moduleId?: string | null;
}

export interface AttendanceRequest {
  /** The participants (client ids) who were there; every other participant is marked absent. */
  present: string[];
}

export interface GroupMessageRequest {
  /** Chosen by the sender (uuid), so a retry does not send twice. */
  id: string;
  body: string;
}

export interface NicknameRequest {
  /** 2–30 characters; never the surname. Empty: show the first name again. */
  nickname: string | null;
}

export interface GroupSessionView {
  id: string;
  cohortId: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  place: SessionPlace;
  room: string | null;
  address: string | null;
  link: string | null;
  moduleId: string | null;
  moduleTitle: string | null;
  /** Attendance taken: the session was held. */
  heldAt: string | null;
}

export interface CohortSummary {
  id: string;
  trainingId: string;
  trainingTitle: string;
  title: string;
  startsOn: string;
  pacing: CohortPacing;
  role: CohortRole;
  /** Participants who accepted (trainer view: also invited ones are counted apart). */
  participantCount: number;
  invitedCount: number;
  /** For a participant: invited (not accepted yet) or active. */
  myStatus: 'invited' | 'active' | null;
  nextSession: GroupSessionView | null;
}

/** What a participant sees of the others: a first name or nickname, nothing else. */
export interface GroupMemberView {
  displayName: string;
  isMe: boolean;
}

export interface ParticipantCohortView extends CohortSummary {
  role: 'participant';
  trainers: string[];
  members: GroupMemberView[];
  sessions: GroupSessionView[];
  myNickname: string | null;
  myEnrolmentId: string | null;
}

export interface CohortParticipantProgress {
  clientId: string;
  name: string | null;
  displayName: string;
  status: 'invited' | 'active';
  enrolmentId: string | null;
  modulesDone: number;
  modulesTotal: number;
  homeworkWaiting: number;
  lastActivityAt: string | null;
  stalled: boolean;
  stallReasons: StallReason[];
  /** Sessions held that this participant was at / of all held. */
  sessionsAttended: number;
}

export interface SessionAttendanceView {
  sessionId: string;
  present: string[];
  absent: string[];
}

export interface TrainerCohortView extends CohortSummary {
  role: 'trainer';
  trainers: Array<{ id: string; name: string | null }>;
  participants: CohortParticipantProgress[];
  sessions: GroupSessionView[];
  attendance: SessionAttendanceView[];
  modules: Array<{ id: string; position: number; title: string }>;
}

export interface GroupMessageResult {
  sent: number;
}

/** The team lead's figures for group trainings in a period: numbers only, no names. */
export interface GroupTrainingReport {
  from: string;
  to: string;
  cohorts: Array<{
    cohortId: string;
    title: string;
    trainingTitle: string;
    startsOn: string;
    participants: number;
    sessionsHeld: number;
    sessionsPlanned: number;
    /** Present marks over all held sessions of the period / (held sessions × participants), 0–100. */
    attendancePercent: number | null;
    groupMinutes: number;
    /** Per module: participants who stopped there (no activity for the stall period, not finished). */
    dropOutPerModule: Array<{ position: number; title: string; droppedOut: number }>;
  }>;
  totals: { sessionsHeld: number; participants: number; presentMarks: number; groupMinutes: number };
}

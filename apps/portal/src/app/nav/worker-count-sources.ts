/** What the menu asks for a worker, in one file that `NavCounts` loads on first use (see client-count-sources.ts). */
export { MessagesApi } from '@nabij/messages/portal/lib/messages.api';
export { ChatApi } from '@nabij/chat/portal/lib/chat.api';
export { TrainingsApi } from '@nabij/trainings/portal/lib/trainings.api';
export { TimeApi } from '@nabij/time/portal/lib/time.api';
export { LibraryApi } from '@nabij/library/portal/lib/library.api';
export { ForumApi } from '@nabij/forum/portal/lib/forum.api';
export { DossierApi } from '@nabij/dossier/portal/lib/dossier.api';
export { GuardiansApi } from '@nabij/guardians/portal/lib/guardians.api';

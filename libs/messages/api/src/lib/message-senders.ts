import type { AccountDirectoryService } from '@nabij/identity/api';
import type { Message } from '@nabij/messages/contracts';
import type { EntityManager } from 'typeorm';

/** The messages with their senders' names from identity's directory (one look-up for all of them). */
export async function withSenderNames(accounts: AccountDirectoryService, messages: Message[], db?: EntityManager): Promise<Message[]> {
  const names = await accounts.namesByIds(
    messages.map((m) => m.sender.id),
    db,
  );
  return messages.map((m) => ({ ...m, sender: { ...m.sender, name: names.get(m.sender.id) ?? null } }));
}

export * from './lib/chat.module';
export * from './lib/duty/duty-roster.module';
export * from './lib/duty/duty-roster.service';
export * from './lib/hours/chat-hours';
export * from './lib/hours/chat-hours.service';
export * from './lib/entities/chat-session.entities';
export { ChatSocketOptions } from './lib/socket/chat-socket-options';

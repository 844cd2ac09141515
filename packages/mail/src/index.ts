export {
  COURSE_NAME,
  invitationMessage,
  type Message,
  type MessageKind,
  passwordResetMessage,
} from './templates';

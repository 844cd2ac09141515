export {
  accountDeletedMessage,
  COURSE_NAME,
  emailChangedMessage,
  emailConfirmationMessage,
  invitationMessage,
  type Message,
  type MessageKind,
  type Notice,
  type NoticeName,
  noticeMessage,
  passwordResetMessage,
  signUpAttemptMessage,
} from './templates';

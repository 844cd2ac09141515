export {
  accountDeletedMessage,
  COURSE_NAME,
  emailChangedMessage,
  emailConfirmationMessage,
  invitationMessage,
  type Message,
  type MessageKind,
  passwordResetMessage,
  signUpAttemptMessage,
} from './templates';

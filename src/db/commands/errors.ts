/** The errors a command may throw, for the UI to tell apart (it never imports db/mutations). */
export { RecordNotFound, ValidationFailed } from '../mutations';
export { StageRuleRefused } from './stages';

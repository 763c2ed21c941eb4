// The call handler part: a separate script, loaded by the widget only in mode="call-handler".
import { registerPart } from '../parts.js';
import CallHandler from './CallHandler.js';

registerPart('handler', { default: CallHandler });

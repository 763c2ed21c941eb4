// The letter writer part: a separate script, loaded by the widget when someone asks for help writing.
import { registerPart } from '../parts.js';
import LetterWriter from './LetterWriter.js';

registerPart('letter', { default: LetterWriter });

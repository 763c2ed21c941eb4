// Entry of the Easy Read part (a separate script, loaded only in Easy Read).
import { registerPart } from '../parts.js';
import EasyPlan from './EasyPlan.js';

registerPart('easy', { default: EasyPlan });

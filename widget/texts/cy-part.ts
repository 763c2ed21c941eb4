// The Welsh catalogue as a part of its own, loaded only when someone asks for Cymraeg.
import { registerPart } from '../parts.js';
import { cy } from './cy.js';

registerPart('cy', { default: cy });

// The one check for staff-only features: handler-sourced counts now, and the call-handler console, saved checker
// runs and operator pages as they gain sign-in. Staff sign-in (OpenID Connect) is not built yet, so the only staff
// this service can recognise are on a local demo (not NODE_ENV=production), where everything is open, as the page
// says; in production every staff-only feature is refused until sign-in exists.
import type { FastifyRequest } from 'fastify';

export type StaffAccess = { allowed: true; who: 'local-demo' } | { allowed: false; reason: string };

export interface StaffOptions {
  /** A local demo without sign-in: everything is open on this machine. */
  localDemo: boolean;
}

export function staffAccess(_request: FastifyRequest, options: StaffOptions): StaffAccess {
  if (options.localDemo) return { allowed: true, who: 'local-demo' };
  return { allowed: false, reason: 'This needs a staff sign-in, which this service does not offer yet.' };
}

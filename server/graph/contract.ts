// The fixed vocabulary of the public API (shared/docs/api-contract.md, version 1).
// Ids and values here never change meaning within /api/v1; the data files must use exactly these.
import { z } from 'zod';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export const SERVICES = [
  'gp', 'hospital', 'mental-health', 'ambulance', 'nhs-111', 'community-health', 'dentist', 'pharmacy',
  'optician', 'care-home', 'home-care', 'council-adult-social-care', 'children-social-care',
  'continuing-healthcare', 'private-healthcare', 'hospice', 'prison-healthcare', 'armed-forces', 'other',
] as const;
export const FUNDING = ['nhs', 'council', 'self', 'not-sure'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const CONCERNS = [
  'care-or-treatment', 'staff-attitude', 'unsafe-professional', 'abuse-or-neglect', 'access-or-waiting',
  'communication', 'records-or-data', 'costs-or-charges', 'discrimination', 'complaint-handling', 'other',
] as const;
export const PROFESSIONALS = [
  'doctor', 'physician-or-anaesthesia-associate', 'nurse-or-midwife', 'dental-professional',
  'pharmacy-professional', 'optical-professional', 'allied-health-professional', 'social-worker',
  'osteopath', 'chiropractor', 'care-worker', 'not-sure',
] as const;
export const STAGES = ['not-yet', 'waiting', 'final-response', 'no-response', 'ombudsman-decided'] as const;
export const OUTCOMES = [
  'explanation', 'apology', 'put-right', 'change', 'compensation', 'action-against-professional', 'share-feedback',
] as const;
export const WHO = ['me', 'someone-else', 'someone-who-died'] as const;
/** Northern Ireland's five health and social care trust areas (asked instead of a postcode there). */
export const TRUST_AREAS = ['belfast', 'northern', 'south-eastern', 'southern', 'western'] as const;

export const STEP_KINDS = ['urgent', 'resolve', 'complain', 'escalate', 'also', 'help'] as const;
export const BODY_ROLES = [
  'provider', 'commissioner', 'council', 'ombudsman', 'adjudicator', 'regulator', 'care-regulator',
  'data-regulator', 'advocacy', 'patient-voice', 'safeguarding', 'emergency', 'advice',
] as const;

/** The local bodies a postcode in England finds, one of each per council area. */
export const LOCAL_ROLES = ['council', 'safeguarding', 'children', 'icb', 'healthwatch', 'advocacy'] as const;
export type LocalRole = (typeof LOCAL_ROLES)[number];

/** How far a source can be trusted, most first. Public responses show only the first three; `secondary`
 *  (news, mirrors, consultancies, encyclopaedias) stays in the data for curators. */
export const SOURCE_KINDS = ['legislation', 'government', 'official', 'secondary'] as const;
export const PUBLIC_SOURCE_KINDS = ['legislation', 'government', 'official'] as const;

export const NATIONAL_BODY_IDS = [
  'phso', 'lgsco', 'cqc', 'nhs-england', 'healthwatch-england', 'iscas', 'dental-complaints-service', 'occs',
  'gmc', 'nmc', 'gdc', 'hcpc', 'gphc', 'goc', 'gosc', 'gcc', 'social-work-england',
  'professional-standards-authority', 'ico', 'nhs-resolution', 'psow', 'llais', 'spso', 'pass',
  'care-inspectorate', 'nipso', 'patient-client-council', 'emergency-999', 'nhs-111',
] as const;

/** Choice questions and their allowed values: the single source for validation and the OpenAPI document. */
export const CHOICE_VALUES = {
  nation: NATIONS,
  service: SERVICES,
  funding: FUNDING,
  detained: YES_NO,
  concern: CONCERNS,
  professional: PROFESSIONALS,
  stage: STAGES,
  outcome: OUTCOMES,
  who: WHO,
  trust: TRUST_AREAS,
} as const;

export const QUESTION_IDS = [
  'nation', 'service', 'funding', 'detained', 'concern', 'professional', 'stage', 'when', 'responded',
  'outcome', 'who', 'postcode', 'area', 'trust',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export const QuestionIdSchema = z.enum(QUESTION_IDS);

export const StepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof StepKindSchema>;
export const BodyRoleSchema = z.enum(BODY_ROLES);
export type BodyRole = z.infer<typeof BodyRoleSchema>;
export const NationSchema = z.enum(NATIONS);
export type Nation = z.infer<typeof NationSchema>;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

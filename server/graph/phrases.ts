// The few sentences the engine composes itself, around names, dates and answers taken from the data. Everything
// else a plan says comes from data/ (and its Welsh overlay, data/cy/). Welsh sentences put a body's name after a
// colon, so that no name has to take a mutation: "Help am ddim: Llais."
import type { Language, Nation } from './contract.js';

export interface Phrases {
  /** ", by 3 March 2027" after a step's title. */
  by: (date: string) => string;
  call: (phone: string) => string;
  email: (address: string) => string;
  website: (name: string) => string;
  /** After a merged board's inherited contact: whose it was. */
  fromMerged: (name: string) => string;
  /** A switchboard standing in for a named organisation's own team: whom to ask for. */
  callAskingFor: (phone: string, whom: string) => string;
  switchboardNote: (whom: string) => string;
  /** Whom to ask for at a named NHS organisation, by purpose and nation, and what that team does. */
  providerTeam: Record<'pals' | 'complaints', Record<Nation, string>>;
  providerTeamDescription: Record<'pals' | 'complaints', string>;
  complainOnline: string;
  helpOnline: string;
  providerDescription: string;
  youToldUs: (what: string) => string;
  weAssumed: (what: string) => string;
  /** A nation on its own ("the route for Wales") and after "in" ("your postcode is in Wales"). */
  nation: Record<Nation, string>;
  inNation: Record<Nation, string>;
  postcodeNotFoundPlan: (postcode: string) => string;
  postcodeNotFoundJourney: (postcode: string) => string;
  postcodeMismatch: (postcodeIn: string, careIn: string, careNation: string) => string;
  postcodeCrossesBorder: (postcode: string, others: string) => string;
  and: string;
  /** A next stage's title in the brief before the final answer: "If you are still unhappy after their final answer: the ombudsman." */
  afterFinalAnswer: (title: string) => string;
  summary: {
    safeFirst: string;
    startWith: (name: string, alternative?: string) => string;
    isWith: (name: string) => string;
    reviewOnly: (name: string) => string;
    nextIfUnhappy: (name: string) => string;
    nextStep: (name: string) => string;
    freeHelp: (name: string) => string;
  };
}

export const PHRASES: Record<Language, Phrases> = {
  en: {
    by: (date) => `, by ${date}`,
    call: (phone) => `Call ${phone}`,
    email: (address) => `Email ${address}`,
    website: (name) => `${name} website`,
    fromMerged: (name) => ` (from ${name}, before it merged)`,
    callAskingFor: (phone, whom) => `Call ${phone} and ask for ${whom}`,
    switchboardNote: (whom) => `This is the main switchboard. Ask for ${whom}.`,
    providerTeam: {
      pals: { england: 'PALS', wales: 'the concerns team', scotland: 'the feedback and complaints team', 'northern-ireland': 'the complaints team' },
      complaints: { england: 'the complaints team', wales: 'the concerns team', scotland: 'the feedback and complaints team', 'northern-ireland': 'the complaints team' },
    },
    providerTeamDescription: {
      pals: 'The Patient Advice and Liaison Service (PALS) of the NHS organisation that gave the care. It can often sort out a problem quickly.',
      complaints: 'The NHS organisation that gave the care. Its complaints team looks into your complaint and answers in writing.',
    },
    complainOnline: 'Complain online',
    helpOnline: 'Ask for help online',
    providerDescription: 'The organisation whose website you are using.',
    youToldUs: (what) => `You told us (${what}).`,
    weAssumed: (what) => `We assumed (${what}) because we do not know yet.`,
    nation: { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' },
    inNation: { england: 'in England', wales: 'in Wales', scotland: 'in Scotland', 'northern-ireland': 'in Northern Ireland' },
    postcodeNotFoundPlan: (p) => `We could not find the postcode ${p}, so we have shown how to find your local services instead.`,
    postcodeNotFoundJourney: (p) => `We could not find the postcode ${p}. Check it, or give just the first part, like LS1.`,
    postcodeMismatch: (postcodeIn, careIn, careNation) =>
      `Your postcode is ${postcodeIn}, but you said the care was ${careIn}. Complaints follow where the care was given, so we have shown the route for ${careNation}, with help for people who live ${postcodeIn} where there is some. If the care was ${postcodeIn}, change your answer to the first question.`,
    postcodeCrossesBorder: (p, others) => `Part of ${p} is ${others}. If you live there, give your full postcode so we can find your local services.`,
    and: ' and ',
    afterFinalAnswer: (title) => (/^If you are still unhappy:/.test(title) ? `${title.replace(/^If you are still unhappy/, '$& after their final answer')}.` : `${title}, after their final answer.`),
    summary: {
      safeFirst: 'First, make sure everyone is safe.',
      startWith: (name, alternative) => `Start by complaining to ${name}${alternative ? `, or to ${alternative} instead` : ''}.`,
      isWith: (name) => `Your complaint is with ${name}.`,
      reviewOnly: (name) => `You can ask ${name} to look at its decision again, but only for certain reasons.`,
      nextIfUnhappy: (name) => `If you are still unhappy with their final answer, the next step is: ${name}.`,
      nextStep: (name) => `Your next step is: ${name}.`,
      freeHelp: (name) => `Free help: ${name}.`,
    },
  },
  cy: {
    by: (date) => `, erbyn ${date}`,
    call: (phone) => `Ffoniwch ${phone}`,
    email: (address) => `E-bostiwch ${address}`,
    website: (name) => `Gwefan: ${name}`,
    fromMerged: (name) => ` (manylion ${name} cyn yr uno)`,
    callAskingFor: (phone, whom) => `Ffoniwch ${phone} a gofynnwch am ${whom}`,
    switchboardNote: (whom) => `Dyma’r prif switsfwrdd. Gofynnwch am ${whom}.`,
    providerTeam: {
      pals: { england: 'PALS', wales: 'y tîm pryderon', scotland: 'y tîm adborth a chwynion', 'northern-ireland': 'y tîm cwynion' },
      complaints: { england: 'y tîm cwynion', wales: 'y tîm pryderon', scotland: 'y tîm adborth a chwynion', 'northern-ireland': 'y tîm cwynion' },
    },
    providerTeamDescription: {
      pals: 'Gwasanaeth Cyngor a Chyswllt i Gleifion (PALS) y sefydliad GIG a roddodd y gofal. Gall ddatrys problem yn gyflym yn aml.',
      complaints: 'Y sefydliad GIG a roddodd y gofal. Mae ei dîm cwynion yn edrych ar eich cwyn ac yn ateb yn ysgrifenedig.',
    },
    complainOnline: 'Cwyno ar-lein',
    helpOnline: 'Gofyn am help ar-lein',
    providerDescription: 'Y sefydliad sydd biau’r wefan rydych chi’n ei defnyddio.',
    youToldUs: (what) => `Dywedoch chi wrthym (${what}).`,
    weAssumed: (what) => `Rydym wedi tybio (${what}) gan nad ydym yn gwybod eto.`,
    nation: { england: 'Lloegr', wales: 'Cymru', scotland: 'yr Alban', 'northern-ireland': 'Gogledd Iwerddon' },
    inNation: { england: 'yn Lloegr', wales: 'yng Nghymru', scotland: 'yn yr Alban', 'northern-ireland': 'yng Ngogledd Iwerddon' },
    postcodeNotFoundPlan: (p) => `Nid oeddem yn gallu dod o hyd i’r cod post ${p}, felly rydym wedi dangos sut i ddod o hyd i’ch gwasanaethau lleol yn lle hynny.`,
    postcodeNotFoundJourney: (p) => `Nid oeddem yn gallu dod o hyd i’r cod post ${p}. Gwiriwch ef, neu rhowch y rhan gyntaf yn unig, fel LS1.`,
    postcodeMismatch: (postcodeIn, careIn, careNation) =>
      `Mae eich cod post ${postcodeIn}, ond dywedoch chi fod y gofal ${careIn}. Mae cwynion yn dilyn y man lle cafwyd y gofal, felly rydym wedi dangos y llwybr ar gyfer ${careNation}, gyda help i bobl sy’n byw ${postcodeIn} lle mae peth ar gael. Os oedd y gofal ${postcodeIn}, newidiwch eich ateb i’r cwestiwn cyntaf.`,
    postcodeCrossesBorder: (p, others) => `Mae rhan o ${p} ${others}. Os ydych chi’n byw yno, rhowch eich cod post llawn er mwyn i ni ddod o hyd i’ch gwasanaethau lleol.`,
    and: ' ac ',
    afterFinalAnswer: (title) => (/^Os ydych chi’n dal yn anfodlon:/.test(title) ? `${title.replace(/^Os ydych chi’n dal yn anfodlon/, '$& ar ôl yr ateb terfynol')}.` : `${title}, ar ôl yr ateb terfynol.`),
    summary: {
      safeFirst: 'Yn gyntaf, gwnewch yn siŵr fod pawb yn ddiogel.',
      startWith: (name, alternative) => `Dechreuwch drwy gwyno i’r sefydliad hwn: ${name}.${alternative ? ` Neu gallwch gwyno yma yn lle hynny: ${alternative}.` : ''}`,
      isWith: (name) => `Mae eich cwyn gyda’r sefydliad hwn: ${name}.`,
      reviewOnly: (name) => `Gallwch ofyn i’r corff hwn edrych eto ar ei benderfyniad, ond dim ond am rai rhesymau: ${name}.`,
      nextIfUnhappy: (name) => `Os ydych chi’n dal yn anfodlon â’r ateb terfynol, dyma’r cam nesaf: ${name}.`,
      nextStep: (name) => `Eich cam nesaf: ${name}.`,
      freeHelp: (name) => `Help am ddim: ${name}.`,
    },
  },
};

// The words of the service's own pages around the widget (/start, /frame), per language. The widget's words are in
// widget/texts; the data's in data/ and data/cy/.
import type { Language } from '../graph/contract.js';

/** The poster's words. In Wales, or when asked for Welsh, the poster is bilingual with the Welsh first. */
export const POSTER_TEXTS = {
  en: {
    heading: "Not happy with your care? Here's how to complain",
    tellFirst: (name: string) => `Tell ${name} first`,
    ourService: 'our service',
    speakTo: 'Speak to a member of staff, or ask for the complaints manager. Most problems can be put right quickly.',
    speakToOurs: 'Speak to any of our staff, or ask for the complaints manager.',
    notAffected: 'Complaining will not affect your care.',
    scanTitle: 'Find out who can help',
    scan: 'Scan the code with your phone camera. It tells you who to complain to, how and by when.',
    typeAddress: 'Or type this address:',
    inWelsh: 'You can raise your concern in Welsh or in English.',
    safety: 'If someone is in danger now, call 999. For urgent medical help, call NHS 111.',
  },
  cy: {
    heading: 'Ddim yn hapus gyda’ch gofal? Dyma sut i gwyno',
    tellFirst: (name: string) => `Dywedwch wrthym ni yn gyntaf: ${name}`,
    ourService: 'ein gwasanaeth',
    speakTo: 'Siaradwch ag aelod o staff, neu gofynnwch am y rheolwr cwynion. Gellir unioni’r rhan fwyaf o broblemau’n gyflym.',
    speakToOurs: 'Siaradwch ag unrhyw un o’n staff, neu gofynnwch am y rheolwr cwynion.',
    notAffected: 'Ni fydd cwyno yn effeithio ar eich gofal.',
    scanTitle: 'Dewch o hyd i bwy all helpu',
    scan: 'Sganiwch y cod gyda chamera eich ffôn. Mae’n dweud wrthych at bwy i gwyno, sut ac erbyn pryd.',
    typeAddress: 'Neu teipiwch y cyfeiriad hwn:',
    inWelsh: 'Gallwch godi eich pryder yn Gymraeg neu yn Saesneg.',
    safety: 'Os oes rhywun mewn perygl nawr, ffoniwch 999. I gael help meddygol brys, ffoniwch GIG 111.',
  },
};

export const PAGE_TEXTS: Record<Language, Record<string, string>> = {
  en: {
    'html-lang': 'en-GB',
    title: 'How to complain about health or social care',
    skip: 'Skip to main content',
    tagline: 'Free help to complain about health and social care in the UK',
    intro: 'Answer a few questions to find out who to complain to, how, and by when. It takes about 2 minutes. We do not keep your answers.',
    footer: 'Your answers are sent to this service only to work out your plan. They are not stored, and this page sets no cookies.',
    'frame-footer': 'Your answers are not stored.',
    'full-page': 'Open this on a full page (opens in a new tab)',
  },
  cy: {
    'html-lang': 'cy',
    title: 'Sut i gwyno am iechyd neu ofal cymdeithasol',
    skip: 'Neidio i’r prif gynnwys',
    tagline: 'Help am ddim i gwyno am iechyd a gofal cymdeithasol yn y DU',
    intro: 'Atebwch ychydig o gwestiynau i gael gwybod at bwy i gwyno, sut, ac erbyn pryd. Mae’n cymryd tua 2 funud. Nid ydym yn cadw eich atebion.',
    footer: 'Dim ond i lunio eich cynllun y caiff eich atebion eu hanfon i’r gwasanaeth hwn. Nid ydynt yn cael eu cadw, ac nid yw’r dudalen hon yn gosod cwcis.',
    'frame-footer': 'Nid yw eich atebion yn cael eu cadw.',
    'full-page': 'Agor hwn ar dudalen lawn (yn agor mewn tab newydd)',
  },
};

// The words of the service's own pages around the widget (/start, /frame), per language. The widget's words are in
// widget/texts; the data's in data/ and data/cy/.
import type { Language } from '../graph/contract.js';

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

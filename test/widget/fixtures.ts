// Sample API responses for component tests, shaped like the public contract.
import type { Body, JourneyResponse, Plan, Question } from '../../widget/api.js';

export const serviceQuestion: Question = {
  id: 'service',
  kind: 'single',
  text: 'What kind of care or service is your complaint about?',
  hint: 'Choose the closest one.',
  optional: false,
  options: [
    { value: 'gp', label: 'GP practice', hint: "Your doctor's surgery" },
    { value: 'hospital', label: 'Hospital' },
    { value: 'dentist', label: 'Dentist' },
  ],
};

export const concernQuestion: Question = {
  id: 'concern',
  kind: 'multiple',
  text: 'What is your complaint about?',
  hint: 'Choose all that apply.',
  optional: false,
  options: [
    { value: 'care-or-treatment', label: 'Care or treatment' },
    { value: 'staff-attitude', label: 'Staff attitude' },
    { value: 'records-or-data', label: 'Records or data' },
  ],
};

export const whenQuestion: Question = {
  id: 'when',
  kind: 'date',
  text: 'When did it happen?',
  hint: 'You can give just the month and year.',
  optional: true,
  options: [],
};

export const postcodeQuestion: Question = {
  id: 'postcode',
  kind: 'postcode',
  text: 'What is your postcode?',
  optional: true,
  options: [],
};

export const areaQuestion: Question = {
  id: 'area',
  kind: 'area',
  text: 'Which council area do you live in?',
  optional: true,
  options: [
    { value: 'E08000035', label: 'Leeds' },
    { value: 'E08000036', label: 'Wakefield' },
  ],
};

export const stageQuestion: Question = {
  id: 'stage',
  kind: 'single',
  text: 'Have you already complained?',
  optional: false,
  options: [
    { value: 'not-yet', label: 'No, not yet' },
    { value: 'final-response', label: 'Yes, and I have had their final answer' },
  ],
};

export const phso: Body = {
  id: 'phso',
  name: 'Parliamentary and Health Service Ombudsman',
  role: 'ombudsman',
  phone: '0345 015 4033',
  website: 'https://www.ombudsman.org.uk',
  checked: '2026-07-01',
  sources: [{ title: 'PHSO: make a complaint', url: 'https://www.ombudsman.org.uk/making-complaint' }],
};

export const gpPractice: Body = {
  id: 'provider',
  name: 'Riverside Surgery',
  role: 'provider',
  phone: '0113 496 0000',
  email: 'practice.manager@riverside-surgery.example',
  website: 'https://www.riverside-surgery.example/complaints',
};

export const icb: Body = {
  id: 'west-yorkshire-icb',
  name: 'NHS West Yorkshire Integrated Care Board',
  role: 'commissioner',
  email: 'wyicb.complaints@nhs.example',
};

export const plan: Plan = {
  summary: 'Complain to the GP practice first. If you are still unhappy, the ombudsman can look at it.',
  warnings: [
    { code: 'time-limit-passed-nhs', text: 'You usually have 12 months to complain.' },
    { code: 'consent-someone-else', text: 'They will usually need the consent of the person the care was for.' },
  ],
  headline: { text: 'Complain to the practice, by 1 October 2027.', rule: 'nhs-complain-primary-care' },
  steps: [
    { kind: 'urgent', title: 'If someone is at risk', text: 'Tell the council safeguarding team.' },
    {
      kind: 'complain',
      title: 'Complain to the practice',
      text: 'Write to the practice manager.',
      body: gpPractice,
      alternatives: [icb],
      deadline: { by: '2027-10-01', text: 'Complain by 1 October 2027.' },
      expect: ['They should say they have your complaint within 3 working days.'],
      why: 'You said the complaint is about a GP practice in England.',
      sources: [{ title: 'NHS complaints regulations 2009', url: 'https://www.legislation.gov.uk/uksi/2009/309' }],
      short: {
        text: 'Complain to the practice, by 1 October 2027.',
        contact: { body: 'Riverside Surgery', kind: 'phone', value: '0113 496 0000', label: 'Call 0113 496 0000', verified: true },
      },
    },
    {
      kind: 'escalate',
      title: 'If you are still unhappy, ask the ombudsman',
      text: 'The ombudsman is free and independent.',
      body: phso,
      why: 'The ombudsman looks at NHS complaints in England.',
      short: { text: 'If you are still unhappy, ask the ombudsman.' },
    },
    { kind: 'help', title: 'Get free help to complain', text: 'An advocate can help you write your complaint.' },
  ],
  dataVersion: '2026-11-01',
  today: '2026-11-26',
};

export const asQuestion = (question: Question, answered = 0, remainingAtMost = 5): JourneyResponse => ({
  status: 'question',
  question,
  progress: { answered, remainingAtMost },
});

// The call handler's view of the questions (GET /api/v1/questions): prompts to read aloud and askWhen rules.
export const handlerQuestions: Question[] = [
  {
    id: 'nation', kind: 'single', text: 'Which country was the care or service in?', optional: false,
    prompt: 'Which country was the care in?', whyItMatters: 'Each country has its own rules.',
    options: [{ value: 'england', label: 'England' }, { value: 'wales', label: 'Wales' }, { value: 'scotland', label: 'Scotland' }],
  },
  {
    id: 'service', kind: 'single', text: 'What kind of care or service is your complaint about?', optional: false,
    prompt: 'What kind of service is it?',
    options: [
      { value: 'gp', label: 'GP practice' }, { value: 'hospital', label: 'Hospital' }, { value: 'dentist', label: 'Dentist' },
      { value: 'care-home', label: 'Care home or nursing home' }, { value: 'home-care', label: 'Care at home' },
      { value: 'pharmacy', label: 'Pharmacy' }, { value: 'optician', label: 'Optician' }, { value: 'hospice', label: 'Hospice' },
      { value: 'ambulance', label: 'Ambulance service' }, { value: 'nhs-111', label: 'NHS 111' },
      { value: 'mental-health', label: 'Mental health service' }, { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'funding', kind: 'single', text: 'Who paid for the care?', short: 'Paid for by', optional: false,
    prompt: 'Who paid for the care?', askWhen: { service: ['dentist', 'care-home', 'home-care'] },
    options: [{ value: 'nhs', label: 'The NHS' }, { value: 'council', label: 'The council arranged it' }, { value: 'self', label: 'The person paid' }],
  },
  {
    id: 'concern', kind: 'multiple', text: 'What is your complaint about?', optional: false, prompt: 'What went wrong?',
    options: [{ value: 'care-or-treatment', label: 'Care or treatment' }, { value: 'staff-attitude', label: 'How staff treated you' }, { value: 'abuse-or-neglect', label: 'Abuse or neglect' }],
  },
  {
    id: 'stage', kind: 'single', text: 'Have you already complained?', optional: false, prompt: 'Have you complained?',
    options: [{ value: 'not-yet', label: 'No, not yet' }, { value: 'final-response', label: 'Yes, and I have had their final answer' }],
  },
  {
    id: 'when', kind: 'date', text: 'When did it happen?', hint: 'You can give just the month and year.', optional: true,
    prompt: 'When did it happen?', options: [],
  },
  {
    id: 'who', kind: 'single', text: 'Who is the complaint for?', optional: true, prompt: 'Is it for you?',
    options: [{ value: 'me', label: 'Me' }, { value: 'someone-else', label: 'Someone else' }, { value: 'someone-who-died', label: 'Someone who has died' }],
  },
  {
    id: 'postcode', kind: 'postcode', text: 'What is your postcode?', optional: true, prompt: 'Can I take your postcode?',
    askWhen: { nation: ['england'] }, options: [],
  },
  {
    id: 'area', kind: 'area', text: 'Which council area do you live in?', optional: true, prompt: 'Which council area?',
    askWhen: { nation: ['england'], 'area-known': ['ambiguous'] }, options: [],
  },
];

export const lgsco: Body = {
  id: 'lgsco',
  name: 'Local Government and Social Care Ombudsman',
  role: 'ombudsman',
  phone: '0300 061 0614',
  website: 'https://www.lgo.org.uk',
  address: 'PO Box 4771, Coventry, CV4 0EH',
};

/** A one-call plan for a care home in Leeds, the funding not known yet. */
export const handlerPlan: Plan = {
  summary: 'Complain to the care home first.',
  warnings: [],
  steps: [
    {
      kind: 'complain',
      title: 'Complain to the care provider',
      text: 'Write to the manager of the care home.',
      body: { id: 'your-care-home', name: 'Your care home', role: 'provider', generic: true, website: 'https://www.cqc.org.uk/search' },
      alternatives: [{ id: 'council-leeds', name: 'Leeds City Council', role: 'council', phone: '0113 222 4401' }],
      deadline: { by: '2027-03-03', text: 'Complain by 3 March 2027.' },
      sources: [{ title: 'LGSCO: how to complain', url: 'https://www.lgo.org.uk/how-to-complain' }],
    },
    {
      kind: 'escalate',
      title: 'If you are still unhappy: an ombudsman',
      text: 'Which ombudsman depends on who pays.',
      body: lgsco,
      deadline: { by: '2027-03-03', text: 'The ombudsman normally expects to hear from you by 3 March 2027.' },
      sources: [{ title: 'LGSCO: joint working', url: 'https://www.lgo.org.uk/joint' }],
    },
    {
      kind: 'help',
      title: 'Free help to make your complaint',
      text: 'An advocate can help.',
      body: { id: 'advocacy-leeds', name: 'Advonet', role: 'advocacy', phone: '0113 244 0606' },
      sources: [{ title: 'LGSCO: how to complain', url: 'https://www.lgo.org.uk/how-to-complain' }],
    },
  ],
  unknowns: [
    { question: 'funding', text: 'Who paid for the care decides which ombudsman can help at the end.', assumed: "I'm not sure" },
    { question: 'who', text: 'Complaining for someone else can need their consent.' },
  ],
  area: { code: 'E08000035', name: 'Leeds' },
  dataVersion: '2026-11-26.abc123',
  today: '2026-11-26',
};

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
  warnings: [{ code: 'time-limit', text: 'You usually have 12 months to complain.' }],
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
    },
    {
      kind: 'escalate',
      title: 'If you are still unhappy, ask the ombudsman',
      text: 'The ombudsman is free and independent.',
      body: phso,
      why: 'The ombudsman looks at NHS complaints in England.',
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

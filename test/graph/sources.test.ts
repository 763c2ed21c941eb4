// The source policy: each source's kind, and what the public sees.
import { describe, expect, it } from 'vitest';
import type { SourceKindRecord } from '../../server/graph/schemas.js';
import { hasPrimarySource, hostOf, publicSources, sourcePolicy } from '../../server/graph/sources.js';

const HOSTS: SourceKindRecord[] = [
  { host: 'legislation.gov.uk', kind: 'legislation', exact: false, publisher: 'The National Archives' },
  { host: 'www.gov.uk', kind: 'government', exact: false, publisher: 'GOV.UK' },
  { host: 'gov.uk', kind: 'official', exact: false, publisher: 'Public bodies' },
  { host: 'nhs.uk', kind: 'government', exact: true, publisher: 'NHS.UK' },
  { host: 'nhs.uk', kind: 'official', exact: false, publisher: 'NHS organisations' },
  { host: 'parliament.uk', kind: 'official', exact: false, publisher: 'Parliament' },
  { host: 'commonslibrary.parliament.uk', kind: 'secondary', exact: false, publisher: 'Research briefings' },
];
const policy = sourcePolicy(HOSTS);
const kindOf = (url: string, own?: string[]) => policy.kindOf({ title: 'A page', url }, own);

describe('source kinds', () => {
  it('takes the longest listed host that matches, subdomains included', () => {
    expect(kindOf('https://www.legislation.gov.uk/ukpga/2012/7/section/185')).toBe('legislation');
    expect(kindOf('https://www.gov.uk/complain-to-the-nhs')).toBe('government');
    expect(kindOf('https://www.leeds.gov.uk/complaints')).toBe('official');
    expect(kindOf('https://commonslibrary.parliament.uk/briefing')).toBe('secondary');
    expect(kindOf('https://committees.parliament.uk/writtenevidence/1')).toBe('official');
  });

  it('applies an exact entry to that host and its www. form only', () => {
    expect(kindOf('https://www.nhs.uk/nhs-services/')).toBe('government');
    expect(kindOf('https://nhs.uk/chq/Pages/1777.aspx')).toBe('government');
    expect(kindOf('https://www.leedsth.nhs.uk/patients')).toBe('official');
  });

  it('counts the site of the body a record is about as official, and anything else unlisted as secondary', () => {
    expect(kindOf('https://healthwatchleeds.co.uk/contact', ['https://www.healthwatchleeds.co.uk'])).toBe('official');
    expect(kindOf('https://news.example.org/healthwatch', ['https://www.healthwatchleeds.co.uk'])).toBe('secondary');
    expect(kindOf('https://healthwatchleeds.co.uk.example.org/', ['https://healthwatchleeds.co.uk'])).toBe('secondary');
  });

  it('lets a source state its own kind, and ignores a trailing dot in a host', () => {
    expect(policy.kindOf({ title: 'A page', url: 'https://example.org/', kind: 'official' })).toBe('official');
    expect(hostOf('http://www.legislation.gov.uk./ukpga/2014/23')).toBe('www.legislation.gov.uk');
    expect(kindOf('http://www.legislation.gov.uk./ukpga/2014/23')).toBe('legislation');
  });
});

describe('public sources', () => {
  const sources = [
    { title: 'The law', url: 'https://www.legislation.gov.uk/a', kind: 'legislation' as const },
    { title: 'A news story', url: 'https://news.example.org/b', kind: 'secondary' as const },
    { title: 'Not yet classified', url: 'https://example.org/c' },
  ];

  it('shows legislation, government and official sources, never secondary or unclassified ones', () => {
    expect(publicSources(sources)).toEqual([{ title: 'The law', url: 'https://www.legislation.gov.uk/a', kind: 'legislation' }]);
  });

  it('calls a record primary-sourced only when one source is not secondary', () => {
    expect(hasPrimarySource(sources)).toBe(true);
    expect(hasPrimarySource(sources.slice(1))).toBe(false);
  });
});

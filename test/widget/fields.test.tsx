import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../widget/api.js';
import { ChoiceField } from '../../widget/components/ChoiceField.js';
import { DateField } from '../../widget/components/DateField.js';
import { PostcodeField } from '../../widget/components/PostcodeField.js';
import { areaQuestion, concernQuestion, postcodeQuestion, serviceQuestion, whenQuestion } from './fixtures.js';

afterEach(cleanup);

describe('ChoiceField', () => {
  it('renders radios named by question id with the option values', () => {
    render(<ChoiceField question={serviceQuestion} chosen={['gp']} onChange={() => {}} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual([
      ['service', 'gp', true],
      ['service', 'hospital', false],
      ['service', 'dentist', false],
    ]);
    expect(screen.getByRole('radio', { name: 'GP practice' }).getAttribute('aria-describedby')).toBe('cs-service-0-hint');
  });

  it('renders area questions as radios from the options the API gives', () => {
    const onChange = vi.fn();
    render(<ChoiceField question={areaQuestion} chosen={[]} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Wakefield' }));
    expect(onChange).toHaveBeenCalledWith(['E08000036']);
  });

  it('renders checkboxes for multiple questions and adds or removes a value', () => {
    const onChange = vi.fn();
    render(<ChoiceField question={concernQuestion} chosen={['staff-attitude']} onChange={onChange} />);
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).name)).toEqual(['concern', 'concern', 'concern']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Records or data' }));
    expect(onChange).toHaveBeenLastCalledWith(['staff-attitude', 'records-or-data']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Staff attitude' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('DateField', () => {
  it('has labelled day, month and year boxes and marks the one in error', () => {
    const onChange = vi.fn();
    render(<DateField question={whenQuestion} parts={{ day: '', month: '3', year: '' }} errorTarget="cs-when-year" onChange={onChange} />);
    expect((screen.getByLabelText('Month') as HTMLInputElement).value).toBe('3');
    expect(screen.getByLabelText('Year').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Month').getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(screen.getByLabelText('Day (if you know it)'), { target: { value: '9' } });
    expect(onChange).toHaveBeenCalledWith({ day: '9', month: '3', year: '' });
  });
});

describe('PostcodeField', () => {
  it('is a labelled text box', () => {
    const onChange = vi.fn();
    render(<PostcodeField question={postcodeQuestion} value="LS1" invalid={false} onChange={onChange} />);
    const input = screen.getByLabelText('Postcode') as HTMLInputElement;
    expect(input.value).toBe('LS1');
    expect(input.getAttribute('autocomplete')).toBe('postal-code');
    fireEvent.input(input, { target: { value: 'LS1 4AP' } });
    expect(onChange).toHaveBeenCalledWith('LS1 4AP');
  });
});

describe('ChoiceField groups', () => {
  it('lists a long question under its group headings, still one set of radios with ids in the API order', () => {
    const grouped: Question = {
      id: 'service', kind: 'single', text: 'What kind of care?', optional: false,
      options: [
        { value: 'gp', label: 'GP practice', group: 'Health care' },
        { value: 'care-home', label: 'Care home', group: 'Social care' },
        { value: 'hospice', label: 'Hospice', group: 'Health care' },
      ],
    };
    const onChange = vi.fn();
    const { container } = render(<ChoiceField question={grouped} chosen={[]} onChange={onChange} />);
    const groups = [...container.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => screen.getByText(g.querySelector('p')!.textContent!).textContent)).toEqual(['Health care', 'Social care']);
    expect(groups[0]!.getAttribute('aria-labelledby')).toBe(groups[0]!.querySelector('p')!.id);
    expect([...container.querySelectorAll('input')].map((i) => [i.value, i.id, i.name])).toEqual([
      ['gp', 'cs-service-0', 'service'], ['hospice', 'cs-service-2', 'service'], ['care-home', 'cs-service-1', 'service'],
    ]);
    fireEvent.click(screen.getByLabelText('Hospice'));
    expect(onChange).toHaveBeenCalledWith(['hospice']);
  });
});

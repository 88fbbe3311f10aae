import { describe, expect, it } from 'vitest';
import { printedValue } from '../forms/printedValue';
import type { FormField } from '../schema/form';
import { displayValue } from './displayValue';

const date = { id: 'd', type: 'date', required: false, label: { vi: 'Ngày' }, help: { vi: '-' }, example: '' } satisfies FormField;

describe('a date answer read back and printed', () => {
  it('shows a full date, a month and a year the way the form writes them', () => {
    expect(['1998-07-21', '1948-03', '1948'].map((v) => printedValue(date, v))).toEqual(['21/07/1998', '03/1948', '1948']);
    expect(['1998-07-21', '1948-03', '1948'].map((v) => displayValue(date, v))).toEqual(['21/07/1998', '03/1948', '1948']);
  });
  it('shows a date still being typed as it was typed', () => {
    expect(displayValue(date, '12/13/1998')).toBe('12/13/1998');
    expect(printedValue(date, '12//1998')).toBe('12//1998');
  });
});

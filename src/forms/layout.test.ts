import { describe, expect, it } from 'vitest';
import type { FormField } from '../schema/form';
import { groupChoices, isShort } from './layout';

const field = (id: string, over: Partial<FormField> = {}): FormField => ({
  id,
  label: { vi: 'Dân tộc' },
  type: 'text',
  required: false,
  help: { vi: '' },
  example: 'Kinh',
  ...over,
});
const levels = ['a', 'b', 'c', 'd'].map((value) => ({ value, label: { vi: value } }));

describe('isShort: which answers share a line on paper', () => {
  it('dates, numbers, ID numbers and short choices do; names, addresses and long labels do not', () => {
    expect(isShort(field('d', { type: 'date', example: '2026-01-02' }))).toBe(true);
    expect(
      isShort(
        field('s', {
          type: 'radio',
          options: [
            { value: 'm', label: { vi: 'Nam' } },
            { value: 'f', label: { vi: 'Nữ' } },
          ],
        }),
      ),
    ).toBe(true);
    expect(isShort(field('t'))).toBe(true);
    expect(isShort(field('n', { type: 'name', example: 'Lan' }))).toBe(false);
    expect(isShort(field('a', { type: 'textarea' }))).toBe(false);
    expect(isShort(field('l', { type: 'idNumber', label: { vi: 'Số giấy tờ tùy thân / số định danh cá nhân' } }))).toBe(false);
    expect(isShort(field('p', { example: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' }))).toBe(false);
    expect(
      isShort(
        field('r', {
          type: 'radio',
          options: [
            { value: 'x', label: { vi: 'Căn cước công dân / Căn cước' } },
            { value: 'y', label: { vi: 'Hộ chiếu' } },
          ],
        }),
      ),
    ).toBe(false);
  });
});

describe('groupChoices: questions sharing one set of answers become a grid', () => {
  it('groups a run of three or more, keeps order, and leaves shorter runs and other fields as lines', () => {
    const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => field(id, { type: 'select', options: levels }));
    const text = field('t');
    expect(groupChoices([text, a!, b!, c!, text, d!, e!, f!]).map((x) => (Array.isArray(x) ? x.map((y) => y.id) : x.id))).toEqual([
      't',
      ['a', 'b', 'c'],
      't',
      ['d', 'e', 'f'],
    ]);
    expect(groupChoices([a!, b!, text]).map((x) => (Array.isArray(x) ? 'grid' : x.id))).toEqual(['a', 'b', 't']);
  });
  it('does not group yes/no questions or questions whose answers differ', () => {
    const yesNo = [
      { value: 'y', label: { vi: 'Có' } },
      { value: 'n', label: { vi: 'Không' } },
    ];
    const two = ['a', 'b', 'c'].map((id) => field(id, { type: 'radio', options: yesNo }));
    expect(groupChoices(two).every((x) => !Array.isArray(x))).toBe(true);
    const other = field('z', { type: 'select', options: levels.slice(0, 3) });
    const mixed = [field('a', { type: 'select', options: levels }), field('b', { type: 'select', options: levels }), other];
    expect(groupChoices(mixed).every((x) => !Array.isArray(x))).toBe(true);
  });
});

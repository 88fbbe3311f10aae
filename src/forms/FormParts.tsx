import { language } from '../i18n';
import type { LocalizedText } from '../schema/common';

/** The Vietnamese wording of the official form, with the English beneath it when English is chosen. */
export function Label({ text }: { text: LocalizedText }) {
  return (
    <>
      <span lang="vi">{text.vi}</span>
      {language() === 'en' && text.en && (
        <span class="gloss" lang="en">
          {' '}
          ({text.en})
        </span>
      )}
    </>
  );
}

/** A tick box drawn with a border, not a ☐ glyph: few fonts have one, and a missing glyph prints as a blank. */
export const Box = ({ checked }: { checked: boolean }) => (
  <span class="box" aria-hidden="true">
    {checked ? 'X' : ''}
  </span>
);

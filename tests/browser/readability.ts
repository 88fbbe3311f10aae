import type { Page } from 'playwright-core';

/**
 * What a person with weak eyes or thick fingers meets on the page as it is now: visible text under 16 px, and
 * controls under 48 x 48 px. Links inside running text are exempt (WCAG 2.5.8 exempts them too), and a checkbox or
 * radio counts by the label that wraps it. One line per problem, naming the element.
 */
export const readabilityProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden, [hidden]');
    };
    for (const el of document.querySelectorAll('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText && visible(el) && parseFloat(getComputedStyle(el).fontSize) < 16)
        problems.push(`text ${getComputedStyle(el).fontSize}: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('a, button, input, select, textarea, summary')) {
      if (!visible(el) || (el as HTMLInputElement).type === 'hidden') continue;
      const inText = el.tagName === 'A' && !el.classList.contains('button') && getComputedStyle(el).display === 'inline';
      if (inText) continue;
      const target = (el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio' ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.height < 47.5 || box.width < 47.5) problems.push(`target ${Math.round(box.width)}x${Math.round(box.height)}: ${name(el)}`);
    }
    return problems;
  });

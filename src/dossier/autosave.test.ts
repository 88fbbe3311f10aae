import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, SAVE_DELAY_MS, type SaveState } from './autosave';

describe('createAutosaver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves only the newest of quick changes, within the delay', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>(
      async (v) => void saved.push(v),
      () => undefined,
    );
    saver.schedule('N');
    saver.schedule('Ng');
    saver.schedule('Ngu');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved).toEqual(['Ngu']);
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(300);
  });

  it('flush saves at once and leaves nothing for the timer', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>(
      async (v) => void saved.push(v),
      () => undefined,
    );
    saver.schedule('a');
    await saver.flush();
    expect(saved).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saved).toEqual(['a']);
  });

  it('keeps a failed version and saves it on the next flush; reports each state', async () => {
    const states: SaveState['state'][] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = createAutosaver<string>(
      async (v) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.push(v);
      },
      (s) => states.push(s.state),
    );
    saver.schedule('typed');
    await saver.flush();
    expect(states).toEqual(['pending', 'failed']);
    expect(saver.pending()).toBe('typed');
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['typed']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.pending()).toBeNull();
  });

  it('never writes an older version after a newer one', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver<string>(
      (v) =>
        new Promise<void>((resolve) => {
          saved.push(v);
          release = resolve;
        }),
      () => undefined,
    );
    saver.schedule('old');
    const first = saver.flush();
    await vi.waitFor(() => expect(saved).toEqual(['old']));
    // 'old' is being written when 'new' arrives.
    saver.schedule('new');
    const second = saver.flush();
    release();
    await first;
    await vi.waitFor(() => expect(saved).toEqual(['old', 'new']));
    release();
    await second;
    expect(saved).toEqual(['old', 'new']);
  });
});

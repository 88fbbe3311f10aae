import { beforeEach, describe, expect, it } from 'vitest';
import { readDesk, writeDesk } from '../desk/deskState';
import { readRound, writeRound } from './round';

const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    },
  });
});

describe('the outreach round in progress', () => {
  it('is none on a fresh device, and is started and ended by name', () => {
    expect(readRound()).toBeNull();
    expect(writeRound('  Thôn Đông 23/11 ')).toBe('Thôn Đông 23/11');
    expect(readRound()).toBe('Thôn Đông 23/11');
    expect(writeRound(null)).toBeNull();
    expect(readRound()).toBeNull();
    expect(writeRound('x'.repeat(150))).toHaveLength(100);
  });

  it('carries over from the desk record of a device upgraded mid-round, even after the desk was written', () => {
    stored.set('motcua.desk', JSON.stringify({ staffName: 'Lan', idleMinutes: 5, visit: null, round: 'Thôn Tây' }));
    writeDesk({ staffName: 'Lan Anh' });
    expect(readDesk()).toEqual({ staffName: 'Lan Anh', idleMinutes: 5, visit: null });
    expect(readRound()).toBe('Thôn Tây');
    // Ended on the new key, it stays ended although the old record still names it.
    writeRound(null);
    expect(readRound()).toBeNull();
  });

  it('reads a damaged record as none', () => {
    stored.set('motcua.desk', '{not json');
    expect(readRound()).toBeNull();
    expect(readDesk()).toEqual({ staffName: '', idleMinutes: 0, visit: null });
  });
});

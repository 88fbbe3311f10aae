/**
 * A shared desk tablet left alone must not keep showing one citizen's data to the next. When the staff have set a
 * timeout and a visit is open, a tablet untouched for that long goes to /desk, which counts down and clears the
 * visit unless someone is still there. Tiny, on every screen: the clearing itself loads with /desk.
 */
import { navigate } from '../app/router';
import { readDesk } from './deskState';

const CHECK_EVERY_MS = 15_000;

export function watchIdle(): void {
  let last = Date.now();
  const touch = () => {
    last = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) addEventListener(type, touch, { capture: true, passive: true });
  setInterval(() => {
    const { idleMinutes, visit } = readDesk();
    if (!idleMinutes || !visit || Date.now() - last < idleMinutes * 60_000) return;
    touch();
    navigate('/desk?idle=1');
  }, CHECK_EVERY_MS);
}

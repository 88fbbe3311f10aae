import { afterEach } from 'vitest';
import { closeLeftContexts } from './chromium';

afterEach(closeLeftContexts);

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A `findBy…` waits for real work (an emulator round trip, a lazy tab) on a 2-core machine that may be busy:
// Testing Library's default of 1 s made tests fail because the machine was slow, not because the app was.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
});

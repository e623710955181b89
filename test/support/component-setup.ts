import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A `findBy…` waits for real work (an emulator round trip, a lazy tab) on a 2-core machine that may be busy:
// Testing Library's default of 1 s made tests fail because the machine was slow, not because the app was.
configure({ asyncUtilTimeout: 30_000 });

// WDS reads the custom property `--wds-internal-menu-exit-duration` each time a dropdown opens (set only by
// its odeditor theme; unset, it means 0). jsdom resolves an unset custom property by re-walking every
// ancestor from every ancestor, 2^depth reads (jsdom/jsdom#4330): at the depth of a dashboard page's
// dropdown (about 30) one opening took ~18 s. The default theme's value, set at the root, ends the walk
// at the first ancestor; what WDS reads (0) is what it reads in a browser.
document.documentElement.style.setProperty('--wds-internal-menu-exit-duration', '0');

afterEach(() => {
  cleanup();
});

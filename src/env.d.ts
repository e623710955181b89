/// <reference types="@wix/cli-app/client" />

interface ImportMetaEnv {
  /** Local mode only: where the Wix emulator listens. */
  readonly VITE_WIX_EMULATOR_URL?: string;
}

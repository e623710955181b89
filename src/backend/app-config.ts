/**
 * The app's ids for verifying Wix's webhooks. Both are shown in the app dashboard (ids & keys); the public
 * key is public, so it lives here. Empty until set: webhooks are then refused (never trusted unverified).
 */
export const APP_ID = '5f0c7a1e-3b9d-4e2a-9c61-2d8f4b7a6e10';
export const APP_PUBLIC_KEY = '';

import type { BackendApi } from './backend-api';

/**
 * The page's side of the local backend host: the same `BackendApi` as Wix's web methods, sent over HTTP
 * with the page's token (as Wix sends the signed-in user with each web method call).
 */
export function httpBackend(baseUrl: string, token: () => string, baseFetch: typeof fetch = fetch): BackendApi {
  const call = (method: keyof BackendApi) => async (...args: unknown[]) => {
    const response = await baseFetch(new URL(method, baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: token() },
      body: JSON.stringify({ args }),
    });
    if (!response.ok) throw new TypeError(`The app's backend answered ${response.status}.`);
    return response.json();
  };
  return {
    apiKeyStatus: call('apiKeyStatus'), connectApiKey: call('connectApiKey'), disconnectApiKey: call('disconnectApiKey'),
    sendInvites: call('sendInvites'), resendInvite: call('resendInvite'), revokeInvite: call('revokeInvite'), rolesCatalogue: call('rolesCatalogue'),
    endDuePasses: call('endDuePasses'), whoAmI: call('whoAmI'), extendPass: call('extendPass'), revokePass: call('revokePass'), myPasses: call('myPasses'),
  } as BackendApi;
}

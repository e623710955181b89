import { Permissions, webMethod } from '@wix/web-methods';
import { backendApi } from './backend-api';
import { wixPlatform } from './wix-platform';

// The page's web methods. `Permissions.Admin` lets only the site's dashboard users call them.
const api = backendApi(wixPlatform);

export const apiKeyStatus = webMethod(Permissions.Admin, () => api.apiKeyStatus());
export const connectApiKey = webMethod(Permissions.Admin, (key: string) => api.connectApiKey(key));
export const disconnectApiKey = webMethod(Permissions.Admin, () => api.disconnectApiKey());
export const sendInvites = webMethod(Permissions.Admin, (roleId: string, emails: string[], purpose?: string) => api.sendInvites(roleId, emails, purpose));
export const resendInvite = webMethod(Permissions.Admin, (inviteId: string) => api.resendInvite(inviteId));
export const revokeInvite = webMethod(Permissions.Admin, (inviteId: string) => api.revokeInvite(inviteId));
export const rolesCatalogue = webMethod(Permissions.Admin, () => api.rolesCatalogue());
export const endDuePasses = webMethod(Permissions.Admin, () => api.endDuePasses());
export const whoAmI = webMethod(Permissions.Admin, () => api.whoAmI());
export const openingRecords = webMethod(Permissions.Admin, () => api.openingRecords());
export const extendPass = webMethod(Permissions.Admin, (grantId: string, expiresAt: string, reason: string) => api.extendPass(grantId, expiresAt, reason));
export const revokePass = webMethod(Permissions.Admin, (grantId: string) => api.revokePass(grantId));
export const myPasses = webMethod(Permissions.Admin, () => api.myPasses());
export const submitAccessRequest = webMethod(Permissions.Admin, (input: unknown) => api.submitAccessRequest(input));
export const approveAccessRequest = webMethod(Permissions.Admin, (requestId: string, roleTitle: string, reason: string) => api.approveAccessRequest(requestId, roleTitle, reason));
export const declineAccessRequest = webMethod(Permissions.Admin, (requestId: string, reason: string) => api.declineAccessRequest(requestId, reason));
export const provisionAccessRequest = webMethod(Permissions.Admin, (requestId: string) => api.provisionAccessRequest(requestId));
export const requestInviteSent = webMethod(Permissions.Admin, (requestId: string) => api.requestInviteSent(requestId));
export const myAccessRequests = webMethod(Permissions.Admin, () => api.myAccessRequests());
export const setRequestPolicy = webMethod(Permissions.Admin, (secondApproval: boolean) => api.setRequestPolicy(secondApproval));
export const withdrawAccessRequest = webMethod(Permissions.Admin, (requestId: string) => api.withdrawAccessRequest(requestId));
export const appendLog = webMethod(Permissions.Admin, (entries: unknown[]) => api.appendLog(entries));
export const verifyLog = webMethod(Permissions.Admin, () => api.verifyLog());

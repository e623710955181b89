import { Permissions, webMethod } from '@wix/web-methods';
import { backendApi } from './backend-api';
import { wixPlatform } from './wix-platform';

// The page's web methods. `Permissions.Admin` lets any dashboard user of the site call them (any contributor):
// each method checks its caller inside. The methods that take the owner's key take it as their last argument.
const api = backendApi(wixPlatform);

export const apiKeyStatus = webMethod(Permissions.Admin, (key?: string) => api.apiKeyStatus(key));
export const connectApiKey = webMethod(Permissions.Admin, (key: string) => api.connectApiKey(key));
export const disconnectApiKey = webMethod(Permissions.Admin, () => api.disconnectApiKey());
export const sendInvites = webMethod(Permissions.Admin, (roleId: string, emails: string[], purpose?: string, key?: string) => api.sendInvites(roleId, emails, purpose, key));
export const resendInvite = webMethod(Permissions.Admin, (inviteId: string, key?: string) => api.resendInvite(inviteId, key));
export const revokeInvite = webMethod(Permissions.Admin, (inviteId: string, key?: string) => api.revokeInvite(inviteId, key));
export const rolesCatalogue = webMethod(Permissions.Admin, (key?: string) => api.rolesCatalogue(key));
export const endDuePasses = webMethod(Permissions.Admin, (key?: string) => api.endDuePasses(key));
export const whoAmI = webMethod(Permissions.Admin, () => api.whoAmI());
export const openingRecords = webMethod(Permissions.Admin, (key?: string) => api.openingRecords(key));
export const extendPass = webMethod(Permissions.Admin, (grantId: string, expiresAt: string, reason: string) => api.extendPass(grantId, expiresAt, reason));
export const revokePass = webMethod(Permissions.Admin, (grantId: string, key?: string) => api.revokePass(grantId, key));
export const myPasses = webMethod(Permissions.Admin, () => api.myPasses());
export const submitAccessRequest = webMethod(Permissions.Admin, (input: unknown) => api.submitAccessRequest(input));
export const approveAccessRequest = webMethod(Permissions.Admin, (requestId: string, roleTitle: string, reason: string, key?: string) => api.approveAccessRequest(requestId, roleTitle, reason, key));
export const declineAccessRequest = webMethod(Permissions.Admin, (requestId: string, reason: string) => api.declineAccessRequest(requestId, reason));
export const provisionAccessRequest = webMethod(Permissions.Admin, (requestId: string, key?: string) => api.provisionAccessRequest(requestId, key));
export const requestInviteSent = webMethod(Permissions.Admin, (requestId: string) => api.requestInviteSent(requestId));
export const myAccessRequests = webMethod(Permissions.Admin, () => api.myAccessRequests());
export const setRequestPolicy = webMethod(Permissions.Admin, (secondApproval: boolean) => api.setRequestPolicy(secondApproval));
export const withdrawAccessRequest = webMethod(Permissions.Admin, (requestId: string) => api.withdrawAccessRequest(requestId));
export const appendLog = webMethod(Permissions.Admin, (entries: unknown[]) => api.appendLog(entries));
export const verifyLog = webMethod(Permissions.Admin, () => api.verifyLog());
export const nameRole = webMethod(Permissions.Admin, (roleId: string, title: string) => api.nameRole(roleId, title));

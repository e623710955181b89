import type { EmulatedInvite, EmulatedRole } from './model.js';
import type { EmulatorStore } from './store.js';
import { notFound, WixHttpError } from './wix-error.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Wix's rules for sending, resending and revoking a site invite, shared by the API and the owner's stand-in. */
export function checkRoles(store: EmulatorStore, policyIds: string[]): EmulatedRole[] {
  return policyIds.map((policyId) => {
    const role = store.state.roles.find((r) => r.id === policyId);
    if (!role) throw new WixHttpError(400, 'INVALID_ARGUMENT', `Role ${policyId} does not exist.`);
    if (role.isOwner) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Nobody can be invited as Owner; transfer the site instead.');
    return role;
  });
}

/** Why this email cannot be invited now, or null. `alsoTaken` holds emails already invited in the same call. */
export function inviteProblem(store: EmulatorStore, rawEmail: string, alsoTaken: string[] = []): string | null {
  const email = rawEmail.trim().toLowerCase();
  if (!EMAIL.test(email)) return `${rawEmail} is not a valid email address.`;
  if (store.state.contributors.some((p) => p.email.toLowerCase() === email)) return `${email} already has access to the site.`;
  const pending = store.state.invites.some((i) => i.status === 'Pending' && i.email.toLowerCase() === email);
  if (pending || alsoTaken.includes(email)) return `${email} already has a pending invite to the site.`;
  return null;
}

export function newInvite(store: EmulatorStore, rawEmail: string, policyIds: string[], invitePurpose?: string): EmulatedInvite {
  const now = store.now();
  const id = store.guid();
  return {
    id,
    siteId: store.state.siteId,
    email: rawEmail.trim().toLowerCase(),
    policyIds,
    inviterAccountId: store.state.ownerAccountId,
    acceptedByAccountId: null,
    status: 'Pending',
    acceptLink: `https://www.wix.com/invite/${id}`,
    dateCreated: now.toISOString(),
    expirationDate: store.inviteExpiry(now),
    invitePurpose,
  };
}

export function findInvite(store: EmulatorStore, id: string): EmulatedInvite {
  store.expireInvites();
  const invite = store.state.invites.find((i) => i.id === id);
  if (!invite) throw notFound(`Invite ${id}`);
  return invite;
}

export function resendInvite(store: EmulatorStore, id: string): EmulatedInvite {
  const invite = findInvite(store, id);
  if (invite.status !== 'Pending' && invite.status !== 'Expired') {
    throw new WixHttpError(400, 'FAILED_PRECONDITION', `This invite is ${invite.status.toLowerCase()} and cannot be resent.`);
  }
  invite.status = 'Pending';
  invite.expirationDate = store.inviteExpiry(store.now());
  store.save();
  return invite;
}

export function revokeInvite(store: EmulatorStore, id: string): void {
  const invite = findInvite(store, id);
  if (invite.status === 'Used')
    throw new WixHttpError(400, 'FAILED_PRECONDITION', 'This invite was already accepted; remove the contributor instead.');
  invite.status = 'Deleted';
  store.save();
}

import { callWix } from './errors';

/** The site's secrets: Wix Secrets Manager (readable by the app's backend, the owner, Co-Owners and Website Managers). */
export interface SecretStore {
  get(name: string): Promise<string | null>;
  /** Creates the secret or replaces its value. */
  put(name: string, value: string, description: string): Promise<void>;
  remove(name: string): Promise<void>;
}

/** The functions of `@wix/secrets` the store uses, as a client (or Wix's ambient backend) binds them. */
interface SecretsModule {
  getSecretValue(name: string): Promise<{ value?: string | null }>;
  listSecretInfo(): Promise<{ secrets?: { _id?: string | null; name?: string | null }[] }>;
  createSecret(secret: { name: string; value: string; description?: string }): Promise<unknown>;
  updateSecret(id: string, secret: { value?: string }): Promise<unknown>;
  deleteSecret(id: string): Promise<unknown>;
}

/** Secrets Manager through `@wix/secrets` (elevated in Wix's backend; the app's token beside the emulator). */
export function secretStore(api: SecretsModule): SecretStore {
  // Wix does not document the error for a missing secret: look it up in the list first.
  const secretId = async (name: string) =>
    (await callWix('read the Secrets Manager', () => api.listSecretInfo())).secrets?.find((s) => s.name === name)?._id ?? null;
  return {
    async get(name) {
      if ((await secretId(name)) === null) return null;
      return (await callWix('read the secret', () => api.getSecretValue(name))).value ?? null;
    },
    async put(name, value, description) {
      const id = await secretId(name);
      if (id) await callWix('save the secret', () => api.updateSecret(id, { value }));
      else await callWix('save the secret', () => api.createSecret({ name, value, description }));
    },
    async remove(name) {
      const id = await secretId(name);
      if (id) await callWix('delete the secret', () => api.deleteSecret(id));
    },
  };
}

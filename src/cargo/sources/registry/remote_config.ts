import { CargoError } from '../../util/errors.js';

/** A registry's `config.json` (cargo's `RegistryConfig`); unknown keys are ignored, as cargo does. */
export interface RegistryConfig {
  /** Download URL or template (see download_url.ts). */
  dl: string;
  /** Web API base, absent for registries that only serve downloads. */
  api?: string;
  /** Whether every request, downloads included, needs the token. */
  authRequired: boolean;
}

/** Parses config.json bytes; `where` (a URL or path) names the file in errors. */
export function parseRegistryConfig(bytes: Uint8Array, where: string): RegistryConfig {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    throw new CargoError('index', `registry config.json is not valid JSON: ${(e as Error).message}`, { file: where });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new CargoError('index', 'registry config.json must be a JSON object', { file: where });
  }
  const o = json as Record<string, unknown>;
  if (typeof o.dl !== 'string') {
    throw new CargoError('index', 'registry config.json needs a string `dl` (the download URL)', { file: where });
  }
  if (o.api !== undefined && o.api !== null && typeof o.api !== 'string') {
    throw new CargoError('index', '`api` in registry config.json must be a string', { file: where });
  }
  const auth = o['auth-required'];
  if (auth !== undefined && auth !== null && typeof auth !== 'boolean') {
    throw new CargoError('index', '`auth-required` in registry config.json must be true or false', { file: where });
  }
  return { dl: o.dl, api: typeof o.api === 'string' ? o.api : undefined, authRequired: auth === true };
}

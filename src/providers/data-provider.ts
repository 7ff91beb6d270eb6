import type { DataProvider, HttpError } from '@refinedev/core';
import type { DataProviderExtras, Params } from './data-provider-extras.ts';
import i18n from '../i18n/index.ts';
import { supabaseClient } from './supabase-client.ts';
import { errorField, errorMessage, type Translate } from './error-messages.ts';

const t: Translate = (key, options) => i18n.t(key, options ?? {}) as string;

/** HTTP-like statuses for the codes Refine reacts to (404 on edit pages, 401/403 in onError…). */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  PGRST116: 404,
  PGRST301: 401,
  PGRST302: 401,
  PGRST303: 401,
  '42501': 403,
  '23505': 409,
  '23503': 409,
  '40001': 409,
  '40P01': 409,
  '57014': 504,
};

/**
 * Refine shows `error.message` in its notifications, so every error leaving the data layer carries a
 * translated sentence (see error-messages.ts) instead of PostgREST's text. The original `code`,
 * `details` and `hint` stay on the object for the auth provider's onError.
 */
export function toHttpError(err: unknown): HttpError {
  const source = (err && typeof err === 'object' ? err : {}) as Record<string, unknown>;
  const message = errorMessage(err, t);
  const field = errorField(err);
  const code = typeof source.code === 'string' ? source.code : undefined;
  const status =
    (code && STATUS_BY_CODE[code]) ||
    (typeof source.status === 'number' && source.status >= 100 ? source.status : undefined) ||
    (code?.startsWith('P0') || code?.startsWith('22') || code?.startsWith('23') ? 400 : 500);
  return {
    ...source,
    message,
    statusCode: status,
    ...(field ? { errors: { [field]: [message] } } : {}),
  } as HttpError;
}

/** Resources whose table differs from their name (`meta.table` on the resource or the hook). */
function withTable(params: Params): Params {
  const table = params.meta?.table;
  return typeof table === 'string' && table ? { ...params, resource: table } : params;
}

type Method = Exclude<keyof DataProvider, 'getApiUrl'>;
const METHODS: Method[] = ['getList', 'getMany', 'getOne', 'create', 'createMany', 'update', 'updateMany', 'deleteOne', 'deleteMany', 'custom'];

let loaded: Promise<{ inner: DataProvider; extras: DataProviderExtras }> | undefined;
/**
 * @refinedev/supabase and this app's additions (data-provider-extras.ts) are fetched with the first
 * data request, i.e. never on the login page.
 */
function load() {
  loaded ??= Promise.all([import('@refinedev/supabase'), import('./data-provider-extras.ts'), supabaseClient()]).then(([supabase, own, client]) => ({
    inner: supabase.dataProvider(client),
    extras: own.createExtras(client, supabase.generateFilter),
  }));
  return loaded;
}

function createDataProvider(): DataProvider {
  const provider: Partial<Record<keyof DataProvider, unknown>> = {
    getApiUrl: () => `${import.meta.env.VITE_SUPABASE_URL}/rest/v1`,
  };
  for (const method of METHODS) {
    provider[method] = async (params: unknown) => {
      const { inner, extras } = await load();
      let effective = withTable((params ?? {}) as Params);
      if (method === 'getList') effective = extras.expandVirtualFilters(effective);
      try {
        const own = await extras.run(method, effective);
        if (own !== undefined) return own;
        const fn = inner[method] as ((p: unknown) => Promise<unknown>) | undefined;
        if (!fn) throw { message: `${method} is not supported` };
        return await fn.call(inner, effective);
      } catch (err) {
        throw toHttpError(extras.explainConstraint(err));
      }
    };
  }
  return provider as DataProvider;
}

export const dataProvider = createDataProvider();

import type { AuthProvider } from '@refinedev/core';
import type { User } from '@supabase/supabase-js';
import i18n from '../i18n/index.ts';
import { authClient, supabaseClient } from './supabase-client.ts';
import { errorMessage, isSessionError } from './error-messages.ts';
import { isAppRole, type AppRole } from './permissions.ts';

/** A row of public.profiles as the app uses it. */
export type Profile = {
  id: string;
  email: string;
  full_name: string | null;
  role: AppRole | null;
  active: boolean;
};

/** What `useGetIdentity()` returns. `role` is null when none is assigned. */
export type Identity = {
  id: string;
  email: string;
  name: string;
  role: AppRole | null;
  active: boolean;
};

const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options ?? {}) as string;

/** The profile is read once per user and reused for a short while: `can` asks for it per menu item. */
const PROFILE_TTL_MS = 30_000;
let cached: { userId: string; at: number; promise: Promise<Profile> } | null = null;

async function fetchProfile(user: User): Promise<Profile> {
  const { data, error } = await (await supabaseClient())
    .from('profiles')
    .select('id, email, full_name, role, active')
    .eq('id', user.id)
    .maybeSingle();
  if (error) throw error;
  if (!data) {
    // The profile row is created by a trigger at sign-up; until it is visible, the user has no role.
    return { id: user.id, email: user.email ?? '', full_name: null, role: null, active: true };
  }
  return {
    id: String(data.id),
    email: String(data.email ?? user.email ?? ''),
    full_name: typeof data.full_name === 'string' && data.full_name.trim() ? data.full_name : null,
    role: isAppRole(data.role) ? data.role : null,
    active: data.active !== false,
  };
}

/** The signed-in user's profile, or null when signed out. `fresh` skips the short cache. */
export async function currentProfile(fresh = false): Promise<Profile | null> {
  const { data } = await authClient.getSession();
  const user = data.session?.user;
  if (!user) {
    cached = null;
    return null;
  }
  if (fresh || !cached || cached.userId !== user.id || Date.now() - cached.at > PROFILE_TTL_MS) {
    const promise = fetchProfile(user);
    cached = { userId: user.id, at: Date.now(), promise };
    promise.catch(() => {
      if (cached?.promise === promise) cached = null;
    });
  }
  return cached.promise;
}

/** The role that counts: none for a signed-out, unassigned or deactivated user. */
export async function currentRole(): Promise<AppRole | null> {
  const profile = await currentProfile();
  return profile && profile.active ? profile.role : null;
}

export function forgetProfile(): void {
  cached = null;
}

export function toIdentity(profile: Profile): Identity {
  return {
    id: profile.id,
    email: profile.email,
    name: profile.full_name ?? profile.email,
    role: profile.role,
    active: profile.active,
  };
}

/** Runs `listener` whenever the signed-in user changes (sign-in as someone else, sign-out). */
export function onUserChange(listener: (userId: string | null) => void): () => void {
  let last: string | null | undefined;
  const { data } = authClient.onAuthStateChange((_event, session) => {
    const userId = session?.user.id ?? null;
    if (last !== undefined && last !== userId) {
      forgetProfile();
      listener(userId);
    }
    last = userId;
  });
  return () => data.subscription.unsubscribe();
}

export const authProvider: AuthProvider = {
  login: async ({ email, password }: { email: string; password: string }) => {
    const { error } = await authClient.signInWithPassword({ email: email.trim(), password });
    forgetProfile();
    if (error) {
      return { success: false, error: { name: t('pages.login.failed'), message: errorMessage(error, t) } };
    }
    return { success: true, redirectTo: '/' };
  },

  register: async ({ email, password, fullName }: { email: string; password: string; fullName?: string }) => {
    const { data, error } = await authClient.signUp({
      email: email.trim(),
      password,
      options: { data: fullName?.trim() ? { full_name: fullName.trim() } : {} },
    });
    forgetProfile();
    if (error) {
      return { success: false, error: { name: t('pages.register.failed'), message: errorMessage(error, t) } };
    }
    if (!data.session) {
      // The project requires email confirmation: nothing to enter yet.
      return {
        success: true,
        redirectTo: '/login',
        successNotification: { message: t('notifications.success'), description: t('pages.register.checkEmail') },
      };
    }
    return { success: true, redirectTo: '/' };
  },

  logout: async () => {
    const { error } = await authClient.signOut();
    if (error) {
      // The server may have forgotten the session already (or be unreachable): drop it locally anyway.
      await authClient.signOut({ scope: 'local' });
    }
    forgetProfile();
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    const { data } = await authClient.getSession();
    if (data.session) return { authenticated: true };
    return { authenticated: false, redirectTo: '/login' };
  },

  onError: async (error: unknown) => {
    if (isSessionError(error)) {
      return { logout: true, redirectTo: '/login', error: { name: t('notifications.error'), message: errorMessage(error, t) } };
    }
    return {};
  },

  getIdentity: async (): Promise<Identity | null> => {
    const profile = await currentProfile(true);
    return profile ? toIdentity(profile) : null;
  },

  getPermissions: async (): Promise<AppRole | null> => currentRole(),
};

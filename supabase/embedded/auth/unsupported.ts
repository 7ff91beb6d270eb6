/**
 * The parts of Supabase Auth (GoTrue) that the embedded service does not implement. Each answers
 * 501 with a message pointing at `supabase start` or a hosted project, which have the real service.
 * The README names these, so keep the list in step with server.ts.
 */
export interface UnsupportedFeature {
  /** Path prefix (without /auth/v1), or the request shape when it shares a path with a supported one. */
  endpoint: string;
  feature: string;
}

export const UNSUPPORTED_ENDPOINTS: readonly UnsupportedFeature[] = [
  { endpoint: '/otp', feature: 'Magic-link and one-time-password sign-in (signInWithOtp)' },
  { endpoint: '/magiclink', feature: 'Magic-link sign-in' },
  { endpoint: '/recover', feature: 'Password-recovery e-mails (resetPasswordForEmail)' },
  { endpoint: '/resend', feature: 'Resending confirmation e-mails or SMS (resend)' },
  { endpoint: '/verify', feature: 'E-mail / OTP verification links (verifyOtp)' },
  { endpoint: '/authorize', feature: 'OAuth / social sign-in (signInWithOAuth)' },
  { endpoint: '/callback', feature: 'OAuth provider callbacks' },
  { endpoint: '/sso', feature: 'SAML single sign-on (signInWithSSO)' },
  { endpoint: '/factors', feature: 'Multi-factor authentication (mfa.*)' },
  { endpoint: '/reauthenticate', feature: 'Reauthentication nonces (reauthenticate)' },
  { endpoint: '/invite', feature: 'Invitations by e-mail (admin.inviteUserByEmail)' },
  { endpoint: '/admin', feature: 'The admin API (auth.admin.*: createUser, listUsers, deleteUser, generateLink, …)' },
  { endpoint: '/user/identities', feature: 'Identity linking and unlinking (linkIdentity, unlinkIdentity)' },
  { endpoint: '/oauth', feature: 'The OAuth 2.1 authorization server (/oauth/*)' },
  { endpoint: '/token?grant_type=pkce', feature: 'The PKCE code exchange (exchangeCodeForSession)' },
  { endpoint: '/token?grant_type=id_token', feature: 'ID-token sign-in (signInWithIdToken)' },
  { endpoint: '/token?grant_type=web3', feature: 'Web3 wallet sign-in (signInWithWeb3)' },
  { endpoint: 'POST /signup without email and password', feature: 'Anonymous sign-ins (signInAnonymously)' },
  { endpoint: 'POST /signup, /token or PUT /user with phone', feature: 'Phone sign-up, sign-in and phone changes' },
];

/** The feature behind a path, for the 501 message; falls back to the method and path themselves. */
export function unsupportedFeature(method: string, path: string): string {
  const match = UNSUPPORTED_ENDPOINTS.find(
    ({ endpoint }) => endpoint.startsWith('/') && !endpoint.includes('?') && (path === endpoint || path.startsWith(`${endpoint}/`)),
  );
  return match ? match.feature : `${method} ${path}`;
}

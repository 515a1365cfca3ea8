/**
 * Who may talk to the bridge: only a browser on this machine that opened the printed URL (its random
 * token becomes an HttpOnly, SameSite=Strict cookie, as Jupyter does), and only under a loopback Host
 * name, which defeats DNS rebinding.
 */
import crypto from 'node:crypto';
import type http from 'node:http';

export const TOKEN_COOKIE = 'gigline_bridge';

export function createToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(hostHeader.toLowerCase());
}

/** A cross-site page may not post to us: when the browser names an Origin, it must be our own. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  try {
    const origin = new URL(originHeader);
    return origin.protocol === 'http:' && isAllowedHost(origin.host, port);
  } catch {
    return false;
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

export function readCookie(request: http.IncomingMessage, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

export function hasValidToken(request: http.IncomingMessage, token: string): boolean {
  const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  const presented = bearer ?? readCookie(request, TOKEN_COOKIE);
  return presented !== null && presented !== undefined && safeEqual(presented, token);
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

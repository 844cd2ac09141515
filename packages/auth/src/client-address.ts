/**
 * Who sent a request, for per-IP limits and the IP kept with a session. A client can write any
 * `X-Forwarded-For` it likes, so the address comes from the TCP connection: the apps' server
 * stamps each request with its peer's address (`tooling/next/peer-address.cjs`, loaded by
 * `scripts/serve.ts`), replacing any such header the client sent. Behind a load balancer the peer
 * is the balancer; naming it in TRUSTED_PROXIES lets its `X-Forwarded-For` entries count, read
 * from the right up to the first address that is not a trusted proxy (better-auth's rule).
 */

/** The connection's peer address, as the server stamped it. */
export const PEER_HEADER = 'x-alliance-peer';
/** The chain better-auth reads the client address from: forwarded entries, then the peer. */
export const CLIENT_CHAIN_HEADER = 'x-alliance-client-chain';

/** Set by the stamping preload in the server process: without it a peer header is not ours. */
const stamped = () => (globalThis as { __alliancePeerStamped?: boolean }).__alliancePeerStamped;

/**
 * The request better-auth sees: `CLIENT_CHAIN_HEADER` holds the peer only, or, when proxies are
 * trusted, the forwarded entries and then the peer. Nothing the client wrote under either name
 * survives. Without a stamped peer the chain is left out (every such request shares one bucket).
 */
export function withClientChain(request: Request, trustedProxies: readonly string[]): Request {
  const headers = new Headers(request.headers);
  const peer = stamped() ? headers.get(PEER_HEADER)?.trim() : undefined;
  headers.delete(CLIENT_CHAIN_HEADER);
  headers.delete(PEER_HEADER);
  if (peer) {
    const forwarded =
      trustedProxies.length > 0
        ? (headers.get('x-forwarded-for') ?? '')
            .split(',')
            .map((entry) => entry.trim())
            .filter(Boolean)
        : [];
    headers.set(CLIENT_CHAIN_HEADER, [...forwarded, peer].join(', '));
  }
  return new Request(request, { headers });
}

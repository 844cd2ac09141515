/**
 * Loaded into the apps' server process (`node --require`, see scripts/serve.ts): stamps every
 * HTTP request with the address of the connection's peer in `x-alliance-peer`, replacing any
 * value the client sent, so the client address cannot be chosen by the client
 * (packages/auth/src/client-address.ts reads it).
 */
const http = require('node:http');

const HEADER = 'x-alliance-peer';
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function stampPeer(event, request, ...rest) {
  if (event === 'request' && request && request.headers) {
    const address = request.socket?.remoteAddress ?? '';
    request.headers[HEADER] = address.startsWith('::ffff:') ? address.slice(7) : address;
  }
  return emit.call(this, event, request, ...rest);
};
globalThis.__alliancePeerStamped = true;

import type { X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../log.js';

/**
 * The open TLS connections of one server, so that a handshake's verdict does not outlive the reasons for
 * it: a connection whose certificate a new CRL revokes is closed at once, busy or idle, with the request
 * on it unanswered; and a connection past its maximum age answers its next request with
 * `Connection: close` (an idle one is left to the keep-alive timeout: closing it could race the client's
 * next request), so the client must handshake again under the current CA and CRL.
 */
export class Connections {
  private readonly open = new Map<TLSSocket, { busy: number; aged: boolean }>();

  constructor(private readonly opts: { maxAgeMs: number; logger: Logger }) {}

  add(socket: TLSSocket): void {
    const state = { busy: 0, aged: false };
    this.open.set(socket, state);
    const timer = this.opts.maxAgeMs > 0 ? setTimeout(() => this.age(socket), this.opts.maxAgeMs) : undefined;
    timer?.unref();
    socket.once('close', () => {
      clearTimeout(timer);
      this.open.delete(socket);
    });
  }

  /** Wraps the request handler to know which connections are busy. */
  track(
    handler: (req: IncomingMessage, res: ServerResponse) => void,
  ): (req: IncomingMessage, res: ServerResponse) => void {
    return (req, res) => {
      const state = this.open.get(req.socket as TLSSocket);
      if (state) {
        state.busy++;
        if (state.aged) res.shouldKeepAlive = false;
        res.once('close', () => state.busy--);
      }
      handler(req, res);
    };
  }

  /** Closes every connection whose peer certificate `verdict` now refuses; says how many. */
  closeRefused(verdict: (peer: X509Certificate) => string | null): number {
    let closed = 0;
    for (const socket of this.open.keys()) {
      const peer = socket.getPeerX509Certificate();
      const reason = peer && verdict(peer);
      if (!reason) continue;
      this.opts.logger.warn('connection_closed', {
        reason,
        serial: peer.serialNumber,
        busy: this.open.get(socket)!.busy > 0,
      });
      socket.destroy();
      closed++;
    }
    return closed;
  }

  get size(): number {
    return this.open.size;
  }

  private age(socket: TLSSocket): void {
    const state = this.open.get(socket);
    if (state) state.aged = true;
  }
}

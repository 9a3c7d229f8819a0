// Preloaded into a step's node process (NODE_OPTIONS=--require) by the
// server-behaviour tests. Everything is off unless its variable is set.
//
// CC_PROBE_OUT: where to write, as JSON when the process exits, how many
//   socket 'end' events (the server's FIN) reached an undici HTTP/1
//   connection, and how many of them found undici's parser paused by
//   backpressure: a body the client had not consumed yet. That is the state
//   in which undici 6 crashed (nodejs/undici#5360).
// CC_PROBE_SLOW_WRITE_MS: delay every write to a download's temp file
//   (`*.tmp`) this long, as a slow disk or a busy main thread would, so the
//   download falls behind the socket and undici's body buffer stays full:
//   backpressure, which pauses undici's parser.
// CC_PROBE_CRASH_PORT / CC_PROBE_CRASH_KIND: on the first connection to that
//   port, throw an uncaught exception (`exception`) or leave a rejected
//   promise unhandled (`rejection`), from a callback nothing can catch.
'use strict';
const fs = require('node:fs');
const net = require('node:net');

const out = process.env.CC_PROBE_OUT;
const crashPort = Number(process.env.CC_PROBE_CRASH_PORT ?? 0);
const crashKind = process.env.CC_PROBE_CRASH_KIND ?? 'exception';

const stats = { ends: 0, pausedAtEnd: 0, crashes: 0 };

const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (event, ...args) {
  if (event === 'end') {
    const key = Object.getOwnPropertySymbols(this).find((s) => s.description === 'parser');
    const parser = key && this[key];
    if (parser && typeof parser === 'object' && 'paused' in parser) {
      stats.ends++;
      if (parser.paused) stats.pausedAtEnd++;
    }
  }
  return emit.call(this, event, ...args);
};

const slowWriteMs = Number(process.env.CC_PROBE_SLOW_WRITE_MS ?? 0);
if (slowWriteMs > 0) {
  const fsp = require('node:fs/promises');
  const open = fsp.open;
  let patched = false;
  fsp.open = async function (file, ...rest) {
    const fh = await open.call(this, file, ...rest);
    if (!patched) {
      patched = true;
      const proto = Object.getPrototypeOf(fh);
      const write = proto.write;
      proto.write = async function (...args) {
        if (this.slowProbe) await new Promise((r) => setTimeout(r, slowWriteMs));
        return write.apply(this, args);
      };
    }
    if (String(file).endsWith('.tmp')) fh.slowProbe = true;
    return fh;
  };
}

if (crashPort > 0) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const port = typeof first === 'object' && first !== null ? Number(first.port) : Number(first);
    if (port === crashPort && stats.crashes === 0) {
      stats.crashes++;
      if (crashKind === 'rejection') setImmediate(() => void Promise.reject(new Error('injected rejection from a socket callback')));
      else setImmediate(() => {
        throw new Error('injected crash from a socket callback');
      });
    }
    return connect.apply(this, args);
  };
}

if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify(stats)));

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// Script run once per engine before any expression: guards the built-ins that allocate a whole string in one
/// native step (the memory limit is only checked between statements), removes what is nondeterministic or
/// reaches raw memory, installs the helper functions and then freezes the entire realm, so a pooled engine
/// cannot carry state from one expression to the next.
/// </summary>
internal static class SandboxPrelude
{
    public const string Script = """
        (function (maxLength, host) {
          'use strict';
          const tooLong = (what) => { throw new RangeError(what + ' would build a string longer than the sandbox limit of ' + maxLength + ' characters'); };
          const define = (target, name, value) => Object.defineProperty(target, name, { value, writable: false, enumerable: false, configurable: false });
          const SP = String.prototype, AP = Array.prototype;
          const nativeRepeat = SP.repeat, nativePadStart = SP.padStart, nativePadEnd = SP.padEnd, nativeReplace = SP.replace,
            nativeReplaceAll = SP.replaceAll, nativeConcat = SP.concat, nativeJoin = AP.join, nativeStringify = JSON.stringify;

          define(SP, 'repeat', function repeat(count) {
            const s = String(this), n = Math.trunc(Number(count));
            if (n > 0 && s.length * n > maxLength) tooLong('String.prototype.repeat');
            return nativeRepeat.call(s, count);
          });
          define(SP, 'padStart', function padStart(length, filler) {
            if (Number(length) > maxLength) tooLong('String.prototype.padStart');
            return nativePadStart.call(String(this), length, filler);
          });
          define(SP, 'padEnd', function padEnd(length, filler) {
            if (Number(length) > maxLength) tooLong('String.prototype.padEnd');
            return nativePadEnd.call(String(this), length, filler);
          });
          define(SP, 'concat', function concat(...parts) {
            let total = String(this).length;
            for (const part of parts) { total += String(part).length; }
            if (total > maxLength) tooLong('String.prototype.concat');
            return nativeConcat.apply(String(this), parts);
          });
          const boundedReplace = (native, all, name) => function (pattern, replacement) {
            const s = String(this);
            if (typeof replacement === 'function') {
              let total = s.length;
              const user = replacement;
              replacement = function (...args) {
                const piece = String(user.apply(undefined, args));
                total += piece.length;
                if (total > maxLength) tooLong(name);
                return piece;
              };
            } else {
              const r = String(replacement);
              const worst = r.includes('$') ? r.length * (s.length + 1) : r.length;
              if (worst > 0 && s.length + (s.length + 1) * worst > maxLength) {
                let count = 1;
                if (pattern instanceof RegExp) {
                  if (pattern.global) { count = (s.match(pattern) || []).length; }
                } else if (all) {
                  const p = String(pattern);
                  count = p.length === 0 ? s.length + 1 : s.split(p).length - 1;
                }
                if (s.length + count * worst > maxLength) tooLong(name);
              }
            }
            return native.call(s, pattern, replacement);
          };
          define(SP, 'replace', boundedReplace(nativeReplace, false, 'String.prototype.replace'));
          define(SP, 'replaceAll', boundedReplace(nativeReplaceAll, true, 'String.prototype.replaceAll'));
          const join = function join(separator) {
            const length = this.length >>> 0;
            const sep = separator === undefined ? ',' : String(separator);
            let total = length > 0 ? (length - 1) * sep.length : 0;
            if (total > maxLength) tooLong('Array.prototype.join');
            const parts = new Array(length);
            for (let i = 0; i < length; i++) {
              const e = this[i];
              const piece = e === undefined || e === null ? '' : String(e);
              total += piece.length;
              if (total > maxLength) tooLong('Array.prototype.join');
              parts[i] = piece;
            }
            return nativeJoin.call(parts, sep);
          };
          define(AP, 'join', join);
          define(AP, 'toLocaleString', function toLocaleString() { return join.call(AP.map.call(this, e => e === undefined || e === null ? '' : e.toLocaleString()), ','); });
          define(JSON, 'stringify', function stringify(value, replacer, space) {
            const indent = typeof space === 'number' ? Math.min(10, Math.max(0, Math.trunc(space))) : typeof space === 'string' ? Math.min(10, space.length) : 0;
            const allowed = Array.isArray(replacer) ? new Set(AP.map.call(replacer, String)) : null;
            const user = typeof replacer === 'function' ? replacer : null;
            const depths = new WeakMap();
            let total = 0;
            const guard = function (key, v) {
              if (user !== null) { v = user.call(this, key, v); }
              if (allowed !== null && key !== '' && !Array.isArray(this) && !allowed.has(key)) { return undefined; }
              const depth = (depths.get(this) || 0) + 1;
              if (v !== null && typeof v === 'object') { depths.set(v, depth); }
              total += String(key).length + 4 + indent * depth + (typeof v === 'string' ? v.length : 16);
              if (total > maxLength) tooLong('JSON.stringify');
              return v;
            };
            return nativeStringify(value, guard, space);
          });

          // Nondeterministic or raw-memory built-ins have no place in a mapping.
          for (const name of ['ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'WeakRef', 'FinalizationRegistry',
            'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
            'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
            delete globalThis[name];
          }
          define(Math, 'random', function random() { throw new TypeError('Math.random is not available: mappings must be deterministic'); });

          // Helpers implemented by the host (C#) and in script.
          for (const name of Object.keys(host)) { define(globalThis, name, host[name]); }
          define(globalThis, 'coalesce', function coalesce(...values) {
            for (const v of values) { if (v !== undefined && v !== null && v !== '') return v; }
            return null;
          });
          define(globalThis, 'isBlank', function isBlank(v) { return v === undefined || v === null || (typeof v === 'string' && v.trim() === ''); });
          define(globalThis, 'sum', function sum(values, selector) {
            if (values === undefined || values === null) return 0;
            if (!Array.isArray(values)) throw new TypeError('sum: expected an array');
            let total = 0;
            for (let i = 0; i < values.length; i++) {
              const v = selector === undefined ? values[i] : selector(values[i], i);
              const n = typeof v === 'number' ? v : host.toNumber(v);
              if (n !== null) total += n;
            }
            return host.round(total, 6);
          });

          // Freeze the whole realm: intrinsics, their prototypes and the helpers.
          const seen = new Set();
          const freeze = (o) => {
            if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) return;
            seen.add(o);
            Object.freeze(o);
            for (const key of Reflect.ownKeys(o)) {
              const d = Object.getOwnPropertyDescriptor(o, key);
              if (d === undefined) continue;
              if ('value' in d) freeze(d.value);
              if (d.get) freeze(d.get);
              if (d.set) freeze(d.set);
            }
            freeze(Object.getPrototypeOf(o));
          };
          freeze(globalThis);
        })
        """;
}

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape2) {
  return Object.keys(shape2).filter((k) => {
    return shape2[k]._zod.optin !== void 0 && shape2[k]._zod.optout === "optional";
  });
}
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape2) {
  if (!isPlainObject(shape2)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape2)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape2) }));
}
function extended(schema, shape2) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape2);
  return newShape;
}
function safeExtend(schema, shape2) {
  if (!isPlainObject(shape2)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape2) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count5 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count5--;
      i++;
    }
  }
  return count5;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex2) {
  const cleanHex = hex2.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table2) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table2, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table2;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless) {
        return false;
      }
      if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
      }
      try {
        const F2 = Function;
        new F2("");
        return true;
      } catch (_) {
        return false;
      }
    });
    getParsedType = (data) => {
      const t = typeof data;
      switch (t) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          if (Array.isArray(data)) {
            return "array";
          }
          if (data === null) {
            return "null";
          }
          if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
            return "promise";
          }
          if (typeof Map !== "undefined" && data instanceof Map) {
            return "map";
          }
          if (typeof Set !== "undefined" && data instanceof Set) {
            return "set";
          }
          if (typeof Date !== "undefined" && data instanceof Date) {
            return "date";
          }
          if (typeof File !== "undefined" && data instanceof File) {
            return "file";
          }
          return "object";
        default:
          throw new Error(`Unknown data type: ${t}`);
      }
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
    COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
    validate = ((schema, value, _ctx) => {
      const validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return true;
        if (validator.definite === true && _ctx === void 0)
          return false;
      }
      return validateFallback(schema, value, _ctx);
    });
    validateAsync = async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length === 0;
    };
    _encode = (_Err) => {
      const parse4 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse4(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decode = (_Err) => {
      const parse4 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        return parse4(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _encodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _safeEncode = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema, value, ctx);
    };
    _safeDecode = (_Err) => (schema, value, _ctx) => {
      return _safeParse(_Err)(schema, value, _ctx);
    };
    _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema, value, ctx);
    };
    _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
      return _safeParseAsync(_Err)(schema, value, _ctx);
    };
  }
});

// node_modules/zod/v4/core/regexes.js
var regexes_exports = {};
__export(regexes_exports, {
  anyString: () => anyString,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  browserEmail: () => browserEmail,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode,
  date: () => date,
  datetime: () => datetime,
  domain: () => domain,
  duration: () => duration,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  extendedDuration: () => extendedDuration,
  guid: () => guid,
  hex: () => hex,
  hostname: () => hostname,
  html5Email: () => html5Email,
  httpProtocol: () => httpProtocol,
  iban: () => iban,
  idnEmail: () => idnEmail,
  integer: () => integer,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  ksuid: () => ksuid,
  lowercase: () => lowercase,
  mac: () => mac,
  md5_base64: () => md5_base64,
  md5_base64url: () => md5_base64url,
  md5_hex: () => md5_hex,
  nanoid: () => nanoid,
  nanoidOfLength: () => nanoidOfLength,
  null: () => _null,
  number: () => number,
  rfc5322Email: () => rfc5322Email,
  sha1_base64: () => sha1_base64,
  sha1_base64url: () => sha1_base64url,
  sha1_hex: () => sha1_hex,
  sha256_base64: () => sha256_base64,
  sha256_base64url: () => sha256_base64url,
  sha256_hex: () => sha256_hex,
  sha384_base64: () => sha384_base64,
  sha384_base64url: () => sha384_base64url,
  sha384_hex: () => sha384_hex,
  sha512_base64: () => sha512_base64,
  sha512_base64url: () => sha512_base64url,
  sha512_hex: () => sha512_hex,
  string: () => string,
  time: () => time,
  ulid: () => ulid,
  undefined: () => _undefined,
  unicodeEmail: () => unicodeEmail,
  uppercase: () => uppercase,
  uuid: () => uuid,
  uuid4: () => uuid4,
  uuid6: () => uuid6,
  uuid7: () => uuid7,
  xid: () => xid
});
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source) {
  return new RegExp(`^${source}$`);
}
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex2 = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex2;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
function fixedBase64(bodyLength, padding) {
  return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
function fixedBase64url(length) {
  return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, extendedDuration, guid, uuid, uuid4, uuid6, uuid7, email, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, _emoji, ipv4, ipv6, mac, cidrv4, cidrv6, base64, base64url, hostname, domain, httpProtocol, e164, creditCard, currencyCode, iban, dateSource, date, anyString, string, bigint, integer, number, boolean, _null, _undefined, lowercase, uppercase, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    init_util();
    cuid = /^[cC][0-9a-z]{6,}$/;
    cuid2 = /^[0-9a-z]+$/;
    ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
    xid = /^[0-9a-vA-V]{20}$/;
    ksuid = /^[A-Za-z0-9]{27}$/;
    nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
    guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
    uuid = (version2) => {
      if (!version2)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
    uuid4 = /* @__PURE__ */ uuid(4);
    uuid6 = /* @__PURE__ */ uuid(6);
    uuid7 = /* @__PURE__ */ uuid(7);
    email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
    html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
    rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
    unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
    idnEmail = unicodeEmail;
    browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
    _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
    ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
    mac = (delimiter) => {
      const escapedDelim = escapeRegex(delimiter ?? ":");
      return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
    };
    cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
    cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
    domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
    httpProtocol = /^https?$/;
    e164 = /^\+[1-9]\d{6,14}$/;
    creditCard = /^\d(?:[ -]?\d){11,18}$/;
    currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
    iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
    dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/;
    string = (params) => {
      const regex2 = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
      return new RegExp(`^${regex2}$`);
    };
    bigint = /^-?\d+n?$/;
    integer = /^-?\d+$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
    _null = /^null$/i;
    _undefined = /^undefined$/i;
    lowercase = /^[^A-Z]*$/;
    uppercase = /^[^a-z]*$/;
    hex = /^[0-9a-fA-F]*$/;
    md5_hex = /^[0-9a-fA-F]{32}$/;
    md5_base64 = /* @__PURE__ */ fixedBase64(22, "==");
    md5_base64url = /* @__PURE__ */ fixedBase64url(22);
    sha1_hex = /^[0-9a-fA-F]{40}$/;
    sha1_base64 = /* @__PURE__ */ fixedBase64(27, "=");
    sha1_base64url = /* @__PURE__ */ fixedBase64url(27);
    sha256_hex = /^[0-9a-fA-F]{64}$/;
    sha256_base64 = /* @__PURE__ */ fixedBase64(43, "=");
    sha256_base64url = /* @__PURE__ */ fixedBase64url(43);
    sha384_hex = /^[0-9a-fA-F]{96}$/;
    sha384_base64 = /* @__PURE__ */ fixedBase64(64, "");
    sha384_base64url = /* @__PURE__ */ fixedBase64url(64);
    sha512_hex = /^[0-9a-fA-F]{128}$/;
    sha512_base64 = /* @__PURE__ */ fixedBase64(86, "==");
    sha512_base64url = /* @__PURE__ */ fixedBase64url(86);
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
          return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = escapeRegex(def.includes);
      const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg === "function") {
          arg(this, { execution: "sync" });
          arg(this, { execution: "async" });
          return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
          this.content.push(line);
        }
      }
      compile() {
        const F2 = Function;
        const content = this?.content ?? [``];
        const factory = new F2(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
        return factory(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname2) {
  hostname2.lastIndex = 0;
  return hostname2.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
  const parts2 = value.split("/");
  if (parts2.length !== 2)
    return false;
  const [address, prefix] = parts2;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse4 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n2 = size(payload.value);
    if (n2 > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n2 > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse4(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodTuple, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    });
    $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email);
      $ZodStringFormat.init(inst, def);
    });
    URL_BAD_FORMAT = 1;
    URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        try {
          const trimmed = payload.value.trim();
          const url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          if (def.protocol && !urlProtocolOk(url, def.protocol)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid protocol",
              pattern: def.protocol.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji());
      $ZodStringFormat.init(inst, def);
    });
    $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2);
      $ZodStringFormat.init(inst, def);
    });
    $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4);
      $ZodStringFormat.init(inst, def);
    });
    ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "ipv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "cidrv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164);
      $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape2 = zod.def.shape;
        const propValues = {};
        for (const key in shape2) {
          const field = shape2[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject5 = isObject;
      const catchall = def.catchall;
      let value;
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject5(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape2 = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape2[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = cached(() => normalizeDef(def));
      const memo2 = globalConfig.memoizer;
      const generateFastpass = (shape2) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        const doc = new Doc(["payload", "ctx"], { shape: shape2, inst, memo: memo2, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = /* @__PURE__ */ Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
          ids[key] = `key_${counter++}`;
        }
        doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
          const isPresent = `${k} in input`;
          const schema = shape2[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else if (!isOptionalIn) {
            doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
          } else {
            doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
            if (optin === "defaulted") {
              doc.write(`newResult[${k}] = ${id}.value;`);
            } else {
              doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
            }
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        return doc.compile();
      };
      let fastpass;
      const isObject5 = isObject;
      const jit = !globalConfig.jitless;
      const allowsEval2 = allowsEval;
      const fastEnabled = jit && allowsEval2.value;
      const catchall = def.catchall;
      let value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject5(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          if (!fastpass)
            fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall)
            return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
          return Promise.all([left, right]).then(([left2, right2]) => {
            return handleIntersectionResults(payload, left2, right2);
          });
        }
        return handleIntersectionResults(payload, left, right);
      };
    });
    $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
      $ZodType.init(inst, def);
      const items = def.items;
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            input,
            inst,
            expected: "tuple",
            code: "invalid_type"
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
          if (input.length < optinStart) {
            payload.issues.push({
              code: "too_small",
              minimum: optinStart,
              inclusive: true,
              input,
              inst,
              origin: "array"
            });
            return payload;
          }
          if (input.length > items.length) {
            payload.issues.push({
              code: "too_big",
              maximum: items.length,
              inclusive: true,
              input,
              inst,
              origin: "array"
            });
          }
        }
        const itemResults = new Array(items.length);
        const abortEarly = def.rest ? ctx?.abortEarly : void 0;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
          const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((rr) => {
              itemResults[i] = rr;
            }));
          } else {
            itemResults[i] = r;
            if (abortEarly && !itemAborted && r.issues.length)
              itemAborted = aborted(r);
          }
        }
        if (def.rest && !itemAborted) {
          let i = items.length - 1;
          const rest = input.slice(items.length);
          let seen = payload.issues.length;
          for (const el of rest) {
            if (abortEarly && payload.issues.length !== seen) {
              if (aborted(payload, seen))
                break;
              seen = payload.issues.length;
            }
            i++;
            const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((r) => handleTupleResult(r, payload, i)));
            } else {
              handleTupleResult(result, payload, i);
            }
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
      inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleNonOptionalResult(result2, inst));
        }
        return handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve6) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve6);
      if (answer > result)
        result = answer;
    }
  };
  const shape2 = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve6) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge3 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge3(raw ? shape2(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve6 ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open, memo;
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
      }
    };
    STATE = "~memo";
    NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap();
    NONE = 0;
    ASSUMED = 1;
    PROVEN = 2;
    open = [];
    memo = {
      alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst;
        let rechecked = false;
        let lastCtx;
        let lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
              if (walked === NONE) {
                inst._zod.parse = base;
                if (inst._zod.run === wrapped)
                  inst._zod.run = base;
                return base(payload, ctx);
              }
              if (walked === PROVEN || rechecked)
                isRecursiveInst = true;
              else
                rechecked = true;
            }
            const input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            if (!state) {
              state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
              ctx[STATE] = state;
            }
            let bucket;
            if (lastCtx === ctx) {
              bucket = lastBucket;
            } else {
              bucket = bucketFor(state, inst);
              lastCtx = ctx;
              lastBucket = bucket;
            }
            const hit = bucket.get(input);
            if (hit) {
              payload.value = hit.value;
              if (hit.issues) {
                if (hit.issues.length)
                  payload.issues.push(...cloneIssues(hit.issues));
              } else {
                payload.memo = true;
                state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
                state.backEdges.add(hit.value);
              }
              return payload;
            }
            handoff = bucket;
            const depth = open.length;
            const result = base(payload, ctx);
            handoff = void 0;
            const entry = open.length > depth ? open.pop() : void 0;
            if (result instanceof Promise) {
              return result.then((r) => {
                if (entry)
                  entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                return r;
              });
            }
            if (entry)
              entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
            return result;
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts2 = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts2.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts2.push(part);
      }
      const merged = parts2.length === 1 ? parts2[0] : foldObjects(parts2) ?? { allOf: parts2 };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
    UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
      const ctx = initializeContext({ ...params, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
    createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      const { libraryOptions, target } = params ?? {};
      const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, neverProcessor, unknownProcessor, enumProcessor, literalProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, tupleProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key])
        agg[key] = value;
    };
    narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key])
        agg[key] = value;
    };
    narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
    };
    addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
      agg.patterns.add(pattern);
    };
    intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    };
    setFormat = (agg, format) => {
      agg.format = format;
      if (format.includes("int"))
        agg.isInt = true;
    };
    minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
          addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
          agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
          agg.laxFormat = true;
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    };
    exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]);
    exactPattern = (p) => exactPatterns.get(p) ?? p;
    stringProcessor = (schema, ctx, _json, _params) => {
      const json = _json;
      json.type = "string";
      const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minLength = minimum;
      if (typeof maximum === "number")
        json.maxLength = maximum;
      if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
          delete json.format;
        if (format === "time" || laxFormat) {
          delete json.format;
        }
      }
      if (contentEncoding)
        json.contentEncoding = contentEncoding;
      if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
          json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
          json.allOf = [
            ...patternList.map((regex2) => ({
              ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
              pattern: regex2.source
            }))
          ];
        }
      }
    };
    numberProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
      const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
      const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin) {
        if (legacy) {
          json.minimum = exclusiveMinimum;
          json.exclusiveMinimum = true;
        } else {
          json.exclusiveMinimum = exclusiveMinimum;
        }
      } else if (typeof minimum === "number") {
        json.minimum = minimum;
      }
      if (exMax) {
        if (legacy) {
          json.maximum = exclusiveMaximum;
          json.exclusiveMaximum = true;
        } else {
          json.exclusiveMaximum = exclusiveMaximum;
        }
      } else if (typeof maximum === "number") {
        json.maximum = maximum;
      }
      if (multipleOf) {
        const divisors = /* @__PURE__ */ new Set();
        for (const divisor of multipleOf) {
          if (Number.isFinite(divisor) && divisor !== 0)
            divisors.add(Math.abs(divisor));
          else
            handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        const [first, ...rest] = divisors;
        if (first !== void 0)
          json.multipleOf = first;
        if (rest.length)
          json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
      }
    };
    booleanProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    };
    neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    };
    unknownProcessor = (_schema, _ctx, _json, _params) => {
    };
    enumProcessor = (schema, _ctx, json, _params) => {
      const def = schema._zod.def;
      const values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      if (values.every((v) => typeof v === "number"))
        json.type = "number";
      if (values.every((v) => typeof v === "string"))
        json.type = "string";
      json.enum = values;
    };
    literalProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      if (def.values.length === 0) {
        json.not = {};
        return;
      }
      const vals = [];
      for (const val of def.values) {
        if (val === void 0) {
          if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val === "bigint") {
          if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else {
          vals.push(val);
        }
      }
      if (vals.length === 0) {
      } else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
          json.enum = [val];
        } else {
          json.const = val;
        }
      } else {
        if (vals.every((v) => typeof v === "number"))
          json.type = "number";
        if (vals.every((v) => typeof v === "string"))
          json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
          json.type = "boolean";
        if (vals.every((v) => v === null))
          json.type = "null";
        json.enum = vals;
      }
    };
    customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    };
    transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    };
    arrayProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const { minimum, maximum } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minItems = minimum;
      if (typeof maximum === "number")
        json.maxItems = maximum;
      json.type = "array";
      json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const shape2 = def.shape;
      const symbolKeys = Object.getOwnPropertySymbols(shape2);
      if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
      }
      json.type = "object";
      json.properties = {};
      for (const key in shape2) {
        assignProp(json.properties, key, processSchema(shape2[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      }
      const requiredKeys = [];
      for (const key of Object.keys(shape2)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
          requiredKeys.push(key);
        }
      }
      if (requiredKeys.length > 0) {
        json.required = requiredKeys;
      }
      if (def.catchall?._zod.def.type === "never") {
        json.additionalProperties = false;
      } else if (!def.catchall) {
        if (ctx.io === "output")
          json.additionalProperties = false;
      } else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
    };
    unionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const isExclusive = def.inclusive === false;
      const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      if (isExclusive) {
        json.oneOf = options;
      } else {
        json.anyOf = options;
      }
    };
    intersectionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      });
      const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      });
      const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
      const allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf;
      ctx.intersections.push(allOf);
    };
    tupleProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      json.type = "array";
      const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
      const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
      const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i]
      }));
      const rest = def.rest ? processSchema(def.rest, ctx, {
        ...params,
        path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
      }) : null;
      let minItems = def.items.length;
      while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional3 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
        if (!optional3)
          break;
        minItems--;
      }
      const maxItems = def.items.length;
      const isClosed = !def.rest;
      if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
          json.items = false;
        } else if (rest) {
          json.items = rest;
        }
        if (minItems > 0)
          json.minItems = minItems;
        if (isClosed)
          json.maxItems = maxItems;
      } else if (ctx.target === "openapi-3.0") {
        json.items = {
          anyOf: prefixItems
        };
        if (rest) {
          json.items.anyOf.push(rest);
        }
        if (minItems > 0)
          json.minItems = minItems;
        if (isClosed)
          json.maxItems = maxItems;
      } else {
        json.items = prefixItems;
        if (isClosed) {
          json.additionalItems = false;
        } else if (rest) {
          json.additionalItems = rest;
        }
        if (minItems > 0)
          json.minItems = minItems;
        if (isClosed)
          json.maxItems = maxItems;
      }
      const { minimum, maximum } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minItems = minimum;
      if (typeof maximum === "number")
        json.maxItems = maximum;
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      json.type = "object";
      const keyType = def.keyType;
      const patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        const valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          if (!pending) {
            pending = [];
            pendingRecords.set(ctx, pending);
            ctx.deferred.push(() => rewriteKeyNames(ctx));
          }
          pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      const keyValues = keyType._zod.values;
      const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
          json.required = validKeyValues.map(String);
        }
      }
    };
    nullableProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const inner = processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
      } else {
        json.anyOf = [inner, { type: "null" }];
      }
    };
    nonoptionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
    };
    prefaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      if (ctx.io !== "input")
        return;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
    };
    catchProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    };
    pipeProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = innerType;
    };
    readonlyProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      json.readOnly = true;
    };
    optionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var _installedErrorProtos, initializer2, ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues);
      inst.name = "ZodError";
      const proto = Object.getPrototypeOf(inst);
      if (_installedErrorProtos.has(proto))
        return;
      _installedErrorProtos.add(proto);
      _lazyMethod(proto, "format", (self2) => (mapper) => formatError(self2, mapper));
      _lazyMethod(proto, "flatten", (self2) => (mapper) => flattenError(self2, mapper));
      _lazyMethod(proto, "addIssue", (self2) => (issue2) => {
        self2.issues.push(issue2);
        self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
      });
      _lazyMethod(proto, "addIssues", (self2) => (issues2) => {
        self2.issues.push(...issues2);
        self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
      });
      Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
          return this.issues.length === 0;
        }
      });
    };
    ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse, parseAsync, safeParse, safeParseAsync, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse2 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_core2();
    init_errors2();
    init_core2();
    parse = /* @__PURE__ */ _parse(ZodRealError);
    parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
    safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
    safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
    encode = /* @__PURE__ */ _encode(ZodRealError);
    decode = /* @__PURE__ */ _decode(ZodRealError);
    encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
    decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
    safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
    safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
    safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
    safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function object(shape2, params) {
  const def = {
    type: "object",
    shape: shape2 ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape2, params) {
  return new ZodObject({
    type: "object",
    shape: shape2,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape2, params) {
  return new ZodObject({
    type: "object",
    shape: shape2,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodTuple({
    type: "tuple",
    items,
    rest,
    ...util_exports.normalizeParams(params)
  });
}
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodTuple, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks2();
    init_parse2();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
      _ensureDefaultLocale();
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
      return inst;
    }, {
      check(...chks) {
        const def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: true });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    });
    _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    );
    ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      _ZodString.init(inst, def);
    });
    ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
        inst.isFinite = true;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          const { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          const { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          const { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodNumber.init(inst, def);
    });
    ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodArray.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
      inst.element = def.element;
    }, {
      min(n2, params) {
        return this.check(_minLength(n2, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n2, params) {
        return this.check(_maxLength(n2, params));
      },
      length(n2, params) {
        return this.check(_length(n2, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodObjectJIT.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
      util_exports.installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    ZodTuple = /* @__PURE__ */ $constructor("ZodTuple", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTuple.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
    }, {
      rest(rest) {
        return this.clone({
          ...this._zod.def,
          rest
        });
      },
      partial() {
        const def = this._zod.def;
        if (def.checks?.length)
          throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
          ...def,
          items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item }))
        });
      }
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodRecord.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
      inst.enum = def.entries;
      inst.options = [...inst._zod.values];
      const keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
          if (keys.has(value)) {
            newEntries[value] = def.entries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
      inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
          if (keys.has(value)) {
            delete newEntries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
      inst.values = new Set(def.values);
      Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1) {
            throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          }
          return def.values[0];
        }
      });
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTransform.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
      inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue2) => {
          if (typeof issue2 === "string") {
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          } else {
            const _issue = issue2;
            if (_issue.fatal)
              _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue))
              _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = inst);
            payload.issues.push(util_exports.issue(_issue));
          }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        payload.value = output;
        return payload;
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
      inst.in = def.in;
      inst.out = def.out;
    });
    ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind;
var init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    /* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
    })(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
  }
});

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date2,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date2(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}
var init_iso = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
    init_core2();
    init_schemas2();
    init_schemas2();
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
  }
});

// node_modules/zod/v4/classic/external.js
var init_external = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_core2();
    init_schemas2();
    init_checks2();
    init_errors2();
    init_parse2();
    init_compat();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_external();
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n2) {
        return n2 && n2["default"] || n2;
      }
      var load = function(received, defaults2, onto = {}) {
        var k, ref, v;
        for (k in defaults2) {
          v = defaults2[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults2, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults2[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node2;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node2 = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node2;
            this._last = node2;
          } else {
            this._first = this._last = node2;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node2, ref, results;
          node2 = this._first;
          results = [];
          while (node2 != null) {
            results.push((ref = node2, node2 = node2.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node2;
          node2 = this.shift();
          while (node2 != null) {
            cb(node2), node2 = this.shift();
          }
          return void 0;
        }
        debug() {
          var node2, ref, ref1, ref2, results;
          node2 = this._first;
          results = [];
          while (node2 != null) {
            results.push((ref = node2, node2 = node2.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run3, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
          }
        }
        doExpire(clearGlobalState, run3, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run3, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run3(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve6, reject) {
            return setTimeout(resolve6, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time3) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time3;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve6, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve6, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve6(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve6;
          resolve6 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve6 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve6, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version2 = "2.19.5";
      var version$1 = {
        version: version2
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version: version2,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time3, v;
              time3 = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time3)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run3;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run3 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run3, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run3, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve6, reject) => {
                if (finished()) {
                  return resolve6();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve6();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve6, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve6)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// pricing/prices.json
var prices_default;
var init_prices = __esm({
  "pricing/prices.json"() {
    prices_default = {
      asOf: "2026-11-24",
      currency: "USD",
      unit: "per million tokens",
      models: [
        {
          model: "claude-fable-5-2",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-11-09; `fable` in Claude Code.",
          prices: [
            {
              from: null,
              input: 8,
              output: 40,
              cacheWrite5m: 10,
              cacheWrite1h: 16,
              cacheRead: 0.2,
              fast: {
                input: 16,
                output: 80,
                cacheWrite5m: 20,
                cacheWrite1h: 32,
                cacheRead: 0.4
              }
            }
          ]
        },
        {
          model: "claude-mythos-5-2",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Limited availability. No fast rates published.",
          prices: [
            {
              from: null,
              input: 8,
              output: 40,
              cacheWrite5m: 10,
              cacheWrite1h: 16,
              cacheRead: 0.2
            }
          ]
        },
        {
          model: "claude-fable-5-1",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-09-01.",
          prices: [
            {
              from: null,
              input: 10,
              output: 50,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 0.25
            }
          ]
        },
        {
          model: "claude-mythos-5-1",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-09-01.",
          prices: [
            {
              from: null,
              input: 10,
              output: 50,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 0.25
            }
          ]
        },
        {
          model: "claude-fable-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-06-09. Cache read is 1.00, not 0.1 × input.",
          prices: [
            {
              from: null,
              input: 10,
              output: 50,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 1
            }
          ]
        },
        {
          model: "claude-mythos-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-06-09. Cache read is 1.00, not 0.1 × input.",
          prices: [
            {
              from: null,
              input: 10,
              output: 50,
              cacheWrite5m: 12.5,
              cacheWrite1h: 20,
              cacheRead: 1
            }
          ]
        },
        {
          model: "claude-opus-5-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released ~2026-09-23; `opus` in Claude Code.",
          prices: [
            {
              from: null,
              input: 4,
              output: 20,
              cacheWrite5m: 5,
              cacheWrite1h: 8,
              cacheRead: 0.2,
              fast: {
                input: 8,
                output: 40,
                cacheWrite5m: 10,
                cacheWrite1h: 16,
                cacheRead: 0.4
              }
            }
          ]
        },
        {
          model: "claude-opus-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-07-24.",
          prices: [
            {
              from: null,
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5,
              fast: {
                input: 10,
                output: 50,
                cacheWrite5m: 12.5,
                cacheWrite1h: 20,
                cacheRead: 1
              }
            }
          ]
        },
        {
          model: "claude-opus-4-8",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Fast mode offered until 2026-11-30.",
          prices: [
            {
              from: null,
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5,
              fast: {
                input: 10,
                output: 50,
                cacheWrite5m: 12.5,
                cacheWrite1h: 20,
                cacheRead: 1
              }
            },
            {
              from: "2026-12-01",
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5
            }
          ]
        },
        {
          model: "claude-opus-4-7",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5
            }
          ]
        },
        {
          model: "claude-opus-4-6",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing, copies through 2026-08-21 and later)",
          checked: "2026-11-24",
          notes: "Long-context premium until 2026-03-13; fast-mode preview Feb–Jul 2026 (encoded 2026-02-01 to 2026-07-31).",
          prices: [
            {
              from: null,
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5,
              longContext: {
                above: 2e5,
                rates: {
                  input: 10,
                  output: 37.5,
                  cacheWrite5m: 12.5,
                  cacheWrite1h: 20,
                  cacheRead: 1
                }
              }
            },
            {
              from: "2026-02-01",
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5,
              fast: {
                input: 30,
                output: 150,
                cacheWrite5m: 37.5,
                cacheWrite1h: 60,
                cacheRead: 3
              },
              longContext: {
                above: 2e5,
                rates: {
                  input: 10,
                  output: 37.5,
                  cacheWrite5m: 12.5,
                  cacheWrite1h: 20,
                  cacheRead: 1
                }
              }
            },
            {
              from: "2026-03-14",
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5,
              fast: {
                input: 30,
                output: 150,
                cacheWrite5m: 37.5,
                cacheWrite1h: 60,
                cacheRead: 3
              }
            },
            {
              from: "2026-08-01",
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5
            }
          ]
        },
        {
          model: "claude-opus-4-5-20251101",
          ids: ["claude-opus-4-5"],
          usGeoMultiplier: false,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 5,
              output: 25,
              cacheWrite5m: 6.25,
              cacheWrite1h: 10,
              cacheRead: 0.5
            }
          ]
        },
        {
          model: "claude-opus-4-1-20250805",
          ids: ["claude-opus-4-1"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          notes: "Retired on the first-party API in 2026; still on clouds.",
          prices: [
            {
              from: null,
              input: 15,
              output: 75,
              cacheWrite5m: 18.75,
              cacheWrite1h: 30,
              cacheRead: 1.5
            }
          ]
        },
        {
          model: "claude-opus-4-20250514",
          ids: ["claude-opus-4-0"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          notes: "Retired on the first-party API in 2026; still on clouds.",
          prices: [
            {
              from: null,
              input: 15,
              output: 75,
              cacheWrite5m: 18.75,
              cacheWrite1h: 30,
              cacheRead: 1.5
            }
          ]
        },
        {
          model: "claude-3-opus-20240229",
          ids: ["claude-3-opus-latest"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          notes: "Retired on the first-party API in 2026; still on clouds. LiteLLM's 1-hour write row for this model is wrong.",
          prices: [
            {
              from: null,
              input: 15,
              output: 75,
              cacheWrite5m: 18.75,
              cacheWrite1h: 30,
              cacheRead: 1.5
            }
          ]
        },
        {
          model: "claude-sonnet-5-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released ~2026-09-28; `sonnet` in Claude Code. Cache read 0.20 until 2026-10-06, 0.10 from 2026-10-07.",
          prices: [
            {
              from: null,
              input: 2,
              output: 10,
              cacheWrite5m: 2.5,
              cacheWrite1h: 4,
              cacheRead: 0.2
            },
            {
              from: "2026-10-07",
              input: 2,
              output: 10,
              cacheWrite5m: 2.5,
              cacheWrite1h: 4,
              cacheRead: 0.1
            }
          ]
        },
        {
          model: "claude-sonnet-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Released 2026-06-30.",
          prices: [
            {
              from: null,
              input: 2,
              output: 10,
              cacheWrite5m: 2.5,
              cacheWrite1h: 4,
              cacheRead: 0.2
            }
          ]
        },
        {
          model: "claude-sonnet-4-6",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Long-context premium until 2026-03-13.",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3,
              longContext: {
                above: 2e5,
                rates: {
                  input: 6,
                  output: 22.5,
                  cacheWrite5m: 7.5,
                  cacheWrite1h: 12,
                  cacheRead: 0.6
                }
              }
            },
            {
              from: "2026-03-14",
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-sonnet-4-5-20250929",
          ids: ["claude-sonnet-4-5"],
          usGeoMultiplier: false,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Long-context premium until 2026-03-31.",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3,
              longContext: {
                above: 2e5,
                rates: {
                  input: 6,
                  output: 22.5,
                  cacheWrite5m: 7.5,
                  cacheWrite1h: 12,
                  cacheRead: 0.6
                }
              }
            },
            {
              from: "2026-04-01",
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-sonnet-4-20250514",
          ids: ["claude-sonnet-4-0"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "Long-context premium until 2026-03-31.",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3,
              longContext: {
                above: 2e5,
                rates: {
                  input: 6,
                  output: 22.5,
                  cacheWrite5m: 7.5,
                  cacheWrite1h: 12,
                  cacheRead: 0.6
                }
              }
            },
            {
              from: "2026-04-01",
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-3-7-sonnet-20250219",
          ids: ["claude-3-7-sonnet-latest"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-3-5-sonnet-20241022",
          ids: ["claude-3-5-sonnet-latest", "claude-3-5-sonnet-v2-20241022"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          notes: "Vertex names it claude-3-5-sonnet-v2@20241022.",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-3-5-sonnet-20240620",
          ids: [],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 3,
              output: 15,
              cacheWrite5m: 3.75,
              cacheWrite1h: 6,
              cacheRead: 0.3
            }
          ]
        },
        {
          model: "claude-haiku-5-5",
          ids: [],
          usGeoMultiplier: true,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          notes: "`haiku` in Claude Code. From ~2026-10-07 a prompt over 100,000 tokens bills every category ×5, output included.",
          prices: [
            {
              from: null,
              input: 0.1,
              output: 0.5,
              cacheWrite5m: 0.125,
              cacheWrite1h: 0.2,
              cacheRead: 0.01
            },
            {
              from: "2026-10-07",
              input: 0.1,
              output: 0.5,
              cacheWrite5m: 0.125,
              cacheWrite1h: 0.2,
              cacheRead: 0.01,
              promptTier: {
                above: 1e5,
                multiplier: 5
              }
            }
          ]
        },
        {
          model: "claude-haiku-4-5-20251001",
          ids: ["claude-haiku-4-5"],
          usGeoMultiplier: false,
          cloudRegionalPremium: true,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing)",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 1,
              output: 5,
              cacheWrite5m: 1.25,
              cacheWrite1h: 2,
              cacheRead: 0.1
            }
          ]
        },
        {
          model: "claude-3-5-haiku-20241022",
          ids: ["claude-3-5-haiku-latest"],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          prices: [
            {
              from: null,
              input: 0.8,
              output: 4,
              cacheWrite5m: 1,
              cacheWrite1h: 1.6,
              cacheRead: 0.08
            }
          ]
        },
        {
          model: "claude-3-haiku-20240307",
          ids: [],
          usGeoMultiplier: false,
          cloudRegionalPremium: false,
          source: "Anthropic pricing page (platform.claude.com/docs/en/about-claude/pricing); model overview and deprecation pages",
          checked: "2026-11-24",
          notes: "LiteLLM's 1-hour write row for this model is wrong; 0.50 is Anthropic's.",
          prices: [
            {
              from: null,
              input: 0.25,
              output: 1.25,
              cacheWrite5m: 0.3,
              cacheWrite1h: 0.5,
              cacheRead: 0.03
            }
          ]
        }
      ]
    };
  }
});

// src/pricing/book.ts
function parseOrThrow(schema, json, what) {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue2) => `${pathText(issue2.path)}: ${issue2.message}`);
  throw new Error(`invalid ${what}: ${problems.join("; ")}`);
}
function pathText(path) {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
function loadPriceBook(json) {
  return parseOrThrow(PriceBookSchema, json, "price book");
}
function defaultPriceBook() {
  shippedBook ??= prices_default;
  return shippedBook;
}
function mergePriceBooks(base, override) {
  const replaced = new Map(override.models.map((row) => [row.model, row]));
  const models = base.models.map((row) => replaced.get(row.model) ?? row);
  const baseModels = new Set(base.models.map((row) => row.model));
  models.push(...override.models.filter((row) => !baseModels.has(row.model)));
  const asOf = override.asOf !== void 0 && override.asOf > base.asOf ? override.asOf : base.asOf;
  return loadPriceBook({ ...base, asOf, models });
}
var rate, utcDay, RatesSchema, threshold, PriceEntrySchema, modelId, ModelRowSchema, ModelsSchema, PriceBookSchema, PriceBookOverrideSchema, shippedBook;
var init_book = __esm({
  "src/pricing/book.ts"() {
    "use strict";
    init_zod();
    init_prices();
    rate = number2().finite().nonnegative().max(1e6);
    utcDay = iso_exports.date();
    RatesSchema = strictObject({
      input: rate,
      output: rate,
      cacheWrite5m: rate,
      cacheWrite1h: rate,
      cacheRead: rate
    });
    threshold = union([literal(1e5), literal(2e5)]);
    PriceEntrySchema = strictObject({
      /** First UTC day the entry is in force (inclusive); null on the first entry means "always". */
      from: utcDay.nullable(),
      ...RatesSchema.shape,
      /** Replaces the rates when `usage.speed == "fast"`; absent: fast requests are unpriced. */
      fast: RatesSchema.optional(),
      /** Replaces the rates for every token of a request whose prompt is above `above`. */
      longContext: strictObject({ above: threshold, rates: RatesSchema }).optional(),
      /** Multiplies every category of a request whose prompt is above `above`. */
      promptTier: strictObject({ above: threshold, multiplier: number2().int().positive().max(100) }).optional()
    });
    modelId = string2().min(1).max(200).regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase model id (a-z, 0-9, ".", "_", "-")');
    ModelRowSchema = strictObject({
      model: modelId,
      ids: array(modelId).default([]),
      /** `inference_geo: "us"` costs ×1.1 (Claude 4.6 and later). */
      usGeoMultiplier: boolean2().default(false),
      /** Regional Bedrock / Vertex endpoints cost +10% (Sonnet 4.5, Haiku 4.5, Opus 4.5 and later). */
      cloudRegionalPremium: boolean2().default(false),
      source: string2().min(1).max(500),
      checked: utcDay,
      notes: string2().max(1e3).optional(),
      prices: array(PriceEntrySchema).min(1)
    });
    ModelsSchema = array(ModelRowSchema).superRefine((rows, ctx) => {
      const owner = /* @__PURE__ */ new Map();
      rows.forEach((row, r) => {
        [row.model, ...row.ids].forEach((id, i) => {
          const seen = owner.get(id);
          if (seen !== void 0) {
            const path = i === 0 ? [r, "model"] : [r, "ids", i - 1];
            ctx.addIssue({ code: "custom", path, message: `id '${id}' is already used by ${seen}` });
          } else owner.set(id, row.model);
        });
        let last;
        row.prices.forEach((entry, p) => {
          const path = [r, "prices", p, "from"];
          if (entry.from === null) {
            if (p > 0) ctx.addIssue({ code: "custom", path, message: "only the first entry may be null" });
          } else {
            if (last !== void 0 && entry.from <= last) {
              const message = `dates must ascend: ${entry.from} is not after ${last}`;
              ctx.addIssue({ code: "custom", path, message });
            }
            last = entry.from;
          }
        });
      });
    });
    PriceBookSchema = strictObject({
      asOf: utcDay,
      currency: literal("USD"),
      unit: literal("per million tokens"),
      models: ModelsSchema
    });
    PriceBookOverrideSchema = PriceBookSchema.partial({
      asOf: true,
      currency: true,
      unit: true
    });
  }
});

// src/policy/config-error.ts
function describeIssue(issue2, raw, knownKeys2) {
  if (issue2.code === "unrecognized_keys") {
    return issue2.keys.map((k) => `${pathText2([...issue2.path, k])}: unknown key${suggestKey(k, knownKeys2)}`).join("; ");
  }
  const path = pathText2(issue2.path);
  const named = issue2.code === "custom" ? issue2.params?.value : void 0;
  const value = named ?? valueAt(raw, issue2.path);
  if (value === void 0) return `${path}: required, but missing`;
  return `${path}: ${issue2.message} (got ${preview(value)})`;
}
function pathText2(path) {
  if (path.length === 0) return "(top level)";
  return path.map((key, i) => {
    if (typeof key === "number") return `[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) return i === 0 ? name : `.${name}`;
    return `[${JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name)}]`;
  }).join("");
}
function preview(value) {
  const text2 = JSON.stringify(value) ?? String(value);
  return text2.length > 60 ? `${text2.slice(0, 59)}…` : text2;
}
function suggestKey(key, knownKeys2) {
  const squash = (k) => k.toLowerCase().replace(/[-_\s]/g, "");
  const match = knownKeys2.find((known) => squash(known) === squash(key));
  return match === void 0 ? "" : ` (did you mean ${match}?)`;
}
function valueAt(raw, path) {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null || typeof key === "symbol") return void 0;
    if (!Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return value;
}
var ConfigError;
var init_config_error = __esm({
  "src/policy/config-error.ts"() {
    "use strict";
    ConfigError = class extends Error {
      constructor(file, problems) {
        super(
          problems.length === 1 ? `${file}: ${problems[0]}` : `${file}: ${problems.length} problems:
${problems.map((p) => `  ${p}`).join("\n")}`
        );
        this.file = file;
        this.problems = problems;
        this.name = "ConfigError";
      }
      file;
      problems;
    };
  }
});

// src/policy/defaults.ts
var DEFAULT_KINDS, DEFAULT_TASK_MAPPINGS, DEFAULT_MECHANICAL, DEFAULT_WARN_AT, DEFAULT_OPEN_ENDED, DEFAULT_HISTORY_DAYS, DEFAULT_MIN_SESSIONS, DEFAULT_CACHE_TARGET, DEFAULT_USE_DECLARED, DEFAULT_BASELINE_SOURCE, DEFAULT_TIME_ZONE, DEFAULT_DEVELOPER, FALLBACK_KEY;
var init_defaults = __esm({
  "src/policy/defaults.ts"() {
    "use strict";
    DEFAULT_KINDS = ["feature", "bugfix", "refactor", "docs", "test", "chore"];
    DEFAULT_TASK_MAPPINGS = {
      labels: {
        feature: "feature",
        enhancement: "feature",
        bug: "bugfix",
        bugfix: "bugfix",
        refactor: "refactor",
        refactoring: "refactor",
        documentation: "docs",
        docs: "docs",
        test: "test",
        tests: "test",
        chore: "chore",
        dependencies: "chore"
      },
      branchPrefixes: {
        "feat/": "feature",
        "feature/": "feature",
        "fix/": "bugfix",
        "bugfix/": "bugfix",
        "hotfix/": "bugfix",
        "refactor/": "refactor",
        "docs/": "docs",
        "doc/": "docs",
        "test/": "test",
        "tests/": "test",
        "chore/": "chore",
        "ci/": "chore",
        "build/": "chore",
        "deps/": "chore",
        "dependabot/": "chore"
      },
      titleTypes: {
        feat: "feature",
        fix: "bugfix",
        refactor: "refactor",
        perf: "refactor",
        docs: "docs",
        test: "test",
        chore: "chore",
        ci: "chore",
        build: "chore",
        style: "chore"
      }
    };
    DEFAULT_MECHANICAL = ["docs", "chore"];
    DEFAULT_WARN_AT = 0.75;
    DEFAULT_OPEN_ENDED = { compactions: 1, peakContextTokens: 15e4, turns: 40, durationMinutes: 120 };
    DEFAULT_HISTORY_DAYS = 90;
    DEFAULT_MIN_SESSIONS = 3;
    DEFAULT_CACHE_TARGET = 0.6;
    DEFAULT_USE_DECLARED = true;
    DEFAULT_BASELINE_SOURCE = "auto";
    DEFAULT_TIME_ZONE = "UTC";
    DEFAULT_DEVELOPER = "email";
    FALLBACK_KEY = "default";
  }
});

// src/policy/config.ts
function buildSchemas() {
  const kindName = string2().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a task kind: lowercase letters, digits, "-" or "_", at most 32').refine((k) => k !== FALLBACK_KEY, `"${FALLBACK_KEY}" is reserved for the fallback budget`);
  const mappingKey = string2().min(1).max(100);
  const modelId2 = string2().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be a model id");
  const money2 = number2().min(0, "must not be negative").max(1e9);
  const tokens = number2().int("must be a whole number of tokens").min(0, "must not be negative");
  const share = number2().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
  const positiveCount = number2().int("must be a whole number").min(1, "must be at least 1");
  const LimitSchema = strictObject({
    usd: money2.optional().describe("Limit in US dollars."),
    local: money2.optional().describe("Limit in the display currency (needs `currency`), converted at its rate."),
    tokens: tokens.optional().describe("Limit in tokens: input + output + cache write + cache read.")
  }).refine((l) => l.usd === void 0 || l.local === void 0, { error: "give usd or local, not both" });
  const BudgetSchema = strictObject({
    perPr: LimitSchema.optional().describe("Limits on the whole pull request."),
    perSession: LimitSchema.optional().describe("Limits on each session."),
    warnAt: share.optional().describe("Share of a limit at which the verdict becomes a warning (default 0.75)."),
    allowedModels: array(modelId2).min(1).max(100).optional().describe("Models this work may use; others warn."),
    preferredModel: modelId2.optional().describe("The cheaper model advised for mechanical task kinds.")
  });
  const OpenEndedSchema = strictObject({
    peakContextTokens: positiveCount.optional(),
    turns: positiveCount.optional(),
    durationMinutes: number2().positive("must be more than 0").optional(),
    compactions: positiveCount.optional(),
    totalTokens: positiveCount.optional()
  }).describe("A session that reaches any of these is open-ended. Giving this replaces the defaults.");
  const BaselineFiguresSchema = strictObject({
    scopedUsd: money2.optional().describe("Typical cost of a scoped session, USD."),
    openEndedUsd: money2.optional().describe("Typical cost of an open-ended session, USD.")
  });
  const TasksSchema = strictObject({
    kinds: array(kindName).min(1).max(50).optional().describe("Task kinds (default: feature, bugfix, refactor, docs, test, chore)."),
    labels: record(mappingKey, kindName).optional().describe("PR label → kind. The first listed label the PR has wins."),
    branchPrefixes: record(mappingKey, kindName).optional().describe("Branch prefix → kind. The longest match wins."),
    titleTypes: record(mappingKey, kindName).optional().describe("Conventional-commit type of the PR title → kind."),
    default: kindName.optional().describe("Kind when nothing matches (default: feature)."),
    mechanical: array(kindName).optional().describe("Kinds that get cheaper-model advice (default: docs, chore).")
  });
  const ScopeSchema = strictObject({
    useDeclared: boolean2().default(DEFAULT_USE_DECLARED).describe("Trust a record's declared scope over the thresholds."),
    openEnded: OpenEndedSchema.optional()
  });
  const BaselineSchema = strictObject({
    source: _enum(["auto", "config", "history"]).default(DEFAULT_BASELINE_SOURCE).describe("auto: history when given, else perTask."),
    perTask: record(string2().min(1).max(64), BaselineFiguresSchema).default({}).describe("Per kind, or `default`."),
    historyDays: number2().int().min(1).max(3660).default(DEFAULT_HISTORY_DAYS),
    minSessions: positiveCount.max(1e4).default(DEFAULT_MIN_SESSIONS).describe("Sessions a kind needs for its own median.")
  });
  const CurrencySchema = strictObject({
    code: string2().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as HKD").refine((c) => c !== "USD", "USD is always shown; name the other currency"),
    perUsd: number2().positive("must be more than 0").max(1e9).describe("Units of this currency per US dollar.")
  }).describe("A display currency beside USD, at a fixed rate: no rate is fetched.");
  const timeZone = string2().min(1).max(64).refine((zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Asia/Hong_Kong");
  const PeriodSchema = strictObject({
    timeZone: timeZone.default(DEFAULT_TIME_ZONE).describe("The zone days, weeks and months of the period report are counted in."),
    dailyLimit: LimitSchema.optional().describe("Per developer per day, checked in the period report.")
  });
  const ConfigSchema = strictObject({
    version: literal(1).default(1),
    tasks: TasksSchema.prefault({}),
    budgets: record(string2().min(1).max(64), BudgetSchema).default({}).describe("Budgets per task kind; the `default` entry applies to kinds without their own, field by field."),
    scope: ScopeSchema.prefault({}),
    baseline: BaselineSchema.prefault({}),
    cache: strictObject({ hitRateTarget: share.default(DEFAULT_CACHE_TARGET) }).prefault({}),
    currency: CurrencySchema.optional(),
    period: PeriodSchema.prefault({}),
    developer: _enum(["email", "login"]).default(DEFAULT_DEVELOPER).describe("How records name their developer."),
    pricing: PriceBookOverrideSchema.optional().describe(
      "Price rows that replace (same `model`) or extend the shipped price book, in its format: `models`, each with `ids`, `source`, `checked` and dated `prices`."
    )
  }).superRefine((config2, ctx) => {
    const kinds = config2.tasks.kinds ?? DEFAULT_KINDS;
    const known = (kind, path) => {
      if (kinds.includes(kind)) return;
      ctx.addIssue({
        code: "custom",
        path,
        params: { value: kind },
        message: `not a task kind (kinds: ${kinds.join(", ")})`
      });
    };
    const { tasks, budgets, baseline } = config2;
    for (const field of ["labels", "branchPrefixes", "titleTypes"]) {
      for (const [key, kind] of Object.entries(tasks[field] ?? {})) known(kind, ["tasks", field, key]);
    }
    if (tasks.default !== void 0) known(tasks.default, ["tasks", "default"]);
    tasks.mechanical?.forEach((kind, i) => known(kind, ["tasks", "mechanical", i]));
    for (const key of Object.keys(budgets)) if (key !== FALLBACK_KEY) known(key, ["budgets", key]);
    for (const key of Object.keys(baseline.perTask))
      if (key !== FALLBACK_KEY) known(key, ["baseline", "perTask", key]);
    if (config2.currency === void 0) {
      for (const [key, budget] of Object.entries(budgets)) {
        for (const limit of ["perPr", "perSession"]) {
          if (budget[limit]?.local === void 0) continue;
          ctx.addIssue({
            code: "custom",
            path: ["budgets", key, limit, "local"],
            message: "a local-currency limit needs `currency`"
          });
        }
      }
      if (config2.period.dailyLimit?.local !== void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["period", "dailyLimit", "local"],
          message: "a local-currency limit needs `currency`"
        });
      }
    } else if (!knownCurrency(config2.currency.code)) {
      ctx.addIssue({ code: "custom", path: ["currency", "code"], message: "not an ISO 4217 currency code" });
    }
  });
  return {
    ConfigSchema,
    TasksSchema,
    BudgetSchema,
    LimitSchema,
    OpenEndedSchema,
    BaselineFiguresSchema,
    ScopeSchema,
    BaselineSchema,
    CurrencySchema
  };
}
function configSchemas() {
  schemas ??= buildSchemas();
  return schemas;
}
function validateConfig(raw, fileName) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(fileName, [`the file must be a mapping of keys (got ${preview(raw)})`]);
  }
  const result = configSchemas().ConfigSchema.safeParse(raw);
  if (!result.success) {
    const known = knownKeys();
    throw new ConfigError(
      fileName,
      result.error.issues.slice(0, 10).map((issue2) => describeIssue(issue2, raw, known))
    );
  }
  const pricing = result.data.pricing;
  if (pricing !== void 0) {
    try {
      mergePriceBooks(defaultPriceBook(), pricing);
    } catch (error2) {
      throw new ConfigError(fileName, [`pricing: ${error2 instanceof Error ? error2.message : "invalid price rows"}`]);
    }
  }
  return resolveConfig(result.data);
}
function resolveConfig(raw) {
  const kinds = [...raw.tasks.kinds ?? DEFAULT_KINDS];
  const mapping = (given, defaults2) => new Map(Object.entries(given ?? defaults2).filter(([, kind]) => kinds.includes(kind)));
  return {
    version: 1,
    tasks: {
      kinds,
      labels: mapping(raw.tasks.labels, DEFAULT_TASK_MAPPINGS.labels),
      branchPrefixes: mapping(raw.tasks.branchPrefixes, DEFAULT_TASK_MAPPINGS.branchPrefixes),
      titleTypes: mapping(raw.tasks.titleTypes, DEFAULT_TASK_MAPPINGS.titleTypes),
      default: raw.tasks.default ?? (kinds.includes("feature") ? "feature" : kinds[0]),
      mechanical: raw.tasks.mechanical ?? DEFAULT_MECHANICAL.filter((k) => kinds.includes(k))
    },
    budgets: new Map(Object.entries(raw.budgets)),
    scope: { useDeclared: raw.scope.useDeclared, openEnded: raw.scope.openEnded ?? DEFAULT_OPEN_ENDED },
    baseline: { ...raw.baseline, perTask: new Map(Object.entries(raw.baseline.perTask)) },
    cache: raw.cache,
    currency: raw.currency ?? null,
    period: {
      timeZone: raw.period.timeZone,
      dailyLimit: {
        usd: raw.period.dailyLimit?.local !== void 0 && raw.currency !== void 0 ? raw.period.dailyLimit.local / raw.currency.perUsd : raw.period.dailyLimit?.usd,
        tokens: raw.period.dailyLimit?.tokens
      }
    },
    developer: raw.developer,
    pricing: raw.pricing ?? null
  };
}
function defaultConfig() {
  defaults ??= resolveConfig({
    version: 1,
    tasks: {},
    budgets: {},
    scope: { useDeclared: DEFAULT_USE_DECLARED },
    baseline: {
      source: DEFAULT_BASELINE_SOURCE,
      perTask: {},
      historyDays: DEFAULT_HISTORY_DAYS,
      minSessions: DEFAULT_MIN_SESSIONS
    },
    cache: { hitRateTarget: DEFAULT_CACHE_TARGET },
    period: { timeZone: DEFAULT_TIME_ZONE },
    developer: DEFAULT_DEVELOPER
  });
  return defaults;
}
function knownKeys() {
  const { ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema } = configSchemas();
  const { BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema } = configSchemas();
  return [
    ...[ConfigSchema, TasksSchema, BudgetSchema, LimitSchema, OpenEndedSchema].flatMap((s) => Object.keys(s.shape)),
    ...[BaselineFiguresSchema, ScopeSchema, BaselineSchema, CurrencySchema].flatMap((s) => Object.keys(s.shape)),
    "hitRateTarget"
  ];
}
function knownCurrency(code) {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}
var schemas, defaults, currencies;
var init_config = __esm({
  "src/policy/config.ts"() {
    "use strict";
    init_zod();
    init_book();
    init_config_error();
    init_defaults();
    init_config_error();
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path) {
      const ctrl = callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path) {
      const ctrl = await callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node2, path);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path);
      return void 0;
    }
    function replaceNode(key, path, node2) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts2;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count5 = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count5)
            count5 = c;
        }
        return count5;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection2 = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n2 = node2.value;
          return n2 == null || allowScalar && identity.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge3.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge3.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge3.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge3 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge3.isMergeKey(ctx, key))
        merge3.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i = n2.indexOf(".");
        if (i < 0) {
          i = n2.length;
          n2 += ".";
        }
        let d = minFractionDigits - (n2.length - i - 1);
        while (d-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str.length / lineWidth);
          const lines = new Array(n2);
          for (let i = 0, o = 0; i < n2; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n3 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num2 = (n2) => n2;
      if (typeof value === "bigint")
        num2 = (n2) => BigInt(n2);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date3 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date3 -= 6e4 * d;
        }
        return new Date(date3);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge3.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas2 = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge3.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas2.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas2.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge3.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge3);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection2.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection2.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection2.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection2.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError2 = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count5 = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count5 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count5);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent && n2)
            indent = n2;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep6 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node2.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node2.anchor = anchor2.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node2.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node2.anchor = anchor2.source.substring(1);
        if (node2.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i;
        }
        return n2;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n2) {
        return this.stack[this.stack.length - n2];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/policy/config-yaml.ts
var config_yaml_exports = {};
__export(config_yaml_exports, {
  parseConfig: () => parseConfig
});
function parseConfig(yamlText, fileName) {
  const doc = (0, import_yaml.parseDocument)(yamlText, { prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError !== void 0) {
    const pos = yamlError.linePos?.[0];
    const where = pos === void 0 ? "" : ` at line ${pos.line}, column ${pos.col}`;
    const message = (yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?\s*$/, "");
    throw new ConfigError(fileName, [`malformed YAML${where}: ${message}`]);
  }
  return validateConfig(doc.toJS({ maxAliasCount: 100 }) ?? {}, fileName);
}
var import_yaml;
var init_config_yaml = __esm({
  "src/policy/config-yaml.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_config_error();
    init_config();
  }
});

// src/action/context.ts
init_zod();
import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";

// src/github/pulls.ts
init_zod();
var sha = string2().regex(/^[0-9a-f]{40}$/);
var clipped = (max) => string2().transform((s) => s.slice(0, max));
var PullRequestPayloadSchema = object({
  number: number2().int().positive(),
  title: clipped(1024).default(""),
  head: object({
    sha,
    ref: clipped(255),
    repo: object({ full_name: string2() }).nullable().optional()
  }),
  base: object({ sha, repo: object({ full_name: string2() }).nullable().optional() }),
  labels: array(object({ name: clipped(100) })).default([]).transform((labels) => labels.slice(0, 100)),
  changed_files: number2().int().nonnegative().optional()
});
function pullRequestInfo(payload) {
  const headRepo = payload.head.repo?.full_name;
  const baseRepo = payload.base.repo?.full_name;
  return {
    number: payload.number,
    title: payload.title,
    headSha: payload.head.sha,
    headRef: payload.head.ref,
    baseSha: payload.base.sha,
    labels: payload.labels.map((l) => l.name),
    // A deleted fork has no head repo: treat it as a fork (its token is read-only too).
    isFork: headRepo === void 0 || headRepo !== baseRepo,
    changedFiles: payload.changed_files
  };
}
async function getPullRequest(gh, number3) {
  const { data } = await gh.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number3
  });
  return pullRequestInfo(PullRequestPayloadSchema.parse(data));
}
async function findPullRequestByHead(gh, head) {
  const pulls = await gh.octokit.paginate("GET /repos/{owner}/{repo}/pulls", {
    owner: gh.owner,
    repo: gh.repo,
    state: "open",
    head: `${head.owner}:${head.branch}`,
    per_page: 100
  });
  return pulls.find((p) => p.head.sha === head.sha)?.number;
}
async function listPullRequestFiles(gh, number3) {
  const files = await gh.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number3,
    per_page: 100
  });
  return files.map((f) => ({
    path: f.filename,
    status: f.status,
    sha: f.sha ?? null
  }));
}
var PULL_REQUEST_FILES_LIMIT = 3e3;

// src/action/context.ts
var ContextError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ContextError";
  }
};
function readRunContext(env) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (match === null)
    throw new ContextError("GITHUB_REPOSITORY is not set to owner/name: is this running in GitHub Actions?");
  const workspace = absolute("GITHUB_WORKSPACE", env.GITHUB_WORKSPACE);
  const runnerTemp = absolute("RUNNER_TEMP", env.RUNNER_TEMP);
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner: match[1] ?? "",
    repo: match[2] ?? "",
    workspace,
    runnerTemp,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    graphqlUrl: env.GITHUB_GRAPHQL_URL || void 0,
    runUrl: runId && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : void 0,
    event: readEvent(env.GITHUB_EVENT_PATH)
  };
}
function absolute(name, value) {
  if (value === void 0 || value === "" || !isAbsolute(value)) {
    throw new ContextError(`${name} is not set to an absolute path: is this running in GitHub Actions?`);
  }
  return value;
}
function readEvent(path) {
  if (path === void 0 || path === "") return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new ContextError(`GITHUB_EVENT_PATH (${path}) is not a readable JSON file`);
  }
}
function pullRequestFromEvent(event) {
  const parsed = object({ pull_request: PullRequestPayloadSchema }).safeParse(event);
  return parsed.success ? pullRequestInfo(parsed.data.pull_request) : void 0;
}
function workflowRunFromEvent(event) {
  const parsed = object({
    workflow_run: object({
      head_sha: string2().regex(/^[0-9a-f]{40}$/),
      head_branch: string2().max(255).nullable(),
      head_repository: object({ owner: object({ login: string2().max(100) }) }).nullable(),
      pull_requests: array(object({ number: number2().int().positive() })).default([])
    })
  }).safeParse(event);
  if (!parsed.success) return void 0;
  const run3 = parsed.data.workflow_run;
  return {
    headSha: run3.head_sha,
    headBranch: run3.head_branch ?? "",
    headOwner: run3.head_repository?.owner.login ?? "",
    pullRequestNumbers: run3.pull_requests.map((p) => p.number)
  };
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object2) {
  if (!object2) {
    return {};
  }
  return Object.keys(object2).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object2[key];
    return newObj;
  }, {});
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject2(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge2(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview2) => !mergedOptions.mediaType.previews.includes(preview2)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview2) => preview2.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit2(object2, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object2)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object2[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal2) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal2);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit2(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit2(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview2) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview2}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse2(merge2(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge2(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge2.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse3(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject5 = val !== null && typeof val === "object";
    const hasToJSON = isObject5 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node2 = stack[stack.length - 1];
    if (node2.index === 0) {
      chunks.push(node2.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node2.isArray) {
      if (node2.index < node2.val.length) {
        if (!node2.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node2.val[node2.index];
        const childVal = prepareVal(node2.val, String(node2.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node2.first = false;
          node2.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node2.val,
              key: String(node2.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node2.first = false;
            node2.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node2.first = false;
            node2.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node2.index < node2.keys.length) {
        const k = node2.keys[node2.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node2.val[k];
        const childVal = prepareVal(node2.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node2.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node2.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node2.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node2.first = false;
        }
      }
      const isNodeFullyProcessed = node2.index >= node2.keys.length && stack[stack.length - 1] === node2;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node2.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node2.isArray ? "]" : "}");
      visited.delete(node2.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node2 = stack[stack.length - 1];
    if (!node2.visited) {
      node2.visited = true;
      const value = node2.parent[node2.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node2;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject3(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject3(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION5;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION6 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION6;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION7;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var import_light3 = __toESM(require_light(), 1);

// package.json
var package_default = {
  name: "claude-cost",
  version: "0.1.0",
  description: "Show and govern what Claude Code work costs, on the pull request where the work is reviewed.",
  license: "MIT",
  type: "module",
  bin: {
    "claude-cost": "dist/cli.js"
  },
  files: [
    "dist",
    "pricing",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build-wasm.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    pretest: "node scripts/ensure-chromium.mjs",
    test: "vitest run",
    bench: "node scripts/bench.mjs",
    example: 'node dist/cli.js report examples/sessions examples/results --config examples/config/claude-cost.yml --branch feat/csv-export --title "feat(orders): CSV export" && node dist/cli.js period 2026-11 --records examples/sessions --config examples/config/claude-cost.yml',
    schema: "node scripts/gen-schema.mjs"
  },
  dependencies: {
    "@octokit/core": "7.0.8",
    "@octokit/plugin-paginate-rest": "16.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    bottleneck: "2.19.5",
    "markdown-table": "3.1.0",
    yaml: "2.9.1",
    zod: "4.6.7"
  },
  devDependencies: {
    "@eslint/js": "9.39.5",
    "@types/node": "20.19.43",
    assemblyscript: "0.28.20",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    globals: "17.14.0",
    "playwright-core": "1.65.1",
    prettier: "3.10.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// src/version.ts
var VERSION8 = package_default.version;
var GENERATOR = `claude-cost ${VERSION8}`;

// src/github/client.ts
var ActionOctokit = Octokit.plugin(paginateRest, retry, throttling);
var DEFAULT_TIMING = {
  backoffUnitMs: 1e3,
  writeSpacingMs: 1e3,
  notificationSpacingMs: 3e3,
  retries: 3,
  rateLimitRetries: 3,
  maxRetryAfterSeconds: 120
};
function scaledTiming(scale) {
  const t = DEFAULT_TIMING;
  return {
    ...t,
    backoffUnitMs: t.backoffUnitMs * scale,
    writeSpacingMs: t.writeSpacingMs * scale,
    notificationSpacingMs: t.notificationSpacingMs * scale
  };
}
function createGitHub(options) {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const { log } = options;
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    const what = `${request2.method} ${request2.url}`;
    if (retryCount < timing.rateLimitRetries && retryAfter <= timing.maxRetryAfterSeconds) {
      log.info(`GitHub ${kind} rate limit on ${what}: retrying after ${retryAfter}s`);
      return true;
    }
    log.warning(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
    return false;
  };
  const octokit = new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: `claude-cost-action/${VERSION8}`,
    retry: { retries: timing.retries, retryAfterBaseValue: timing.backoffUnitMs },
    throttle: {
      id: options.throttleId ?? "claude-cost",
      retryAfterBaseValue: timing.backoffUnitMs,
      // The plugin's own queues, with our spacing; the defaults are the same numbers.
      write: new import_light3.default.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs }),
      notifications: new import_light3.default.Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }),
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary")
    },
    // Octokit logs every 4xx at warn level, including the 404s and 403s we handle ourselves.
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } }
  });
  const graphqlUrl = options.graphqlUrl;
  return {
    octokit,
    owner: options.owner,
    repo: options.repo,
    log,
    // The object form: the string form refuses `url` among the options (it takes them for variables).
    graphql: (query, variables) => octokit.graphql({ query, ...variables, ...graphqlUrl === void 0 ? {} : { url: graphqlUrl } })
  };
}
function httpStatus(error2) {
  if (typeof error2 !== "object" || error2 === null) return void 0;
  const status = error2.status;
  return typeof status === "number" ? status : void 0;
}
function describeApiError(error2) {
  const status = httpStatus(error2);
  const message = error2 instanceof Error ? error2.message.split("\n")[0]?.slice(0, 200) : String(error2).slice(0, 200);
  return status === void 0 ? message ?? "unknown error" : `HTTP ${status}: ${message ?? ""}`;
}

// src/action/messages.ts
function commentNotPermitted(pr, eventName) {
  const rest = "The report is in this job summary and the budget gate still applies.";
  if (pr.isFork && eventName === "pull_request") {
    return `claude-cost could not comment: GitHub gives pull_request runs from forks a read-only token. ${rest} To comment on fork PRs, run claude-cost on pull_request_target (it reads the records through the API and never checks out or runs the PR's code), or keep this workflow as the check and add a second workflow on workflow_run with pull-requests: write that runs claude-cost with fail-on: never. The README shows both.`;
  }
  return `claude-cost could not comment: the token may not write to pull requests. ${rest} Give the job permissions: pull-requests: write (and contents: read).`;
}
function unsupportedEvent(eventName) {
  return `claude-cost reports on pull requests; nothing to do for a ${eventName || "local"} event.`;
}
function issueNotPermitted(outputDir) {
  return `claude-cost could not create or edit the period report issue: the token may not write issues. The report is in this job summary and in the files in ${outputDir}. Give the job permissions: issues: write (and contents: read), or upload the files as an artifact.`;
}
function shallowCheckout() {
  return "The checkout is shallow, so records that landed before its first commit are not attributed to PRs: give actions/checkout fetch-depth: 0.";
}

// src/action/run-period.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join5, resolve as resolve4 } from "node:path";

// src/commands/pricing-file.ts
init_book();
import { readFile } from "node:fs/promises";

// src/commands/errors.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/commands/pricing-file.ts
async function priceBookFrom(pricingFile, configPricing = null) {
  const base = configPricing === null ? defaultPriceBook() : mergePriceBooks(defaultPriceBook(), configPricing);
  if (pricingFile === void 0) return base;
  let text2;
  try {
    text2 = await readFile(pricingFile, "utf8");
  } catch {
    throw new UsageError(`${pricingFile}: cannot read the pricing file`);
  }
  try {
    return mergePriceBooks(base, loadPriceBook(JSON.parse(text2)));
  } catch (error2) {
    throw new UsageError(`${pricingFile}: ${error2 instanceof Error ? error2.message : "invalid price book"}`);
  }
}

// src/commands/config-file.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

// src/local/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);

// src/commands/config-file.ts
init_config();
var DEFAULT_CONFIG_PATH = join(".github", "claude-cost.yml");
async function readConfigFile(path, shown) {
  let text2;
  try {
    text2 = await readFile2(path, "utf8");
  } catch {
    throw new ConfigError(shown, ["cannot read the config file"]);
  }
  const { parseConfig: parseConfig2 } = await Promise.resolve().then(() => (init_config_yaml(), config_yaml_exports));
  return parseConfig2(text2, shown);
}

// src/github/identity.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function authenticatedLogin(gh) {
  try {
    const { data } = await gh.octokit.request("GET /user");
    if (typeof data.login === "string" && data.login !== "") return data.login;
  } catch {
  }
  try {
    const data = await gh.graphql("query claudeCostViewer { viewer { login } }", {});
    const login = data.viewer?.login;
    if (typeof login === "string" && login !== "") return login;
  } catch (error2) {
    gh.log.info(
      `Could not ask GitHub who the token belongs to (${describeApiError(error2)}); assuming ${ACTIONS_BOT_LOGIN}`
    );
  }
  return ACTIONS_BOT_LOGIN;
}
function sameLogin(a, b) {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

// src/inputs.ts
var MODES = ["auto", "pr", "period"];
var SOURCES = ["auto", "api", "workspace"];
var COMMENT_MODES = ["update", "new", "hide-and-new", "delete-and-new", "off"];
var FAIL_ON = ["over-budget", "warning", "never"];
var PERIOD_SOURCES = ["records", "comments"];
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var DEFAULT_RECORDS = ".claude-cost/sessions/**";
var DEFAULT_CONFIG = ".github/claude-cost.yml";
var DEFAULT_REPORT_KEY = "default";
var DEFAULT_RECORDS_DIR = ".claude-cost/sessions";
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/;
var REPORT_KEY = /^[A-Za-z0-9._-]{1,64}$/;
function readInputs(getInput2) {
  const get = (name) => getInput2(name).trim();
  const githubToken = get("github-token");
  if (githubToken === "") {
    throw new InputError("github-token is empty: pass ${{ github.token }} or a token with pull-requests: write");
  }
  const records = get("records").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  for (const glob of records) repositoryPath("records", glob);
  const reportKey = get("report-key") || DEFAULT_REPORT_KEY;
  if (!REPORT_KEY.test(reportKey)) {
    throw new InputError('report-key must be 1-64 letters, digits, ".", "_" or "-"');
  }
  const pricingFile = get("pricing-file");
  const outputDir = get("output-dir");
  const commentAuthor = get("comment-author");
  if (commentAuthor !== "" && !LOGIN.test(commentAuthor)) {
    throw new InputError(
      `comment-author must be a GitHub login such as github-actions[bot] (got "${commentAuthor.slice(0, 60)}")`
    );
  }
  return {
    githubToken,
    mode: oneOf("mode", get("mode") || "auto", MODES),
    records: records.length > 0 ? records : [DEFAULT_RECORDS],
    source: oneOf("source", get("source") || "auto", SOURCES),
    config: repositoryPath("config", get("config") || DEFAULT_CONFIG),
    commentMode: oneOf("comment-mode", get("comment-mode") || "update", COMMENT_MODES),
    reportKey,
    failOn: oneOf("fail-on", get("fail-on") || "over-budget", FAIL_ON),
    pricingFile: pricingFile === "" ? void 0 : repositoryPath("pricing-file", pricingFile),
    period: periodSpec(get("period")),
    timeZone: get("time-zone") || void 0,
    periodSource: oneOf("period-source", get("period-source") || "records", PERIOD_SOURCES),
    recordsDir: repositoryPath("records-dir", get("records-dir") || DEFAULT_RECORDS_DIR),
    outputDir: outputDir === "" ? void 0 : outputDir,
    commentAuthor: commentAuthor === "" ? void 0 : commentAuthor
  };
}
function periodSpec(value) {
  if (value === "") return void 0;
  const range = RANGE.exec(value);
  if (range !== null) return { since: range[1] ?? "", until: range[2] };
  return value;
}
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new InputError(`${name} must be one of ${allowed.join(", ")} (got "${value.slice(0, 40)}")`);
}
var EXAMPLE_PATHS = { records: DEFAULT_RECORDS, "records-dir": DEFAULT_RECORDS_DIR };
function repositoryPath(name, value) {
  const path = value.replace(/^\.\//, "");
  const segments = path.split("/");
  if (path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0") || segments.includes("..")) {
    throw new InputError(
      `${name} must be a path inside the repository, like ${EXAMPLE_PATHS[name] ?? DEFAULT_CONFIG} (got "${value.slice(0, 80)}")`
    );
  }
  return path;
}

// src/policy/classify.ts
function classifyTask(sessions, pr, config2) {
  const notes = [];
  const declared = declaredKind(sessions, config2, notes);
  if (declared !== void 0) return { ...declared, notes };
  const label = labelKind(pr.labels, config2);
  if (label !== void 0) return { kind: label.kind, source: "label", evidence: label.label, notes };
  const branch = pr.branch === void 0 ? void 0 : branchKind(pr.branch, config2);
  if (branch !== void 0) return { kind: branch.kind, source: "branch", evidence: branch.prefix, notes };
  const title = pr.title === void 0 ? void 0 : titleKind(pr.title, config2);
  if (title !== void 0) return { kind: title.kind, source: "title", evidence: title.type, notes };
  return { kind: config2.tasks.default, source: "default", evidence: null, notes };
}
function declaredKind(sessions, config2, notes) {
  const counts = /* @__PURE__ */ new Map();
  const unknown2 = /* @__PURE__ */ new Set();
  for (const session of sessions) {
    const kind = session.task?.kind;
    if (kind === void 0) continue;
    if (config2.tasks.kinds.includes(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    else unknown2.add(kind);
  }
  for (const kind of unknown2)
    notes.push(`A session record declares task kind "${kind}", which the config does not define; it was not used.`);
  let best;
  for (const entry of counts) if (best === void 0 || entry[1] > best[1]) best = entry;
  if (best === void 0) return void 0;
  const declaring = [...counts.values()].reduce((a, b) => a + b, 0);
  const evidence = `${best[1]} of ${sessions.length} session${sessions.length === 1 ? "" : "s"}`;
  if (declaring > best[1])
    notes.push(`Session records declare different task kinds; the most common, ${best[0]}, was used.`);
  return { kind: best[0], source: "record", evidence };
}
function labelKind(labels, config2) {
  const present = new Map(labels.map((l) => [l.trim().toLowerCase(), l]));
  for (const [label, kind] of config2.tasks.labels) {
    const found = present.get(label.trim().toLowerCase());
    if (found !== void 0) return { kind, label: found };
  }
  return void 0;
}
function branchKind(branch, config2) {
  const name = branch.replace(/^refs\/heads\//, "").toLowerCase();
  let best;
  for (const [prefix, kind] of config2.tasks.branchPrefixes) {
    if (name.startsWith(prefix.toLowerCase()) && (best === void 0 || prefix.length > best.prefix.length)) {
      best = { kind, prefix };
    }
  }
  return best;
}
var CONVENTIONAL_TITLE = /^\s*([A-Za-z][A-Za-z0-9-]*)(?:\([^()\r\n]*\))?!?:\s/;
function titleKind(title, config2) {
  const type = CONVENTIONAL_TITLE.exec(title)?.[1]?.toLowerCase();
  if (type === void 0) return void 0;
  for (const [configured, kind] of config2.tasks.titleTypes) {
    if (configured.toLowerCase() === type) return { kind, type };
  }
  return void 0;
}

// src/render/format.ts
function formatUsd(usd3) {
  const sign = usd3 < 0 ? "−" : "";
  const abs = Math.abs(usd3);
  if (abs !== 0 && abs < 0.01) return `${sign}$${abs.toFixed(4)}`;
  return `${sign}$${formatAmount(abs, 2)}`;
}
function formatAmount(abs, digits) {
  const text2 = String(abs);
  if (text2.includes("e") || !Number.isInteger(digits) || digits < 0 || digits > 20) {
    return abs.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  const point = text2.indexOf(".");
  const whole = point === -1 ? text2 : text2.slice(0, point);
  const fraction = point === -1 ? "" : text2.slice(point + 1);
  if (fraction.length <= digits) {
    return groupThousands(whole) + (digits === 0 ? "" : `.${fraction.padEnd(digits, "0")}`);
  }
  const roundUp = fraction.charCodeAt(digits) >= 53;
  const units = (BigInt(whole + fraction.slice(0, digits)) + (roundUp ? 1n : 0n)).toString().padStart(digits + 1, "0");
  const cut = units.length - digits;
  return groupThousands(units.slice(0, cut)) + (digits === 0 ? "" : `.${units.slice(cut)}`);
}
function formatTokens(n2) {
  if (n2 >= 1e9) return `${trim(n2 / 1e9)}B`;
  if (n2 >= 1e6) return `${trim(n2 / 1e6)}M`;
  if (n2 >= 1e4) return `${trim(n2 / 1e3)}k`;
  return formatInteger(n2);
}
function formatInteger(n2) {
  if (!Number.isSafeInteger(n2)) return n2.toLocaleString("en-US");
  return n2 < 0 ? `-${groupThousands(String(-n2))}` : groupThousands(String(n2));
}
function groupThousands(digits) {
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}
function formatPercent(rate2) {
  return rate2 === null ? "–" : `${(rate2 * 100).toFixed(1)}%`;
}
function formatMinutes(minutes) {
  if (minutes === null) return "–";
  if (minutes < 1) return "<1m";
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m`;
}
function trim(n2) {
  const fixed = n2.toFixed(n2 >= 100 ? 0 : n2 >= 10 ? 1 : 2);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

// src/policy/scope.ts
function classifyScope(session, config2) {
  const { sessionId } = session;
  const declared = session.scope ?? null;
  if (declared !== null && config2.scope.useDeclared) {
    return { sessionId, scope: declared, source: "declared", reason: "declared in the record" };
  }
  const reached = thresholdsReached(session, config2.scope.openEnded);
  if (reached.length > 0) return { sessionId, scope: "open-ended", source: "inferred", reason: reached.join("; ") };
  return { sessionId, scope: "scoped", source: "inferred", reason: "under every open-ended threshold" };
}
function thresholdsReached(s, rules) {
  const reached = [];
  const check = (value, limit, show, what) => {
    if (value !== null && limit !== void 0 && value >= limit)
      reached.push(`${what} ${show(value)} ≥ ${show(limit)}`);
  };
  check(s.compactions, rules.compactions, formatInteger, "compactions");
  check(s.peakContextTokens, rules.peakContextTokens, formatTokens, "peak context");
  check(s.turns, rules.turns, formatInteger, "turns");
  check(s.durationMinutes, rules.durationMinutes, formatMinutes, "duration");
  check(s.totalTokens, rules.totalTokens, formatTokens, "tokens");
  return reached;
}

// src/period/calendar.ts
var DAY_MS = 864e5;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function canonicalTimeZone(zone) {
  return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
}
var dateFormats = /* @__PURE__ */ new Map();
var clockFormats = /* @__PURE__ */ new Map();
function dateFormat(zone) {
  let format = dateFormats.get(zone);
  if (format === void 0) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(zone, format);
  }
  return format;
}
function parts(format, ms) {
  const out = {};
  for (const part of format.formatToParts(ms)) if (part.type !== "literal") out[part.type] = Number(part.value);
  return out;
}
function localDateOf(ms, zone) {
  const p = parts(dateFormat(zone), ms);
  return dateString(p.year ?? 1970, p.month ?? 1, p.day ?? 1);
}
function offsetAt(ms, zone) {
  let format = clockFormats.get(zone);
  if (format === void 0) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
    clockFormats.set(zone, format);
  }
  const p = parts(format, ms);
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - Math.floor(ms / 1e3) * 1e3;
}
function startOfLocalDay(date3, zone) {
  const guess = utcMidnight(date3);
  const first = guess - offsetAt(guess, zone);
  const second = guess - offsetAt(first, zone);
  return localDateOf(second, zone) === date3 ? second : first;
}
function isDate(text2) {
  const m = DATE.exec(text2);
  if (m === null) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text2;
}
function utcMidnight(date3) {
  const m = DATE.exec(date3);
  if (m === null) throw new Error(`not a calendar date: ${date3}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
function dateString(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
function addDays(date3, days) {
  return new Date(utcMidnight(date3) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(a, b) {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}
function lastDayOfMonth(year, month) {
  return dateString(year, month + 1, 0);
}
function isoWeekOf(date3) {
  const ms = utcMidnight(date3);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
}
function isoWeekLabel(date3) {
  const { year, week } = isoWeekOf(date3);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
function isoWeeksInYear(year) {
  return isoWeekOf(dateString(year, 12, 28)).week;
}
function isoWeekStart(year, week) {
  const jan4 = dateString(year, 1, 4);
  const weekday = (new Date(utcMidnight(jan4)).getUTCDay() + 6) % 7;
  return addDays(jan4, (week - 1) * 7 - weekday);
}

// src/pricing/resolve.ts
var ALIASES = /* @__PURE__ */ new Set(["opus", "sonnet", "haiku", "fable", "mythos", "opusplan", "default"]);
var SYNTHETIC = "<synthetic>";
var GATEWAY_PREFIXES = [
  ["anthropic/", "anthropic"],
  ["bedrock/", "bedrock"],
  ["vertex_ai/", "vertex"]
];
var BEDROCK_ID = /^(?:(us|eu|apac|au|jp|global)\.)?anthropic\.(.+?)(?:-v\d+(?::\d+(?::\d+k)?)?)?$/;
var VERTEX_DATED = /^(.+)@(\d{8})$/;
var VERTEX_DEFAULT = /^(.+)@default$/;
var LONG_CONTEXT_SUFFIX = "[1m]";
var cache = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function resolveModel(book, rawId) {
  let memo2 = cache.get(book);
  if (memo2 === void 0) {
    memo2 = /* @__PURE__ */ new Map();
    cache.set(book, memo2);
  }
  let resolution = memo2.get(rawId);
  if (resolution === void 0) {
    resolution = resolveUncached(book, rawId);
    memo2.set(rawId, resolution);
  }
  return resolution;
}
function rowOf(book, model) {
  return indexOf(book).get(model);
}
function indexOf(book) {
  let index = indexes.get(book);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (const row of book.models) {
      for (const id of [row.model, ...row.ids]) index.set(id, row);
    }
    indexes.set(book, index);
  }
  return index;
}
function resolveUncached(book, rawId) {
  const parsed = parseId(rawId);
  if ("reason" in parsed) return { ok: false, reason: parsed.reason };
  if (parsed.id === SYNTHETIC) {
    return { ok: false, reason: "'<synthetic>' is a message Claude Code made locally, not a model" };
  }
  if (ALIASES.has(parsed.id)) {
    return { ok: false, reason: `alias '${parsed.id}' does not name a model version` };
  }
  const row = indexOf(book).get(parsed.id);
  if (row === void 0) return { ok: false, reason: `model '${rawId}' not in price book` };
  const { provider, regional, longContextSuffix } = parsed;
  return { ok: true, model: row.model, provider, regional, longContextSuffix };
}
function parseId(rawId) {
  let id = rawId.trim().toLowerCase();
  let provider = "anthropic";
  let regional = false;
  for (const [prefix, gateway] of GATEWAY_PREFIXES) {
    if (id.startsWith(prefix)) {
      id = id.slice(prefix.length);
      provider = gateway;
      break;
    }
  }
  const longContextSuffix = id.endsWith(LONG_CONTEXT_SUFFIX);
  if (longContextSuffix) id = id.slice(0, -LONG_CONTEXT_SUFFIX.length);
  if (id.startsWith("arn:")) {
    provider = "bedrock";
    id = id.slice(id.lastIndexOf("/") + 1);
    if (!BEDROCK_ID.test(id)) {
      return { reason: `Bedrock ARN '${rawId}' does not name a model (application inference profile?)` };
    }
  }
  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock !== null) {
    provider = "bedrock";
    regional = bedrock[1] !== "global";
    id = bedrock[2] ?? "";
  } else if (id.includes("@")) {
    provider = "vertex";
    const dated = VERTEX_DATED.exec(id);
    const pinnedDefault = VERTEX_DEFAULT.exec(id);
    if (dated !== null) id = `${dated[1] ?? ""}-${dated[2] ?? ""}`;
    else if (pinnedDefault !== null) id = pinnedDefault[1] ?? "";
    else return { reason: `unrecognised Vertex version in '${rawId}'` };
  }
  if (id === "") return { reason: `empty model id in '${rawId}'` };
  return { id, provider, regional, longContextSuffix };
}

// src/pricing/price.ts
var WEB_SEARCH_PICO_PER_REQUEST = 10000000000n;
var RULE_FAST = "fast mode rates";
var RULE_LONG_CONTEXT = "long-context tier (prompt >200k): every token at premium rates";
var RULE_FAST_NOT_LONG_CONTEXT = "fast mode rates used; long-context tier not combined";
var RULE_BAND_UNKNOWN = "prompt size unknown: tiers not applied";
var RULE_US_GEO = "us geo ×1.1";
var RULE_REGIONAL = "regional cloud endpoint ×1.1";
var RULE_WEB_SEARCH = "web search $0.01 per request";
function ratePico(usdPerMillion) {
  return BigInt(Math.round(usdPerMillion * 1e6));
}
function priceTokensAtRates(tokens, rates) {
  return BigInt(tokens.inputTokens) * ratePico(rates.input) + BigInt(tokens.outputTokens) * ratePico(rates.output) + BigInt(tokens.cacheWrite5mTokens) * ratePico(rates.cacheWrite5m) + BigInt(tokens.cacheWrite1hTokens) * ratePico(rates.cacheWrite1h) + BigInt(tokens.cacheReadTokens) * ratePico(rates.cacheRead);
}
function entryOn(row, day) {
  let found;
  for (const entry of row.prices) {
    if (entry.from === null || entry.from <= day) found = entry;
    else break;
  }
  return found;
}
function ratesFor(book, model, day, speed) {
  const resolution = resolveModel(book, model);
  if (!resolution.ok) return resolution;
  const row = rowOf(book, resolution.model);
  if (row === void 0) return { ok: false, reason: `model '${model}' not in price book` };
  const entry = entryOn(row, day);
  if (entry === void 0) {
    return { ok: false, reason: `no price for ${row.model} in force on ${day}` };
  }
  if (speed === "fast") {
    if (entry.fast === void 0) {
      return { ok: false, reason: `${row.model} has no fast-mode rates on ${day}` };
    }
    return { ok: true, model: row.model, row, entry, rates: entry.fast };
  }
  const { input, output, cacheWrite5m, cacheWrite1h, cacheRead } = entry;
  const rates = { input, output, cacheWrite5m, cacheWrite1h, cacheRead };
  return { ok: true, model: row.model, row, entry, rates };
}
function bandAbove(band, above) {
  if (above === 1e5) return band === "100k-200k" || band === "gt200k";
  return band === "gt200k";
}
function priceBucket(book, bucket) {
  const lookup = ratesFor(book, bucket.model, bucket.day, bucket.speed);
  if (!lookup.ok) return { priced: false, reason: lookup.reason };
  const { row, entry } = lookup;
  let rates = lookup.rates;
  const rules = [];
  if (bucket.speed === "fast") rules.push(RULE_FAST);
  let multiplier = 1n;
  const hasTier = entry.longContext !== void 0 || entry.promptTier !== void 0;
  if (bucket.band === "unknown") {
    if (hasTier) rules.push(RULE_BAND_UNKNOWN);
  } else {
    const long = entry.longContext;
    if (long !== void 0 && bandAbove(bucket.band, long.above)) {
      if (bucket.speed === "fast") rules.push(RULE_FAST_NOT_LONG_CONTEXT);
      else {
        rates = long.rates;
        rules.push(RULE_LONG_CONTEXT);
      }
    }
    const tier = entry.promptTier;
    if (tier !== void 0 && bandAbove(bucket.band, tier.above)) {
      multiplier = BigInt(tier.multiplier);
      rules.push(`prompt over ${tier.above / 1e3}k tokens: every token ×${tier.multiplier}`);
    }
  }
  let numerator = 1n;
  let denominator = 1n;
  if (bucket.geo === "us" && row.usGeoMultiplier) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_US_GEO);
  }
  const resolution = resolveModel(book, bucket.model);
  if (resolution.ok && resolution.regional && row.cloudRegionalPremium) {
    numerator *= 11n;
    denominator *= 10n;
    rules.push(RULE_REGIONAL);
  }
  const tokenPico = divideRounded(
    priceTokensAtRates(bucket, rates) * multiplier * numerator,
    denominator
  );
  const webPico = BigInt(bucket.webSearchRequests) * WEB_SEARCH_PICO_PER_REQUEST;
  if (bucket.webSearchRequests > 0) rules.push(RULE_WEB_SEARCH);
  return { priced: true, model: row.model, costPico: tokenPico + webPico, rules };
}
function priceBucketAs(book, bucket, model) {
  return priceBucket(book, { ...bucket, model });
}
function divideRounded(value, divisor) {
  return (value + divisor / 2n) / divisor;
}

// src/pricing/types.ts
var PICO_PER_USD = 1000000000000n;
function picoToUsd(pico) {
  const whole = pico / PICO_PER_USD;
  const frac = pico % PICO_PER_USD;
  return Number(whole) + Number(frac) / 1e12;
}

// src/report/types.ts
var REPORT_SCHEMA = "claude-cost/report@1";

// src/report/build.ts
var REPORTED_TOLERANCE = 0.01;
function buildReport(input) {
  const notes = [...input.notes];
  const totals = zeroTotals();
  let totalPico = 0n;
  let reportedTotal = null;
  const models = /* @__PURE__ */ new Map();
  const unpriced = /* @__PURE__ */ new Map();
  const sessions = [];
  const ruleNotes = /* @__PURE__ */ new Set();
  for (const session of input.sessions) {
    const sessionTotals = zeroTotals();
    let sessionPico = 0n;
    let sessionUnpriced = 0;
    for (const bucket of session.usage) {
      addBucket(sessionTotals, bucket);
      const price = priceBucket(input.book, bucket);
      let model = models.get(bucket.model);
      if (model === void 0) {
        model = {
          line: { model: bucket.model, pricedAs: null, ...zeroTotals(), cacheHitRate: null },
          pico: 0n,
          priced: true
        };
        models.set(bucket.model, model);
      }
      addBucket(model.line, bucket);
      if (price.priced) {
        sessionPico += price.costPico;
        model.pico += price.costPico;
        model.line.pricedAs = price.model;
        for (const rule of price.rules) ruleNotes.add(rule);
      } else {
        const tokens = bucketTokens(bucket);
        sessionUnpriced += tokens;
        model.priced = false;
        const key = `${bucket.model}\0${price.reason}`;
        const line = unpriced.get(key) ?? { model: bucket.model, reason: price.reason, tokens: 0, requests: 0 };
        line.tokens += tokens;
        line.requests += bucket.requests;
        unpriced.set(key, line);
      }
    }
    addTotals(totals, sessionTotals);
    totalPico += sessionPico;
    const reported = session.reported?.costUsd ?? null;
    if (reported !== null) reportedTotal = (reportedTotal ?? 0) + reported;
    sessions.push(sessionLine(session, sessionTotals, picoToUsd(sessionPico), sessionUnpriced));
  }
  const modelLines = [...models.values()].map(({ line, pico, priced }) => ({
    ...line,
    costUsd: priced ? picoToUsd(pico) : null,
    cacheHitRate: cacheHitRate(line)
  })).sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens);
  const unpricedLines = [...unpriced.values()].sort((a, b) => b.tokens - a.tokens);
  const unpricedTokens = unpricedLines.reduce((sum, u) => sum + u.tokens, 0);
  const costUsd = picoToUsd(totalPico);
  for (const rule of [...ruleNotes].sort()) notes.push(`Pricing rule applied: ${rule}.`);
  if (reportedTotal !== null) notes.push(reportedNote(reportedTotal, input.sessions, sessions));
  return {
    schema: REPORT_SCHEMA,
    generator: input.generator,
    priceBook: { asOf: input.book.asOf },
    totals: {
      ...totals,
      costUsd,
      costIsLowerBound: unpricedTokens > 0,
      unpricedTokens,
      sessions: sessions.length,
      cacheHitRate: cacheHitRate(totals),
      reportedCostUsd: reportedTotal
    },
    models: modelLines,
    sessions,
    unpriced: unpricedLines,
    skipped: [...input.skipped],
    notes
  };
}
function cacheHitRate(t) {
  const prompt = t.inputTokens + t.cacheWrite5mTokens + t.cacheWrite1hTokens + t.cacheReadTokens;
  return prompt === 0 ? null : t.cacheReadTokens / prompt;
}
function sessionLine(s, t, costUsd, unpricedTokens) {
  const started = s.startedAt ?? null;
  const ended = s.endedAt ?? null;
  const duration3 = started !== null && ended !== null ? Math.max(0, (Date.parse(ended) - Date.parse(started)) / 6e4) : null;
  return {
    sessionId: s.sessionId,
    branch: s.branch ?? null,
    developer: s.developer ?? null,
    models: [...new Set(s.usage.map((b) => b.model))].sort(),
    startedAt: started,
    endedAt: ended,
    durationMinutes: duration3,
    turns: s.turns,
    compactions: s.compactions,
    peakContextTokens: s.peakContextTokens,
    scope: s.scope ?? null,
    task: s.task?.kind ?? null,
    ...t,
    costUsd,
    unpricedTokens,
    reportedCostUsd: s.reported?.costUsd ?? null,
    cacheHitRate: cacheHitRate(t),
    source: s.source.format
  };
}
function reportedNote(reportedTotal, records, lines) {
  const computed = lines.filter((l) => l.reportedCostUsd !== null).reduce((sum, l) => sum + l.costUsd, 0);
  const basis = [...new Set(records.map((r) => r.reported?.costBasis).filter((b) => b !== void 0))].join(", ");
  const diff = computed - reportedTotal;
  const share = reportedTotal === 0 ? computed === 0 ? 0 : 1 : Math.abs(diff) / reportedTotal;
  const head = `Claude Code reported ${formatUsdPlain(reportedTotal)}${basis ? ` (${basis})` : ""} for the sessions that carried its own figure; list prices give ${formatUsdPlain(computed)}`;
  return share > REPORTED_TOLERANCE ? `${head}, a difference of ${formatUsdPlain(diff)} (${(share * 100).toFixed(1)}%).` : `${head}: they agree within 1%.`;
}
function formatUsdPlain(usd3) {
  const sign = usd3 < 0 ? "-" : "";
  return `${sign}$${Math.abs(usd3).toFixed(4)}`;
}
function zeroTotals() {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0,
    totalTokens: 0
  };
}
function bucketTokens(b) {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}
function addBucket(t, b) {
  t.requests += b.requests;
  t.inputTokens += b.inputTokens;
  t.outputTokens += b.outputTokens;
  t.cacheWrite5mTokens += b.cacheWrite5mTokens;
  t.cacheWrite1hTokens += b.cacheWrite1hTokens;
  t.cacheReadTokens += b.cacheReadTokens;
  t.webSearchRequests += b.webSearchRequests;
  t.totalTokens += bucketTokens(b);
}
function addTotals(into, add) {
  into.requests += add.requests;
  into.inputTokens += add.inputTokens;
  into.outputTokens += add.outputTokens;
  into.cacheWrite5mTokens += add.cacheWrite5mTokens;
  into.cacheWrite1hTokens += add.cacheWrite1hTokens;
  into.cacheReadTokens += add.cacheReadTokens;
  into.webSearchRequests += add.webSearchRequests;
  into.totalTokens += add.totalTokens;
}
function pickTotals(t) {
  const out = zeroTotals();
  addTotals(out, t);
  return out;
}

// src/policy/baseline.ts
init_defaults();
var ALL_KINDS = "all kinds";
var DAY_MS2 = 864e5;
function measureHistory(records, options) {
  const { config: config2, now } = options;
  const days = config2.baseline.historyDays;
  const since = new Date(now.getTime() - days * DAY_MS2);
  const inWindow = records.filter((r) => {
    if (options.excludeSessionIds.has(r.sessionId)) return false;
    const at = sessionTime(r);
    return at !== void 0 && at >= since.getTime() && at < now.getTime();
  });
  const priced = buildReport({ sessions: inWindow, skipped: [], notes: [], book: options.book, generator: "history" });
  const costs = /* @__PURE__ */ new Map();
  let excludedUnpriced = 0;
  inWindow.forEach((record2, i) => {
    const line = priced.sessions[i];
    if (line === void 0) return;
    if (line.unpricedTokens > 0) {
      excludedUnpriced++;
      return;
    }
    const kind = classifyTask([record2], { labels: [], branch: record2.branch }, config2).kind;
    const scope = classifyScope(line, config2).scope;
    const entry = costs.get(kind) ?? { scoped: [], "open-ended": [] };
    entry[scope].push(line.costUsd);
    costs.set(kind, entry);
  });
  return { days, since: since.toISOString(), until: now.toISOString(), costs, excludedUnpriced };
}
function sessionTime(r) {
  const stamp2 = r.endedAt ?? r.startedAt;
  if (stamp2 !== void 0) return Date.parse(stamp2);
  const days = r.usage.map((b) => b.day).sort();
  const last = days[days.length - 1];
  return last === void 0 ? void 0 : Date.parse(`${last}T00:00:00Z`);
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid];
  return sorted.length % 2 === 1 ? hi : (sorted[mid - 1] + hi) / 2;
}
function chooseBaseline(kind, config2, history, notes) {
  const fromConfig = configFigures(kind, config2);
  const wantsHistory = config2.baseline.source !== "config";
  if (wantsHistory && history !== void 0) {
    const measured = historyFigures(kind, config2, history);
    if (measured.scopedUsd !== null || measured.openEndedUsd !== null) return measured;
    notes.push(
      `No priced sessions in the last ${history.days} days of history; the baseline falls back to the config.`
    );
  } else if (config2.baseline.source === "history") {
    notes.push(
      "The config asks for a baseline from history, but no history was given; the configured figures were used."
    );
  }
  return fromConfig;
}
function configFigures(kind, config2) {
  const own2 = config2.baseline.perTask.get(kind);
  const fallback = config2.baseline.perTask.get(FALLBACK_KEY);
  const scopedUsd = own2?.scopedUsd ?? fallback?.scopedUsd ?? null;
  const openEndedUsd = own2?.openEndedUsd ?? fallback?.openEndedUsd ?? null;
  if (scopedUsd === null && openEndedUsd === null) {
    return { source: "none", configKey: null, history: null, scopedUsd, openEndedUsd };
  }
  return {
    source: "config",
    configKey: own2 === void 0 ? FALLBACK_KEY : kind,
    history: null,
    scopedUsd,
    openEndedUsd
  };
}
function historyFigures(kind, config2, history) {
  const sample = (scope) => {
    const own2 = history.costs.get(kind)?.[scope] ?? [];
    if (own2.length >= config2.baseline.minSessions)
      return { value: median(own2), sample: { sessions: own2.length, basis: kind } };
    const all = [...history.costs.values()].flatMap((c) => c[scope]);
    if (all.length === 0) return { value: null, sample: null };
    return { value: median(all), sample: { sessions: all.length, basis: ALL_KINDS } };
  };
  const scoped = sample("scoped");
  const openEnded = sample("open-ended");
  return {
    source: "history",
    configKey: null,
    scopedUsd: scoped.value,
    openEndedUsd: openEnded.value,
    history: {
      days: history.days,
      since: history.since,
      until: history.until,
      scoped: scoped.sample,
      openEnded: openEnded.sample,
      excludedUnpriced: history.excludedUnpriced
    }
  };
}
function compareBaseline(kind, report, scopes, source) {
  const sessions = report.sessions.map((line, i) => {
    const scope = scopes[i];
    return {
      ...scope,
      costUsd: line.costUsd,
      lowerBound: line.unpricedTokens > 0,
      baselineUsd: scope.scope === "scoped" ? source.scopedUsd : source.openEndedUsd
    };
  });
  return { kind, ...source, sessions, estimate: savingEstimate(sessions, source.scopedUsd) };
}
function savingEstimate(sessions, scopedUsd) {
  if (scopedUsd === null) return null;
  const costly = sessions.filter((s) => s.scope === "open-ended" && s.costUsd > scopedUsd);
  if (costly.length === 0) return null;
  const actualUsd = costly.reduce((sum, s) => sum + s.costUsd, 0);
  const atBaselineUsd = costly.length * scopedUsd;
  return { sessions: costly.length, actualUsd, atBaselineUsd, savingUsd: actualUsd - atBaselineUsd };
}

// src/period/price.ts
function priceSession(record2, book) {
  const report = buildReport({ sessions: [record2], skipped: [], notes: [], book, generator: "" });
  const line = report.sessions[0];
  if (line === void 0) throw new Error("priceSession: buildReport returned no session line");
  return {
    record: record2,
    line,
    models: report.models,
    unpriced: report.unpriced,
    ruleNotes: report.notes.filter((n2) => n2.startsWith("Pricing rule applied"))
  };
}
function combineReports(sessions, book, generator) {
  const report = buildReport({ sessions: sessions.map((s) => s.record), skipped: [], notes: [], book, generator });
  return { ...report, notes: [] };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/period/groups.ts
function totalsOf(sessions) {
  const tokens = zeroTotals();
  let costUsd = 0;
  let unpricedTokens = 0;
  let reported = null;
  for (const s of sessions) {
    addTotals(tokens, s);
    costUsd += s.costUsd;
    unpricedTokens += s.unpricedTokens;
    if (s.reportedCostUsd !== null) reported = (reported ?? 0) + s.reportedCostUsd;
  }
  return {
    ...tokens,
    costUsd,
    costIsLowerBound: unpricedTokens > 0,
    unpricedTokens,
    sessions: sessions.length,
    prs: new Set(sessions.map((s) => s.pr).filter((n2) => n2 !== null)).size,
    developers: new Set(sessions.map((s) => s.developer).filter((d) => d !== null)).size,
    costPerSessionUsd: sessions.length === 0 ? null : costUsd / sessions.length,
    cacheHitRate: cacheHitRate(tokens),
    reportedCostUsd: reported
  };
}
function change(current, previous) {
  const delta = current === null || previous === null ? null : current - previous;
  const ratio = delta === null || previous === null || previous === 0 ? null : delta / previous;
  return { current, previous, delta, ratio };
}
function groupBy(sessions, previous, keyOf, totalUsd) {
  const before = /* @__PURE__ */ new Map();
  for (const s of previous) before.set(keyOf(s), (before.get(keyOf(s)) ?? 0) + s.costUsd);
  const groups2 = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const key = keyOf(s);
    const list = groups2.get(key);
    if (list === void 0) groups2.set(key, [s]);
    else list.push(s);
  }
  return [...groups2].map(([key, list]) => {
    const t = totalsOf(list);
    return {
      key,
      ...pickTotals(t),
      sessions: t.sessions,
      prs: t.prs,
      costUsd: t.costUsd,
      share: totalUsd > 0 ? t.costUsd / totalUsd : null,
      cacheHitRate: t.cacheHitRate,
      costPerSessionUsd: t.costPerSessionUsd,
      previousCostUsd: before.get(key) ?? 0
    };
  }).sort(byCost);
}
function groupByModel(sessions, previous, prOf, totalUsd) {
  const before = /* @__PURE__ */ new Map();
  for (const s of previous)
    for (const m of s.models) before.set(m.model, (before.get(m.model) ?? 0) + (m.costUsd ?? 0));
  const lines = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const pr = prOf(s);
    for (const m of s.models) {
      let line = lines.get(m.model);
      if (line === void 0) {
        line = {
          key: m.model,
          pricedAs: m.pricedAs,
          ...zeroTotals(),
          sessions: 0,
          prs: 0,
          prSet: /* @__PURE__ */ new Set(),
          costUsd: 0,
          share: null,
          cacheHitRate: null,
          costPerSessionUsd: null,
          previousCostUsd: before.get(m.model) ?? 0
        };
        lines.set(m.model, line);
      }
      addTotals(line, m);
      line.pricedAs ??= m.pricedAs;
      line.sessions++;
      if (pr !== null) line.prSet.add(pr);
      line.costUsd = line.costUsd === null || m.costUsd === null ? null : line.costUsd + m.costUsd;
    }
  }
  return [...lines.values()].map(({ prSet, ...line }) => ({
    ...line,
    prs: prSet.size,
    share: line.costUsd !== null && totalUsd > 0 ? line.costUsd / totalUsd : null,
    cacheHitRate: cacheHitRate(line),
    costPerSessionUsd: line.costUsd === null ? null : line.costUsd / line.sessions
  })).sort(byCost);
}
function byWeek(period2, sessions) {
  const weeks = /* @__PURE__ */ new Map();
  for (let date3 = period2.start; date3 <= period2.end; date3 = addDays(date3, 1)) {
    const week = isoWeekLabel(date3);
    const line = weeks.get(week);
    if (line === void 0) weeks.set(week, { week, start: date3, end: date3, sessions: 0, costUsd: 0, totalTokens: 0 });
    else line.end = date3;
  }
  for (const s of sessions) {
    const line = weeks.get(s.week);
    if (line === void 0) continue;
    line.sessions++;
    line.costUsd += s.costUsd;
    line.totalTokens += s.totalTokens;
  }
  return [...weeks.values()];
}
function developerDays(sessions, limit) {
  if (limit.usd === null && limit.tokens === null) return [];
  const days = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const key = `${s.developer ?? ""}\0${s.localDate}`;
    const day = days.get(key) ?? {
      developer: s.developer,
      date: s.localDate,
      sessions: 0,
      costUsd: 0,
      totalTokens: 0,
      over: []
    };
    day.sessions++;
    day.costUsd += s.costUsd;
    day.totalTokens += s.totalTokens;
    days.set(key, day);
  }
  const over = [];
  for (const day of days.values()) {
    if (limit.usd !== null && day.costUsd > limit.usd) day.over.push("usd");
    if (limit.tokens !== null && day.totalTokens > limit.tokens) day.over.push("tokens");
    if (day.over.length > 0) over.push(day);
  }
  return over.sort((a, b) => b.costUsd - a.costUsd || cmp(a.date, b.date) || cmp(a.developer ?? "", b.developer ?? ""));
}
var OUTLIER_FACTOR = 3;
var OUTLIER_MIN_SESSIONS = 5;
function outliers(sessions) {
  const byKind = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const list = byKind.get(s.taskKind);
    if (list === void 0) byKind.set(s.taskKind, [s]);
    else list.push(s);
  }
  const found = [];
  for (const [kind, list] of byKind) {
    if (list.length < OUTLIER_MIN_SESSIONS) continue;
    const mid = median(list.map((s) => s.costUsd));
    if (mid === null || mid <= 0) continue;
    for (const s of list) {
      if (s.costUsd <= OUTLIER_FACTOR * mid) continue;
      found.push({
        sessionId: s.sessionId,
        developer: s.developer,
        pr: s.pr,
        taskKind: kind,
        costUsd: s.costUsd,
        kindMedianUsd: mid,
        times: s.costUsd / mid
      });
    }
  }
  return found.sort((a, b) => b.times - a.times || cmp(a.sessionId, b.sessionId));
}
function byCost(a, b) {
  return (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens || cmp(a.key ?? "", b.key ?? "");
}

// src/policy/arithmetic.ts
function difference(a, b, aLabel, bLabel) {
  const digits = precisionFor([a, b]);
  const [ua, ub] = [toUnits(a, digits), toUnits(b, digits)];
  return `${showUnits(ua, digits)} ${aLabel} − ${showUnits(ub, digits)} ${bLabel} = ${showUnits(ua - ub, digits)}`;
}
function lessTimes(total, n2, each) {
  const digits = precisionFor([total, each]);
  const [ut, ue] = [toUnits(total, digits), toUnits(each, digits)];
  return `${showUnits(ut, digits)} − ${n2} × ${showUnits(ue, digits)} = ${showUnits(ut - n2 * ue, digits)}`;
}
function precisionFor(values) {
  return values.some((v) => v !== 0 && Math.abs(v) < 0.01) ? 4 : 2;
}
function toUnits(usd3, digits) {
  return Math.round(usd3 * 10 ** digits);
}
function showUnits(units, digits) {
  const amount = formatAmount(Math.abs(units) / 10 ** digits, digits);
  return `${units < 0 ? "−" : ""}$${amount}`;
}

// src/policy/advice.ts
var MIN_SAVING_USD = 0.01;
var MAX_DETAILS = 5;
function cheaperModelAdvice(sessions, kind, preferredModel, book) {
  const preferred = resolveModel(book, preferredModel);
  if (!preferred.ok) return null;
  const byModel = /* @__PURE__ */ new Map();
  for (const bucket of sessions.flatMap((s) => s.record.usage)) {
    const now = priceBucket(book, bucket);
    if (!now.priced || now.model === preferred.model) continue;
    const as = priceBucketAs(book, bucket, preferredModel);
    if (!as.priced) continue;
    const entry = byModel.get(now.model) ?? { tokens: 0, nowPico: 0n, asPico: 0n };
    entry.tokens += tokensOf(bucket);
    entry.nowPico += now.costPico;
    entry.asPico += as.costPico;
    byModel.set(now.model, entry);
  }
  const nowUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.nowPico, 0n));
  const asUsd = picoToUsd([...byModel.values()].reduce((sum, e) => sum + e.asPico, 0n));
  if (nowUsd - asUsd < MIN_SAVING_USD) return null;
  const models = [...byModel.keys()];
  return {
    kind: "cheaper-model",
    summary: `This is ${kind} work, which the config marks mechanical: the same tokens on ${preferred.model} would have cost less than on ${models.join(", ")}.`,
    arithmetic: difference(
      nowUsd,
      asUsd,
      `on ${models.length === 1 ? models[0] : "those models"}`,
      `on ${preferred.model}`
    ),
    savingUsd: nowUsd - asUsd,
    details: capped(
      [...byModel].map(
        ([model, e]) => `${model}: ${formatTokens(e.tokens)} tokens, ${formatUsd(picoToUsd(e.nowPico))} now, ${formatUsd(picoToUsd(e.asPico))} on ${preferred.model}`
      )
    )
  };
}
function cacheAdvice(sessions, target, book) {
  if (target <= 0) return null;
  let nowPico = 0n;
  let atTargetPico = 0n;
  let shiftedTokens = 0;
  const details = [];
  for (const { record: record2, line } of sessions) {
    if (line.cacheHitRate === null || line.cacheHitRate >= target) continue;
    const priced = record2.usage.filter((b) => priceBucket(book, b).priced);
    const shifted = shiftToHitRate(priced, target);
    if (shifted.moved === 0) continue;
    const sessionNow = sumPico(book, priced);
    const sessionAt = sumPico(book, shifted.buckets);
    nowPico += sessionNow;
    atTargetPico += sessionAt;
    shiftedTokens += shifted.moved;
    details.push(
      `session ${line.sessionId.slice(0, 8)}: cache hit ${formatPercent(line.cacheHitRate)}; ${formatTokens(shifted.moved)} more tokens read from cache: ${formatUsd(picoToUsd(sessionNow))} → ${formatUsd(picoToUsd(sessionAt))}`
    );
  }
  const nowUsd = picoToUsd(nowPico);
  const atUsd = picoToUsd(atTargetPico);
  if (nowUsd - atUsd < MIN_SAVING_USD) return null;
  const count5 = details.length;
  return {
    kind: "cache",
    summary: `${count5} session${count5 === 1 ? "" : "s"} read less than ${formatPercent(target)} of ${count5 === 1 ? "its" : "their"} prompt from cache. At the target, ${formatTokens(shiftedTokens)} more prompt tokens would have been cache reads (keep the context stable, avoid long pauses that let the cache expire).`,
    arithmetic: difference(nowUsd, atUsd, "now", `at ${formatPercent(target)} cache hit`),
    savingUsd: nowUsd - atUsd,
    details: capped(details)
  };
}
function shiftToHitRate(buckets, target) {
  const uncached = buckets.map((b) => b.inputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens);
  const totalUncached = uncached.reduce((a, b) => a + b, 0);
  const reads = buckets.reduce((sum, b) => sum + b.cacheReadTokens, 0);
  const wanted = Math.max(0, Math.round(target * (totalUncached + reads)) - reads);
  let left = wanted;
  const shifted = buckets.map((bucket, i) => {
    const share = i === buckets.length - 1 ? left : Math.floor(wanted * (uncached[i] ?? 0) / (totalUncached || 1));
    const n2 = Math.min(share, uncached[i] ?? 0, left);
    left -= n2;
    return moveToReads(bucket, n2);
  });
  return { buckets: shifted, moved: wanted - left };
}
function moveToReads(bucket, n2) {
  let wanted = n2;
  const take = (available) => {
    const moved = Math.min(available, wanted);
    wanted -= moved;
    return moved;
  };
  const fromInput = take(bucket.inputTokens);
  const from5m = take(bucket.cacheWrite5mTokens);
  const from1h = take(bucket.cacheWrite1hTokens);
  return {
    ...bucket,
    inputTokens: bucket.inputTokens - fromInput,
    cacheWrite5mTokens: bucket.cacheWrite5mTokens - from5m,
    cacheWrite1hTokens: bucket.cacheWrite1hTokens - from1h,
    cacheReadTokens: bucket.cacheReadTokens + fromInput + from5m + from1h
  };
}
function sumPico(book, buckets) {
  let total = 0n;
  for (const bucket of buckets) {
    const price = priceBucket(book, bucket);
    if (price.priced) total += price.costPico;
  }
  return total;
}
function openEndedAdvice(baseline) {
  const estimate = baseline.estimate;
  if (estimate === null || baseline.scopedUsd === null || estimate.savingUsd < MIN_SAVING_USD) return null;
  const n2 = estimate.sessions;
  const scoped = baseline.scopedUsd;
  const costly = baseline.sessions.filter((s) => s.scope === "open-ended" && s.costUsd > scoped);
  return {
    kind: "open-ended",
    summary: `${n2} open-ended session${n2 === 1 ? "" : "s"} cost more than the team's scoped session (${formatUsd(scoped)}). Splitting work into sessions with one clear task each, and clearing context between them, is how teams stay near the scoped figure.`,
    arithmetic: `${lessTimes(estimate.actualUsd, n2, scoped)} (an estimate: the work might have needed more than one scoped session)`,
    savingUsd: estimate.savingUsd,
    details: capped(
      costly.map(
        (s) => `session ${s.sessionId.slice(0, 8)} (${s.source} open-ended: ${s.reason}): ${formatUsd(s.costUsd)}`
      )
    )
  };
}
function tokensOf(b) {
  return b.inputTokens + b.outputTokens + b.cacheWrite5mTokens + b.cacheWrite1hTokens + b.cacheReadTokens;
}
function capped(lines) {
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS), `and ${lines.length - MAX_DETAILS} more`];
}

// src/policy/budget.ts
init_defaults();

// src/policy/money.ts
function fractionDigits(code) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}
function formatLocal(usd3, currency) {
  const digits = fractionDigits(currency.code);
  const amount = usd3 * currency.perUsd;
  return `${currency.code} ${amount < 0 || Object.is(amount, -0) ? "-" : ""}${formatAmount(Math.abs(amount), digits)}`;
}
function formatMoney(usd3, currency) {
  return currency ? `${formatUsd(usd3)} (${formatLocal(usd3, currency)})` : formatUsd(usd3);
}

// src/policy/budget.ts
function evaluateBudget(report, kind, config2, book) {
  const resolved = resolveBudget(kind, config2);
  const budget = resolved?.budget ?? {};
  const warnAt = budget.warnAt ?? DEFAULT_WARN_AT;
  const currency = config2.currency;
  const limits = { perPr: toUsd(budget.perPr, currency), perSession: toUsd(budget.perSession, currency) };
  const sessions = report.sessions;
  const lowerBound = report.totals.costIsLowerBound;
  const checks = [];
  const add = (budgetName, unit, figures, limitLocal) => {
    const limit = limits[budgetName][unit];
    if (limit !== null) checks.push(measure(budgetName, unit, limit, limitLocal, figures, warnAt));
  };
  const prFigure = {
    sessionId: null,
    usd: report.totals.costUsd,
    tokens: report.totals.totalTokens,
    lowerBound
  };
  const sessionFigures = sessions.map((s) => ({
    sessionId: s.sessionId,
    usd: s.costUsd,
    tokens: s.totalTokens,
    lowerBound: s.unpricedTokens > 0
  }));
  add("perPr", "usd", [prFigure], budget.perPr?.local ?? null);
  add("perPr", "tokens", [prFigure], null);
  add("perSession", "usd", sessionFigures, budget.perSession?.local ?? null);
  add("perSession", "tokens", sessionFigures, null);
  const disallowedModels = budget.allowedModels === void 0 ? [] : disallowed(report, budget.allowedModels, book);
  const reasons = checks.filter((c) => c.status !== "ok").map((c) => describeCheck(c, warnAt, currency));
  if (disallowedModels.length > 0) {
    reasons.push(
      `${disallowedModels.length === 1 ? "Model" : "Models"} ${disallowedModels.join(", ")} ${disallowedModels.length === 1 ? "is" : "are"} not allowed for ${kind} work (allowed: ${(budget.allowedModels ?? []).join(", ")}).`
    );
  }
  if (lowerBound && checks.some((c) => c.unit === "usd")) {
    reasons.push(
      `The cost is a lower bound: ${formatTokens(report.totals.unpricedTokens)} tokens are on models the price book does not know, so USD budgets may be used more than shown.`
    );
  }
  const ruled = checks.length > 0 || budget.allowedModels !== void 0;
  const statuses = [...checks.map((c) => c.status), disallowedModels.length > 0 ? "warning" : "ok"];
  const status = !ruled ? "none" : worst(statuses);
  return {
    status,
    kind,
    budgetKey: ruled ? resolved?.key ?? null : null,
    warnAt,
    limits,
    used: {
      perPr: { usd: report.totals.costUsd, tokens: report.totals.totalTokens },
      perSession: {
        usd: Math.max(0, ...sessions.map((s) => s.costUsd)),
        tokens: Math.max(0, ...sessions.map((s) => s.totalTokens))
      }
    },
    checks,
    disallowedModels,
    reasons,
    costIsLowerBound: lowerBound
  };
}
function resolveBudget(kind, config2) {
  const own2 = config2.budgets.get(kind);
  const fallback = config2.budgets.get(FALLBACK_KEY);
  if (own2 === void 0 && fallback === void 0) return void 0;
  const budget = { ...fallback, ...definedFields(own2 ?? {}) };
  return { key: own2 === void 0 ? FALLBACK_KEY : kind, budget };
}
var SEVERITY = { ok: 0, warning: 1, over: 2 };
function worst(statuses) {
  return statuses.reduce((a, b) => SEVERITY[b] > SEVERITY[a] ? b : a, "ok");
}
function statusOf(used, limit, warnAt) {
  if (used > limit) return "over";
  if (limit > 0 && used / limit >= warnAt) return "warning";
  return "ok";
}
function measure(budget, unit, limit, limitLocal, figures, warnAt) {
  let top;
  let sessionsOver = 0;
  let sessionsWarning = 0;
  for (const figure of figures) {
    const status = statusOf(figure[unit], limit, warnAt);
    if (status === "over") sessionsOver++;
    if (status === "warning") sessionsWarning++;
    if (top === void 0 || figure[unit] > top[unit]) top = figure;
  }
  const used = top?.[unit] ?? 0;
  return {
    budget,
    unit,
    limit,
    limitLocal,
    used,
    share: limit === 0 ? null : used / limit,
    status: statusOf(used, limit, warnAt),
    sessionId: top?.sessionId ?? null,
    sessionsOver: budget === "perSession" ? sessionsOver : 0,
    sessionsWarning: budget === "perSession" ? sessionsWarning : 0,
    // Another session with unpriced tokens could really be the largest one.
    lowerBound: unit === "usd" && figures.some((f) => f.lowerBound)
  };
}
function describeCheck(check, warnAt, currency) {
  const amount = (n2) => check.unit === "usd" ? formatUsd(n2) : `${formatTokens(n2)} tokens`;
  const limitText = check.unit === "usd" && check.limitLocal !== null && currency !== null ? `${formatLocal(check.limit, currency)} (${formatUsd(check.limit)})` : amount(check.limit);
  const name = `${check.budget === "perPr" ? "Per-PR" : "Per-session"}${check.unit === "tokens" ? " token" : ""} budget`;
  const who = check.sessionId === null ? "" : `session ${check.sessionId.slice(0, 8)} `;
  const atLeast = check.lowerBound ? "at least " : "";
  const share = check.share === null ? "" : ` (${Math.round(check.share * 100)}%)`;
  let text2 = `${name}: ${who}used ${atLeast}${amount(check.used)} of ${limitText}`;
  if (check.status === "over") text2 += `, over by ${atLeast}${amount(check.used - check.limit)}${share}`;
  else if (check.status === "warning") text2 += `${share}, past the ${Math.round(warnAt * 100)}% warning threshold`;
  else text2 += share;
  if (check.budget === "perSession" && check.sessionsOver + check.sessionsWarning > 1) {
    const parts2 = [
      check.sessionsOver > 0 ? `${check.sessionsOver} over` : "",
      check.sessionsWarning > 0 ? `${check.sessionsWarning} past the warning threshold` : ""
    ];
    text2 += `; sessions: ${parts2.filter((p) => p !== "").join(", ")}`;
  }
  return `${text2}.`;
}
function toUsd(limit, currency) {
  const local2 = limit?.local;
  const usd3 = local2 !== void 0 && currency !== null ? local2 / currency.perUsd : limit?.usd ?? null;
  return { usd: usd3, tokens: limit?.tokens ?? null };
}
function disallowed(report, allowed, book) {
  const canonical = (id) => {
    const r = resolveModel(book, id);
    return r.ok ? r.model : id.toLowerCase();
  };
  const ok = new Set(allowed.map(canonical));
  return report.models.map((m) => m.model).filter((m) => !ok.has(canonical(m)));
}
function definedFields(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/period/judge.ts
var STATUS_ORDER = { over: 0, warning: 1, ok: 2, none: 3 };
function judgePrs(prs, config2, book) {
  return prs.map((p) => {
    const verdict = evaluateBudget(combineReports(p.all, book, ""), p.taskKind, config2, book);
    const cost = p.inPeriod.reduce((n2, s) => n2 + s.session.costUsd, 0);
    return {
      pr: p.pr,
      title: p.title,
      branch: p.branch,
      taskKind: p.taskKind,
      developers: [...new Set(p.inPeriod.map((s) => s.session.developer).filter((d) => d !== null))].sort(),
      sessions: p.inPeriod.length,
      costUsd: cost,
      costIsLowerBound: p.inPeriod.some((s) => s.session.unpricedTokens > 0),
      status: verdict.status,
      allSessions: p.all.length,
      allCostUsd: verdict.used.perPr.usd,
      reasons: verdict.reasons
    };
  });
}
function overruns(prs) {
  return prs.filter((p) => p.status === "over" || p.status === "warning").sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.allCostUsd - a.allCostUsd || a.pr - b.pr);
}
function scopeSplit(sessions) {
  return ["scoped", "open-ended"].map((scope) => {
    const costs = sessions.filter((s) => s.scope.scope === scope).map((s) => s.session.costUsd);
    const total = costs.reduce((a, b) => a + b, 0);
    return {
      scope,
      sessions: costs.length,
      costUsd: total,
      costPerSessionUsd: costs.length === 0 ? null : total / costs.length,
      medianUsd: median(costs)
    };
  });
}
function measureFrom(history, window3) {
  const costs = /* @__PURE__ */ new Map();
  let excludedUnpriced = 0;
  for (const s of history) {
    if (s.session.unpricedTokens > 0) {
      excludedUnpriced++;
      continue;
    }
    const entry = costs.get(s.session.taskKind) ?? { scoped: [], "open-ended": [] };
    entry[s.scope.scope].push(s.session.costUsd);
    costs.set(s.session.taskKind, entry);
  }
  return { ...window3, costs, excludedUnpriced };
}
function baselinesAndAdvice(sessions, history, config2, book, notes) {
  const kinds = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const list = kinds.get(s.session.taskKind);
    if (list === void 0) kinds.set(s.session.taskKind, [s]);
    else list.push(s);
  }
  const byTaskKind = [];
  const advice = [];
  for (const [kind, list] of [...kinds].sort((a, b) => cmp(a[0], b[0]))) {
    const source = chooseBaseline(kind, config2, history, notes);
    const baseline = compareBaseline(
      kind,
      combineReports(
        list.map((s) => s.priced),
        book,
        ""
      ),
      list.map((s) => s.scope),
      source
    );
    const costs = (scope) => list.filter((s) => s.scope.scope === scope).map((s) => s.session.costUsd);
    const sample = source.history?.scoped ?? source.history?.openEnded ?? null;
    byTaskKind.push({
      taskKind: kind,
      scopedSessions: costs("scoped").length,
      openEndedSessions: costs("open-ended").length,
      scopedMedianUsd: median(costs("scoped")),
      openEndedMedianUsd: median(costs("open-ended")),
      baselineScopedUsd: source.scopedUsd,
      baselineOpenEndedUsd: source.openEndedUsd,
      baselineSource: source.source,
      baselineBasis: source.source === "history" ? sample?.basis ?? null : source.configKey,
      estimateSavingUsd: baseline.estimate?.savingUsd ?? null
    });
    const pairs = list.map((s) => ({ record: s.priced.record, line: s.priced.line }));
    const preferred = resolveBudget(kind, config2)?.budget.preferredModel;
    if (preferred !== void 0 && config2.tasks.mechanical.includes(kind) && resolveModel(book, preferred).ok) {
      push(advice, cheaperModelAdvice(pairs, kind, preferred, book), kind);
    }
    push(advice, openEndedAdvice(baseline), kind);
  }
  const everyPair = sessions.map((s) => ({ record: s.priced.record, line: s.priced.line }));
  push(advice, cacheAdvice(everyPair, config2.cache.hitRateTarget, book), null);
  return { byTaskKind, advice: advice.sort((a, b) => b.savingUsd - a.savingUsd) };
}
function adviceTotals(advice) {
  const totals = /* @__PURE__ */ new Map();
  for (const a of advice) {
    const t = totals.get(a.kind) ?? { kind: a.kind, count: 0, savingUsd: 0 };
    t.count++;
    t.savingUsd += a.savingUsd;
    totals.set(a.kind, t);
  }
  return [...totals.values()].sort((a, b) => b.savingUsd - a.savingUsd);
}
function push(list, advice, taskKind) {
  if (advice !== null) list.push({ ...advice, taskKind });
}

// src/period/resolve.ts
var PeriodSpecError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PeriodSpecError";
  }
};
var MONTH = /^(\d{4})-(\d{2})$/;
var WEEK = /^(\d{4})-W(\d{2})$/i;
var MAX_DAYS = 3700;
function resolvePeriod(spec, timeZone, now) {
  const zone = checkZone(timeZone);
  const today = localDateOf(now.getTime(), zone);
  if (spec === void 0) {
    const [year, month2] = today.split("-").map(Number);
    return monthPeriod(month2 === 1 ? year - 1 : year, month2 === 1 ? 12 : month2 - 1, zone);
  }
  if (typeof spec !== "string") return rangePeriod(spec.since, spec.until ?? today, zone);
  const month = MONTH.exec(spec);
  if (month !== null) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw new PeriodSpecError(`"${spec}" is not a month: write YYYY-MM, e.g. 2026-10`);
    return monthPeriod(Number(month[1]), m, zone);
  }
  const week = WEEK.exec(spec);
  if (week !== null) {
    const year = Number(week[1]);
    const w = Number(week[2]);
    const weeks = isoWeeksInYear(year);
    if (w < 1 || w > weeks) {
      throw new PeriodSpecError(`"${spec.slice(0, 20)}": ${year} has ISO weeks 01 to ${weeks}`);
    }
    const start = isoWeekStart(year, w);
    return period("week", `${year}-W${String(w).padStart(2, "0")}`, start, addDays(start, 6), zone);
  }
  throw new PeriodSpecError(
    `"${spec.slice(0, 40)}" is not a period: write a month (2026-10), an ISO week (2026-W44) or use --since/--until`
  );
}
function previousPeriod(p) {
  if (p.kind === "month") {
    const [year, month] = p.start.split("-").map(Number);
    return monthPeriod(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, p.timeZone);
  }
  if (p.kind === "week") {
    const start = addDays(p.start, -7);
    const { year, week } = isoWeekOf(start);
    return period("week", `${year}-W${String(week).padStart(2, "0")}`, start, addDays(start, 6), p.timeZone);
  }
  return rangePeriod(addDays(p.start, -p.days), addDays(p.start, -1), p.timeZone);
}
function inPeriod(p, localDate) {
  return localDate >= p.start && localDate <= p.end;
}
function checkZone(zone) {
  try {
    return canonicalTimeZone(zone);
  } catch {
    throw new PeriodSpecError(
      `"${zone.slice(0, 60)}" is not an IANA time zone (e.g. UTC, Europe/Berlin, Asia/Hong_Kong)`
    );
  }
}
function monthPeriod(year, month, zone) {
  const start = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  return period("month", start.slice(0, 7), start, lastDayOfMonth(year, month), zone);
}
function rangePeriod(since, until, zone) {
  for (const [flag, value] of [
    ["--since", since],
    ["--until", until]
  ]) {
    if (!isDate(value)) throw new PeriodSpecError(`${flag} must be a date, YYYY-MM-DD (got "${value.slice(0, 40)}")`);
  }
  if (until < since) throw new PeriodSpecError(`--until ${until} is before --since ${since}`);
  if (daysBetween(since, until) >= MAX_DAYS) throw new PeriodSpecError(`a period can cover at most ${MAX_DAYS} days`);
  return period("range", `${since}..${until}`, since, until, zone);
}
function period(kind, label, start, end, zone) {
  return {
    kind,
    label,
    timeZone: zone,
    start,
    end,
    days: daysBetween(start, end) + 1,
    startUtc: new Date(startOfLocalDay(start, zone)).toISOString(),
    endUtc: new Date(startOfLocalDay(addDays(end, 1), zone)).toISOString()
  };
}

// src/period/types.ts
var PERIOD_REPORT_SCHEMA = "claude-cost/period-report@1";
var PERIOD_SESSION_SCHEMA = "claude-cost/period-session@1";

// src/period/build.ts
var TOP = 10;
function buildPeriodReport(input) {
  const { period: period2, config: config2, book } = input;
  const zone = period2.timeZone;
  const previous = previousPeriod(period2);
  const notes = [...input.notes ?? []];
  const historyDays = config2.baseline.historyDays;
  const historySince = addDays(period2.end, 1 - historyDays);
  const earliest = [previous.start, historySince].sort()[0];
  const prTitles = /* @__PURE__ */ new Map();
  const prRecords = /* @__PURE__ */ new Map();
  for (const r of input.records) {
    const n2 = r.pr?.number ?? null;
    if (n2 === null) continue;
    pushTo(prRecords, n2, r);
    if (!prTitles.get(n2)) prTitles.set(n2, r.pr?.title ?? null);
  }
  const prKinds = /* @__PURE__ */ new Map();
  const prBranches = /* @__PURE__ */ new Map();
  for (const [n2, list] of prRecords) {
    const branch = list.find((r) => r.record.branch !== void 0)?.record.branch ?? list[0]?.pr?.branch ?? void 0;
    prBranches.set(n2, branch ?? null);
    prKinds.set(
      n2,
      classifyTask(
        list.map((r) => r.record),
        { labels: [], branch, title: prTitles.get(n2) ?? void 0 },
        config2
      ).kind
    );
  }
  const priced = /* @__PURE__ */ new Map();
  const price = (record2) => {
    let p = priced.get(record2);
    if (p === void 0) {
      p = priceSession(record2, book);
      priced.set(record2, p);
    }
    return p;
  };
  let undated = 0;
  const judged = [];
  const [roughFirst, roughLast] = [addDays(earliest, -2), addDays(period2.end, 2)];
  for (const attributed of input.records) {
    const written = attributed.record.startedAt?.slice(0, 10);
    if (written !== void 0 && (written < roughFirst || written > roughLast)) continue;
    const localDate = sessionDate(attributed.record, zone);
    if (localDate === null) {
      undated++;
      continue;
    }
    if (localDate < earliest || localDate > period2.end) continue;
    const p = price(attributed.record);
    const n2 = attributed.pr?.number ?? null;
    const taskKind = n2 !== null ? prKinds.get(n2) : classifyTask([attributed.record], { labels: [], branch: attributed.record.branch }, config2).kind;
    const scope = classifyScope(p.line, config2);
    judged.push({ attributed, priced: p, scope, session: periodSession(attributed, p, taskKind, scope, localDate) });
  }
  judged.sort(
    (a, b) => cmp(a.session.startedAt ?? a.session.localDate, b.session.startedAt ?? b.session.localDate) || cmp(a.session.sessionId, b.session.sessionId)
  );
  if (undated > 0)
    notes.push(
      `${undated} session record${undated === 1 ? " has" : "s have"} no start time and no usage, so ${undated === 1 ? "it is" : "they are"} in no period.`
    );
  const current = judged.filter((j) => inPeriod(period2, j.session.localDate));
  const before = judged.filter((j) => inPeriod(previous, j.session.localDate));
  const sessions = current.map((j) => j.session);
  const previousSessions = before.map((j) => j.session);
  const totals = totalsOf(sessions);
  const previousTotals = totalsOf(previousSessions);
  const prInputs = [];
  const inPeriodByPr = /* @__PURE__ */ new Map();
  for (const j of current) {
    if (j.session.pr === null) continue;
    pushTo(inPeriodByPr, j.session.pr, j);
  }
  for (const [n2, list] of inPeriodByPr) {
    prInputs.push({
      pr: n2,
      title: prTitles.get(n2) ?? null,
      branch: prBranches.get(n2) ?? null,
      taskKind: prKinds.get(n2),
      inPeriod: list,
      all: (prRecords.get(n2) ?? []).map((r) => price(r.record))
    });
  }
  const prs = judgePrs(prInputs, config2, book).sort((a, b) => b.costUsd - a.costUsd || a.pr - b.pr);
  const over = overruns(prs);
  const history = measureFrom(
    judged.filter((j) => j.session.localDate >= historySince),
    { days: historyDays, since: historySince, until: period2.end }
  );
  const { byTaskKind, advice } = baselinesAndAdvice(current, history, config2, book, notes);
  const estimates = byTaskKind.map((k) => k.estimateSavingUsd).filter((n2) => n2 !== null);
  const dailyLimit = { usd: input.dailyLimit?.usd ?? null, tokens: input.dailyLimit?.tokens ?? null };
  const combined = combineReports(
    current.map((j) => j.priced),
    book,
    input.generator
  );
  const prOfSession = new Map(judged.map((j) => [j.priced, j.session.pr]));
  const prOf = (p) => prOfSession.get(p) ?? null;
  const unattributed = sessions.filter((s) => s.pr === null);
  notes.push(...new Set(current.flatMap((j) => j.priced.ruleNotes)));
  return {
    schema: PERIOD_REPORT_SCHEMA,
    generator: input.generator,
    priceBook: { asOf: book.asOf },
    repository: input.repository ?? null,
    period: { ...period2, previous },
    totals,
    previousTotals,
    change: {
      costUsd: change(totals.costUsd, previousTotals.costUsd),
      sessions: change(totals.sessions, previousTotals.sessions),
      prs: change(totals.prs, previousTotals.prs),
      costPerSessionUsd: change(totals.costPerSessionUsd, previousTotals.costPerSessionUsd),
      totalTokens: change(totals.totalTokens, previousTotals.totalTokens),
      cacheHitRate: { ...change(totals.cacheHitRate, previousTotals.cacheHitRate), ratio: null }
    },
    byDeveloper: groupBy(sessions, previousSessions, (s) => s.developer, totals.costUsd),
    byModel: groupByModel(
      current.map((j) => j.priced),
      before.map((j) => j.priced),
      prOf,
      totals.costUsd
    ),
    byTaskKind: groupBy(sessions, previousSessions, (s) => s.taskKind, totals.costUsd),
    byWeek: byWeek(period2, sessions),
    topSessions: [...sessions].sort((a, b) => b.costUsd - a.costUsd || cmp(a.sessionId, b.sessionId)).slice(0, TOP),
    topPrs: prs.slice(0, TOP),
    budgets: {
      prsChecked: prs.length,
      overruns: over,
      warnings: over.filter((p) => p.status === "warning").length,
      dailyLimit,
      developerDaysOver: developerDays(sessions, dailyLimit)
    },
    scope: {
      split: scopeSplit(current),
      byTaskKind,
      estimateSavingUsd: estimates.length === 0 ? null : estimates.reduce((a, b) => a + b, 0),
      historyDays
    },
    advice,
    adviceTotals: adviceTotals(advice),
    outliers: outliers(sessions),
    unattributed: { sessions: unattributed.length, costUsd: unattributed.reduce((n2, s) => n2 + s.costUsd, 0) },
    unpriced: combined.unpriced,
    currency: config2.currency,
    notes: [...new Set(notes)],
    skipped: [...input.skipped ?? []],
    sessions
  };
}
function pushTo(map, key, value) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [value]);
  else list.push(value);
}
function attributionSince(period2, config2) {
  const earliest = [
    previousPeriod(period2).start,
    addDays(period2.end, 1 - config2.baseline.historyDays)
  ].sort()[0];
  return new Date(Date.parse(`${addDays(earliest, -2)}T00:00:00Z`));
}
function sessionDate(record2, zone) {
  if (record2.startedAt !== void 0) return localDateOf(Date.parse(record2.startedAt), zone);
  let first = null;
  for (const b of record2.usage) if (first === null || b.day < first) first = b.day;
  return first;
}
function periodSession(attributed, p, taskKind, scope, localDate) {
  const { line, record: record2 } = p;
  const pr = attributed.pr;
  return {
    sessionId: line.sessionId,
    developer: line.developer,
    branch: line.branch,
    pr: pr?.number ?? null,
    prTitle: pr?.number === null ? null : pr?.title ?? null,
    commit: pr?.commit ?? null,
    taskKind,
    taskRef: record2.task?.ref ?? null,
    scope: scope.scope,
    scopeSource: scope.source,
    startedAt: line.startedAt,
    endedAt: line.endedAt,
    localDate,
    week: isoWeekLabel(localDate),
    durationMinutes: line.durationMinutes,
    turns: line.turns,
    compactions: line.compactions,
    peakContextTokens: line.peakContextTokens,
    models: p.models.map((m) => ({ model: m.model, totalTokens: m.totalTokens, costUsd: m.costUsd })),
    requests: line.requests,
    inputTokens: line.inputTokens,
    outputTokens: line.outputTokens,
    cacheWrite5mTokens: line.cacheWrite5mTokens,
    cacheWrite1hTokens: line.cacheWrite1hTokens,
    cacheReadTokens: line.cacheReadTokens,
    webSearchRequests: line.webSearchRequests,
    totalTokens: line.totalTokens,
    cacheHitRate: line.cacheHitRate,
    costUsd: line.costUsd,
    unpricedTokens: line.unpricedTokens,
    reportedCostUsd: line.reportedCostUsd,
    source: line.source
  };
}

// src/period/files.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/render/escape.ts
var ZERO_WIDTH_SPACE = "​";
var MAX_LENGTH = 120;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|~]/g;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function md(value, maxLength = MAX_LENGTH) {
  let text2 = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
  if (text2.length > maxLength) text2 = `${text2.slice(0, maxLength - 1)}…`;
  return text2.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c).replace(MARKDOWN_PUNCTUATION, (c) => c === "<" || c === ">" ? c : `\\${c}`).replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`).replace(/^([-+=])/, "\\$1");
}
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function html(value, maxLength = MAX_LENGTH) {
  let text2 = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
  if (text2.length > maxLength) text2 = `${text2.slice(0, maxLength - 1)}…`;
  return text2.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// src/render/period-format.ts
function usd(value, lowerBound = false) {
  return `${formatUsd(value)}${lowerBound ? "+" : ""}`;
}
function local(report, value) {
  return report.currency === null ? "" : formatLocal(value, report.currency);
}
function signedUsd(delta) {
  if (Math.abs(delta) < 5e-3) return "±$0.00";
  return `${delta > 0 ? "+" : "−"}${formatUsd(Math.abs(delta))}`;
}
function signedPercent(ratio) {
  const pct = ratio * 100;
  if (Math.abs(pct) < 0.05) return "±0.0%";
  return `${pct > 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)}%`;
}
function signedCount(delta) {
  return delta === 0 ? "±0" : `${delta > 0 ? "+" : "−"}${formatInteger(Math.abs(delta))}`;
}
function usdChange(c) {
  if (c.delta === null) return "–";
  if (c.previous === 0 && c.current !== 0) return `${signedUsd(c.delta)} (new)`;
  return c.ratio === null ? signedUsd(c.delta) : `${signedUsd(c.delta)} (${signedPercent(c.ratio)})`;
}
function countChange(c) {
  if (c.delta === null) return "–";
  return c.ratio === null ? signedCount(c.delta) : `${signedCount(c.delta)} (${signedPercent(c.ratio)})`;
}
function tokensChange(c) {
  if (c.delta === null) return "–";
  const sign = c.delta > 0 ? "+" : c.delta < 0 ? "−" : "±";
  const text2 = `${sign}${formatTokens(Math.abs(c.delta))}`;
  return c.ratio === null ? text2 : `${text2} (${signedPercent(c.ratio)})`;
}
function pointsChange(c) {
  if (c.delta === null) return "–";
  const pts = c.delta * 100;
  return Math.abs(pts) < 0.05 ? "±0.0 pts" : `${pts > 0 ? "+" : "−"}${Math.abs(pts).toFixed(1)} pts`;
}
function shareText(share) {
  return share === null ? "–" : formatPercent(share);
}
function rowChange(current, previous) {
  if (current === null || previous === null) return "–";
  if (previous === 0) return current === 0 ? "±$0.00" : "new";
  return signedPercent((current - previous) / previous);
}
function periodRange(report) {
  const p = report.period;
  return p.start === p.end ? p.start : `${p.start} to ${p.end}`;
}
function plural(n2, word) {
  return `${formatInteger(n2)} ${word}${n2 === 1 ? "" : "s"}`;
}
var STATUS_TEXT = {
  over: "🛑 over",
  warning: "⚠️ warning",
  ok: "✅ ok",
  none: "no budget"
};
var ADVICE_TITLE = {
  "cheaper-model": "Cheaper model for mechanical work",
  cache: "Cache more of the prompt",
  "open-ended": "Scope sessions"
};
function chartNumber(value) {
  return (Math.round(value * 100) / 100).toFixed(2);
}

// src/render/mermaid.ts
var SAFE_LABEL = /^[A-Za-z0-9 ._:@/+[\]()-]{1,80}$/;
function chartLabel(text2, fallback) {
  return SAFE_LABEL.test(text2) ? text2 : fallback;
}
function mermaidPie(title, slices2) {
  const lines = ["```mermaid", "pie showData", `    title ${title}`];
  slices2.forEach((s, i) => {
    if (Number(chartNumber(s.value)) > 0)
      lines.push(`    "${chartLabel(s.label, `item ${i + 1}`)}" : ${chartNumber(s.value)}`);
  });
  lines.push("```");
  return lines.join("\n");
}
function mermaidBars(title, bars, yTitle) {
  const labels = bars.map((b, i) => `"${chartLabel(b.label, `item ${i + 1}`)}"`).join(", ");
  const values = bars.map((b) => chartNumber(b.value)).join(", ");
  const top = niceCeiling(Math.max(0, ...bars.map((b) => b.value)));
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${title}"`,
    `    x-axis [${labels}]`,
    `    y-axis "${yTitle}" 0 --> ${top}`,
    `    bar [${values}]`,
    "```"
  ].join("\n");
}
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

// src/render/period-charts.ts
var PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#9c755f",
  "#bab0ac"
];
function colour(i) {
  return PALETTE[i % PALETTE.length];
}
function pieSvg(title, slices2, size = 220) {
  const total = slices2.reduce((n2, s) => n2 + Math.max(0, s.value), 0);
  const r = size / 2 - 4;
  const c = size / 2;
  const parts2 = [];
  if (total > 0) {
    let angle = -Math.PI / 2;
    slices2.forEach((s, i) => {
      if (s.value <= 0) return;
      const share = s.value / total;
      const tip = `<title>${html(s.label)}: ${formatUsd(s.value)} (${(share * 100).toFixed(1)}%)</title>`;
      if (share >= 0.99999) {
        parts2.push(`<circle cx="${c}" cy="${c}" r="${r}" fill="${colour(i)}">${tip}</circle>`);
        return;
      }
      const end = angle + share * 2 * Math.PI;
      const [x1, y1] = [c + r * Math.cos(angle), c + r * Math.sin(angle)];
      const [x2, y2] = [c + r * Math.cos(end), c + r * Math.sin(end)];
      const large = share > 0.5 ? 1 : 0;
      parts2.push(
        `<path d="M${c},${c} L${n(x1)},${n(y1)} A${r},${r} 0 ${large} 1 ${n(x2)},${n(y2)} Z" fill="${colour(i)}" stroke="#fff" stroke-width="1">${tip}</path>`
      );
      angle = end;
    });
  } else {
    parts2.push(`<circle cx="${c}" cy="${c}" r="${r}" fill="#e5e7eb"/>`);
  }
  return `<svg class="chart pie" role="img" aria-label="${html(title)}" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg">${parts2.join("")}</svg>`;
}
function barsSvg(title, bars) {
  const width = 640;
  const height = 260;
  const left = 56;
  const bottom = 40;
  const top = 24;
  const plotW = width - left - 12;
  const plotH = height - top - bottom;
  const max = niceCeiling(Math.max(0, ...bars.map((b) => b.value)));
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(64, slot * 0.6);
  const y = (v) => top + plotH - v / max * plotH;
  const parts2 = [];
  for (const tick of [0, max / 2, max]) {
    parts2.push(
      `<line x1="${left}" x2="${width - 12}" y1="${n(y(tick))}" y2="${n(y(tick))}" stroke="#d1d5db" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${n(y(tick) + 4)}" text-anchor="end" class="axis">${formatUsd(tick)}</text>`
    );
  }
  bars.forEach((b, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const h = Math.max(0, b.value) / max * plotH;
    parts2.push(
      `<rect x="${n(x)}" y="${n(top + plotH - h)}" width="${n(barW)}" height="${n(h)}" fill="${colour(0)}"><title>${html(b.label)}: ${formatUsd(b.value)}</title></rect>`,
      `<text x="${n(x + barW / 2)}" y="${n(top + plotH - h - 6)}" text-anchor="middle" class="value">${formatUsd(b.value)}</text>`,
      `<text x="${n(x + barW / 2)}" y="${height - bottom + 18}" text-anchor="middle" class="axis">${html(b.label, 20)}</text>`
    );
  });
  return `<svg class="chart bars" role="img" aria-label="${html(title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">${parts2.join("")}</svg>`;
}
function n(value) {
  return (Math.round(value * 100) / 100).toString();
}

// src/render/period-html-parts.ts
var MAX_ROWS = 50;
function section(heading, ...body) {
  return `<section><h2>${heading}</h2>
${body.filter((b) => b !== "").join("\n")}
</section>`;
}
function table(headers, rows) {
  const cell = (tag, c) => {
    const { text: text2, num: num2, cls } = typeof c === "string" ? { text: c, num: false, cls: void 0 } : c;
    const classes = [num2 ? "num" : "", cls ?? ""].filter((x) => x !== "").join(" ");
    return `<${tag}${classes === "" ? "" : ` class="${classes}"`}>${text2}</${tag}>`;
  };
  const head = `<tr>${headers.map((h) => cell("th", h)).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`).join("\n");
  return `<table>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>`;
}
var num = (text2) => ({ text: text2, num: true });
var STATUS_WORD = { over: "over", warning: "warning", ok: "ok", none: "no budget" };
var statusCell = (status) => ({ text: STATUS_WORD[status], cls: status });

// src/render/period-html-policy.ts
function budgetSection(report) {
  const b = report.budgets;
  const over = b.overruns.filter((o) => o.status === "over").length;
  const parts2 = [
    `<p>${plural(b.prsChecked, "PR")} checked against the budget of ${b.prsChecked === 1 ? "its" : "their"} task kind: <span class="over">${formatInteger(over)} over</span>, ${plural(b.warnings, "warning")}. A PR's budget covers all its sessions, including any outside this period.</p>`
  ];
  if (b.overruns.length > 0) {
    const rows = b.overruns.slice(0, MAX_ROWS).map((p) => [
      `#${p.pr}`,
      p.title === null ? "–" : html(p.title, 80),
      html(p.taskKind, 40),
      statusCell(p.status),
      num(usd(p.allCostUsd)),
      p.reasons.map((r) => html(r, 200)).join("<br>")
    ]);
    parts2.push(table(["PR", "Title", "Kind", "Verdict", num("PR cost"), "Why"], rows));
  }
  const limit = b.dailyLimit;
  if (limit.usd === null && limit.tokens === null)
    parts2.push('<p class="note">No per-developer daily limit is set.</p>');
  else {
    const limits = [
      limit.usd === null ? "" : formatUsd(limit.usd),
      limit.tokens === null ? "" : `${formatTokens(limit.tokens)} tokens`
    ];
    parts2.push(
      `<p>Daily limit per developer: ${limits.filter((l) => l !== "").join(" or ")}. ${plural(b.developerDaysOver.length, "developer-day")} over it.</p>`
    );
    if (b.developerDaysOver.length > 0) {
      const rows = b.developerDaysOver.slice(0, MAX_ROWS).map((d) => [
        d.developer === null ? "(not named)" : html(d.developer, 60),
        d.date,
        num(formatInteger(d.sessions)),
        num(formatTokens(d.totalTokens)),
        num(usd(d.costUsd))
      ]);
      parts2.push(table(["Developer", "Day", num("Sessions"), num("Tokens"), num("Cost")], rows));
    }
  }
  return section("Budgets", ...parts2);
}
function scopeSection(report) {
  const money2 = (v) => num(v === null ? "–" : usd(v));
  const split = report.scope.split.map((s) => [
    s.scope,
    num(formatInteger(s.sessions)),
    num(usd(s.costUsd)),
    money2(s.costPerSessionUsd),
    money2(s.medianUsd)
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    html(k.taskKind, 40),
    num(formatInteger(k.scopedSessions)),
    num(formatInteger(k.openEndedSessions)),
    money2(k.scopedMedianUsd),
    money2(k.openEndedMedianUsd),
    money2(k.baselineScopedUsd),
    money2(k.baselineOpenEndedUsd),
    k.baselineSource === "history" ? `history${k.baselineBasis === null ? "" : ` (${html(k.baselineBasis, 40)})`}` : k.baselineSource === "none" ? "no baseline" : "config"
  ]);
  const saving = report.scope.estimateSavingUsd;
  return section(
    "Scoped and open-ended sessions",
    table(["Scope", num("Sessions"), num("Cost"), num("Per session"), num("Median")], split),
    table(
      [
        "Task kind",
        num("Scoped"),
        num("Open-ended"),
        num("Scoped median"),
        num("Open-ended median"),
        num("Baseline scoped"),
        num("Baseline open-ended"),
        "Baseline from"
      ],
      kinds
    ),
    saving !== null && saving >= 0.01 ? `<p><strong>Estimate:</strong> had every open-ended session above its kind's scoped baseline cost the baseline, the period would have cost ${formatUsd(saving)} less. An estimate, not a measurement.</p>` : ""
  );
}
function adviceSection(report) {
  if (report.advice.length === 0) return "";
  const items = report.advice.map(
    (a) => `<li><strong>${ADVICE_TITLE[a.kind]}${a.taskKind === null ? "" : ` (${html(a.taskKind, 40)})`}:</strong> ${html(a.summary, 500)}<br>${html(a.arithmetic, 300)}</li>`
  );
  return section(
    "Advice",
    `<p class="note">Arithmetic on this period's own tokens at the same prices, not a prediction.</p>`,
    table(
      ["Advice", num("Items"), num("Saving")],
      report.adviceTotals.map((t) => [ADVICE_TITLE[t.kind], num(formatInteger(t.count)), num(formatUsd(t.savingUsd))])
    ),
    `<ul>${items.join("\n")}</ul>`
  );
}
function outlierSection(report) {
  const intro = `<p class="note">Sessions that cost more than ${OUTLIER_FACTOR}× the median of their task kind this period (kinds with at least ${OUTLIER_MIN_SESSIONS} sessions).</p>`;
  if (report.outliers.length === 0) return section("Outliers", intro, "<p>None.</p>");
  const rows = report.outliers.slice(0, MAX_ROWS).map((o) => [
    html(o.sessionId.slice(0, 8)),
    o.developer === null ? "–" : html(o.developer, 40),
    o.pr === null ? "–" : `#${o.pr}`,
    html(o.taskKind, 40),
    num(usd(o.costUsd)),
    num(usd(o.kindMedianUsd)),
    num(`${o.times.toFixed(1)}×`)
  ]);
  return section(
    "Outliers",
    intro,
    table(["Session", "Developer", "PR", "Kind", num("Cost"), num("Kind median"), num("Times")], rows)
  );
}
function notesSection(report) {
  const items = [];
  const u = report.unattributed;
  if (u.sessions > 0)
    items.push(
      `${plural(u.sessions, "session")} (${formatUsd(u.costUsd)}) could not be attributed to a PR (pushed directly, rebase-merged, or not committed).`
    );
  for (const line of report.unpriced)
    items.push(
      `Unpriced: ${html(line.model)} (${html(line.reason)}): ${formatTokens(line.tokens)} tokens, not included in the cost.`
    );
  for (const note of report.notes) items.push(html(note, 400));
  for (const s of report.skipped.slice(0, MAX_ROWS))
    items.push(`Not used: ${html(s.file, 200)}: ${html(s.reason, 200)}`);
  if (report.skipped.length > MAX_ROWS) items.push(`and ${report.skipped.length - MAX_ROWS} more files not used`);
  return section("Data notes", `<ul>${items.map((i) => `<li>${i}</li>`).join("\n")}</ul>`);
}

// src/render/html.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'";
var STYLE = `
:root { color-scheme: light; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
.sub, .note, .axis { color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; overflow-x: auto; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 22px; font-weight: 600; margin-top: 2px; }
.card .delta { color: var(--muted); font-size: 12px; }
.row { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
.row > table { flex: 1; }
table + table { margin-top: 16px; }
svg.bars { max-width: 760px; display: block; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.over { color: #b91c1c; font-weight: 600; }
.warning { color: #b45309; font-weight: 600; }
svg text { font-size: 11px; fill: var(--ink); }
svg text.axis { fill: var(--muted); }
.warn { background: #fef3c7; border-color: #f59e0b; }
footer { color: var(--muted); font-size: 12px; margin-top: 16px; }
`;
function renderPeriodHtml(report) {
  const p = report.period;
  const title = `Claude Code cost: ${html(p.label)}`;
  const sections = [cards(report)];
  if (report.totals.costIsLowerBound) {
    sections.push(
      `<section class="warn">${formatTokens(report.totals.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.</section>`
    );
  }
  if (report.totals.sessions > 0) {
    sections.push(
      modelSection(report),
      weekSection(report),
      groupSection("By developer", "Developer", report.byDeveloper, (k) => k === null ? "(not named)" : html(k, 60)),
      groupSection("By task kind", "Task kind", report.byTaskKind, (k) => html(k ?? "", 40)),
      prSection(report),
      sessionSection(report),
      budgetSection(report),
      scopeSection(report),
      adviceSection(report),
      outlierSection(report)
    );
  }
  sections.push(notesSection(report));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${title}</h1><p class="sub">${periodRange(report)} · ${html(p.timeZone)}${report.repository === null ? "" : ` · ${html(report.repository)}`} · against ${html(p.previous.label)}</p></header>
${sections.filter((s) => s !== "").join("\n")}
<footer>${html(report.generator)} · prices as of ${html(report.priceBook.asOf)} · a session counts in the period it started in</footer>
</main>
</body>
</html>
`;
}
function cards(report) {
  const t = report.totals;
  const c = report.change;
  const card = (id, label, value, delta) => `<div class="card"><div class="label">${label}</div><div class="value" id="${id}">${value}</div><div class="delta">${delta}</div></div>`;
  const localTotal = local(report, t.costUsd);
  return `<section class="cards">
${card("total-cost", "Total cost", usd(t.costUsd, t.costIsLowerBound), `${usdChange(c.costUsd)}${localTotal === "" ? "" : ` · ${localTotal}`}`)}
${card("sessions", "Sessions", formatInteger(t.sessions), countChange(c.sessions))}
${card("per-session", "Per session", t.costPerSessionUsd === null ? "–" : usd(t.costPerSessionUsd), usdChange(c.costPerSessionUsd))}
${card("cache-hit", "Cache hit", formatPercent(t.cacheHitRate), pointsChange(c.cacheHitRate))}
${card("prs", "PRs", formatInteger(t.prs), countChange(c.prs))}
${card("tokens", "Tokens", formatTokens(t.totalTokens), tokensChange(c.totalTokens))}
</section>`;
}
function modelSection(report) {
  const slices2 = report.byModel.map((m) => ({ label: m.key ?? "", value: m.costUsd ?? 0 }));
  const rows = report.byModel.map((m, i) => [
    `<span class="swatch" style="background:${colour(i)}"></span>${html(m.key ?? "", 60)}`,
    num(formatInteger(m.sessions)),
    num(formatTokens(m.totalTokens)),
    num(formatPercent(m.cacheHitRate)),
    num(m.costUsd === null ? "unpriced" : usd(m.costUsd)),
    num(shareText(m.share)),
    num(rowChange(m.costUsd, m.previousCostUsd))
  ]);
  const headers = [
    "Model",
    num("Sessions"),
    num("Tokens"),
    num("Cache hit"),
    num("Cost"),
    num("Share"),
    num("vs previous")
  ];
  return section("Spend by model", `<div class="row">${pieSvg("Spend by model", slices2)}${table(headers, rows)}</div>`);
}
function weekSection(report) {
  const bars = report.byWeek.map((w) => ({ label: w.week, value: w.costUsd }));
  const rows = report.byWeek.map((w) => [
    w.week,
    w.start === w.end ? w.start : `${w.start} to ${w.end}`,
    num(formatInteger(w.sessions)),
    num(formatTokens(w.totalTokens)),
    num(usd(w.costUsd))
  ]);
  return section(
    "Spend by week",
    barsSvg("Spend by week", bars),
    table(["Week", "Days", num("Sessions"), num("Tokens"), num("Cost")], rows)
  );
}
function groupSection(heading, column, lines, name) {
  const rows = lines.slice(0, MAX_ROWS).map((g) => [
    name(g.key),
    num(formatInteger(g.sessions)),
    num(formatInteger(g.prs)),
    num(formatTokens(g.totalTokens)),
    num(formatPercent(g.cacheHitRate)),
    num(g.costUsd === null ? "unpriced" : usd(g.costUsd)),
    num(g.costPerSessionUsd === null ? "–" : usd(g.costPerSessionUsd)),
    num(shareText(g.share)),
    num(rowChange(g.costUsd, g.previousCostUsd))
  ]);
  if (lines.length > MAX_ROWS) rows.push([`${lines.length - MAX_ROWS} more`, "", "", "", "", "", "", "", ""]);
  const headers = [
    column,
    num("Sessions"),
    num("PRs"),
    num("Tokens"),
    num("Cache hit"),
    num("Cost"),
    num("Per session"),
    num("Share"),
    num("vs previous")
  ];
  return section(heading, table(headers, rows));
}
function prSection(report) {
  if (report.topPrs.length === 0) return "";
  const rows = report.topPrs.map((p) => [
    `#${p.pr}`,
    p.title === null ? "–" : html(p.title, 80),
    p.branch === null ? "–" : html(p.branch, 40),
    html(p.taskKind, 40),
    p.developers.map((d) => html(d, 40)).join(", ") || "–",
    num(formatInteger(p.sessions)),
    num(usd(p.costUsd, p.costIsLowerBound)),
    statusCell(p.status)
  ]);
  return section(
    "Top PRs",
    table(["PR", "Title", "Branch", "Kind", "Developers", num("Sessions"), num("Cost"), "Budget"], rows)
  );
}
function sessionSection(report) {
  const rows = report.topSessions.map((s) => [
    html(s.sessionId.slice(0, 8)),
    s.developer === null ? "–" : html(s.developer, 40),
    s.pr === null ? "–" : `#${s.pr}`,
    html(s.taskKind, 40),
    s.taskRef === null ? "–" : html(s.taskRef, 40),
    s.models.map((m) => html(m.model, 60)).join(", "),
    s.scope,
    num(usd(s.costUsd, s.unpricedTokens > 0)),
    num(formatPercent(s.cacheHitRate))
  ]);
  return section(
    "Top sessions",
    table(["Session", "Developer", "PR", "Kind", "Ref", "Models", "Scope", num("Cost"), num("Cache hit")], rows)
  );
}

// src/render/ndjson.ts
function sessionRow(report, session) {
  return {
    schema: PERIOD_SESSION_SCHEMA,
    repository: report.repository,
    period: report.period.label,
    timeZone: report.period.timeZone,
    ...session
  };
}
function renderSessionsNdjson(report) {
  return report.sessions.map((s) => `${JSON.stringify(sessionRow(report, s))}
`).join("");
}

// src/render/csv.ts
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number") return String(value);
  let text2 = typeof value === "string" ? value : value.join(" ");
  if (/^[=+\-@\t\r]/.test(text2)) text2 = `'${text2}`;
  return /[",\r\n']/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
function csvDocument(header, rows) {
  return `${[header.join(","), ...rows.map((r) => r.join(","))].join("\r\n")}\r
`;
}

// src/render/period-csv.ts
var SESSION_COLUMNS = [
  "sessionId",
  "developer",
  "branch",
  "pr",
  "prTitle",
  "commit",
  "taskKind",
  "taskRef",
  "scope",
  "scopeSource",
  "localDate",
  "week",
  "startedAt",
  "endedAt",
  "durationMinutes",
  "turns",
  "requests",
  "compactions",
  "peakContextTokens",
  "models",
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens",
  "webSearchRequests",
  "totalTokens",
  "cacheHitRate",
  "costUsd",
  "unpricedTokens",
  "reportedCostUsd",
  "source"
];
function renderSessionsCsv(report) {
  return csvDocument(
    SESSION_COLUMNS,
    report.sessions.map(
      (session) => SESSION_COLUMNS.map(
        (column) => csvField(column === "models" ? session.models.map((m) => m.model) : session[column])
      )
    )
  );
}

// src/render/period-json.ts
function renderPeriodJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/render/period-markdown-policy.ts
function prLabel(n2) {
  return md(`#${n2}`);
}
function budgetsSection(report, maxRows) {
  const b = report.budgets;
  const over = b.overruns.filter((o) => o.status === "over").length;
  const lines = [
    "#### Budgets",
    "",
    `${plural(b.prsChecked, "PR")} checked against the budget of ${b.prsChecked === 1 ? "its" : "their"} task kind: ${formatInteger(over)} over, ${plural(b.warnings, "warning")}. A PR's budget covers all its sessions, including any outside this period.`
  ];
  if (b.overruns.length > 0) {
    const rows = b.overruns.slice(0, maxRows).map((p) => [
      prLabel(p.pr),
      p.title === null ? "–" : md(p.title, 60),
      md(p.taskKind, 40),
      STATUS_TEXT[p.status],
      usd(p.allCostUsd),
      p.reasons.map((r) => md(r, 200)).join("<br>")
    ]);
    if (b.overruns.length > maxRows) rows.push([`${b.overruns.length - maxRows} more`, "", "", "", "", ""]);
    lines.push(
      "",
      markdownTable([["PR", "Title", "Kind", "Verdict", "PR cost", "Why"], ...rows], {
        align: ["l", "l", "l", "l", "r", "l"]
      })
    );
  }
  const limit = b.dailyLimit;
  if (limit.usd === null && limit.tokens === null) {
    lines.push("", "No per-developer daily limit is set.");
    return lines.join("\n");
  }
  const limits = [
    limit.usd === null ? "" : formatUsd(limit.usd),
    limit.tokens === null ? "" : `${formatTokens(limit.tokens)} tokens`
  ];
  const days = b.developerDaysOver;
  lines.push(
    "",
    `Daily limit per developer: ${limits.filter((l) => l !== "").join(" or ")}. ${plural(days.length, "developer-day")} over it.`
  );
  if (days.length > 0) {
    const rows = days.slice(0, maxRows).map((d) => [
      d.developer === null ? "(not named)" : md(d.developer, 60),
      d.date,
      formatInteger(d.sessions),
      formatTokens(d.totalTokens),
      usd(d.costUsd),
      d.over.map((o) => o === "usd" ? "USD" : "tokens").join(", ")
    ]);
    if (days.length > maxRows) rows.push([`${days.length - maxRows} more`, "", "", "", "", ""]);
    lines.push(
      "",
      markdownTable([["Developer", "Day", "Sessions", "Tokens", "Cost", "Over in"], ...rows], {
        align: ["l", "l", "r", "r", "r", "l"]
      })
    );
  }
  return lines.join("\n");
}
function scopeSection2(report) {
  const money2 = (n2) => n2 === null ? "–" : usd(n2);
  const split = report.scope.split.map((s) => [
    s.scope,
    formatInteger(s.sessions),
    usd(s.costUsd),
    money2(s.costPerSessionUsd),
    money2(s.medianUsd)
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    md(k.taskKind, 40),
    formatInteger(k.scopedSessions),
    formatInteger(k.openEndedSessions),
    money2(k.scopedMedianUsd),
    money2(k.openEndedMedianUsd),
    money2(k.baselineScopedUsd),
    money2(k.baselineOpenEndedUsd),
    baselineSource(k.baselineSource, k.baselineBasis)
  ]);
  const lines = [
    "#### Scoped and open-ended sessions",
    "",
    markdownTable([["Scope", "Sessions", "Cost", "Per session", "Median"], ...split], {
      align: ["l", "r", "r", "r", "r"]
    }),
    "",
    markdownTable(
      [
        [
          "Task kind",
          "Scoped",
          "Open-ended",
          "Scoped median",
          "Open-ended median",
          "Baseline scoped",
          "Baseline open-ended",
          "Baseline from"
        ],
        ...kinds
      ],
      { align: ["l", "r", "r", "r", "r", "r", "r", "l"] }
    )
  ];
  if (report.scope.byTaskKind.some((k) => k.baselineSource === "history")) {
    lines.push(
      "",
      `Baselines from history are medians of the priced sessions of the ${formatInteger(report.scope.historyDays)} days up to ${report.period.end}; a kind with too few sessions uses the median over all kinds.`
    );
  }
  const saving = report.scope.estimateSavingUsd;
  if (saving !== null && saving >= 0.01) {
    lines.push(
      "",
      `**Estimate:** had every open-ended session that cost more than its kind's scoped baseline cost the baseline instead, the period would have cost ${formatUsd(saving)} less. An estimate, not a measurement.`
    );
  }
  return lines.join("\n");
}
function baselineSource(source, basis) {
  if (source === "none") return "no baseline";
  if (source === "config") return basis === "default" ? "config (default)" : "config";
  return `history${basis === null ? "" : ` (${md(basis, 40)})`}`;
}
function adviceSection2(report) {
  if (report.advice.length === 0) return "";
  const totals = report.adviceTotals.map((t) => [ADVICE_TITLE[t.kind], formatInteger(t.count), formatUsd(t.savingUsd)]);
  const items = report.advice.map(
    (a) => [
      `- **${ADVICE_TITLE[a.kind]}${a.taskKind === null ? "" : ` (${md(a.taskKind, 40)})`}:** ${md(a.summary, 500)}<br>${md(a.arithmetic, 300)}`,
      ...a.details.map((d) => `  - ${md(d, 300)}`)
    ].join("\n")
  );
  return [
    "#### Advice",
    "",
    "Arithmetic on this period's own tokens at the same prices, not a prediction.",
    "",
    markdownTable([["Advice", "Items", "Saving"], ...totals], { align: ["l", "r", "r"] }),
    "",
    ...items
  ].join("\n");
}
function outliersSection(report, maxRows) {
  const intro = `Sessions that cost more than ${OUTLIER_FACTOR}× the median of their task kind this period (kinds with at least ${OUTLIER_MIN_SESSIONS} sessions).`;
  if (report.outliers.length === 0) return ["#### Outliers", "", `${intro} None.`].join("\n");
  const rows = report.outliers.slice(0, maxRows).map((o) => [
    md(o.sessionId.slice(0, 8)),
    o.developer === null ? "–" : md(o.developer, 40),
    o.pr === null ? "–" : prLabel(o.pr),
    md(o.taskKind, 40),
    usd(o.costUsd),
    usd(o.kindMedianUsd),
    `${o.times.toFixed(1)}×`
  ]);
  if (report.outliers.length > maxRows) rows.push([`${report.outliers.length - maxRows} more`, "", "", "", "", "", ""]);
  return [
    "#### Outliers",
    "",
    intro,
    "",
    markdownTable([["Session", "Developer", "PR", "Kind", "Cost", "Kind median", "Times"], ...rows], {
      align: ["l", "l", "l", "l", "r", "r", "r"]
    })
  ].join("\n");
}
function notesSection2(report, maxRows) {
  const lines = [];
  const u = report.unattributed;
  if (u.sessions > 0) {
    lines.push(
      `- ${plural(u.sessions, "session")} (${formatUsd(u.costUsd)}) could not be attributed to a PR (pushed directly, rebase-merged, or not committed).`
    );
  }
  for (const line of report.unpriced) {
    lines.push(
      `- Unpriced: ${md(line.model)} (${md(line.reason)}): ${formatTokens(line.tokens)} tokens in ${formatInteger(line.requests)} requests, not included in the cost.`
    );
  }
  for (const note of report.notes) lines.push(`- ${md(note, 400)}`);
  if (report.skipped.length > 0) {
    lines.push(`- ${plural(report.skipped.length, "file")} could not be used:`);
    for (const s of report.skipped.slice(0, maxRows)) lines.push(`  - ${md(s.file, 200)}: ${md(s.reason, 200)}`);
    if (report.skipped.length > maxRows) lines.push(`  - and ${report.skipped.length - maxRows} more`);
  }
  lines.push(`- Prices: the claude-cost price book as of ${md(report.priceBook.asOf)}.`);
  return ["<details><summary>Data notes</summary>", "", ...lines, "", "</details>"].join("\n");
}

// src/render/period-markdown.ts
var MAX_BODY = 65536;
var HEADROOM = 1536;
function renderPeriodMarkdown(report, options = {}) {
  let text2 = "";
  for (const maxRows of [options.maxRows ?? 25, 10, 5, 2]) {
    text2 = render(report, maxRows);
    if (text2.length <= MAX_BODY - HEADROOM) return text2;
  }
  return text2;
}
function periodMarker(report) {
  return `<!-- claude-cost:period:v1 ${report.period.label} ${report.period.timeZone} -->`;
}
function periodTitle(report) {
  return `Claude Code cost: ${report.period.label}`;
}
function render(report, maxRows) {
  const parts2 = [headline(report)];
  if (report.totals.sessions > 0 || report.previousTotals.sessions > 0) parts2.push(changeTable(report));
  if (report.totals.sessions > 0) {
    parts2.push(
      modelSection2(report),
      weekSection2(report),
      groupSection2(
        "By developer",
        "Developer",
        report.byDeveloper,
        maxRows,
        (k) => k === null ? "(not named)" : md(k, 60)
      ),
      groupSection2("By task kind", "Task kind", report.byTaskKind, maxRows, (k) => md(k ?? "", 40)),
      topPrs(report),
      topSessions(report),
      budgetsSection(report, maxRows),
      scopeSection2(report),
      adviceSection2(report),
      outliersSection(report, maxRows)
    );
  }
  parts2.push(notesSection2(report, maxRows));
  parts2.push(
    `<sub>${md(report.generator)} · prices as of ${md(report.priceBook.asOf)} · days in ${md(report.period.timeZone)}; a session counts in the period it started in</sub>`
  );
  return `${parts2.filter((p) => p !== "").join("\n\n")}
`;
}
function headline(report) {
  const t = report.totals;
  const p = report.period;
  const title = `## Claude Code cost: ${md(p.label)}`;
  const when = `${periodRange(report)} (${md(p.timeZone)}).`;
  if (t.sessions === 0) return `${title}

No Claude Code sessions started in this period: ${when}`;
  const facts = [
    `**${usd(t.costUsd, t.costIsLowerBound)}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${plural(t.sessions, "session")} in ${plural(t.prs, "PR")} by ${plural(t.developers, "developer")}`,
    `${usd(t.costPerSessionUsd ?? 0)} per session`,
    `cache hit ${formatPercent(t.cacheHitRate)}`
  ];
  if (report.currency !== null)
    facts.push(`${local(report, t.costUsd)} at ${report.currency.perUsd} ${report.currency.code}/USD`);
  const lines = [
    title,
    "",
    facts.join(" · "),
    "",
    `${when} Against ${md(p.previous.label)}: **${usdChange(report.change.costUsd)}**.`
  ];
  const over = report.budgets.overruns.filter((o) => o.status === "over").length;
  if (over > 0) lines.push("", `${STATUS_TEXT.over}: ${plural(over, "PR")} over budget (see Budgets).`);
  if (t.costIsLowerBound) {
    lines.push(
      "",
      `> [!WARNING]
> ${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.`
    );
  }
  return lines.join("\n");
}
function changeTable(report) {
  const c = report.change;
  const t = report.totals;
  const b = report.previousTotals;
  const rate2 = (r) => formatPercent(r);
  const rows = [
    ["Cost", usd(t.costUsd, t.costIsLowerBound), usd(b.costUsd, b.costIsLowerBound), usdChange(c.costUsd)],
    ["Sessions", formatInteger(t.sessions), formatInteger(b.sessions), countChange(c.sessions)],
    ["PRs", formatInteger(t.prs), formatInteger(b.prs), countChange(c.prs)],
    ["Cost per session", nullable2(t.costPerSessionUsd), nullable2(b.costPerSessionUsd), usdChange(c.costPerSessionUsd)],
    ["Tokens", formatTokens(t.totalTokens), formatTokens(b.totalTokens), tokensChange(c.totalTokens)],
    ["Cache hit", rate2(t.cacheHitRate), rate2(b.cacheHitRate), pointsChange(c.cacheHitRate)]
  ];
  return [
    "#### Against the previous period",
    "",
    markdownTable([["", md(report.period.label), md(report.period.previous.label), "Change"], ...rows], {
      align: ["l", "r", "r", "r"]
    })
  ].join("\n");
}
function modelSection2(report) {
  const priced = report.byModel.filter((m) => m.costUsd !== null);
  const chart = priced.some((m) => (m.costUsd ?? 0) >= 5e-3) ? mermaidPie(
    "Spend by model (USD)",
    priced.map((m) => ({ label: m.key ?? "", value: m.costUsd ?? 0 }))
  ) : "";
  const rows = report.byModel.map((m) => [
    md(m.key ?? "", 60),
    formatInteger(m.sessions),
    formatTokens(m.totalTokens),
    formatPercent(m.cacheHitRate),
    m.costUsd === null ? "unpriced" : usd(m.costUsd),
    shareText(m.share),
    rowChange(m.costUsd, m.previousCostUsd)
  ]);
  const table2 = markdownTable([["Model", "Sessions", "Tokens", "Cache hit", "Cost", "Share", "vs previous"], ...rows], {
    align: ["l", "r", "r", "r", "r", "r", "r"]
  });
  return ["#### Spend by model", "", ...chart === "" ? [] : [chart, ""], table2].join("\n");
}
function weekSection2(report) {
  const chart = mermaidBars(
    "Spend by week (USD)",
    report.byWeek.map((w) => ({ label: w.week, value: w.costUsd })),
    "USD"
  );
  const rows = report.byWeek.map((w) => [
    w.week,
    w.start === w.end ? w.start : `${w.start} to ${w.end}`,
    formatInteger(w.sessions),
    formatTokens(w.totalTokens),
    usd(w.costUsd)
  ]);
  const table2 = markdownTable([["Week", "Days", "Sessions", "Tokens", "Cost"], ...rows], {
    align: ["l", "l", "r", "r", "r"]
  });
  return ["#### Spend by week", "", chart, "", table2].join("\n");
}
function groupSection2(heading, column, lines, maxRows, name) {
  const shown = lines.slice(0, maxRows);
  const rows = shown.map((g) => [
    name(g.key),
    formatInteger(g.sessions),
    formatInteger(g.prs),
    formatTokens(g.totalTokens),
    formatPercent(g.cacheHitRate),
    g.costUsd === null ? "unpriced" : usd(g.costUsd),
    g.costPerSessionUsd === null ? "–" : usd(g.costPerSessionUsd),
    shareText(g.share),
    rowChange(g.costUsd, g.previousCostUsd)
  ]);
  const rest = lines.slice(maxRows);
  if (rest.length > 0) {
    const cost = rest.reduce((n2, g) => n2 + (g.costUsd ?? 0), 0);
    rows.push([
      `${rest.length} more`,
      formatInteger(rest.reduce((n2, g) => n2 + g.sessions, 0)),
      "",
      "",
      "",
      usd(cost),
      "",
      "",
      ""
    ]);
  }
  return [
    `#### ${heading}`,
    "",
    markdownTable(
      [[column, "Sessions", "PRs", "Tokens", "Cache hit", "Cost", "Per session", "Share", "vs previous"], ...rows],
      {
        align: ["l", "r", "r", "r", "r", "r", "r", "r", "r"]
      }
    )
  ].join("\n");
}
function topPrs(report) {
  if (report.topPrs.length === 0) return "";
  const rows = report.topPrs.map((p) => [
    prLabel(p.pr),
    p.title === null ? "–" : md(p.title, 60),
    p.branch === null ? "–" : md(p.branch, 40),
    md(p.taskKind, 40),
    p.developers.map((d) => md(d, 40)).join(", ") || "–",
    formatInteger(p.sessions),
    usd(p.costUsd, p.costIsLowerBound),
    STATUS_TEXT[p.status]
  ]);
  return [
    "#### Top PRs",
    "",
    markdownTable([["PR", "Title", "Branch", "Kind", "Developers", "Sessions", "Cost", "Budget"], ...rows], {
      align: ["l", "l", "l", "l", "l", "r", "r", "l"]
    })
  ].join("\n");
}
function topSessions(report) {
  const rows = report.topSessions.map((s) => [
    md(s.sessionId.slice(0, 8)),
    s.developer === null ? "–" : md(s.developer, 40),
    s.pr === null ? "–" : prLabel(s.pr),
    md(s.taskKind, 40),
    s.taskRef === null ? "–" : md(s.taskRef, 40),
    s.models.map((m) => md(m.model, 60)).join(", "),
    s.scope,
    usd(s.costUsd, s.unpricedTokens > 0),
    formatPercent(s.cacheHitRate)
  ]);
  return [
    "#### Top sessions",
    "",
    markdownTable([["Session", "Developer", "PR", "Kind", "Ref", "Models", "Scope", "Cost", "Cache hit"], ...rows], {
      align: ["l", "l", "l", "l", "l", "l", "l", "r", "r"]
    })
  ].join("\n");
}
function nullable2(value) {
  return value === null ? "–" : usd(value);
}

// src/period/files.ts
var PERIOD_FILES = {
  markdown: "report.md",
  json: "report.json",
  csv: "sessions.csv",
  ndjson: "sessions.ndjson",
  html: "report.html"
};
async function writePeriodFiles(dir, report) {
  await mkdir(dir, { recursive: true });
  const contents = {
    markdown: renderPeriodMarkdown(report),
    json: renderPeriodJson(report),
    csv: renderSessionsCsv(report),
    ndjson: renderSessionsNdjson(report),
    html: renderPeriodHtml(report)
  };
  const paths = {};
  for (const kind of Object.keys(PERIOD_FILES)) {
    const path = join2(dir, PERIOD_FILES[kind]);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, contents[kind]);
    await rename(temp, path);
    paths[kind] = path;
  }
  return paths;
}

// src/period/load.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join3, relative as relative4, resolve as resolve3, sep as sep4 } from "node:path";

// src/ingest/index.ts
import { closeSync as closeSync7, openSync as openSync7, readSync as readSync5 } from "node:fs";

// src/records/write.ts
import { closeSync as closeSync2, constants as constants2, lstatSync as lstatSync2, mkdirSync, openSync as openSync2, readFileSync as readFileSync3 } from "node:fs";

// src/records/identifiers.ts
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

// src/records/schema.ts
init_zod();
var SESSION_SCHEMA = "claude-cost/session@1";
var SPEEDS = ["standard", "fast"];
var PROMPT_BANDS = ["le100k", "100k-200k", "gt200k", "unknown"];
var ORIGINS = ["main", "subagent"];
var SCOPES = ["scoped", "open-ended"];
var SOURCE_FORMATS = ["transcript", "result", "export", "record"];
var TOKEN_FIELDS = [
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens"
];
var count = number2().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var text = (max) => string2().min(1).max(max);
var identifier = string2().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be an identifier (letters, digits and ._:@/[]+-)");
var isoTime = iso_exports.datetime({ offset: true });
var utcDay2 = iso_exports.date();
var UsageBucketSchema = strictObject({
  model: identifier,
  day: utcDay2,
  speed: _enum(SPEEDS),
  geo: string2().min(1).max(32).regex(/^[a-z0-9_-]+$/),
  band: _enum(PROMPT_BANDS),
  origin: _enum(ORIGINS),
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  webSearchRequests: count
});
var SessionRecordSchema = strictObject({
  schema: literal(SESSION_SCHEMA),
  sessionId: identifier,
  tool: literal("claude-code"),
  toolVersion: text(64).optional(),
  recordedBy: text(64),
  branch: text(255).optional(),
  developer: text(255).optional(),
  task: strictObject({ kind: text(64).optional(), ref: text(255).optional() }).optional(),
  scope: _enum(SCOPES).optional(),
  startedAt: isoTime.optional(),
  endedAt: isoTime.optional(),
  turns: count,
  requests: count,
  compactions: count,
  peakContextTokens: count,
  usage: array(UsageBucketSchema).max(1e4),
  reported: strictObject({
    costUsd: number2().finite().nonnegative(),
    costBasis: text(32).optional()
  }).optional(),
  source: strictObject({
    format: _enum(SOURCE_FORMATS),
    files: count,
    linesRead: count,
    duplicatesDropped: count,
    skipped: array(strictObject({ reason: text(200), count })).max(100)
  })
});
function emptyBucket({ model, day, speed, geo, band, origin }) {
  return { model, day, speed, geo, band, origin, ...emptyTokens() };
}
function emptyTokens() {
  return {
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: 0,
    webSearchRequests: 0
  };
}
function bandOf(promptTokens2) {
  if (promptTokens2 <= 1e5) return "le100k";
  if (promptTokens2 <= 2e5) return "100k-200k";
  return "gt200k";
}
function bucketKeyString(k) {
  return `${k.model}\0${k.day}\0${k.speed}\0${k.geo}\0${k.band}\0${k.origin}`;
}

// src/records/identifiers.ts
var identifierSchema = UsageBucketSchema.shape.model;
function isIdentifier(value) {
  return identifierSchema.safeParse(value).success;
}
function sha256Hex(text2, length = 8) {
  return createHash("sha256").update(text2).digest("hex").slice(0, length);
}
function sessionIdFromPath(path) {
  const name = basename(path);
  const stem = name.slice(0, name.length - extname(name).length);
  if (identifierSchema.safeParse(stem).success) return stem;
  const safe = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120);
  return safe === "" ? `file-${sha256Hex(stem)}` : `${safe}-${sha256Hex(stem)}`;
}
function utcDayOf(date3) {
  return date3.toISOString().slice(0, 10);
}

// src/records/lock.ts
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  readFileSync as readFileSync2,
  renameSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
var READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

// src/records/issues.ts
var MAX_REASON = 200;
var PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
function describeIssue2(issue2) {
  const path = issue2.path.length === 0 ? "(root)" : issue2.path.map((k) => String(k)).join(".");
  let problem;
  if (issue2.code === "unrecognized_keys") {
    const named = issue2.keys.filter((k) => PLAIN_KEY.test(k));
    problem = named.length === issue2.keys.length ? `unrecognized key${named.length > 1 ? "s" : ""} ${named.map((k) => `"${k}"`).join(", ")}` : `${issue2.keys.length} unrecognized key${issue2.keys.length > 1 ? "s" : ""}`;
  } else {
    problem = issue2.message;
  }
  return clip(`${path}: ${problem}`);
}
function describeFirstIssue(error2) {
  const first = error2.issues[0];
  return first === void 0 ? "invalid" : describeIssue2(first);
}
function clip(reason, max = MAX_REASON) {
  return reason.length <= max ? reason : `${reason.slice(0, max - 1)}…`;
}

// src/records/skipped.ts
var MAX_REASONS = 100;
function summariseSkipped(reasons) {
  const counts = /* @__PURE__ */ new Map();
  for (const reason of reasons) {
    const key = clip(reason);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return capReasons([...counts].map(([reason, count5]) => ({ reason, count: count5 })));
}
function capReasons(entries) {
  if (entries.length <= MAX_REASONS) return entries;
  const kept = entries.slice(0, MAX_REASONS - 1);
  const rest = entries.slice(MAX_REASONS - 1).reduce((n2, e) => n2 + e.count, 0);
  return [...kept, { reason: "other reasons", count: rest }];
}

// src/records/merge.ts
function mergeRecords(old, next) {
  const usage = mergeBuckets(old.usage, next.usage);
  const merged = {
    schema: next.schema,
    sessionId: next.sessionId,
    tool: next.tool,
    toolVersion: next.toolVersion ?? old.toolVersion,
    recordedBy: next.recordedBy,
    branch: next.branch ?? old.branch,
    developer: next.developer ?? old.developer,
    task: next.task ?? old.task,
    scope: next.scope ?? old.scope,
    startedAt: pickTime(old.startedAt, next.startedAt, "earlier"),
    endedAt: pickTime(old.endedAt, next.endedAt, "later"),
    turns: Math.max(old.turns, next.turns),
    // Recomputed rather than maxed, so it always agrees with the buckets it summarises.
    requests: usage.reduce((n2, b) => n2 + b.requests, 0),
    compactions: Math.max(old.compactions, next.compactions),
    peakContextTokens: Math.max(old.peakContextTokens, next.peakContextTokens),
    usage,
    reported: pickReported(old.reported, next.reported),
    source: mergeSource(old.source, next.source)
  };
  return withoutUndefined(merged);
}
function mergeBuckets(old, next) {
  const byKey = /* @__PURE__ */ new Map();
  for (const bucket of [...old, ...next]) {
    const key = bucketKeyString(bucket);
    const seen = byKey.get(key);
    byKey.set(key, seen === void 0 || compareFullness(bucket, seen) > 0 ? bucket : seen);
  }
  return [...byKey.values()];
}
function compareFullness(a, b) {
  const total = (x) => TOKEN_FIELDS.reduce((n2, f) => n2 + x[f], 0);
  const order = [
    total,
    (x) => x.requests,
    (x) => x.webSearchRequests,
    ...TOKEN_FIELDS.map((f) => (x) => x[f])
  ];
  for (const measure2 of order) {
    const d = measure2(a) - measure2(b);
    if (d !== 0) return d;
  }
  return 0;
}
function pickTime(a, b, want) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  const d = Date.parse(b) - Date.parse(a);
  return (want === "earlier" ? d < 0 : d > 0) ? b : a;
}
function pickReported(old, next) {
  if (old === void 0) return next;
  if (next === void 0) return old;
  return old.costUsd > next.costUsd ? old : next;
}
function mergeSource(old, next) {
  const fuller = old.linesRead === next.linesRead ? [old, next] : [old.linesRead > next.linesRead ? old : next];
  const reasons = /* @__PURE__ */ new Map();
  for (const s of fuller.flatMap((f) => f.skipped))
    reasons.set(s.reason, Math.max(reasons.get(s.reason) ?? 0, s.count));
  return {
    format: next.format,
    files: Math.max(old.files, next.files),
    linesRead: Math.max(old.linesRead, next.linesRead),
    duplicatesDropped: Math.max(old.duplicatesDropped, next.duplicatesDropped),
    // Sorted, so the merge gives the same record whichever side came first.
    skipped: capReasons(
      [...reasons].map(([reason, count5]) => ({ reason, count: count5 })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    )
  };
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/records/serialise.ts
var shape = SessionRecordSchema.shape;
var RECORD_KEYS = Object.keys(shape);
var BUCKET_KEYS = Object.keys(UsageBucketSchema.shape);
var TASK_KEYS = Object.keys(shape.task.unwrap().shape);
var REPORTED_KEYS = Object.keys(shape.reported.unwrap().shape);
var SOURCE_KEYS = Object.keys(shape.source.shape);
var SKIPPED_KEYS = Object.keys(shape.source.shape.skipped.element.shape);

// src/records/write.ts
var MAX_EXISTING_BYTES = 64 * 1024 * 1024;
var READ_NO_FOLLOW2 = constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0);

// src/ingest/cache/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync4, lstatSync as lstatSync3, openSync as openSync4, readSync as readSync2 } from "node:fs";

// src/ingest/lines.ts
import { closeSync as closeSync3, constants as constants3, openSync as openSync3, readSync } from "node:fs";
var DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
var READ_NO_FOLLOW3 = constants3.O_RDONLY | (constants3.O_NOFOLLOW ?? 0);
var OVERSIZED_PREFIX_BYTES = 256;
var NEWLINE = 10;
var CR = 13;
var BOM = [239, 187, 191];
async function* readLines(path, options = {}) {
  yield* readLinesSync(path, options);
}
function* readLinesSync(path, options = {}) {
  const { chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0 } = options;
  checkOptions(options);
  yield* linesOf(fileChunks(path, chunkSize, startOffset), options);
}
var DEFAULT_CHUNK_BYTES = 1 << 20;
function checkOptions({ chunkSize = DEFAULT_CHUNK_BYTES, startOffset = 0, startLine = 0 }) {
  if (!Number.isInteger(chunkSize) || chunkSize < 16) {
    throw new RangeError("chunkSize must be an integer of at least 16 bytes");
  }
  if (!Number.isSafeInteger(startOffset) || startOffset < 0 || !Number.isSafeInteger(startLine) || startLine < 0) {
    throw new RangeError("startOffset and startLine must be non-negative integers");
  }
}
function* fileChunks(path, chunkSize, position) {
  const fd = openSync3(path, READ_NO_FOLLOW3);
  const buffer = takeBuffer(chunkSize);
  try {
    for (; ; ) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync3(fd);
    spare = buffer;
  }
}
function* linesOf(chunks, { maxLineBytes = DEFAULT_MAX_LINE_BYTES, startOffset = 0, startLine = 0, taker } = {}) {
  let lineNo = startLine;
  let chunkNo = 0;
  let base = startOffset;
  let bomPending = startOffset === 0;
  const partial2 = new PartialLine(maxLineBytes);
  try {
    for (let chunk of chunks) {
      if (bomPending) {
        if (chunk.length < BOM.length && partial2.length + chunk.length < BOM.length) {
          partial2.add(chunk, 0, chunk.length);
          base += chunk.length;
          continue;
        }
        bomPending = false;
        if (partial2.length > 0) {
          chunk = Buffer.concat([partial2.take(), chunk]);
          partial2.clear();
          base = startOffset;
        }
        if (chunk[0] === BOM[0] && chunk[1] === BOM[1] && chunk[2] === BOM[2]) {
          chunk = chunk.subarray(BOM.length);
          base += BOM.length;
        }
      }
      let start = 0;
      if (partial2.length > 0 || partial2.oversized) {
        const nl = chunk.indexOf(NEWLINE);
        if (nl === -1) {
          partial2.add(chunk, 0, chunk.length);
          base += chunk.length;
          continue;
        }
        partial2.add(chunk, 0, nl);
        start = nl + 1;
        lineNo += 1;
        yield partial2.line(lineNo, true, base + start);
        partial2.clear();
      }
      chunkNo += 1;
      const take = taker !== void 0 && chunk.length - start <= maxLineBytes ? taker : void 0;
      for (; ; ) {
        if (take !== void 0) {
          const taken = take.take(chunk, chunkNo, start, lineNo, base + start);
          if (taken > 0) {
            lineNo += taken;
            start = take.takenEnd;
          }
        }
        const nl = chunk.indexOf(NEWLINE, start);
        if (nl === -1) break;
        lineNo += 1;
        const bytes = chunk.subarray(start, nl);
        start = nl + 1;
        yield sized(lineNo, stripCr(bytes), true, maxLineBytes, base + start);
      }
      if (start < chunk.length) partial2.add(chunk, start, chunk.length);
      base += chunk.length;
    }
    if (partial2.length > 0 || partial2.oversized) yield partial2.line(lineNo + 1, false, base);
  } finally {
    partial2.release();
  }
}
var PartialLine = class {
  constructor(maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }
  maxLineBytes;
  length = 0;
  oversized = false;
  buffer = EMPTY;
  add(chunk, start, end) {
    if (this.oversized) return;
    const bytes = end - start;
    if (this.length + bytes > this.maxLineBytes) {
      const keep = Math.max(0, Math.min(bytes, OVERSIZED_PREFIX_BYTES - this.length));
      this.ensure(this.length + keep);
      chunk.copy(this.buffer, this.length, start, start + keep);
      this.length += keep;
      this.oversized = true;
      return;
    }
    this.ensure(this.length + bytes);
    chunk.copy(this.buffer, this.length, start, end);
    this.length += bytes;
  }
  line(line, terminated, end) {
    const bytes = this.buffer.subarray(0, this.length);
    if (this.oversized)
      return { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end };
    return sized(line, stripCr(bytes), terminated, this.maxLineBytes, end);
  }
  take() {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
  clear() {
    this.length = 0;
    this.oversized = false;
  }
  release() {
    if (this.buffer.length > 0 && this.buffer.length <= MAX_SPARE_JOIN_BYTES) spareJoin = this.buffer;
    this.buffer = EMPTY;
  }
  ensure(size) {
    if (size <= this.buffer.length) return;
    let next = Math.max(this.buffer.length * 2, 64 * 1024);
    if (spareJoin !== void 0 && this.buffer.length === 0 && spareJoin.length >= size) {
      this.buffer = spareJoin;
      spareJoin = void 0;
      return;
    }
    while (next < size) next *= 2;
    const grown = Buffer.allocUnsafe(next);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
};
var EMPTY = Buffer.alloc(0);
function sized(line, bytes, terminated, maxLineBytes, end) {
  return bytes.length > maxLineBytes ? { line, bytes: bytes.subarray(0, OVERSIZED_PREFIX_BYTES), terminated, oversized: true, end } : { line, bytes, terminated, oversized: false, end };
}
function stripCr(bytes) {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
var spare;
var spareJoin;
var MAX_SPARE_JOIN_BYTES = 8 * 1024 * 1024;
function takeBuffer(size) {
  const buffer = spare !== void 0 && spare.length === size ? spare : Buffer.allocUnsafe(size);
  if (buffer === spare) spare = void 0;
  return buffer;
}

// src/ingest/cache/fingerprint.ts
var FINGERPRINT_BYTES = 4096;
var window2 = Buffer.alloc(FINGERPRINT_BYTES);
function fingerprints(path, offset) {
  const fd = openSync4(path, READ_NO_FOLLOW3);
  try {
    const head = hashRange(fd, 0, Math.min(FINGERPRINT_BYTES, offset));
    const tailStart = Math.max(0, offset - FINGERPRINT_BYTES);
    const tail = tailStart === 0 ? head : hashRange(fd, tailStart, offset - tailStart);
    return head === void 0 || tail === void 0 ? void 0 : { head, tail };
  } finally {
    closeSync4(fd);
  }
}
function hashRange(fd, position, length) {
  let got = 0;
  while (got < length) {
    const n2 = readSync2(fd, window2, got, length - got, position + got);
    if (n2 === 0) return void 0;
    got += n2;
  }
  return createHash2("sha256").update(window2.subarray(0, length)).digest("hex").slice(0, 32);
}

// src/ingest/transcript/buckets.ts
init_zod();

// src/ingest/transcript/schema.ts
init_zod();
var identifier2 = UsageBucketSchema.shape.model;
var geoCode = UsageBucketSchema.shape.geo;
var tokenCount = number2().int().nonnegative();
var EnvelopeSchema = object({
  type: string2().max(64).nullish(),
  subtype: string2().max(64).nullish(),
  sessionId: identifier2.nullish(),
  timestamp: iso_exports.datetime({ offset: true }).nullish(),
  // Empty strings mean "absent" (`gitBranch:""` outside a repository); bounds match the record.
  gitBranch: string2().max(255).nullish(),
  cwd: string2().max(4096).nullish(),
  version: string2().max(64).nullish(),
  isSidechain: boolean2().nullish(),
  isMeta: boolean2().nullish(),
  isCompactSummary: boolean2().nullish()
});
var UsageSchema = object({
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount.nullish(),
  cache_read_input_tokens: tokenCount.nullish(),
  cache_creation: object({
    ephemeral_5m_input_tokens: tokenCount.nullish(),
    ephemeral_1h_input_tokens: tokenCount.nullish()
  }).nullish(),
  server_tool_use: object({ web_search_requests: tokenCount.nullish() }).nullish(),
  speed: string2().max(32).nullish(),
  inference_geo: string2().max(64).nullish(),
  service_tier: string2().max(64).nullish()
});
var AssistantLineSchema = EnvelopeSchema.extend({
  requestId: string2().max(200).nullish(),
  costUSD: number2().nonnegative().nullish(),
  message: object({
    id: string2().max(200).nullish(),
    model: string2().max(200),
    usage: UsageSchema
  })
});
function reasonFor(issue2) {
  const path = issue2.path.map(String).join(".") || "line";
  const input = issue2.input;
  const isToken = issue2.path.includes("usage");
  const what = isToken ? "token count" : "number";
  switch (issue2.code) {
    case "invalid_type":
      if (input === void 0) return `${path} is missing`;
      if (typeof input === "number" && !Number.isFinite(input)) return `non-finite ${what} at ${path}`;
      if (issue2.expected === "int") return `${path} is not a whole number`;
      return `${path} is not ${article(issue2.expected)}`;
    case "too_small":
      return issue2.origin === "number" ? `negative ${what} at ${path}` : `${path} is empty`;
    case "too_big":
      return issue2.origin === "string" ? `${path} is too long` : `${path} is too large`;
    case "invalid_format":
      return issue2.format === "datetime" ? `${path} is not an ISO date-time` : `${path} is not an identifier`;
    default:
      return `${path} is invalid`;
  }
}
function article(expected) {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
function firstReason(error2) {
  const issue2 = error2.issues[0];
  return issue2 ? reasonFor(issue2) : "line is invalid";
}

// src/ingest/transcript/request.ts
function tokenTotal(event) {
  return event.inputTokens + event.outputTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens + event.cacheReadTokens;
}
function promptTokens(event) {
  return event.inputTokens + event.cacheReadTokens + event.cacheWrite5mTokens + event.cacheWrite1hTokens;
}
function replaces(candidate, kept) {
  const a = tokenTotal(candidate);
  const b = tokenTotal(kept);
  return a > b || a === b && candidate.origin === "main" && kept.origin === "subagent";
}
function normaliseGeo(raw) {
  if (raw === void 0 || raw === null || raw === "") return "global";
  const known = geoVerdicts.get(raw);
  if (known !== void 0) return known ?? void 0;
  const geo = raw.trim().toLowerCase();
  const result = geo === "" || geo === "not_available" ? "global" : geoCode.safeParse(geo).success ? geo : void 0;
  if (geoVerdicts.size < GEO_CACHE_MAX) geoVerdicts.set(raw, result ?? null);
  return result;
}
var GEO_CACHE_MAX = 256;
var geoVerdicts = /* @__PURE__ */ new Map();
function cacheWrites(usage) {
  const flat = usage.cache_creation_input_tokens ?? 0;
  const split = usage.cache_creation;
  if (!split) return { write5m: flat, write1h: 0 };
  const write5m = split.ephemeral_5m_input_tokens ?? 0;
  const write1h = split.ephemeral_1h_input_tokens ?? 0;
  return { write5m: write5m + Math.max(0, flat - write5m - write1h), write1h };
}
function toRequest(data, geo, ctx) {
  const usage = data.message.usage;
  const { write5m, write1h } = cacheWrites(usage);
  const isSidechain = data.isSidechain === true;
  return {
    messageId: data.message.id || void 0,
    requestId: data.requestId || void 0,
    sessionId: ctx.sessionId,
    timestamp: data.timestamp ?? void 0,
    model: data.message.model,
    branch: data.gitBranch || void 0,
    cwd: data.cwd || void 0,
    toolVersion: data.version || void 0,
    isSidechain,
    origin: ctx.inSubagentsDir || isSidechain ? "subagent" : "main",
    speed: usage.speed === "fast" ? "fast" : "standard",
    geo,
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheWrite5mTokens: write5m,
    cacheWrite1hTokens: write1h,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0,
    reportedCostUsd: data.costUSD ?? void 0,
    file: ctx.file,
    line: ctx.line
  };
}

// src/ingest/transcript/buckets.ts
function toBuckets(requests, fallbackDay) {
  const buckets = /* @__PURE__ */ new Map();
  let last;
  for (const request2 of requests) {
    const day = request2.timestamp === void 0 ? fallbackDay : utcDay3(request2.timestamp);
    const band = bandOf(promptTokens(request2));
    let bucket = last;
    if (bucket === void 0 || bucket.day !== day || bucket.model !== request2.model || bucket.band !== band || bucket.origin !== request2.origin || bucket.speed !== request2.speed || bucket.geo !== request2.geo) {
      const key = {
        model: request2.model,
        day,
        speed: request2.speed,
        geo: request2.geo,
        band,
        origin: request2.origin
      };
      const id = bucketKeyString(key);
      bucket = buckets.get(id);
      if (!bucket) {
        bucket = emptyBucket(key);
        buckets.set(id, bucket);
      }
      last = bucket;
    }
    bucket.requests += 1;
    bucket.inputTokens += request2.inputTokens;
    bucket.outputTokens += request2.outputTokens;
    bucket.cacheWrite5mTokens += request2.cacheWrite5mTokens;
    bucket.cacheWrite1hTokens += request2.cacheWrite1hTokens;
    bucket.cacheReadTokens += request2.cacheReadTokens;
    bucket.webSearchRequests += request2.webSearchRequests;
  }
  return [...buckets.values()].sort(compareBuckets);
}
var BUCKET_ORDER = ["day", "model", "origin", "speed", "geo", "band"];
function compareBuckets(a, b) {
  for (const field of BUCKET_ORDER) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}
function utcDay3(timestamp) {
  if (timestamp.endsWith("Z") && DATETIME.test(timestamp)) return timestamp.slice(0, 10);
  return new Date(timestamp).toISOString().slice(0, 10);
}
var DATETIME = regexes_exports.datetime({ offset: true });

// src/ingest/transcript/dedupe.ts
function dedupeAcrossFiles(results) {
  const byMessage = /* @__PURE__ */ new Map();
  const byPair = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Set();
  const firstPass = [];
  results.forEach((result, fileIndex) => {
    for (const event of result.requests) {
      const entry = { event, fileIndex, dropped: 0 };
      const { messageId, requestId } = event;
      if (messageId === void 0) {
        firstPass.push(entry);
        continue;
      }
      let existing = byMessage.get(messageId);
      if (existing === void 0) {
        byMessage.set(messageId, entry);
      } else if (existing.event.requestId !== requestId) {
        shared.add(messageId);
        const pair = `${messageId}\0${requestId ?? ""}`;
        existing = byPair.get(pair);
        if (existing === void 0) byPair.set(pair, entry);
      }
      if (existing === void 0) {
        firstPass.push(entry);
        continue;
      }
      existing.dropped += 1;
      if (replaces(event, existing.event)) {
        existing.event = event;
        existing.fileIndex = fileIndex;
      }
    }
  });
  return shared.size === 0 ? firstPass : dropReplays(firstPass, shared);
}
function dropReplays(entries, shared) {
  const byMessage = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const id = entry.event.messageId;
    if (id === void 0 || !shared.has(id)) continue;
    const group = byMessage.get(id);
    if (group) group.push(entry);
    else byMessage.set(id, [entry]);
  }
  const removed = /* @__PURE__ */ new Set();
  for (const group of byMessage.values()) {
    if (group.length < 2) continue;
    const subagent = group.filter((entry) => entry.event.origin === "subagent");
    if (subagent.length === 0) continue;
    const main = group.filter((entry) => entry.event.origin === "main");
    const survivor = main[0] ?? largest(subagent);
    for (const entry of subagent) {
      if (entry === survivor) continue;
      removed.add(entry);
      survivor.dropped += 1 + entry.dropped;
    }
  }
  return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry));
}
function largest(entries) {
  let best = entries[0];
  for (const entry of entries) {
    if (tokenTotal(entry.event) > tokenTotal(best.event)) best = entry;
  }
  return best;
}

// src/ingest/transcript/time.ts
function compareTimes(a, b) {
  if (isCanonicalUtc(a) && isCanonicalUtc(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}
var T = 84;
var Z = 90;
var DOT = 46;
function isCanonicalUtc(text2) {
  return text2.length === 24 && text2.charCodeAt(23) === Z && text2.charCodeAt(10) === T && text2.charCodeAt(19) === DOT;
}

// src/ingest/collect.ts
function collectTranscripts(results, recordedBy) {
  const kept = dedupeAcrossFiles(results);
  const groups2 = groupRequests(kept);
  const primaries = primaryGroups(groups2);
  const facts = mergeFacts(results);
  applyFacts(facts, groups2, primaries);
  attributeFiles(results, groups2, primaries);
  for (const group of groups2) {
    group.toolVersion = group.latestVersion ?? facts.get(group.sessionId)?.toolVersion;
  }
  const firstDays = sessionFirstDays(groups2, facts);
  const sessions = groups2.map((group) => toRecord(group, recordedBy, firstDays.get(group.sessionId) ?? "1970-01-01"));
  const duplicatesDropped = results.reduce((sum, result) => sum + result.duplicatesDropped, 0) + kept.reduce((sum, entry) => sum + entry.dropped, 0);
  return { sessions, duplicatesDropped };
}
var groupKey = (sessionId, branch) => `${sessionId}\0${branch ?? ""}`;
var GroupIndex = class {
  bySession = /* @__PURE__ */ new Map();
  last;
  constructor(groups2 = []) {
    for (const group of groups2) this.add(group);
  }
  get(sessionId, branch) {
    const last = this.last;
    if (last !== void 0 && last.sessionId === sessionId && last.branch === branch) return last;
    const group = this.bySession.get(sessionId)?.get(branch ?? "");
    if (group !== void 0) this.last = group;
    return group;
  }
  add(group) {
    let byBranch = this.bySession.get(group.sessionId);
    if (byBranch === void 0) {
      byBranch = /* @__PURE__ */ new Map();
      this.bySession.set(group.sessionId, byBranch);
    }
    byBranch.set(group.branch ?? "", group);
  }
};
function isEarlier(a, b) {
  if (a === void 0) return b !== void 0;
  return b !== void 0 && compareTimes(a, b) < 0;
}
function groupRequests(kept) {
  const index = new GroupIndex();
  const groups2 = [];
  for (const entry of kept) {
    const { sessionId, branch, timestamp, toolVersion } = entry.event;
    let group = index.get(sessionId, branch);
    if (!group) {
      group = newGroup(sessionId, branch);
      index.add(group);
      groups2.push(group);
    }
    group.requests.push(entry);
    group.files.add(entry.fileIndex);
    group.first = earlier(group.first, timestamp);
    group.last = later(group.last, timestamp);
    if (toolVersion !== void 0 && (group.latestVersion === void 0 || !isEarlier(timestamp, group.latestTime))) {
      group.latestVersion = toolVersion;
      group.latestTime = timestamp;
    }
  }
  const keys = new Map(groups2.map((group) => [group, groupKey(group.sessionId, group.branch)]));
  const key = (group) => keys.get(group) ?? "";
  return groups2.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function newGroup(sessionId, branch) {
  return {
    sessionId,
    branch,
    requests: [],
    files: /* @__PURE__ */ new Set(),
    turns: 0,
    compactions: 0,
    first: void 0,
    last: void 0,
    toolVersion: void 0,
    latestVersion: void 0,
    latestTime: void 0,
    linesRead: 0,
    duplicatesDropped: 0,
    skipped: []
  };
}
function primaryGroups(groups2) {
  const primaries = /* @__PURE__ */ new Map();
  for (const group of groups2) {
    const best = primaries.get(group.sessionId);
    if (!best || group.requests.length > best.requests.length) primaries.set(group.sessionId, group);
  }
  return primaries;
}
function mergeFacts(results) {
  const merged = /* @__PURE__ */ new Map();
  results.forEach((result, fileIndex) => {
    for (const facts of result.facts) {
      let entry = merged.get(facts.sessionId);
      if (!entry) {
        entry = {
          turnsByBranch: /* @__PURE__ */ new Map(),
          compactions: 0,
          first: void 0,
          last: void 0,
          toolVersion: void 0,
          files: /* @__PURE__ */ new Set()
        };
        merged.set(facts.sessionId, entry);
      }
      for (const [branch, turns] of facts.turnsByBranch) {
        entry.turnsByBranch.set(branch, (entry.turnsByBranch.get(branch) ?? 0) + turns);
      }
      entry.compactions += facts.compactions;
      entry.first = earlier(entry.first, facts.firstTimestamp);
      entry.last = later(entry.last, facts.lastTimestamp);
      entry.toolVersion = facts.toolVersion ?? entry.toolVersion;
      entry.files.add(fileIndex);
    }
  });
  return merged;
}
function applyFacts(facts, groups2, primaries) {
  const index = new GroupIndex(groups2);
  for (const [sessionId, entry] of facts) {
    const primary = primaries.get(sessionId);
    if (!primary) continue;
    for (const [branch, turns] of entry.turnsByBranch) {
      const group = index.get(sessionId, branch || void 0) ?? primary;
      group.turns += turns;
    }
    primary.compactions += entry.compactions;
    primary.first = earlier(primary.first, entry.first);
    primary.last = later(primary.last, entry.last);
    for (const file of entry.files) primary.files.add(file);
  }
}
function attributeFiles(results, groups2, primaries) {
  const index = new GroupIndex(groups2);
  results.forEach((result, fileIndex) => {
    const owner = fileOwner(result, index, primaries);
    if (!owner) return;
    owner.files.add(fileIndex);
    owner.linesRead += result.linesRead;
    owner.duplicatesDropped += result.duplicatesDropped;
    owner.skipped.push(...result.skipped);
  });
}
function fileOwner(result, index, primaries) {
  const counts = /* @__PURE__ */ new Map();
  for (const event of result.requests) {
    const group = index.get(event.sessionId, event.branch);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  let owner;
  let most = 0;
  for (const [group, count5] of counts) {
    if (count5 > most) [owner, most] = [group, count5];
  }
  if (owner) return owner;
  for (const facts of result.facts) {
    const primary = primaries.get(facts.sessionId);
    if (primary) return primary;
  }
  return void 0;
}
function sessionFirstDays(groups2, facts) {
  const firsts = /* @__PURE__ */ new Map();
  for (const group of groups2) {
    const known = firsts.get(group.sessionId) ?? facts.get(group.sessionId)?.first;
    firsts.set(group.sessionId, earlier(known, group.first));
  }
  const days = /* @__PURE__ */ new Map();
  for (const [sessionId, first] of firsts) if (first) days.set(sessionId, utcDay3(first));
  return days;
}
function toRecord(group, recordedBy, fallbackDay) {
  const events = group.requests.map((entry) => entry.event);
  let peak = 0;
  let reported;
  for (const event of events) {
    if (event.origin === "main") peak = Math.max(peak, promptTokens(event));
    if (event.reportedCostUsd !== void 0) reported = (reported ?? 0) + event.reportedCostUsd;
  }
  const duplicatesDropped = group.duplicatesDropped + group.requests.reduce((sum, entry) => sum + entry.dropped, 0);
  return {
    schema: SESSION_SCHEMA,
    sessionId: group.sessionId,
    tool: "claude-code",
    ...group.toolVersion === void 0 ? {} : { toolVersion: group.toolVersion },
    recordedBy,
    ...group.branch === void 0 ? {} : { branch: group.branch },
    ...group.first === void 0 ? {} : { startedAt: group.first },
    ...group.last === void 0 ? {} : { endedAt: group.last },
    turns: group.turns,
    requests: events.length,
    compactions: group.compactions,
    peakContextTokens: peak,
    usage: toBuckets(events, fallbackDay),
    // Float sums drift in the last digits; ten decimals is far below a cent.
    ...reported === void 0 ? {} : { reported: { costUsd: Math.round(reported * 1e10) / 1e10, costBasis: "transcript" } },
    source: {
      format: "transcript",
      files: group.files.size,
      linesRead: group.linesRead,
      duplicatesDropped,
      skipped: summariseSkipped(group.skipped.map((entry) => entry.reason))
    }
  };
}
function earlier(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return compareTimes(b, a) < 0 ? b : a;
}
function later(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return compareTimes(b, a) > 0 ? b : a;
}

// src/ingest/export/index.ts
import { extname as extname2 } from "node:path";

// src/ingest/json-file.ts
import { lstat, open as open2 } from "node:fs/promises";
async function readJsonFile(path, options) {
  const skip = (line, reason) => ({
    ok: false,
    skipped: { file: options.displayName, line, reason }
  });
  const max = options.maxJsonBytes;
  let bytes;
  let mtime;
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return skip(0, "symbolic link not followed");
    if (!info.isFile()) return skip(0, "not a regular file");
    if (info.size > max) return skip(0, `file is larger than ${max} bytes`);
    const handle = await open2(path, READ_NO_FOLLOW3);
    try {
      const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
      let filled = 0;
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === buffer.length) break;
      }
      if (filled > max) return skip(0, `file is larger than ${max} bytes`);
      bytes = buffer.subarray(0, filled);
      mtime = (await handle.stat()).mtime;
    } finally {
      await handle.close();
    }
  } catch (error2) {
    return skip(0, `cannot read: ${errorCode(error2)}`);
  }
  let text2 = bytes.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  const lines = countLines(text2);
  try {
    return { ok: true, file: { value: JSON.parse(text2), lines, mtime } };
  } catch (error2) {
    return skip(jsonErrorLine(error2, text2, lines), "not valid JSON");
  }
}
function countLines(text2) {
  if (text2 === "") return 0;
  let n2 = 0;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) n2++;
  return text2.endsWith("\n") ? n2 : n2 + 1;
}
function jsonErrorLine(error2, text2, lines) {
  const message = error2 instanceof Error ? error2.message : "";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== void 0) return countLines(text2.slice(0, Number(position) + 1)) || 1;
  if (/Unexpected end of JSON input/.test(message)) return Math.max(lines, 1);
  return 0;
}
function errorCode(error2) {
  const code = error2?.code;
  return typeof code === "string" ? code : "I/O error";
}

// src/ingest/types.ts
function emptyFileResult(format) {
  return {
    format,
    sessions: [],
    requests: [],
    facts: [],
    skipped: [],
    linesRead: 0,
    duplicatesDropped: 0
  };
}

// src/ingest/export/session.ts
init_zod();

// src/ingest/export/schema.ts
init_zod();
var count2 = number2().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var ExportMessageSchema = looseObject({
  input_tokens: count2,
  output_tokens: count2,
  cached_tokens: count2.nullish(),
  thinking_tokens: count2.nullish(),
  // Checked separately: a bad model id or timestamp must not be echoed in a zod message.
  model: unknown().optional(),
  timestamp: unknown().optional(),
  id: unknown().optional()
});
var ExportFileSchema = looseObject({
  messages: array(unknown()),
  model: unknown().optional(),
  session_id: unknown().optional(),
  sessionId: unknown().optional()
});

// src/ingest/export/session.ts
var isoDateTime = iso_exports.datetime({ offset: true });
function parseExportObject(value, context) {
  const problems = [];
  const generic = [];
  const problem = (line, reason) => {
    problems.push({ line, reason: line === 0 ? reason : `message ${line}: ${reason}` });
    generic.push(reason);
  };
  const file = ExportFileSchema.safeParse(value);
  if (!file.success) {
    problem(0, `not a message export: ${describeFirstIssue(file.error)}`);
    return { record: void 0, problems };
  }
  const { messages, model: topModel } = file.data;
  const fileModel = topModel === void 0 ? void 0 : isIdentifier(topModel) ? topModel : void 0;
  if (topModel !== void 0 && fileModel === void 0) {
    problem(0, "top-level model is not an identifier; messages without their own model count as unknown");
  }
  const claimedId = file.data.session_id ?? file.data.sessionId;
  const sessionId = isIdentifier(claimedId) ? claimedId : context.fallbackSessionId;
  if (claimedId !== void 0 && !isIdentifier(claimedId))
    problem(0, "session id is not an identifier; the file name is used");
  const buckets = /* @__PURE__ */ new Map();
  let first;
  let last;
  let peak = 0;
  messages.forEach((raw, index) => {
    const n2 = index + 1;
    const parsed = ExportMessageSchema.safeParse(raw);
    if (!parsed.success) return problem(n2, describeFirstIssue(parsed.error));
    const m = parsed.data;
    const cached2 = m.cached_tokens ?? 0;
    if (cached2 > m.input_tokens) return problem(n2, "cached_tokens exceeds input_tokens");
    if ((m.thinking_tokens ?? 0) > m.output_tokens) return problem(n2, "thinking_tokens exceeds output_tokens");
    const own2 = m.model === void 0 ? void 0 : isIdentifier(m.model) ? m.model : null;
    if (own2 === null) return problem(n2, "model is not an identifier");
    const model = own2 ?? fileModel ?? "unknown";
    const time3 = isoDateTime.safeParse(m.timestamp);
    const at = time3.success ? Date.parse(time3.data) : void 0;
    if (at !== void 0) {
      first = first === void 0 ? at : Math.min(first, at);
      last = last === void 0 ? at : Math.max(last, at);
    }
    const key = {
      model,
      day: at === void 0 ? context.day : utcDayOf(new Date(at)),
      speed: "standard",
      geo: "global",
      // The prompt is input + cache read + cache write; here input_tokens already holds the first two.
      band: bandOf(m.input_tokens),
      origin: "main"
    };
    const id = bucketKeyString(key);
    const bucket = buckets.get(id) ?? emptyBucket(key);
    bucket.requests += 1;
    bucket.inputTokens += m.input_tokens - cached2;
    bucket.cacheReadTokens += cached2;
    bucket.outputTokens += m.output_tokens;
    buckets.set(id, bucket);
    peak = Math.max(peak, m.input_tokens);
  });
  if (buckets.size === 0) return { record: void 0, problems };
  const usage = [...buckets.values()];
  const record2 = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: "claude-code",
    recordedBy: GENERATOR,
    ...first === void 0 ? {} : { startedAt: new Date(first).toISOString() },
    ...last === void 0 ? {} : { endedAt: new Date(last).toISOString() },
    // The export has no notion of user turns.
    turns: 0,
    requests: usage.reduce((n2, b) => n2 + b.requests, 0),
    compactions: 0,
    peakContextTokens: peak,
    usage,
    source: {
      format: "export",
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped(generic)
    }
  };
  const checked2 = SessionRecordSchema.safeParse(record2);
  if (!checked2.success) {
    problems.push({ line: 0, reason: `export gives an invalid record: ${describeFirstIssue(checked2.error)}` });
    return { record: void 0, problems };
  }
  return { record: checked2.data, problems };
}

// src/ingest/export/index.ts
var exportParser = {
  format: "export",
  detect(path, head) {
    if (extname2(path).toLowerCase() !== ".json") return false;
    return /"messages"\s*:\s*\[\s*\]/.test(head) || /"messages"\s*:\s*\[/.test(head) && head.includes('"input_tokens"');
  },
  async parse(path, options) {
    const out = emptyFileResult("export");
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = parseExportObject(read.file.value, {
      fallbackSessionId: sessionIdFromPath(path),
      day: utcDayOf(read.file.mtime),
      linesRead: read.file.lines
    });
    for (const p of parsed.problems) out.skipped.push({ file: options.displayName, line: p.line, reason: p.reason });
    if (parsed.record !== void 0) out.sessions.push(parsed.record);
    return out;
  }
};

// src/ingest/record/index.ts
import { extname as extname3 } from "node:path";
var recordParser = {
  format: "record",
  detect(path, head) {
    return extname3(path).toLowerCase() === ".json" && head.includes(`"${SESSION_SCHEMA}"`);
  },
  async parse(path, options) {
    const out = emptyFileResult("record");
    const read = await readJsonFile(path, options);
    if (!read.ok) {
      out.skipped.push(read.skipped);
      return out;
    }
    out.linesRead = read.file.lines;
    const parsed = SessionRecordSchema.safeParse(read.file.value);
    if (parsed.success) out.sessions.push(parsed.data);
    else
      out.skipped.push({
        file: options.displayName,
        line: 0,
        reason: `invalid session record: ${describeFirstIssue(parsed.error)}`
      });
    return out;
  }
};

// src/ingest/result/index.ts
import { lstat as lstat2, open as open3 } from "node:fs/promises";
import { extname as extname4 } from "node:path";

// src/ingest/result/session.ts
init_zod();

// src/ingest/result/schema.ts
init_zod();
var count3 = number2().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var money = number2().finite().nonnegative();
var ModelUsageSchema = looseObject({
  inputTokens: count3,
  outputTokens: count3,
  cacheReadInputTokens: count3.default(0),
  // Unsplit: the 5-minute / 1-hour split is not kept per model.
  cacheCreationInputTokens: count3.default(0),
  webSearchRequests: count3.default(0),
  costUSD: money.optional(),
  contextWindow: count3.optional(),
  maxOutputTokens: count3.optional()
});
var ApiUsageSchema = looseObject({
  input_tokens: count3.default(0),
  output_tokens: count3.default(0),
  cache_read_input_tokens: count3.nullish(),
  cache_creation_input_tokens: count3.nullish(),
  cache_creation: looseObject({
    ephemeral_5m_input_tokens: count3.nullish(),
    ephemeral_1h_input_tokens: count3.nullish()
  }).nullish(),
  server_tool_use: looseObject({ web_search_requests: count3.nullish() }).nullish()
});
var ResultMessageSchema = looseObject({
  type: literal("result"),
  subtype: string2().max(64).optional(),
  // Checked against the identifier rule later, so a bad id falls back to the file name.
  session_id: unknown().optional(),
  total_cost_usd: money.optional(),
  num_turns: count3.optional(),
  duration_ms: count3.optional(),
  // Not in SDKResultMessage today; wrappers that stamp one give the day better than mtime does.
  timestamp: unknown().optional(),
  usage: unknown().optional(),
  // Entries are checked one by one, so one bad entry does not lose the others.
  modelUsage: record(string2(), unknown()).optional()
});

// src/ingest/result/buckets.ts
function modelUsageToBuckets(modelUsage, day, split) {
  const buckets = [];
  const reported = [];
  const skipped = [];
  Object.entries(modelUsage).forEach(([model, raw], index) => {
    const entry = `modelUsage entry ${index + 1}`;
    if (!isIdentifier(model)) {
      skipped.push(`${entry}: model id is not an identifier`);
      return;
    }
    const parsed = ModelUsageSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      skipped.push(`${entry}: ${first === void 0 ? "invalid" : describeIssue2(first)}`);
      return;
    }
    const u = parsed.data;
    buckets.push({
      model,
      day,
      speed: "standard",
      geo: "global",
      band: "unknown",
      origin: "main",
      ...emptyTokens(),
      inputTokens: u.inputTokens,
      outputTokens: u.outputTokens,
      cacheReadTokens: u.cacheReadInputTokens,
      cacheWrite5mTokens: u.cacheCreationInputTokens,
      webSearchRequests: u.webSearchRequests
    });
    if (u.costUSD !== void 0) reported.push([model, u.costUSD]);
  });
  if (split !== void 0) applySplit(buckets, split);
  return { buckets, reportedByModel: Object.fromEntries(reported), skipped };
}
function applySplit(buckets, split) {
  const writers = buckets.filter((b) => b.cacheWrite5mTokens > 0);
  const only = writers[0];
  if (writers.length !== 1 || only === void 0) return;
  if (split.write5m + split.write1h !== only.cacheWrite5mTokens) return;
  only.cacheWrite5mTokens = split.write5m;
  only.cacheWrite1hTokens = split.write1h;
}
function cacheSplitOf(usage) {
  const c = usage.cache_creation;
  if (c === null || c === void 0) return void 0;
  const write5m = c.ephemeral_5m_input_tokens ?? 0;
  const write1h = c.ephemeral_1h_input_tokens ?? 0;
  return write5m + write1h > 0 ? { write5m, write1h } : void 0;
}
function apiUsageToBucket(usage, day) {
  const split = cacheSplitOf(usage);
  const bucket = {
    model: "unknown",
    day,
    speed: "standard",
    geo: "global",
    band: "unknown",
    origin: "main",
    ...emptyTokens(),
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWrite5mTokens: split?.write5m ?? usage.cache_creation_input_tokens ?? 0,
    cacheWrite1hTokens: split?.write1h ?? 0,
    webSearchRequests: usage.server_tool_use?.web_search_requests ?? 0
  };
  const total = bucket.inputTokens + bucket.outputTokens + bucket.cacheReadTokens + bucket.cacheWrite5mTokens + bucket.cacheWrite1hTokens + bucket.webSearchRequests;
  return total > 0 ? bucket : void 0;
}

// src/ingest/result/session.ts
var isoDateTime2 = iso_exports.datetime({ offset: true });
function parseResultObject(obj, context) {
  const parsed = ResultMessageSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, reason: `not a result object: ${describeFirstIssue(parsed.error)}` };
  const result = parsed.data;
  const skipped = [];
  let sessionId = context.fallbackSessionId;
  if (isIdentifier(result.session_id)) sessionId = result.session_id;
  else if (result.session_id !== void 0) skipped.push("session_id is not an identifier; the file name is used");
  const timestamp = isoDateTime2.safeParse(result.timestamp);
  const day = timestamp.success ? utcDayOf(new Date(timestamp.data)) : context.day;
  let usage;
  if (result.usage !== void 0 && result.usage !== null) {
    const u = ApiUsageSchema.safeParse(result.usage);
    if (u.success) usage = u.data;
    else skipped.push(`usage: ${describeFirstIssue(u.error)}`);
  }
  const modelUsage = result.modelUsage ?? {};
  const fromModels = modelUsageToBuckets(modelUsage, day, usage === void 0 ? void 0 : cacheSplitOf(usage));
  skipped.push(...fromModels.skipped);
  let buckets = fromModels.buckets;
  if (Object.keys(modelUsage).length === 0 && usage !== void 0) {
    const bucket = apiUsageToBucket(usage, day);
    buckets = bucket === void 0 ? [] : [bucket];
  }
  const record2 = {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: "claude-code",
    recordedBy: GENERATOR,
    turns: result.num_turns ?? 0,
    requests: buckets.reduce((n2, b) => n2 + b.requests, 0),
    compactions: 0,
    peakContextTokens: 0,
    usage: buckets,
    ...result.total_cost_usd === void 0 ? {} : { reported: { costUsd: result.total_cost_usd, costBasis: "claude-code" } },
    source: {
      format: "result",
      files: 1,
      linesRead: context.linesRead,
      duplicatesDropped: 0,
      skipped: summariseSkipped([...context.skipped ?? [], ...skipped])
    }
  };
  const checked2 = SessionRecordSchema.safeParse(record2);
  if (!checked2.success)
    return { ok: false, reason: `result gives an invalid record: ${describeFirstIssue(checked2.error)}` };
  return { ok: true, record: checked2.data, reportedByModel: fromModels.reportedByModel, skipped };
}

// src/ingest/result/stream.ts
var MARKERS = ['"type":"result"', '"type": "result"'];
async function scanStream(path, maxLineBytes) {
  const scan = { result: void 0, problems: [], lines: 0 };
  for await (const { line: number3, bytes, oversized } of readLines(path, { maxLineBytes })) {
    scan.lines = number3;
    if (oversized) {
      if (hasMarker(bytes))
        scan.problems.push({ line: number3, reason: `result line is larger than ${maxLineBytes} bytes` });
      continue;
    }
    if (!hasMarker(bytes)) continue;
    let value;
    try {
      value = JSON.parse(bytes.toString("utf8"));
    } catch {
      scan.problems.push({ line: number3, reason: "result line is not valid JSON" });
      continue;
    }
    if (isObject2(value) && value.type === "result") scan.result = { value, line: number3 };
  }
  return scan;
}
function hasMarker(bytes) {
  return MARKERS.some((m) => bytes.includes(m));
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function looksLikeStream(head) {
  const firstLine = head.split("\n", 1)[0] ?? "";
  return /"type"\s*:\s*"system"/.test(firstLine) && firstLine.includes('"session_id"');
}

// src/ingest/result/index.ts
var HEAD_BYTES = 64 * 1024;
var resultParser = {
  format: "result",
  detect(path, head) {
    const ext = extname4(path).toLowerCase();
    if (ext === ".jsonl" || ext === ".ndjson") return looksLikeStream(head);
    if (ext !== ".json") return false;
    return looksLikeStream(head) || head.trimStart().startsWith("[") || /"type"\s*:\s*"result"/.test(head);
  },
  async parse(path, options) {
    const ext = extname4(path).toLowerCase();
    if (ext === ".json" && !await startsLikeStream(path)) return parseWholeFile(path, options);
    return parseStreamFile(path, options);
  }
};
async function parseWholeFile(path, options) {
  const out = emptyFileResult("result");
  const read = await readJsonFile(path, options);
  if (!read.ok) {
    out.skipped.push(read.skipped);
    return out;
  }
  out.linesRead = read.file.lines;
  const value = read.file.value;
  const found = Array.isArray(value) ? value.findLast((m) => isObject3(m) && m.type === "result") : value;
  if (found === void 0) {
    out.skipped.push({ file: options.displayName, line: 0, reason: "no result element in the array" });
    return out;
  }
  addSession(out, found, 0, path, read.file.mtime, options, []);
  return out;
}
async function parseStreamFile(path, options) {
  const out = emptyFileResult("result");
  const skip = (line, reason) => {
    out.skipped.push({ file: options.displayName, line, reason });
  };
  let scan;
  let mtime;
  try {
    const info = await lstat2(path);
    if (info.isSymbolicLink()) return skip(0, "symbolic link not followed"), out;
    if (!info.isFile()) return skip(0, "not a regular file"), out;
    mtime = info.mtime;
    scan = await scanStream(path, options.maxJsonBytes);
  } catch (error2) {
    skip(0, `cannot read: ${errorCode(error2)}`);
    return out;
  }
  out.linesRead = scan.lines;
  for (const p of scan.problems) skip(p.line, p.reason);
  if (scan.result === void 0) {
    if (scan.problems.length === 0) skip(0, "no result line (the run may not have finished)");
    return out;
  }
  const earlier2 = scan.problems.map((p) => p.reason);
  addSession(out, scan.result.value, scan.result.line, path, mtime, options, earlier2);
  return out;
}
function addSession(out, value, line, path, mtime, options, earlier2) {
  const parsed = parseResultObject(value, {
    fallbackSessionId: sessionIdFromPath(path),
    day: utcDayOf(mtime),
    linesRead: out.linesRead,
    skipped: earlier2
  });
  if (!parsed.ok) {
    out.skipped.push({ file: options.displayName, line, reason: parsed.reason });
    return;
  }
  out.sessions.push(parsed.record);
  for (const reason of parsed.skipped) out.skipped.push({ file: options.displayName, line, reason });
}
async function startsLikeStream(path) {
  try {
    const handle = await open3(path, READ_NO_FOLLOW3);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return looksLikeStream(buffer.subarray(0, bytesRead).toString("utf8"));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/ingest/transcript/detect.ts
var TRANSCRIPT_KEY = /"(?:sessionId|parentUuid|leafUuid)"\s*:/;
var TRANSCRIPT_TYPE = /"type"\s*:\s*"(?:user|assistant|summary|system|progress|file-history-snapshot|queue-operation)"/;
var STREAM_JSON = /"session_id"\s*:|"subtype"\s*:\s*"init"/;
var SESSION_RECORD = /"schema"\s*:\s*"claude-cost\//;
function detectTranscript(path, head) {
  if (!path.toLowerCase().endsWith(".jsonl")) return false;
  const trimmed = head.trimStart();
  if (trimmed === "") return true;
  if (!trimmed.startsWith("{")) return false;
  const first = firstObjectText(trimmed);
  if (STREAM_JSON.test(first) || SESSION_RECORD.test(first)) return false;
  return TRANSCRIPT_KEY.test(first) || TRANSCRIPT_TYPE.test(first);
}
function firstObjectText(head) {
  const newline = head.indexOf("\n");
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  if (firstLine.trim() !== "{") return firstLine;
  const close = head.search(/\n\}/);
  return close === -1 ? head : head.slice(0, close);
}

// src/ingest/transcript/parse.ts
import { basename as basename2, dirname, extname as extname5 } from "node:path";

// src/ingest/transcript/bytes.ts
var needle = (text2) => Buffer.from(text2, "utf8");
var USAGE = needle('"usage"');
var TYPE_ASSISTANT = needle('"type":"assistant"');
var ASSISTANT_TAIL_BYTES = 512;
var TYPE_USER = needle('"type":"user"');
var FIRST_TYPE = needle('"type":"');
var TOOL_USE_ID = needle('"tool_use_id"');
var IS_META = needle('"isMeta":true');
var IS_SIDECHAIN = needle('"isSidechain":true');
var IS_COMPACT_SUMMARY = needle('"isCompactSummary":true');
var COMPACT_BOUNDARY = needle('"subtype":"compact_boundary"');
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var QUOTE = 34;
var BACKSLASH = 92;
var COLON = 58;
var COMMA2 = 44;
var TYPE_KEY = needle("type");
function hasUsage(bytes) {
  return bytes.indexOf(USAGE) !== -1;
}
function endsLikeAssistantLine(bytes) {
  return bytes.indexOf(TYPE_ASSISTANT, Math.max(0, bytes.length - ASSISTANT_TAIL_BYTES)) !== -1;
}
function hasCompactBoundary(bytes) {
  return bytes.indexOf(COMPACT_BOUNDARY) !== -1;
}
function looksLikeUserPrompt(bytes) {
  const typeAt = bytes.indexOf(FIRST_TYPE);
  if (typeAt === -1 || !startsWith(bytes, typeAt, TYPE_USER)) return false;
  return userLineLooksLikePrompt(bytes);
}
function userLineLooksLikePrompt(bytes) {
  return bytes.indexOf(TOOL_USE_ID) === -1 && bytes.indexOf(IS_META) === -1 && bytes.indexOf(IS_SIDECHAIN) === -1 && bytes.indexOf(IS_COMPACT_SUMMARY) === -1;
}
function leadingType(bytes) {
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_BRACE) return void 0;
  for (; ; ) {
    at = skipSpace(bytes, at + 1);
    if (bytes[at] !== QUOTE) return void 0;
    const keyEnd = stringEnd(bytes, at);
    if (keyEnd === -1) return void 0;
    const isType = keyEnd - at - 1 === TYPE_KEY.length && startsWith(bytes, at + 1, TYPE_KEY);
    at = skipSpace(bytes, keyEnd + 1);
    if (bytes[at] !== COLON) return void 0;
    at = skipSpace(bytes, at + 1);
    const first = bytes[at];
    if (first === QUOTE) {
      const valueEnd = stringEnd(bytes, at);
      if (valueEnd === -1) return void 0;
      if (isType) return plainAscii(bytes, at + 1, valueEnd);
      at = valueEnd + 1;
    } else if (first === void 0 || first === OPEN_BRACE || first === OPEN_BRACKET || isType) {
      return void 0;
    } else {
      while (at < bytes.length && bytes[at] !== COMMA2 && bytes[at] !== CLOSE_BRACE) at += 1;
    }
    at = skipSpace(bytes, at);
    if (bytes[at] !== COMMA2) return void 0;
  }
}
function stringEnd(bytes, open5) {
  for (let at = open5 + 1; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === QUOTE) return at;
    if (byte === BACKSLASH) at += 1;
  }
  return -1;
}
function plainAscii(bytes, start, end) {
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i];
    if (byte < 32 || byte > 126 || byte === BACKSLASH) return void 0;
  }
  return bytes.toString("latin1", start, end);
}
function skipSpace(bytes, at) {
  while (isSpace(bytes[at])) at += 1;
  return at;
}
function startsWith(bytes, at, prefix) {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}
function isSpace(byte) {
  return byte === 32 || byte === 9 || byte === 13 || byte === 10;
}
function isBlank(bytes) {
  for (const byte of bytes) if (!isSpace(byte)) return false;
  return true;
}
function looksLikeObject(bytes) {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  let last = bytes.length - 1;
  while (last > first && isSpace(bytes[last])) last -= 1;
  return last > first && bytes[first] === OPEN_BRACE && bytes[last] === CLOSE_BRACE;
}
function opensPrettyObject(bytes) {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first += 1;
  if (bytes[first] !== OPEN_BRACE) return false;
  for (let i = first + 1; i < bytes.length; i += 1) if (!isSpace(bytes[i])) return false;
  return true;
}
function startsAtColumnZero(bytes) {
  return bytes[0] === OPEN_BRACE;
}

// src/ingest/transcript/facts.ts
var SessionFactsTable = class {
  entries = /* @__PURE__ */ new Map();
  get(sessionId) {
    return this.entry(sessionId).facts;
  }
  /** Records that a parsed line of this session was written at `timestamp` by `version`. */
  seen(sessionId, timestamp, version2, cwd) {
    const entry = this.entry(sessionId);
    if (version2) entry.facts.toolVersion = version2;
    if (cwd) entry.facts.cwd = cwd;
    if (timestamp === void 0) return;
    const { facts } = entry;
    if (facts.firstTimestamp === void 0 || compareTimes(timestamp, facts.firstTimestamp) < 0) {
      facts.firstTimestamp = timestamp;
    }
    if (facts.lastTimestamp === void 0 || compareTimes(timestamp, facts.lastTimestamp) > 0) {
      facts.lastTimestamp = timestamp;
    }
  }
  addTurn(sessionId, branch) {
    const turns = this.entry(sessionId).facts.turnsByBranch;
    turns.set(branch, (turns.get(branch) ?? 0) + 1);
  }
  addCompaction(sessionId) {
    this.entry(sessionId).facts.compactions += 1;
  }
  /** Copies that later lines will not change. */
  copy() {
    return this.all().map((facts) => ({ ...facts, turnsByBranch: new Map(facts.turnsByBranch) }));
  }
  all() {
    return [...this.entries.values()].map((entry) => entry.facts);
  }
  entry(sessionId) {
    let entry = this.entries.get(sessionId);
    if (!entry) {
      entry = {
        facts: {
          sessionId,
          turnsByBranch: /* @__PURE__ */ new Map(),
          compactions: 0,
          firstTimestamp: void 0,
          lastTimestamp: void 0,
          cwd: void 0,
          toolVersion: void 0
        }
      };
      this.entries.set(sessionId, entry);
    }
    return entry;
  }
};

// src/ingest/transcript/json.ts
import { isAscii } from "node:buffer";
var READ_STRING_PATHS = [
  ["type"],
  ["subtype"],
  ["sessionId"],
  ["timestamp"],
  ["gitBranch"],
  ["cwd"],
  ["version"],
  ["requestId"],
  ["message", "id"],
  ["message", "model"],
  ["message", "usage", "speed"],
  ["message", "usage", "inference_geo"],
  ["message", "usage", "service_tier"]
];
function parseJsonLine(bytes) {
  const value = JSON.parse(bytes.toString("latin1"));
  if (isAscii(bytes) || readStringsAreAscii(value)) return value;
  return JSON.parse(bytes.toString("utf8"));
}
function readStringsAreAscii(value) {
  for (const path of READ_STRING_PATHS) {
    let node2 = value;
    for (const key of path) {
      if (typeof node2 !== "object" || node2 === null) break;
      node2 = node2[key];
    }
    if (typeof node2 === "string" && !isAsciiString(node2)) return false;
  }
  return true;
}
function isAsciiString(text2) {
  for (let i = 0; i < text2.length; i += 1) if (text2.charCodeAt(i) > 127) return false;
  return true;
}

// src/ingest/transcript/pretty.ts
var PRETTY_MAX_LINES = 1e4;
var PRETTY_MAX_BYTES = 8 * 1024 * 1024;
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var OPEN_BRACE2 = 123;
var CLOSE_BRACE2 = 125;
var PrettyObject = class {
  constructor(startLine) {
    this.startLine = startLine;
  }
  startLine;
  parts = [];
  size = 0;
  depth = 0;
  inString = false;
  escaped = false;
  /** Adds the next physical line (copied: the reader reuses its buffer). */
  add(bytes) {
    this.parts.push(Buffer.from(bytes));
    this.size += bytes.length + 1;
    if (this.parts.length > PRETTY_MAX_LINES || this.size > PRETTY_MAX_BYTES) return "too-big";
    for (const byte of bytes) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH2) this.escaped = true;
        else if (byte === QUOTE2) this.inString = false;
      } else if (byte === QUOTE2) {
        this.inString = true;
      } else if (byte === OPEN_BRACE2) {
        this.depth += 1;
      } else if (byte === CLOSE_BRACE2) {
        this.depth -= 1;
        if (this.depth === 0) return "closed";
      }
    }
    this.inString = false;
    this.escaped = false;
    return "open";
  }
  text() {
    return this.parts.map((part) => part.toString("utf8")).join("\n");
  }
};

// src/ingest/transcript/check.ts
init_zod();
function checkAssistantLine(value) {
  if (isAssistantLine(value)) return { ok: true, data: value };
  const parsed = AssistantLineSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}
function checkEnvelope(value) {
  if (isEnvelope(value)) return { ok: true, data: value };
  const parsed = EnvelopeSchema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: firstReason(parsed.error) };
}
var DATETIME2 = regexes_exports.datetime({ offset: true });
var IDENTIFIER_CACHE_MAX = 4096;
var identifierVerdicts = /* @__PURE__ */ new Map();
var recentA;
var recentB;
function isIdentifier2(value) {
  if (typeof value !== "string") return false;
  if (value === recentA || value === recentB) return true;
  let ok = identifierVerdicts.get(value);
  if (ok === void 0) {
    ok = identifier2.safeParse(value).success;
    if (identifierVerdicts.size < IDENTIFIER_CACHE_MAX) identifierVerdicts.set(value, ok);
  }
  if (ok) {
    recentB = recentA;
    recentA = value;
  }
  return ok;
}
function isObject4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function optionalString(value, max) {
  return value === void 0 || value === null || typeof value === "string" && value.length <= max;
}
function optionalBoolean(value) {
  return value === void 0 || value === null || typeof value === "boolean";
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function optionalCount(value) {
  return value === void 0 || value === null || isCount(value);
}
function isEnvelope(value) {
  const { sessionId, timestamp } = value;
  return optionalString(value.type, 64) && optionalString(value.subtype, 64) && (sessionId === void 0 || sessionId === null || isIdentifier2(sessionId)) && (timestamp === void 0 || timestamp === null || typeof timestamp === "string" && DATETIME2.test(timestamp)) && optionalString(value.gitBranch, 255) && optionalString(value.cwd, 4096) && optionalString(value.version, 64) && optionalBoolean(value.isSidechain) && optionalBoolean(value.isMeta) && optionalBoolean(value.isCompactSummary);
}
function isAssistantLine(value) {
  const { costUSD, message } = value;
  if (!isEnvelope(value) || !optionalString(value.requestId, 200)) return false;
  if (!(costUSD === void 0 || costUSD === null || typeof costUSD === "number" && Number.isFinite(costUSD) && costUSD >= 0)) {
    return false;
  }
  if (!isObject4(message) || !optionalString(message.id, 200)) return false;
  if (typeof message.model !== "string" || message.model.length > 200) return false;
  return isUsage(message.usage);
}
function isUsage(usage) {
  if (!isObject4(usage)) return false;
  const { cache_creation: split, server_tool_use: tools } = usage;
  return isCount(usage.input_tokens) && isCount(usage.output_tokens) && optionalCount(usage.cache_creation_input_tokens) && optionalCount(usage.cache_read_input_tokens) && (split === void 0 || split === null || isObject4(split) && optionalCount(split.ephemeral_5m_input_tokens) && optionalCount(split.ephemeral_1h_input_tokens)) && (tools === void 0 || tools === null || isObject4(tools) && optionalCount(tools.web_search_requests)) && optionalString(usage.speed, 32) && optionalString(usage.inference_geo, 64) && optionalString(usage.service_tier, 64);
}

// src/ingest/transcript/line-scan-wasm.ts
var LINE_SCAN_WASM = "AGFzbQEAAAABFQRgAn9/AX9gA39/fwF/YAAAYAF/AAISAQNlbnYGbWVtb3J5AgMCgIABAw0MAwEAAAICAAAAAAABBlMMfwBBgIACC38AQYCEAgt/AEH/AQt/AEGAgAQLfwBBgOACC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEAC38AQYCABAt/AEGAgIACC38AQYAECwd8CwNPVVQDAANOVU0DAQpTSEFSRURfTUFYAwIFSU5QVVQDAwVGT1VORAMEBHNjYW4ACBBTTUFMTF9MSU5FX0JZVEVTAwkOTUFYX1NDQU5fQllURVMDChRBU1NJU1RBTlRfVEFJTF9CWVRFUwMLBG5leHQACQZtZW1vcnkCAAgBBQwBLwqBSQzAAgEJfyAAQQR0QYCAAmoiCCgCAEECRwRADwsgCCgCCCAIKAIEIgRrIgNB/wFKBEAPCyAAQQh0QYCgAmoiCS0AACADRgRAIAMhAAJAIAlBAWoiBiAEIgJGDQAgBkEHcSACQQdxRgRAA0AgBkEHcQRAQQAhByAARQ0DIAYtAAAiBSACLQAAIgFrIQcgASAFRw0DIABBAWshACAGQQFqIQYgAkEBaiECDAELCwNAIABBCE8EQCAGKQMAIAIpAwBRBEAgBkEIaiEGIAJBCGohAiAAQQhrIQAMAgsLCwsDQCAAIgFBAWshACABBEAgBi0AACIFIAItAAAiAWshByABIAVHDQIgBkEBaiEGIAJBAWohAgwBCwtBACEHCwVBASEHCyAHRQRAIAhBATYCDA8LIAkgAzoAACAJQQFqIAQgA/wKAAAL+QQCCn8CeyABIAItAAAiBCAAakkEQEEADwsgASAEayEIIAJBA2oiAyACLQABIglqLQAA/Q8hDSACLQACIgogA2otAAD9DyEOA0AgAEEPaiAITQRAIAAgCWr9AAQAIA39IyAAIApq/QAEACAO/SP9Tv1kIQcDQCAHBEAgBCEBQQAhBQJAIAAgB2hqIgYgAyICRg0AIAZBB3EgAkEHcUYEQANAIAZBB3EEQEEAIQUgAUUNAyAGLQAAIgsgAi0AACIMayEFIAsgDEcNAyABQQFrIQEgBkEBaiEGIAJBAWohAgwBCwsDQCABQQhPBEAgBikDACACKQMAUQRAIAZBCGohBiACQQhqIQIgAUEIayEBDAILCwsLA0AgASIFQQFrIQEgBQRAIAYtAAAiCyACLQAAIgxrIQUgCyAMRw0CIAZBAWohBiACQQFqIQIMAQsLQQAhBQsgBUUEQEEBDwsgByAHQQFrcSEHDAELCyAAQRBqIQAMAQsLA0AgACAITQRAIAAtAAAgAy0AAEYEfyAEIQEgACEFQQAhBgJAIAMiAiAARg0AIABBB3EgAkEHcUYEQANAIAVBB3EEQEEAIQYgAUUNAyAFLQAAIgcgAi0AACIJayEGIAcgCUcNAyABQQFrIQEgBUEBaiEFIAJBAWohAgwBCwsDQCABQQhPBEAgBSkDACACKQMAUQRAIAVBCGohBSACQQhqIQIgAUEIayEBDAILCwsLA0AgASIGQQFrIQEgBgRAIAUtAAAiByACLQAAIglrIQYgByAJRw0CIAVBAWohBSACQQFqIQIMAQsLQQAhBgsgBkUFQQALBEBBAQ8LIABBAWohAAwBCwtBAAv8CwEGf0GAgAJBAEHQA/wLAEEAJAYgACABaiEEA0AgACAESQR/IAAtAAAiAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIQAMAQsLAkAgACAETw0AIAAtAABB+wBHBEBBAg8LIABBAWohAUGAhgJBAToAAEGBhgJBAToAAEEBIQZBASEFQQEhBwNAA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBE8NASABLQAAIQAgAkEERgRAIABBLEYEQCABQQFqIQFBAUEDIAUbIQIMAgsgAEH9AEHdACAFG0cNAiABQQFqIQEgBkEBayIGRQRAA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBEYPCyAGQQF0Qf6FAmoiAC0AAEEBRiEFIAAtAAEhBwwBC0F/IQMgBQRAIAJFIABB/QBGcQRAQQQhAgwCCyAAQSJHDQIgAUEBaiAEEAMiAEUNAiMFQQFxBEBBASQGCyAHBEAjBUEBcQRAQQIPCyAHIAFBAWogACABa0ECaxALIgNBAE4EfyADQQR0QYCAAmooAgAFQQALBEBBAg8LCyAAIQEDQCABIARJBH8gAS0AACIAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWohAQwBCwsgASAETwR/QQEFIAEtAABBOkcLDQIgAUEBaiEBA0AgASAESQR/IAEtAAAiAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCABQQFqIQEMAQsLIAEgBE8NAiABLQAAIQAFIAJBAkYgAEHdAEZxBEBBBCECDAILCyAAQdsARiAAQfsARnIEQCAGQYAITgRAQQIPCyAAQfsARiIFBH8Cf0ECIANBGEYNABpBAyADQRlGDQAaQQQgA0EaRg0AGkEFIANBG0YNABpBAAsFQQALIQcgA0EATgRAIANBBHRBgIACaiIAQQhBCSAFGzYCACAAIAE2AgQgACABNgIIIABBADYCDAsgBkEBdEGAhgJqIgAgBToAACAAIAc6AAEgBkEBaiEGQQBBAiAFGyECIAFBAWohAQwBCyAAQSJGBEAgAUEBaiIBIAQQAyIARQ0CIANBAE4EQCADQQR0QYCAAmoiAkEDQQIjBRs2AgAgAiABNgIEIAIgAEEBazYCCCACQQA2AgwLBSAAQfQARgRAAn9BACECQQAgBEHMFigCAEEBdiIAIAFqSQR/QQAFAn9BACAAQcwWKAIAQQF2Rw0AGgNAIAAgAksEQEEAIAEgAmotAAAgAkEBdEHQFmovAQBHDQIaIAJBAWohAgwBCwtBAQsLRQ0AGiAAIAFqCyEAIANBAE4EQCADQQR0QYCAAmoiAkEENgIAIAIgATYCBCACIAA2AgggAkEANgIMCwUgAEHmAEYEQAJ/QQAhAkEAIARB7BYoAgBBAXYiACABakkEf0EABQJ/QQAgAEHsFigCAEEBdkcNABoDQCAAIAJLBEBBACABIAJqLQAAIAJBAXRB8BZqLwEARw0CGiACQQFqIQIMAQsLQQELC0UNABogACABagshACADQQBOBEAgA0EEdEGAgAJqIgJBBTYCACACIAE2AgQgAiAANgIIIAJBADYCDAsFIABB7gBGBEACf0EAIQJBACAEQYwXKAIAQQF2IgAgAWpJBH9BAAUCf0EAIABBjBcoAgBBAXZHDQAaA0AgACACSwRAQQAgASACai0AACACQQF0QZAXai8BAEcNAhogAkEBaiECDAELC0EBCwtFDQAaIAAgAWoLIQAgA0EATgRAIANBBHRBgIACaiICQQE2AgAgAiABNgIEIAIgADYCCCACQQA2AgwLBSABIAQQByEAIANBAE4EQCADQQR0QYCAAmoiAkEGQQcjCBs2AgAgAiABNgIEIAIgADYCCCACQQA2AgwgA0EDdEGAhAJqIwc5AwALCwsLCyAABEAgACEBQQQhAgwBCwtBAA8LQQAL6AQCA38BewNAAkADQCAAQRBqIAFNBEACQCAA/QAEACIF/QwiIiIiIiIiIiIiIiIiIiIi/SMgBf0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgBf0MICAgICAgICAgICAgICAgIP0m/VD9ZCEDIAX9DH5+fn5+fn5+fn5+fn5+fn79KP1kIQQgAwRAIAJBAnIgAiAEQQEgA2giA3RBAWtxGyECIAAgA2ohAAwBCyACQQJyIAIgBBshAiAAQRBqIQAMAgsLCyAAIAFPDQAgAC0AACIDQSJGBEAgAiQFIABBAWoPCyADQdwARgRAIAJBAXIhAiAAQQFqIAFPDQEgAC0AASIDQfUARgR/IABBBmogAUsNAiAALQACIgNBOU0gA0EwT3EEf0EBBSADQcYATSADQcEAT3ELBH9BAQUgA0HmAE0gA0HhAE9xCwR/IAAtAAMiA0E5TSADQTBPcQR/QQEFIANBxgBNIANBwQBPcQsEf0EBBSADQeYATSADQeEAT3ELBUEAC0UNAiAALQAEIgNBOU0gA0EwT3EEf0EBBSADQcYATSADQcEAT3ELBH9BAQUgA0HmAE0gA0HhAE9xCwR/IAAtAAUiA0E5TSADQTBPcQR/QQEFIANBxgBNIANBwQBPcQsEf0EBBSADQeYATSADQeEAT3ELBUEAC0UNAiAAQQZqBSADQdwARiADQSJGciADQS9GciADQeIARnIgA0HmAEZyIANB7gBGciADQfIARnIgA0H0AEZyBH8gAEECagUMAwsLIQAMAgsgA0EgSQ0AIAJBAnIgAiADQf4ASxshAiAAQQFqIQAMAQsLQQALJgBBABAAQQIQAEEEEABBBRAAQQYQAEEJEABBChAAQQsQAEEMEAAL2AQBAn9BgOgCQZwIKAIAQQF2OgAAQYHoAkEFOgAAQYLoAkEJOgAAA0AgAEGcCCgCAEEBdiIBSARAIABBg+gCaiAAIAFPBH9BfwUgAEEBdEGgCGovAQALOgAAIABBAWohAAwBCwtBACEAQaDoAkHMCCgCAEEBdjoAAEGh6AJBAzoAAEGi6AJBCDoAAANAIABBzAgoAgBBAXYiAUgEQCAAQaPoAmogACABTwR/QX8FIABBAXRB0AhqLwEACzoAACAAQQFqIQAMAQsLQQAhAEHA6AJB/AgoAgBBAXY6AABBwegCQQM6AABBwugCQQ06AAADQCAAQfwIKAIAQQF2IgFIBEAgAEHD6AJqIAAgAU8Ef0F/BSAAQQF0QYAJai8BAAs6AAAgAEEBaiEADAELC0EAIQBB4OgCQbwJKAIAQQF2OgAAQeHoAkEDOgAAQeLoAkEKOgAAA0AgAEG8CSgCAEEBdiIBSARAIABB4+gCaiAAIAFPBH9BfwUgAEEBdEHACWovAQALOgAAIABBAWohAAwBCwtBACEAQYDpAkGMCigCAEEBdjoAAEGB6QJBCToAAEGC6QJBEjoAAANAIABBjAooAgBBAXYiAUgEQCAAQYPpAmogACABTwR/QX8FIABBAXRBkApqLwEACzoAACAAQQFqIQAMAQsLQQAhAEGg6QJB3AooAgBBAXY6AABBoekCQQY6AABBoukCQQk6AAADQCAAQdwKKAIAQQF2IgFIBEAgAEGj6QJqIAAgAU8Ef0F/BSAAQQF0QeAKai8BAAs6AAAgAEEBaiEADAELCwuMBQEEfyAAIQIDQCABIAJLBH8gAi0AACIDQQpGIANBIEZyIANBDUZyIANBCUZyBUEACwRAIAJBAWohAgwBCwsgASACRgRAQX8PCyACIQMgAUEBayECA0AgAiADSwR/IAItAAAiBEEKRiAEQSBGciAEQQ1GciAEQQlGcgVBAAsEQCACQQFrIQIMAQsLIAIgA0YgAy0AAEH7AEdyBH9BAQUgAi0AAEH9AEcLBEBBAg8LIAFBgARrIAAgASAAayIDQYAESxshBEEAIQIgA0GAgIACTSIFBH8gBCABQaDpAhABBSAFCwR/IAAgAxACQQFGBH9BgIACKAIAQQJHBH9BAAUCf0EAQYiAAigCAEGEgAIoAgAiBGsiBUGsFygCAEEBdkcNABoDQCACIAVJBEBBACACIARqLQAAIAJBAXRBsBdqLwEARw0CGiACQQFqIQIMAQsLQQELCwVBAAsEQBAEQQEPC0EBBUEACyECIAAgARAKIgRBAUYEQCAAIAFBgOgCEAFFIgIEQCAAIAFBoOgCEAFFIQILIAIEQCAAIAFBwOgCEAFFIQILIAIEfyAAIAFB4OgCEAFFBSACC0UEQEF/DwsgA0GAgARPBH9BAQUgACADEAJBAUcLBEBBAg8LQQRBAiMGBH9BAAVBgIACKAIAQQJHBH9BAAUCf0EAQYiAAigCAEGEgAIoAgAiAWsiAkHcFygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAXai8BAEcNAhogAEEBaiEADAELC0EBCwsLGw8LIARBAkYEQEECQX8gASAAa0GAgARJBH8gACABQYDpAhABBUEACxsPCyAEQQNGBEBBfw8LQQNBAiACGwuzAwIBfgN/QQEhBCAALQAAQS1GBEBBACEEIABBAWohAAsgACABTwRAQQAPCyAALQAAIgNBMEYEQCAAQQFqIQBBASEFBSADQTlNIANBMU9xBEADQCAAIAFJBH8gAC0AACIDQTlNIANBME9xBUEACwRAIAVBEEgEQCADQTBrrSACQgp+fCECCyAFQQFqIQUgAEEBaiEADAELCwVBAA8LCyAAIAFJBH8gAC0AAEEuRgVBAAsEQEEAIQQgAEEBaiIAIAFPBH9BAAUgAC0AACIDQTlNIANBME9xC0UEQEEADwsDQCAAIAFJBH8gAC0AACIDQTlNIANBME9xBUEACwRAIABBAWohAAwBCwsLIAAgAUkEfyAALQAAQSByQeUARgVBAAsEQEEAIQQgAEEBaiIAIAFJBH8gAC0AAEErRgR/QQEFIAAtAABBLUYLBUEACwRAIABBAWohAAsgACABTwR/QQAFIAAtAAAiA0E5TSADQTBPcQtFBEBBAA8LA0AgACABSQR/IAAtAAAiA0E5TSADQTBPcQVBAAsEQCAAQQFqIQAMAQsLCyAFQQ9MIARxJAggArokByAACxQAIAAgARACIgBBAUYEQBAECyAAC+8CAQR/A0AgACECA0AgAkFAayIDIAFNBEAgAv0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9IyAC/QAEEP0MCgoKCgoKCgoKCgoKCgoKCv0j/VAgAv0ABCD9DAoKCgoKCgoKCgoKCgoKCgr9IyAC/QAEMP0MCgoKCgoKCgoKCgoKCgoKCv0j/VD9UP1TRQRAIAMhAgwCCwsLAkADQCACQRBqIgMgAU0EQCACIAL9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZCIFaGohAiAFDQIgAyECDAELCwNAIAEgAksEfyACLQAAQQpHBUEACwRAIAJBAWohAgwBCwsLIAEgAk0EQEGA4AIgBDYCAEGE4AIgADYCAEEADwsgACACQQFrIgMgAiAAIAJJBH8gAy0AAEENRgVBAAsbEAYiA0F/RwRAQYDgAiAENgIAQYTgAiAANgIAQYjgAiACQQFqNgIABSAEQQFqIQQgAkEBaiEADAELCyADC5cMAgN/AXsDQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsCQCAAIAFPBH9BAQUgAC0AAEH7AEcLDQADQCAAQQFqIQADQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsgACICIAFPBH9BAQUgAi0AAEEiRwsNAQJ/IAJBAWohAANAIABBEGogAU0EQAJAIAD9AAQAIgX9DCIiIiIiIiIiIiIiIiIiIiL9IyAF/QxcXFxcXFxcXFxcXFxcXFxc/SP9UP1kIgMEQCAAIANoaiEADAELIABBEGohAAwCCwsLA0AgACABSQRAIAAgAC0AACIDQSJGDQIaIABBAWogACADQdwARhtBAWohAAwBCwtBAAsiA0UNASADIAJrQQVGIgAEfyACQQFqIQICf0EAQbwLKAIAQQF2QQRHDQAaQQAhAANAIABBBEkEQEEAIAAgAmotAAAgAEEBdEHAC2ovAQBHDQIaIABBAWohAAwBCwtBAQsFIAALIQIgA0EBaiEAA0AgACABSQR/IAAtAAAiA0EKRiADQSBGciADQQ1GciADQQlGcgVBAAsEQCAAQQFqIQAMAQsLIAAgAU8Ef0EBBSAALQAAQTpHCw0BIABBAWohAANAIAAgAUkEfyAALQAAIgNBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgAEEBaiEADAELCyAAIAFPDQEgAC0AACIDQSJGBEACfyAAQQFqIQMDQCADQRBqIAFNBEACQCAD/QAEACIF/QwiIiIiIiIiIiIiIiIiIiIi/SMgBf0MXFxcXFxcXFxcXFxcXFxcXP0j/VD9ZCIEBEAgAyAEaGohAwwBCyADQRBqIQMMAgsLCwNAIAEgA0sEQCADIAMtAAAiBEEiRg0CGiADQQFqIAMgBEHcAEYbQQFqIQMMAQsLQQALIgNFDQIgAgRAIABBAWohAQJ/QQECf0EAIAMgAGtBAWsiAkHcFygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAXai8BAEcNAhogAEEBaiEADAELC0EBCw0AGkECAn9BACACQfwXKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBgBhqLwEARw0CGiAAQQFqIQAMAQsLQQELDQAaQQMCf0EAIAJBnBgoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgGGovAQBHDQIaIABBAWohAAwBCwtBAQsEf0EBBQJ/QQAgAkHMGCgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QdAYai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkH8GCgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QYAZai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkG8GSgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QcAZai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkH8GSgCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QYAaai8BAEcNAhogAEEBaiEADAELC0EBCwsEf0EBBQJ/QQAgAkGsGigCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QbAaai8BAEcNAhogAEEBaiEADAELC0EBCwsNABpBAAsPCyADQQFqIQAFQQEgAiADQdsARiADQfsARnIbBEAMAwUDQCAAIAFJBH8gAC0AAEEsRwVBAAsEfyAALQAAQf0ARwVBAAsEQCAAQQFqIQAMAQsLCwsDQCAAIAFJBH8gAC0AACICQQpGIAJBIEZyIAJBDUZyIAJBCUZyBUEACwRAIABBAWohAAwBCwsgACABTwR/QQEFIAAtAABBLEcLRQ0AC0EADwtBAAv2EwEBfyABLQAAIQMgAEEBRgRAAkACQAJAAkACQAJAAkACQAJAIAJBA2sODgABCAIDCAQIBQgGCAgHCAtBBUF/An9BACACQZwLKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBoAtqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQQBBfwJ/QQAgAkG8CygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QcALai8BAEcNAhogAEEBaiEADAELC0EBCxsPC0EOQX8Cf0EAIAJB3AsoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgC2ovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HzAEYEQEEBQX8Cf0EAIAJB/AsoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGADGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0H2AEYEQEEGQX8Cf0EAIAJBrAwoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGwDGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HtAEYEQEEYQX8Cf0EAIAJB3AwoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgDGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HjAEYEQEEQQX8Cf0EAIAJBjA0oAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGQDWovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBfw8LIANB8wBGBEBBAkF/An9BACACQbwNKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwA1qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB9ABGBEBBA0F/An9BACACQewNKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB8A1qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB5wBGBEBBBEF/An9BACACQZwOKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBoA5qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LIANB8gBGBEBBB0F/An9BACACQcwOKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB0A5qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQX8PC0ENQX8Cf0EAIAJB/A4oAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGAD2ovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBHEF/An9BACACQawPKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBsA9qLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQQ9BfwJ/QQAgAkHcDygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QeAPai8BAEcNAhogAEEBaiEADAELC0EBCxsPCwUgAEECRgRAIAJBAkYEQEEIQX8Cf0EAIAJBnBAoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgEGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgAkEFRgRAIANB7QBGBH9BCUF/An9BACACQbwQKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwBBqLwEARw0CGiAAQQFqIQAMAQsLQQELGwVBGUF/An9BACACQdwQKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRB4BBqLwEARw0CGiAAQQFqIQAMAQsLQQELGwsPCwUgAEEDRgRAAkACQAJAAkACQAJAAkAgAkEFRwRAIAJBDGsOEAECAwQHBwcHBwcHBQcHBwYHC0EKQX8Cf0EAIAJB/BAoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGAEWovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsgA0HpAEYEf0ERQX8Cf0EAIAJBnBEoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgEWovAQBHDQIaIABBAWohAAwBCwtBAQsbBUEMQX8Cf0EAIAJBzBEoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHQEWovAQBHDQIaIABBAWohAAwBCwtBAQsbCw8LIANB7wBGBH9BEkF/An9BACACQfwRKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBgBJqLwEARw0CGiAAQQFqIQAMAQsLQQELGwVBC0F/An9BACACQawSKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBsBJqLwEARw0CGiAAQQFqIQAMAQsLQQELGwsPC0EaQX8Cf0EAIAJB3BIoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHgEmovAQBHDQIaIABBAWohAAwBCwtBAQsbDwtBG0F/An9BACACQYwTKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBkBNqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LQRRBfwJ/QQAgAkHMEygCAEEBdkcNABpBACEAA0AgACACSQRAQQAgACABai0AACAAQQF0QdATai8BAEcNAhogAEEBaiEADAELC0EBCxsPC0ETQX8Cf0EAIAJBnBQoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEGgFGovAQBHDQIaIABBAWohAAwBCwtBAQsbDwsFIABBBEYEQCACQRlGBEACf0EAIAJB7BQoAgBBAXZHDQAaQQAhAANAIAAgAkkEQEEAIAAgAWotAAAgAEEBdEHwFGovAQBHDQIaIABBAWohAAwBCwtBAQsEQEEVDwtBFkF/An9BACACQbwVKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBwBVqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LBSAAQQVGBEBBF0F/An9BACACQYwWKAIAQQF2Rw0AGkEAIQADQCAAIAJJBEBBACAAIAFqLQAAIABBAXRBkBZqLwEARw0CGiAAQQFqIQAMAQsLQQELGw8LCwsLC0F/CwvbFC8AQYwICzAsAAAAAAAAAAAAAAACAAAAGgAAACIAdABvAG8AbABfAHUAcwBlAF8AaQBkACIAAAAAQbwICzAsAAAAAAAAAAAAAAACAAAAGgAAACIAaQBzAE0AZQB0AGEAIgA6AHQAcgB1AGUAAAAAQewIC0A8AAAAAAAAAAAAAAACAAAAJAAAACIAaQBzAFMAaQBkAGUAYwBoAGEAaQBuACIAOgB0AHIAdQBlAAAAAAAAAAAAAEGsCQtQTAAAAAAAAAAAAAAAAgAAAC4AAAAiAGkAcwBDAG8AbQBwAGEAYwB0AFMAdQBtAG0AYQByAHkAIgA6AHQAcgB1AGUAAAAAAAAAAAAAAAAAAAAAQfwJC1BMAAAAAAAAAAAAAAACAAAAOAAAACIAcwB1AGIAdAB5AHAAZQAiADoAIgBjAG8AbQBwAGEAYwB0AF8AYgBvAHUAbgBkAGEAcgB5ACIAAAAAAABBzAoLQDwAAAAAAAAAAAAAAAIAAAAkAAAAIgB0AHkAcABlACIAOgAiAGEAcwBzAGkAcwB0AGEAbgB0ACIAAAAAAAAAAAAAQYwLCyAcAAAAAAAAAAAAAAACAAAABgAAAGMAdwBkAAAAAAAAAABBrAsLIBwAAAAAAAAAAAAAAAIAAAAIAAAAdAB5AHAAZQAAAAAAAEHMCwsgHAAAAAAAAAAAAAAAAgAAAAwAAABpAHMATQBlAHQAYQAAQewLCzAsAAAAAAAAAAAAAAACAAAADgAAAHMAdQBiAHQAeQBwAGUAAAAAAAAAAAAAAAAAAAAAQZwMCzAsAAAAAAAAAAAAAAACAAAADgAAAHYAZQByAHMAaQBvAG4AAAAAAAAAAAAAAAAAAAAAQcwMCzAsAAAAAAAAAAAAAAACAAAADgAAAG0AZQBzAHMAYQBnAGUAAAAAAAAAAAAAAAAAAAAAQfwMCzAsAAAAAAAAAAAAAAACAAAADgAAAGMAbwBzAHQAVQBTAEQAAAAAAAAAAAAAAAAAAAAAQawNCzAsAAAAAAAAAAAAAAACAAAAEgAAAHMAZQBzAHMAaQBvAG4ASQBkAAAAAAAAAAAAAAAAQdwNCzAsAAAAAAAAAAAAAAACAAAAEgAAAHQAaQBtAGUAcwB0AGEAbQBwAAAAAAAAAAAAAAAAQYwOCzAsAAAAAAAAAAAAAAACAAAAEgAAAGcAaQB0AEIAcgBhAG4AYwBoAAAAAAAAAAAAAAAAQbwOCzAsAAAAAAAAAAAAAAACAAAAEgAAAHIAZQBxAHUAZQBzAHQASQBkAAAAAAAAAAAAAAAAQewOCzAsAAAAAAAAAAAAAAACAAAAFgAAAGkAcwBTAGkAZABlAGMAaABhAGkAbgAAAAAAAAAAQZwPCzAsAAAAAAAAAAAAAAACAAAAGgAAAHQAbwBvAGwAVQBzAGUAUgBlAHMAdQBsAHQAAAAAQcwPC0A8AAAAAAAAAAAAAAACAAAAIAAAAGkAcwBDAG8AbQBwAGEAYwB0AFMAdQBtAG0AYQByAHkAAAAAAAAAAAAAAAAAAEGMEAsgHAAAAAAAAAAAAAAAAgAAAAQAAABpAGQAAAAAAAAAAAAAQawQCyAcAAAAAAAAAAAAAAACAAAACgAAAG0AbwBkAGUAbAAAAABBzBALIBwAAAAAAAAAAAAAAAIAAAAKAAAAdQBzAGEAZwBlAAAAAEHsEAsgHAAAAAAAAAAAAAAAAgAAAAoAAABzAHAAZQBlAGQAAAAAQYwRCzAsAAAAAAAAAAAAAAACAAAAGAAAAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAQbwRCzAsAAAAAAAAAAAAAAACAAAAGAAAAHMAZQByAHYAaQBjAGUAXwB0AGkAZQByAAAAAAAAQewRCzAsAAAAAAAAAAAAAAACAAAAGgAAAG8AdQB0AHAAdQB0AF8AdABvAGsAZQBuAHMAAAAAQZwSCzAsAAAAAAAAAAAAAAACAAAAGgAAAGkAbgBmAGUAcgBlAG4AYwBlAF8AZwBlAG8AAAAAQcwSCzAsAAAAAAAAAAAAAAACAAAAHAAAAGMAYQBjAGgAZQBfAGMAcgBlAGEAdABpAG8AbgAAQfwSC0A8AAAAAAAAAAAAAAACAAAAHgAAAHMAZQByAHYAZQByAF8AdABvAG8AbABfAHUAcwBlAAAAAAAAAAAAAAAAAAAAAEG8EwtQTAAAAAAAAAAAAAAAAgAAAC4AAABjAGEAYwBoAGUAXwByAGUAYQBkAF8AaQBuAHAAdQB0AF8AdABvAGsAZQBuAHMAAAAAAAAAAAAAAAAAAAAAQYwUC1BMAAAAAAAAAAAAAAACAAAANgAAAGMAYQBjAGgAZQBfAGMAcgBlAGEAdABpAG8AbgBfAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAAABB3BQLUEwAAAAAAAAAAAAAAAIAAAAyAAAAZQBwAGgAZQBtAGUAcgBhAGwAXwA1AG0AXwBpAG4AcAB1AHQAXwB0AG8AawBlAG4AcwAAAAAAAAAAAAAAAEGsFQtQTAAAAAAAAAAAAAAAAgAAADIAAABlAHAAaABlAG0AZQByAGEAbABfADEAaABfAGkAbgBwAHUAdABfAHQAbwBrAGUAbgBzAAAAAAAAAAAAAAAAQfwVC0A8AAAAAAAAAAAAAAACAAAAJgAAAHcAZQBiAF8AcwBlAGEAcgBjAGgAXwByAGUAcQB1AGUAcwB0AHMAAAAAAAAAAEG8FgsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0AHIAdQBlAAAAAAAAQdwWCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABB/BYLIBwAAAAAAAAAAAAAAAIAAAAIAAAAbgB1AGwAbAAAAAAAAEGcFwswLAAAAAAAAAAAAAAAAgAAABIAAABhAHMAcwBpAHMAdABhAG4AdAAAAAAAAAAAAAAAAEHMFwsgHAAAAAAAAAAAAAAAAgAAAAgAAAB1AHMAZQByAAAAAAAAQewXCyAcAAAAAAAAAAAAAAACAAAADAAAAHMAeQBzAHQAZQBtAABBjBgLMCwAAAAAAAAAAAAAAAIAAAAOAAAAcwB1AG0AbQBhAHIAeQAAAAAAAAAAAAAAAAAAAABBvBgLMCwAAAAAAAAAAAAAAAIAAAAQAAAAcAByAG8AZwByAGUAcwBzAAAAAAAAAAAAAAAAAABB7BgLQDwAAAAAAAAAAAAAAAIAAAAqAAAAZgBpAGwAZQAtAGgAaQBzAHQAbwByAHkALQBzAG4AYQBwAHMAaABvAHQAAAAAQawZC0A8AAAAAAAAAAAAAAACAAAAHgAAAHEAdQBlAHUAZQAtAG8AcABlAHIAYQB0AGkAbwBuAAAAAAAAAAAAAAAAAAAAAEHsGQswLAAAAAAAAAAAAAAAAgAAABgAAABjAHUAcwB0AG8AbQAtAHQAaQB0AGwAZQAAAAAAAEGcGgswLAAAAAAAAAAAAAAAAgAAABQAAABhAHQAdABhAGMAaABtAGUAbgB0AAAAAAAAAAAA";

// src/ingest/transcript/line-scan.ts
var F = {
  type: 0,
  subtype: 1,
  sessionId: 2,
  timestamp: 3,
  gitBranch: 4,
  cwd: 5,
  version: 6,
  requestId: 7,
  messageId: 8,
  model: 9,
  speed: 10,
  inferenceGeo: 11,
  serviceTier: 12,
  isSidechain: 13,
  isMeta: 14,
  isCompactSummary: 15,
  costUsd: 16,
  inputTokens: 17,
  outputTokens: 18,
  cacheCreationInputTokens: 19,
  cacheReadInputTokens: 20,
  ephemeral5m: 21,
  ephemeral1h: 22,
  webSearchRequests: 23,
  message: 24,
  usage: 25,
  cacheCreation: 26,
  serverToolUse: 27,
  toolUseResult: 28
};
var FIELDS = 29;
var ABSENT = 0;
var NULL = 1;
var ASCII = 2;
var STRING = 3;
var TRUE = 4;
var FALSE = 5;
var INTEGER = 6;
var NUMBER = 7;
var OBJECT = 8;
var MAX_SCAN_BYTES = 4 * 1024 * 1024;
var NOT_SCALAR = /* @__PURE__ */ Symbol("not a scalar");
var INITIAL_PAGES = 2;
var MAXIMUM_PAGES = 16384;
var PAGE_BYTES = 65536;
var Found = {
  /** No whole line is left. */
  end: 0,
  /** A usage line the scanner read: `scannedLine()` gives it. */
  scanned: 1,
  /** A line to read the ordinary way. */
  show: 2,
  /** A line to read the ordinary way that the scanner has already tried: not worth a second try. */
  showScanned: 3,
  /** A user prompt the scanner read: `promptEnvelope()` gives what the reader needs of it. */
  prompt: 4
};
var LineScanner = class {
  memory;
  exports;
  out;
  num;
  input;
  found;
  sharedMax;
  /**
   * The memory from `input` on: the read-ahead ring first, when one was made here (`ring`), then
   * a chunk copied in for `next`, then a line copied in for `read`.
   */
  ringBytes = 0;
  ringInUse = false;
  /** The buffer the ring's chunks are views of: those are scanned where they are. */
  ringBuffer;
  /** The loaded chunk: where it ends in this memory, and what to add to an offset in it. */
  loadedEnd = 0;
  shift = 0;
  /** Where a line is copied in for `read`, past the loaded chunk. */
  lineAt = 0;
  /** Counts loads, so a reader can tell whether the chunk it loaded is still there. */
  loads = 0;
  /** After `next`: the lines passed over, where the line it stopped at starts and the next one. */
  passed = 0;
  start = 0;
  after = 0;
  bytes;
  slots;
  numbers;
  /**
   * The last line's value of each member the scanner compares from line to line: when it says a
   * member has the same bytes, the string made last time is used again. Kept in step with the
   * scanner's own copy: set from every line the scanner accepted.
   */
  shared = new Array(FIELDS).fill(void 0);
  constructor(wasm) {
    const module = new wasm.Module(Buffer.from(LINE_SCAN_WASM, "base64"));
    this.memory = new wasm.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES, shared: true });
    this.exports = new wasm.Instance(module, { env: { memory: this.memory } }).exports;
    this.out = this.exports.OUT.value;
    this.num = this.exports.NUM.value;
    this.input = this.exports.INPUT.value;
    this.found = this.exports.FOUND.value;
    this.sharedMax = this.exports.SHARED_MAX.value;
    this.lineAt = this.input;
    this.bytes = Buffer.alloc(0);
    this.slots = new Int32Array(0);
    this.numbers = new Float64Array(0);
    this.views();
  }
  /**
   * `bytes` of this memory for the read-ahead ring, so the chunks read into it are scanned where
   * they are, without a copy; undefined while another ring holds them. Give it back with
   * `releaseRing` once nothing writes to it any more.
   */
  ring(bytes) {
    if (this.ringInUse || this.ringBytes !== 0 && bytes > this.ringBytes) return void 0;
    if (this.ringBytes === 0) {
      if (!this.reserve(this.input + bytes)) return void 0;
      this.ringBytes = bytes;
      this.ringBuffer = this.memory.buffer;
      this.loads += 1;
      this.lineAt = this.input + bytes;
    }
    this.ringInUse = true;
    return Buffer.from(this.ringBuffer, this.input, bytes);
  }
  releaseRing() {
    this.ringInUse = false;
  }
  /** The usage line `line`, scanned on its own; see `scanAssistantLine`. */
  read(line) {
    if (line.length > MAX_SCAN_BYTES || !this.reserve(this.lineAt + line.length)) return void 0;
    this.bytes.set(line, this.lineAt);
    return this.exports.scan(this.lineAt, line.length) === 1 ? this.scannedLine() : void 0;
  }
  /**
   * Loads `chunk` from `from` on, for `next` to walk its lines: a chunk of the ring is scanned
   * where it is, any other is copied in. Returns a number that `holds` tells apart from any later
   * load, or undefined when the memory cannot hold the chunk.
   */
  load(chunk, from) {
    if (this.ringBuffer !== void 0 && chunk.buffer === this.ringBuffer) {
      this.shift = chunk.byteOffset;
      this.loadedEnd = chunk.byteOffset + chunk.length;
      this.lineAt = this.input + this.ringBytes;
    } else {
      const at = this.input + this.ringBytes;
      const length = chunk.length - from;
      if (!this.reserve(at + length)) return void 0;
      this.bytes.set(chunk.subarray(from), at);
      this.shift = at - from;
      this.loadedEnd = at + length;
      this.lineAt = this.loadedEnd;
    }
    this.loads += 1;
    return this.loads;
  }
  /** Whether the chunk of load `load` is still the one loaded. */
  holds(load) {
    return load === this.loads;
  }
  /**
   * Passes over the whole lines from `from` (a line start in the loaded chunk) that a transcript
   * reader does nothing with, and says what the line it stopped at is. `passed`, `start` and
   * `after` then tell the lines passed over, and where that line and the next one start.
   */
  next(from) {
    const shift = this.shift;
    const found = this.exports.next(from + shift, this.loadedEnd);
    const at = this.found >> 2;
    this.passed = this.slots[at] ?? 0;
    this.start = (this.slots[at + 1] ?? 0) - shift;
    this.after = (this.slots[at + 2] ?? 0) - shift;
    return found;
  }
  /**
   * The line the scanner last accepted, as `JSON.parse` and the checks would give it, or undefined
   * when it must be parsed the ordinary way after all. Call once per accepted line: it keeps the
   * strings shared from line to line in step with the scanner.
   */
  scannedLine() {
    const type = this.sharedString(F.type);
    const sessionId = this.sharedString(F.sessionId);
    const gitBranch = this.sharedString(F.gitBranch);
    const cwd = this.sharedString(F.cwd);
    const version2 = this.sharedString(F.version);
    const model = this.sharedString(F.model);
    const speed = this.sharedString(F.speed);
    const inferenceGeo = this.sharedString(F.inferenceGeo);
    const serviceTier = this.sharedString(F.serviceTier);
    if (type !== "assistant" || this.kind(F.message) !== OBJECT || this.kind(F.usage) !== OBJECT) return void 0;
    const cacheCreation = this.kind(F.cacheCreation);
    const serverToolUse = this.kind(F.serverToolUse);
    if (!isNullish(cacheCreation) && cacheCreation !== OBJECT) return void 0;
    if (!isNullish(serverToolUse) && serverToolUse !== OBJECT) return void 0;
    const value = {
      type,
      subtype: this.value(F.subtype),
      sessionId,
      timestamp: this.value(F.timestamp),
      gitBranch,
      cwd,
      version: version2,
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      requestId: this.value(F.requestId),
      costUSD: this.value(F.costUsd),
      message: {
        id: this.value(F.messageId),
        model,
        usage: {
          input_tokens: this.value(F.inputTokens),
          output_tokens: this.value(F.outputTokens),
          cache_creation_input_tokens: this.value(F.cacheCreationInputTokens),
          cache_read_input_tokens: this.value(F.cacheReadInputTokens),
          cache_creation: cacheCreation === OBJECT ? {
            ephemeral_5m_input_tokens: this.value(F.ephemeral5m),
            ephemeral_1h_input_tokens: this.value(F.ephemeral1h)
          } : nullish2(cacheCreation),
          server_tool_use: serverToolUse === OBJECT ? { web_search_requests: this.value(F.webSearchRequests) } : nullish2(serverToolUse),
          speed,
          inference_geo: inferenceGeo,
          service_tier: serviceTier
        }
      }
    };
    return isAssistantLine(value) && value.message.model !== SYNTHETIC_MODEL ? value : void 0;
  }
  /** Grows the memory to hold `bytes`; false when it cannot. */
  /**
   * The user prompt `next` stopped at (`Found.prompt`), as `JSON.parse` would give the members the
   * reader reads of it: its envelope, and whether it has a `toolUseResult` (given as `true`). Its
   * message is left out: no key of the line is `tool_use_id`, so the message holds no tool
   * result. Undefined when one of the members is an object or an array: the ordinary way then
   * reads the line, and says what is wrong with it.
   */
  promptEnvelope() {
    const envelope = {
      type: this.value(F.type),
      subtype: this.value(F.subtype),
      sessionId: this.value(F.sessionId),
      timestamp: this.value(F.timestamp),
      gitBranch: this.value(F.gitBranch),
      cwd: this.value(F.cwd),
      version: this.value(F.version),
      isSidechain: this.value(F.isSidechain),
      isMeta: this.value(F.isMeta),
      isCompactSummary: this.value(F.isCompactSummary),
      toolUseResult: this.kind(F.toolUseResult) === ABSENT ? void 0 : true
    };
    for (const key in envelope) if (envelope[key] === NOT_SCALAR) return void 0;
    return envelope;
  }
  reserve(bytes) {
    if (bytes <= this.bytes.length) return true;
    try {
      this.memory.grow(Math.ceil((bytes - this.bytes.length) / PAGE_BYTES));
    } catch {
      return false;
    }
    this.views();
    return true;
  }
  kind(field) {
    return this.slots[(this.out >> 2) + field * 4] ?? ABSENT;
  }
  value(field) {
    const at = (this.out >> 2) + field * 4;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    switch (this.slots[at]) {
      case ABSENT:
        return void 0;
      case NULL:
        return null;
      case ASCII:
        return this.bytes.toString("latin1", start, end);
      case STRING:
        return JSON.parse(this.bytes.toString("utf8", start - 1, end + 1));
      case TRUE:
        return true;
      case FALSE:
        return false;
      case INTEGER:
        return this.numbers[(this.num >> 3) + field];
      case NUMBER:
        return Number(this.bytes.toString("latin1", start, end));
      default:
        return NOT_SCALAR;
    }
  }
  sharedString(field) {
    const at = (this.out >> 2) + field * 4;
    if (this.slots[at] !== ASCII) return this.value(field);
    const kept = this.shared[field];
    if (this.slots[at + 3] === 1 && kept !== void 0) return kept;
    const start = this.slots[at + 1] ?? 0;
    const end = this.slots[at + 2] ?? 0;
    const text2 = this.bytes.toString("latin1", start, end);
    if (end - start <= this.sharedMax) this.shared[field] = text2;
    return text2;
  }
  views() {
    const buffer = this.memory.buffer;
    this.bytes = Buffer.from(buffer);
    this.slots = new Int32Array(buffer);
    this.numbers = new Float64Array(buffer);
  }
};
function isNullish(kind) {
  return kind === ABSENT || kind === NULL;
}
function nullish2(kind) {
  return kind === NULL ? null : void 0;
}
var SYNTHETIC_MODEL = "<synthetic>";
var scanner;
function lineScanner() {
  if (scanner === void 0) {
    try {
      const wasm = globalThis.WebAssembly;
      scanner = wasm === void 0 ? null : new LineScanner(wasm);
    } catch {
      scanner = null;
    }
  }
  return scanner;
}
function scanAssistantLine(line) {
  return lineScanner()?.read(line);
}
function scannerRing(bytes) {
  const scanner2 = lineScanner();
  const buffer = scanner2?.ring(bytes);
  return scanner2 === null || scanner2 === void 0 || buffer === void 0 ? void 0 : { buffer, release: () => scanner2.releaseRing() };
}

// src/ingest/transcript/parse.ts
var SMALL_LINE_BYTES = 64 * 1024;
var NON_REQUEST_TYPES = /* @__PURE__ */ new Set([
  "user",
  "system",
  "summary",
  "progress",
  "file-history-snapshot",
  "queue-operation",
  "custom-title",
  "attachment"
]);
var SYNTHETIC_MODEL2 = "<synthetic>";
async function parseTranscriptFile(path, options, read = {}) {
  return parseTranscriptPart(path, options, read).result;
}
function parseTranscriptPart(path, options, read = {}) {
  const startOffset = read.startOffset ?? 0;
  const startLine = read.startLine ?? 0;
  const reader = new TranscriptReader(path, options.displayName, read.plainJson === true, {
    offset: startOffset,
    line: startLine,
    lastSession: read.lastSession,
    lastBranch: read.lastBranch ?? ""
  });
  let committed;
  const lineOptions = { startOffset, startLine, taker: reader.taker() };
  const lines = read.chunks === void 0 ? readLinesSync(path, { ...lineOptions, chunkSize: read.chunkSize }) : linesOf(read.chunks, lineOptions);
  for (const line of lines) {
    if (!line.terminated) committed = reader.snapshot(reader.resume.line);
    reader.read(line);
  }
  if (committed === void 0 && reader.prettyOpen) committed = reader.snapshot(reader.resume.line);
  return { result: reader.finish(), resume: { ...reader.resume }, committed };
}
var TranscriptReader = class {
  constructor(path, file, plainJson, start) {
    this.file = file;
    this.plainJson = plainJson;
    const parent = dirname(path);
    this.inSubagentsDir = basename2(parent) === "subagents";
    const stem = this.inSubagentsDir ? basename2(dirname(parent)) : basename2(path, extname5(path));
    this.stemSession = identifier2.safeParse(stem).success ? stem : void 0;
    this.result.linesRead = start.line;
    this.lastSession = start.lastSession;
    this.lastBranch = start.lastBranch;
    this.resume = { ...start };
  }
  file;
  plainJson;
  result = emptyFileResult("transcript");
  facts = new SessionFactsTable();
  requests = [];
  /**
   * message.id → index in `requests` of the first request with that id. Almost every id has one
   * requestId, so the pair is checked on a hit; the rare other pairs live in `seenPairs`. No
   * key string is built per line.
   */
  seen = /* @__PURE__ */ new Map();
  seenPairs = /* @__PURE__ */ new Map();
  inSubagentsDir;
  /** Fallback session id: the file stem, or `<session>` for `<session>/subagents/agent-*.jsonl`. */
  stemSession;
  /** The session and branch of the last valid line (read by `parseTranscriptPart`). */
  lastSession;
  lastBranch;
  pretty;
  previous;
  /** Past the last terminated line read with no pretty object open: where a later read resumes. */
  resume;
  /** For `take`: the load of the scanner that holds the chunk, and that chunk's number. */
  load = -1;
  chunkNo = -1;
  /** A line the scanner already tried and left: it is not scanned a second time. */
  tried = -1;
  /** After `take`: where the first line it left starts. */
  takenEnd = 0;
  /** Reading runs of lines in the scanner (`take`), unless lines are to be parsed whole. */
  taker() {
    return this.plainJson ? void 0 : this;
  }
  /**
   * `LineTaker`: the lines from `start` that the scanner reads as `read` would, in one call for a
   * run of them: the lines `read` passes over (tool results, snapshots, progress; most of a
   * transcript's bytes), and the usage lines and user prompts it reads. It stops at any other
   * line, which `read` then gets, and while a pretty-printed object is open.
   */
  take(chunk, chunkNo, start, line, offset) {
    const scanner2 = this.pretty === void 0 ? lineScanner() : null;
    if (scanner2 === null) return 0;
    if (chunkNo !== this.chunkNo || !scanner2.holds(this.load)) {
      const load = scanner2.load(chunk, start);
      if (load === void 0) return 0;
      this.load = load;
      this.chunkNo = chunkNo;
    }
    let at = start;
    let lineNo = line;
    for (; ; ) {
      const found = scanner2.next(at);
      lineNo += scanner2.passed;
      at = scanner2.start;
      if ((found === Found.scanned || found === Found.prompt) && this.readScanned(scanner2, found, lineNo + 1)) {
        lineNo += 1;
        at = scanner2.after;
        continue;
      }
      if (found === Found.scanned || found === Found.showScanned) this.tried = lineNo + 1;
      break;
    }
    if (lineNo === line) return 0;
    this.result.linesRead = lineNo;
    this.takenEnd = at;
    this.resumeAt(offset + at - start, lineNo);
    return lineNo - line;
  }
  /**
   * Line `line`, which the scanner read (a usage line or a user prompt), taken as `read` takes it;
   * false when the checks leave it to the ordinary way after all.
   */
  readScanned(scanner2, found, line) {
    if (found === Found.scanned) {
      const data = scanner2.scannedLine();
      if (data !== void 0) this.addAssistant(data, line);
      return data !== void 0;
    }
    const envelope = scanner2.promptEnvelope();
    if (envelope !== void 0) this.handleOther(envelope, line);
    return envelope !== void 0;
  }
  get prettyOpen() {
    return this.pretty !== void 0;
  }
  /** A copy of the result so far, as if the file ended after line `linesRead`. */
  snapshot(linesRead) {
    return {
      ...this.result,
      requests: this.requests.slice(),
      facts: this.facts.copy(),
      skipped: this.result.skipped.slice(),
      linesRead
    };
  }
  read(line) {
    this.readLine(line);
    if (line.terminated && this.pretty === void 0) this.resumeAt(line.end, line.line);
  }
  resumeAt(offset, line) {
    this.resume.offset = offset;
    this.resume.line = line;
    this.resume.lastSession = this.lastSession;
    this.resume.lastBranch = this.lastBranch;
  }
  readLine({ line, bytes, terminated, oversized }) {
    this.result.linesRead = line;
    if (oversized) {
      this.skip(line, `line is longer than ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB and was not read`);
      return;
    }
    if (this.pretty) {
      if (!startsAtColumnZero(bytes)) {
        this.continuePretty(this.pretty, bytes);
        return;
      }
      this.skip(this.pretty.startLine, "pretty-printed object is not closed");
      this.pretty = void 0;
    }
    if (isBlank(bytes)) return;
    if (opensPrettyObject(bytes)) {
      this.pretty = new PrettyObject(line);
      this.pretty.add(bytes);
      return;
    }
    if (!looksLikeObject(bytes)) {
      this.skip(line, terminated ? "not valid JSON" : "truncated last line");
      return;
    }
    const type = leadingType(bytes);
    if (type !== void 0 && NON_REQUEST_TYPES.has(type)) {
      this.readNonRequest(type, bytes, line, terminated);
      return;
    }
    const scanned = this.scanUsageLine(bytes, line);
    if (scanned !== void 0) {
      this.addAssistant(scanned, line);
    } else if (hasUsage(bytes)) {
      this.parseLine(bytes, line, terminated, true);
    } else if (bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    } else if (looksLikeUserPrompt(bytes)) {
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    }
  }
  /**
   * The usage line read by the scanner (`line-scan.ts`), or undefined when it is left to
   * `JSON.parse`. Only lines that look like assistant lines are tried: searching a line for
   * `"usage"` cost as much as scanning it, and an assistant line that scans needs no search.
   */
  scanUsageLine(bytes, line) {
    if (this.plainJson || line === this.tried || !endsLikeAssistantLine(bytes)) return void 0;
    return scanAssistantLine(bytes);
  }
  /**
   * A line whose type says it is no API request: only a user prompt or a compaction boundary
   * counts anything, and every other line (tool results, snapshots, progress) is passed over
   * unread, however large, even when a nested tool result or subagent message holds a `usage`.
   */
  readNonRequest(type, bytes, line, terminated) {
    if (type === "user") {
      if (!userLineLooksLikePrompt(bytes)) return;
      if (bytes.length < SMALL_LINE_BYTES) this.parseLine(bytes, line, terminated, false);
      else this.countLargePrompt(line);
    } else if (type === "system" && bytes.length < SMALL_LINE_BYTES && hasCompactBoundary(bytes)) {
      this.parseLine(bytes, line, terminated, false);
    }
  }
  finish() {
    if (this.pretty) this.skip(this.pretty.startLine, "pretty-printed object is not closed");
    this.pretty = void 0;
    this.result.requests = this.requests;
    this.result.facts = this.facts.all();
    return this.result;
  }
  continuePretty(pretty, bytes) {
    const state = pretty.add(bytes);
    if (state === "open") return;
    this.pretty = void 0;
    if (state === "too-big") {
      this.skip(pretty.startLine, `pretty-printed object over ${PRETTY_MAX_LINES} lines or 8 MiB`);
      return;
    }
    const text2 = pretty.text();
    let value;
    try {
      value = JSON.parse(text2);
    } catch {
      this.skip(pretty.startLine, "not valid JSON");
      return;
    }
    this.handle(value, pretty.startLine, text2.includes('"usage"'));
  }
  parseLine(bytes, line, terminated, withUsage) {
    let value;
    try {
      value = this.plainJson ? JSON.parse(bytes.toString("utf8")) : parseJsonLine(bytes);
    } catch {
      this.skip(line, terminated ? "not valid JSON" : "truncated last line");
      return;
    }
    this.handle(value, line, withUsage);
  }
  handle(value, line, withUsage) {
    if (!isRecord(value)) {
      this.skip(line, "not a JSON object");
      return;
    }
    const type = value.type;
    if (type === "assistant") {
      if (withUsage) this.handleAssistant(value, line);
    } else if (typeof type === "string" && NON_REQUEST_TYPES.has(type)) {
      this.handleOther(value, line);
    } else if (withUsage) {
      this.skip(line, "unknown line type");
    }
  }
  handleAssistant(value, line) {
    const message = value.message;
    if (isRecord(message) && message.model === SYNTHETIC_MODEL2) {
      const envelope = checkEnvelope(value);
      if (envelope.ok) this.noteEnvelope(envelope.data);
      return;
    }
    const parsed = checkAssistantLine(value);
    if (!parsed.ok) return this.skip(line, parsed.reason);
    this.addAssistant(parsed.data, line);
  }
  /** A checked usage line that is not a `<synthetic>` placeholder. */
  addAssistant(data, line) {
    if (!isIdentifier2(data.message.model)) {
      return this.skip(line, "model id is not an identifier");
    }
    const geo = normaliseGeo(data.message.usage.inference_geo);
    if (geo === void 0) return this.skip(line, "message.usage.inference_geo is not a region code");
    const sessionId = this.noteEnvelope(data);
    if (sessionId === void 0) return this.skip(line, "sessionId is not an identifier");
    const ctx = { sessionId, inSubagentsDir: this.inSubagentsDir, file: this.file, line };
    this.addRequest(toRequest(data, geo, ctx));
  }
  handleOther(value, line) {
    const isPrompt = !this.inSubagentsDir && isUserPrompt(value);
    const isCompaction = value.type === "system" && value.subtype === "compact_boundary";
    const counted = isPrompt || isCompaction;
    const parsed = checkEnvelope(value);
    if (!parsed.ok) {
      if (counted) this.skip(line, parsed.reason);
      return;
    }
    const sessionId = this.noteEnvelope(parsed.data);
    if (sessionId === void 0) {
      if (counted) this.skip(line, "sessionId is not an identifier");
      return;
    }
    if (isPrompt) this.facts.addTurn(sessionId, parsed.data.gitBranch ?? "");
    if (isCompaction) this.facts.addCompaction(sessionId);
  }
  /** A prompt too large to parse (pasted images, documents): count it where the file last was. */
  countLargePrompt(line) {
    if (this.inSubagentsDir) return;
    const sessionId = this.lastSession ?? this.stemSession;
    if (sessionId === void 0) return this.skip(line, "sessionId is not an identifier");
    this.facts.addTurn(sessionId, this.lastBranch);
  }
  /** Updates the session's facts from a valid line; returns its session id. */
  noteEnvelope(envelope) {
    const sessionId = envelope.sessionId ?? this.stemSession;
    if (sessionId === void 0) return void 0;
    this.lastSession = sessionId;
    this.lastBranch = envelope.gitBranch ?? "";
    this.facts.seen(
      sessionId,
      envelope.timestamp ?? void 0,
      envelope.version || void 0,
      envelope.cwd || void 0
    );
    return sessionId;
  }
  addRequest(event) {
    this.shareStrings(event);
    const { messageId, requestId } = event;
    if (messageId === void 0) {
      this.requests.push(event);
      return;
    }
    let index = this.seen.get(messageId);
    if (index === void 0) {
      this.seen.set(messageId, this.requests.length);
    } else if (this.requests[index]?.requestId !== requestId) {
      const pair = `${messageId}\0${requestId ?? ""}`;
      index = this.seenPairs.get(pair);
      if (index === void 0) this.seenPairs.set(pair, this.requests.length);
    }
    if (index === void 0) {
      this.requests.push(event);
      return;
    }
    this.result.duplicatesDropped += 1;
    const kept = this.requests[index];
    if (kept && replaces(event, kept)) this.requests[index] = event;
  }
  /**
   * Each parsed line brings its own copy of the session id, model, branch, cwd and version; keep
   * the previous request's copy instead, so a file's thousands of requests share one of each.
   */
  shareStrings(event) {
    const previous = this.previous;
    this.previous = event;
    if (previous === void 0) return;
    if (event.sessionId === previous.sessionId) event.sessionId = previous.sessionId;
    if (event.model === previous.model) event.model = previous.model;
    if (event.branch === previous.branch) event.branch = previous.branch;
    if (event.cwd === previous.cwd) event.cwd = previous.cwd;
    if (event.toolVersion === previous.toolVersion) event.toolVersion = previous.toolVersion;
  }
  skip(line, reason) {
    const entry = { file: this.file, line, reason };
    this.result.skipped.push(entry);
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isUserPrompt(value) {
  if (value.type !== "user") return false;
  if (value.isMeta === true || value.isSidechain === true || value.isCompactSummary === true) {
    return false;
  }
  if (value.toolUseResult !== void 0) return false;
  const message = value.message;
  const content = isRecord(message) ? message.content : void 0;
  return !(Array.isArray(content) && content.some((b) => isRecord(b) && "tool_use_id" in b));
}

// src/ingest/transcript/index.ts
var transcriptParser = {
  format: "transcript",
  detect: detectTranscript,
  parse: (path, options) => parseTranscriptFile(path, options)
};

// src/ingest/walk.ts
import { lstatSync as lstatSync4, readdirSync, realpathSync } from "node:fs";
import { normalize, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var realpath = realpathSync.native;
var INPUT_EXTENSIONS = [".jsonl", ".json", ".ndjson"];
var UnreadablePathError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "UnreadablePathError";
  }
  path;
};
async function walkInputs(paths, options) {
  const root = options.root === void 0 ? void 0 : realpath(resolve2(options.root));
  const files = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const readDirectory = (place, named) => {
    if (root !== void 0 && !isInside(root, place.real)) {
      skipped.push({ file: place.shown, line: 0, reason: "outside the workspace" });
      return;
    }
    let entries;
    try {
      entries = readdirSync(place.path, { withFileTypes: true });
    } catch (error2) {
      if (named) throw new UnreadablePathError(place.shown, describeFsError(error2));
      skipped.push({ file: place.shown, line: 0, reason: `cannot read: ${describeFsError(error2)}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const prefix = {
      path: prefixOf(named ? normalize(place.path) : place.path),
      shown: prefixOf(named ? normalize(place.shown) : place.shown),
      absolute: prefixOf(place.absolute),
      real: prefixOf(place.real)
    };
    for (const entry of entries) {
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !entry.isSymbolicLink() && !hasInputExtension(entry.name)) continue;
      const path = prefix.path + entry.name;
      const child = {
        path,
        // `displayName` treats a name starting with `..` as outside the working directory.
        shown: entry.name.startsWith("..") ? displayName(path) : prefix.shown + entry.name,
        absolute: prefix.absolute + entry.name,
        real: prefix.real + entry.name
      };
      if (isDirectory) readDirectory(child, false);
      else visit(child, false);
    }
  };
  const visit = (place, named) => {
    const { path, shown } = place;
    let info;
    try {
      info = lstatSync4(path);
    } catch (error2) {
      if (named) throw new UnreadablePathError(shown, describeFsError(error2));
      skipped.push({ file: shown, line: 0, reason: `cannot read: ${describeFsError(error2)}` });
      return;
    }
    if (info.isSymbolicLink()) {
      skipped.push({ file: shown, line: 0, reason: "symbolic link not followed" });
      return;
    }
    if (named) {
      try {
        place.real = realpath(path);
      } catch (error2) {
        throw new UnreadablePathError(shown, describeFsError(error2));
      }
    }
    if (info.isDirectory()) {
      readDirectory(place, named);
      return;
    }
    if (root !== void 0 && !isInside(root, place.real)) {
      skipped.push({ file: shown, line: 0, reason: "outside the workspace" });
      return;
    }
    if (!info.isFile()) {
      skipped.push({ file: shown, line: 0, reason: "not a regular file" });
      return;
    }
    if (info.size > options.maxFileBytes) {
      skipped.push({ file: shown, line: 0, reason: `file is larger than ${options.maxFileBytes} bytes` });
      return;
    }
    if (seen.has(place.absolute)) return;
    seen.add(place.absolute);
    files.push({
      path,
      displayName: shown,
      realPath: place.real,
      size: info.size,
      mtimeMs: info.mtimeMs,
      ino: info.ino,
      dev: info.dev
    });
  };
  for (const path of paths) visit({ path, shown: displayName(path), absolute: resolve2(path), real: "" }, true);
  return { files, skipped };
}
function prefixOf(dir) {
  const trimmed = dir.length > 1 && dir.endsWith(sep2) ? dir.slice(0, -1) : dir;
  if (trimmed === ".") return "";
  return trimmed === sep2 ? trimmed : trimmed + sep2;
}
function hasInputExtension(name) {
  return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}
function isInside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep2) ? root : root + sep2);
}
function displayName(path) {
  const rel = relative2(process.cwd(), resolve2(path));
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
function describeFsError(error2) {
  const code = error2?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "not a directory";
    default:
      return typeof code === "string" ? code : "unreadable";
  }
}

// src/ingest/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker as Worker3 } from "node:worker_threads";

// src/ingest/prefetch.ts
import { closeSync as closeSync5, constants as constants4, openSync as openSync5, readSync as readSync3 } from "node:fs";
import { Worker } from "node:worker_threads";
var COLD_READ_MS = 0.25;
var PROBE_FILES = 3;
var PROBE_BYTES = 64 * 1024;
var AHEAD_BYTES = 96 * 1024 * 1024;
var STOP_AFTER_CACHED_BYTES = 32 * 1024 * 1024;
var CACHED_BYTES_PER_MS = 25e5;
var LANES = 4;
function looksCold(paths) {
  const buffer = Buffer.allocUnsafe(PROBE_BYTES);
  let fastest = Number.POSITIVE_INFINITY;
  for (const path of paths.slice(0, PROBE_FILES)) {
    const start = performance.now();
    try {
      const fd = openSync5(path, constants4.O_RDONLY | (constants4.O_NOFOLLOW ?? 0) | (constants4.O_NONBLOCK ?? 0));
      try {
        readSync3(fd, buffer, 0, PROBE_BYTES, 0);
      } finally {
        closeSync5(fd);
      }
    } catch {
      continue;
    }
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest !== Number.POSITIVE_INFINITY && fastest > COLD_READ_MS;
}
var PREFETCH_SOURCE = `
const { close, constants, fstat, open, read } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { paths, sizes, next, aheadBytes, stopAfterCachedBytes, cachedBytesPerMs, lanes } = workerData;
const claimed = new Int32Array(next);
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
const before = [0];
for (const size of sizes) before.push(before[before.length - 1] + size);
let index = 0;
let cachedRun = 0;
// The callback API: fs/promises would load file handles and streams into this thread first.
const call = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (error, value) => (error ? reject(error) : resolve(value))));
const pause = () => new Promise((resolve) => setTimeout(resolve, 2));
async function readToEnd(path, buffer) {
  let fd;
  try {
    fd = await call(open, path, flags);
    if (!(await call(fstat, fd)).isFile()) return;
    const started = performance.now();
    let bytes = 0;
    for (let n; (n = await call(read, fd, buffer, 0, buffer.length, null)) > 0; ) bytes += n;
    const fromMemory = bytes > 0 && performance.now() - started < bytes / cachedBytesPerMs;
    cachedRun = fromMemory ? cachedRun + bytes : 0;
  } catch {
  } finally {
    if (fd !== undefined) close(fd, () => {});
  }
}
async function lane() {
  const buffer = Buffer.allocUnsafe(1 << 20);
  while (index < paths.length && cachedRun < stopAfterCachedBytes) {
    const position = Math.min(Atomics.load(claimed, 0), paths.length);
    if (index < position) index = position;
    if (index >= paths.length) return;
    if (before[index] - before[position] > aheadBytes) { await pause(); continue; }
    const file = index;
    index += 1;
    await readToEnd(paths[file], buffer);
  }
}
Promise.all(Array.from({ length: lanes }, lane));
`;
function startPrefetch(job, tuning = {}) {
  let worker;
  let done = Promise.resolve();
  try {
    const workerData = {
      aheadBytes: AHEAD_BYTES,
      stopAfterCachedBytes: STOP_AFTER_CACHED_BYTES,
      cachedBytesPerMs: CACHED_BYTES_PER_MS,
      lanes: LANES,
      ...tuning,
      ...job
    };
    const started = new Worker(PREFETCH_SOURCE, { eval: true, workerData });
    worker = started;
    started.unref();
    started.on("error", () => void 0);
    done = new Promise((resolve6) => started.once("exit", () => resolve6()));
  } catch {
    worker = void 0;
  }
  return {
    stop: () => {
      worker?.terminate().catch(() => void 0);
    },
    done
  };
}

// src/ingest/read-ahead.ts
import { Worker as Worker2 } from "node:worker_threads";
import { closeSync as closeSync6, openSync as openSync6, readSync as readSync4 } from "node:fs";
var EMPTY2 = 0;
var READING = 1;
var FILLED = 2;
var TAKEN = 3;
var SLOT_INTS = 4;
var STOPPED = 2147483644;
var DEFAULT_SLOTS = 16;
var RECHECK_MS = 1;
var READER_SOURCE = `
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { files, first, chunkSize, slots, header, data, dataOffset } = workerData;
const h = new Int32Array(header);
const bytes = new Uint8Array(data, dataOffset, slots * chunkSize);
const AT = slots * ${SLOT_INTS};
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0);
for (let index = 0; index < files.length && Atomics.load(h, AT + 1) === 0; index += 1) {
  const file = files[index];
  const end = first[index + 1];
  if (end <= Atomics.load(h, AT)) continue;
  let fd = -1;
  let failed = false;
  try {
    fd = openSync(file.path, flags);
    if (!fstatSync(fd).isFile()) failed = true;
  } catch {
    failed = true;
  }
  for (let entry = first[index], position = file.start; entry < end; entry += 1, position += chunkSize) {
    const slot = entry % slots;
    const at = slot * ${SLOT_INTS};
    let word;
    while ((word = Atomics.load(h, at)) >> 2 < entry) Atomics.wait(h, at, word, ${RECHECK_MS});
    if (Atomics.load(h, AT + 1) !== 0) break;
    if (Atomics.compareExchange(h, at, entry * 4 + ${EMPTY2}, entry * 4 + ${READING}) !== entry * 4 + ${EMPTY2}) continue;
    const want = Math.min(chunkSize, file.size - position);
    let got = 0;
    try {
      for (let n; !failed && got < want && (n = readSync(fd, bytes, slot * chunkSize + got, want - got, position + got)) > 0; ) got += n;
    } catch {
      failed = true;
    }
    h[at + 1] = got;
    h[at + 2] = failed ? 1 : 0;
    Atomics.store(h, at, entry * 4 + ${FILLED});
    Atomics.notify(h, at);
  }
  if (fd >= 0) closeSync(fd);
}
`;
var ReadAhead = class {
  constructor(files, options = {}) {
    this.files = files;
    this.slots = options.slots ?? DEFAULT_SLOTS;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    this.first = [0];
    for (const file of files) {
      const last = this.first[this.first.length - 1];
      this.first.push(last + Math.max(0, Math.ceil((file.size - file.start) / this.chunkSize)));
    }
    const header = new SharedArrayBuffer((this.slots * SLOT_INTS + 2) * 4);
    const ring = scannerRing(this.slots * this.chunkSize);
    let pending = 2;
    this.done = () => {
      pending -= 1;
      if (pending === 0) ring?.release();
    };
    this.data = ring?.buffer ?? Buffer.from(new SharedArrayBuffer(this.slots * this.chunkSize));
    this.header = new Int32Array(header);
    for (let slot = 0; slot < this.slots; slot += 1) this.header[slot * SLOT_INTS] = slot * 4 + EMPTY2;
    let worker;
    try {
      worker = new Worker2(READER_SOURCE, {
        eval: true,
        workerData: {
          files,
          first: this.first,
          chunkSize: this.chunkSize,
          slots: this.slots,
          header,
          data: this.data.buffer,
          dataOffset: this.data.byteOffset
        }
      });
      worker.unref();
      worker.on("error", () => void 0);
      worker.once("exit", this.done);
    } catch {
      worker = void 0;
      this.done();
    }
    this.worker = worker;
  }
  files;
  slots;
  chunkSize;
  header;
  data;
  /** Per file, its first entry; one more at the end. */
  first;
  worker;
  /** Every entry below this has been released. */
  released = 0;
  /**
   * Every entry below this has been released and the reader woken for it. A reader that is
   * ahead waits for a free slot; it is not woken when one is freed (see `RECHECK_MS`), only when
   * this thread has caught up with it.
   */
  notified = 0;
  /** For entries this thread reads itself: one buffer, and the file it has open. */
  own;
  ownFd = -1;
  ownIndex = -1;
  /** Called when the reader thread has exited and when `stop` is: the second frees the ring. */
  done;
  stopped = false;
  /**
   * The bytes of file `index` from its start offset to its end, in chunks, each valid until the
   * next is asked for. Files are read in order: every earlier file must be `finish`ed first.
   */
  *chunks(index) {
    const file = this.files[index];
    const end = this.first[index + 1];
    if (file === void 0 || end === void 0) return;
    let position = file.start;
    let entry = this.first[index];
    let held = -1;
    try {
      for (; entry < end; entry += 1) {
        const want = Math.min(this.chunkSize, file.size - position);
        const chunk = this.take(entry, index, position, want);
        held = entry;
        if (chunk.length > 0) yield chunk;
        this.release(entry);
        held = -1;
        position += chunk.length;
        if (chunk.length < want) return;
      }
    } finally {
      if (held !== -1) this.release(held);
      this.closeOwn();
    }
    yield* fileChunks(file.path, this.chunkSize, position);
  }
  /** Releases whatever of file `index` was not read (a file of another format, or one left early). */
  finish(index) {
    const end = this.first[index + 1] ?? this.released;
    while (this.released < end) this.release(this.released);
    this.closeOwn();
  }
  stop() {
    Atomics.store(this.header, this.slots * SLOT_INTS + 1, 1);
    for (let slot = 0; slot < this.slots; slot += 1) {
      Atomics.store(this.header, slot * SLOT_INTS, STOPPED);
      Atomics.notify(this.header, slot * SLOT_INTS);
    }
    this.worker?.terminate().catch(() => void 0);
    this.closeOwn();
    if (!this.stopped) this.done();
    this.stopped = true;
  }
  take(entry, index, position, want) {
    const slot = entry % this.slots;
    const at = slot * SLOT_INTS;
    Atomics.store(this.header, this.slots * SLOT_INTS, entry);
    const empty = entry * 4 + EMPTY2;
    if (Atomics.load(this.header, at) !== entry * 4 + FILLED) this.notifyReleased();
    if (Atomics.compareExchange(this.header, at, empty, entry * 4 + TAKEN) === empty) {
      return this.readOwn(index, position, want);
    }
    let word;
    while ((word = Atomics.load(this.header, at)) === entry * 4 + READING) Atomics.wait(this.header, at, word);
    if (word !== entry * 4 + FILLED || this.header[at + 2] === 1) return this.readOwn(index, position, want);
    const start = slot * this.chunkSize;
    return this.data.subarray(start, start + this.header[at + 1]);
  }
  release(entry) {
    if (entry !== this.released) return;
    Atomics.store(this.header, entry % this.slots * SLOT_INTS, (entry + this.slots) * 4 + EMPTY2);
    this.released += 1;
  }
  /** Wakes the reader for the slots released since the last call. */
  notifyReleased() {
    for (let entry = this.notified; entry < this.released; entry += 1) {
      Atomics.notify(this.header, entry % this.slots * SLOT_INTS);
    }
    this.notified = this.released;
  }
  /** One chunk read here, the way a direct read would (same flags, same errors). */
  readOwn(index, position, want) {
    const file = this.files[index];
    if (this.ownIndex !== index) {
      this.closeOwn();
      this.ownFd = openSync6(file.path, READ_NO_FOLLOW3);
      this.ownIndex = index;
    }
    this.own ??= Buffer.allocUnsafe(this.chunkSize);
    let got = 0;
    for (let n2; got < want && (n2 = readSync4(this.ownFd, this.own, got, want - got, position + got)) > 0; ) got += n2;
    return this.own.subarray(0, got);
  }
  closeOwn() {
    if (this.ownFd !== -1) closeSync6(this.ownFd);
    this.ownFd = -1;
    this.ownIndex = -1;
  }
};

// src/ingest/worker-transfer.ts
var NUMBERS = [
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens",
  "webSearchRequests",
  "line"
];
var TABLED = [
  "sessionId",
  "model",
  "branch",
  "cwd",
  "toolVersion",
  "origin",
  "speed",
  "geo",
  "file"
];
var STRIDE = NUMBERS.length + 2 + TABLED.length;
var ABSENT2 = -1;
function unpackOutcome(packed) {
  if (packed === void 0) return void 0;
  const outcome = { format: packed.format, result: unpackResult(packed.result) };
  if (packed.resume !== void 0) {
    const { point, committed, marks } = packed.resume;
    outcome.resume = { point, committed: committed === void 0 ? void 0 : unpackResult(committed), marks };
  }
  return outcome;
}
function unpackResult(packed) {
  return { ...packed, requests: unpackRequests(packed.requests) };
}
function unpackRequests({ count: count5, table: table2, unique, numbers }) {
  const text2 = (index) => index === void 0 || index === ABSENT2 ? void 0 : table2[index];
  const requests = new Array(count5);
  for (let i = 0; i < count5; i += 1) {
    const at = i * STRIDE;
    const tabled = at + NUMBERS.length + 2;
    const cost = numbers[at + NUMBERS.length + 1];
    requests[i] = {
      messageId: unique[i * 3],
      requestId: unique[i * 3 + 1],
      sessionId: text2(numbers[tabled]),
      timestamp: unique[i * 3 + 2],
      model: text2(numbers[tabled + 1]),
      branch: text2(numbers[tabled + 2]),
      cwd: text2(numbers[tabled + 3]),
      toolVersion: text2(numbers[tabled + 4]),
      isSidechain: numbers[at + NUMBERS.length] === 1,
      origin: text2(numbers[tabled + 5]),
      speed: text2(numbers[tabled + 6]),
      geo: text2(numbers[tabled + 7]),
      inputTokens: numbers[at],
      outputTokens: numbers[at + 1],
      cacheWrite5mTokens: numbers[at + 2],
      cacheWrite1hTokens: numbers[at + 3],
      cacheReadTokens: numbers[at + 4],
      webSearchRequests: numbers[at + 5],
      reportedCostUsd: Number.isNaN(cost) ? void 0 : cost,
      file: text2(numbers[tabled + 8]),
      line: numbers[at + 6]
    };
  }
  return requests;
}

// src/ingest/worker-pool.ts
var WORKER_KIND = "claude-cost/ingest-worker";
var PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
var MAX_WORKERS = 3;
var YIELD_EVERY_MS = 10;
var BUNDLED_WORKER = new URL("./ingest-worker.js", import.meta.url);
var READ_AHEAD_MIN_BYTES = 32 * 1024 * 1024;
function startReadAhead(files, option) {
  if (option === false || files.length === 0 || option === void 0 && files.length < 2) return void 0;
  const planned = files.map((file) => ({ path: file.path, start: file.start?.startOffset ?? 0, size: file.size }));
  const bytes = planned.reduce((sum, file) => sum + Math.max(0, file.size - file.start), 0);
  if (option === void 0 && bytes < READ_AHEAD_MIN_BYTES) return void 0;
  return new ReadAhead(planned, typeof option === "object" ? option : {});
}
function diskOrder(files) {
  const inode = (file) => file?.ino ?? Number.MAX_SAFE_INTEGER;
  return files.map((_, i) => i).sort((a, b) => inode(files[a]) - inode(files[b]) || a - b);
}
function plannedWorkers(files, options = {}) {
  if (files.length < 2) return 0;
  if (options.workers !== void 0) return Math.max(0, Math.min(options.workers, files.length - 1));
  const bytes = files.reduce((sum, file) => sum + file.size - (file.start?.startOffset ?? 0), 0);
  if (bytes < PARALLEL_MIN_BYTES) return 0;
  return Math.max(0, Math.min(availableParallelism() - 2, MAX_WORKERS, files.length - 1));
}
async function readAll(files, task, read, options = {}) {
  const outcomes = new Array(files.length);
  const delivered = new Uint8Array(files.length);
  const workerUrl = options.workerUrl ?? BUNDLED_WORKER;
  const workers = existsSync(fileURLToPath(workerUrl)) ? plannedWorkers(files, options) : 0;
  if (workers === 0) {
    const order = diskOrder(files);
    const ahead = startReadAhead(
      order.map((i) => files[i]),
      options.readAhead
    );
    const errors2 = /* @__PURE__ */ new Map();
    try {
      for (const [k, i] of order.entries()) {
        try {
          outcomes[i] = await read(files[i], task, ahead?.chunks(k));
        } catch (error2) {
          errors2.set(i, error2);
        }
        ahead?.finish(k);
      }
    } finally {
      ahead?.stop();
    }
    if (errors2.size > 0) throw errors2.get(Math.min(...errors2.keys()));
    return outcomes;
  }
  const queue = files.map((file, index) => ({ index, file })).sort((a, b) => b.file.size - a.file.size || a.index - b.index);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const job = { kind: WORKER_KIND, task, queue, next };
  const failed = [];
  const deliver = (index, outcome) => {
    outcomes[index] = outcome;
    delivered[index] = 1;
  };
  const finished = Array.from({ length: workers }, () => runWorker(workerUrl, job, deliver));
  const paths = queue.map((entry) => entry.file.path);
  const prefetch = options.prefetch ?? looksCold(paths) ? startPrefetch({ paths, sizes: queue.map((entry) => entry.file.size), next }) : void 0;
  let lastYield = performance.now();
  while (options.mainThreadReads !== false) {
    const position = Atomics.add(counter, 0, 1);
    const entry = queue[position];
    if (entry === void 0) break;
    try {
      deliver(entry.index, await read(entry.file, task));
    } catch (error2) {
      failed.push({ index: entry.index, error: error2 });
    }
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve6) => setImmediate(resolve6));
      lastYield = performance.now();
    }
  }
  await Promise.all(finished);
  prefetch?.stop();
  const errors = new Map(failed.map(({ index, error: error2 }) => [index, error2]));
  for (let index = 0; index < files.length; index += 1) {
    if (delivered[index] === 1) continue;
    if (errors.has(index)) throw errors.get(index);
    outcomes[index] = await read(files[index], task);
  }
  return outcomes;
}
function runWorker(url, job, deliver) {
  return new Promise((resolve6) => {
    let worker;
    try {
      worker = new Worker3(url, { workerData: job });
    } catch {
      resolve6();
      return;
    }
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      resolve6();
      worker.terminate().catch(() => void 0);
    };
    worker.on("message", (message) => {
      if (message.type === "outcome") deliver(message.index, unpackOutcome(message.outcome));
      else if (message.type === "done") stop();
    });
    worker.on("error", stop);
    worker.on("exit", stop);
  });
}

// src/ingest/index.ts
var PARSERS = [recordParser, resultParser, exportParser, transcriptParser];
var HEAD_BYTES2 = 64 * 1024;
var FIRST_READ_BYTES = 4 * 1024;
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 ** 4,
  maxJsonBytes: 64 * 1024 ** 2
};
async function ingestPaths(paths, options) {
  const walked = await walkInputs(paths, options);
  const skipped = [...walked.skipped];
  const notes = [];
  const files = [];
  const results = [];
  const task = {
    formats: PARSERS.map((p) => p.format).filter((f) => options.formats === void 0 || options.formats.includes(f)),
    maxJsonBytes: options.maxJsonBytes
  };
  let unrecognised = 0;
  const outcomes = await readAll(walked.files, task, readInput, options.parallel);
  walked.files.forEach((file, index) => {
    const outcome = outcomes[index];
    if (outcome === void 0) {
      unrecognised++;
      return;
    }
    files.push({ file: file.displayName, format: outcome.format });
    results.push(outcome.result);
    skipped.push(...outcome.result.skipped);
  });
  if (files.length > 0) notes.push(describeFiles(files));
  if (unrecognised > 0) {
    notes.push(
      `${unrecognised} file${unrecognised === 1 ? "" : "s"} in a supported extension but no recognised format were ignored.`
    );
  }
  const transcripts = collectTranscripts(
    results.filter((r) => r.format === "transcript"),
    options.recordedBy
  );
  const others = results.filter((r) => r.format !== "transcript").flatMap((r) => r.sessions);
  const sessions = chooseSources([...transcripts.sessions, ...others], notes);
  return { sessions, skipped, notes, files, results };
}
async function readInput(file, task, chunks) {
  const options = { displayName: file.displayName, maxJsonBytes: task.maxJsonBytes };
  let bytes = chunks?.[Symbol.iterator]();
  let parser = transcriptParser;
  if (file.start === void 0) {
    const first = bytes?.next();
    const head = first === void 0 || first.done === true ? void 0 : first.value;
    const whole = head !== void 0 && (head.length >= HEAD_BYTES2 || head.length === file.size);
    parser = detectFormat(file.path, readableParsers(task), whole ? head : void 0);
    if (bytes !== void 0 && head !== void 0) bytes = withFirst(head, bytes);
  }
  if (parser === void 0) return void 0;
  if (parser === transcriptParser) {
    const read = { ...file.start, chunks: bytes === void 0 ? void 0 : { [Symbol.iterator]: () => bytes } };
    const { result, resume, committed } = parseTranscriptPart(file.path, options, read);
    const marks = task.fingerprints === true ? fingerprintsOrUndefined(file.path, resume.offset) : void 0;
    return { format: "transcript", result, resume: { point: resume, committed, marks } };
  }
  return { format: parser.format, result: await parser.parse(file.path, options) };
}
function* withFirst(first, rest) {
  yield first;
  for (let next = rest.next(); next.done !== true; next = rest.next()) yield next.value;
}
function fingerprintsOrUndefined(path, offset) {
  try {
    return fingerprints(path, offset);
  } catch {
    return void 0;
  }
}
function readableParsers(task) {
  return task.formats.length === PARSERS.length ? PARSERS : PARSERS.filter((p) => task.formats.includes(p.format));
}
var headBuffer = Buffer.alloc(HEAD_BYTES2);
function detectFormat(path, parsers, head) {
  if (head !== void 0) return detectFromHead(path, parsers, head, head.length);
  const fd = openSync7(path, READ_NO_FOLLOW3);
  try {
    let bytesRead = readSync5(fd, headBuffer, 0, FIRST_READ_BYTES, 0);
    if (headLength(path, headBuffer, bytesRead) === FIRST_READ_BYTES) {
      bytesRead += readSync5(fd, headBuffer, bytesRead, HEAD_BYTES2 - bytesRead, bytesRead);
    }
    return detectFromHead(path, parsers, headBuffer, bytesRead);
  } finally {
    closeSync7(fd);
  }
}
function detectFromHead(path, parsers, bytes, available) {
  const length = headLength(path, bytes, Math.min(available, HEAD_BYTES2));
  let head = bytes.toString("utf8", 0, length);
  if (head.charCodeAt(0) === 65279) head = head.slice(1);
  return parsers.find((p) => p.detect(path, head));
}
function headLength(path, head, bytesRead) {
  if (!/\.(?:jsonl|ndjson)$/i.test(path)) return bytesRead;
  const newline = head.indexOf(10);
  if (newline === -1 || newline >= bytesRead) return bytesRead;
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  return head.toString("latin1", bom, newline).trim() === "{" ? bytesRead : newline + 1;
}
var PRIORITY = {
  result: 0,
  transcript: 1,
  record: 2,
  export: 3
};
function chooseSources(sessions, notes) {
  const bestFormat = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const current = bestFormat.get(s.sessionId);
    if (current === void 0 || PRIORITY[s.source.format] < PRIORITY[current]) {
      bestFormat.set(s.sessionId, s.source.format);
    }
  }
  const kept = /* @__PURE__ */ new Map();
  const replaced = /* @__PURE__ */ new Set();
  for (const s of sessions) {
    if (bestFormat.get(s.sessionId) !== s.source.format) {
      replaced.add(s.sessionId);
      continue;
    }
    const key = `${s.sessionId}\0${s.branch ?? ""}`;
    const existing = kept.get(key);
    kept.set(key, existing === void 0 ? s : mergeRecords(existing, s));
  }
  for (const id of [...replaced].sort()) {
    const format = bestFormat.get(id);
    if (format === "result") {
      notes.push(`Session ${id}: Claude Code's result object was used instead of its transcript or record.`);
    } else {
      notes.push(`Session ${id}: read from its ${format}; other copies of it were not counted again.`);
    }
  }
  return [...kept.values()].sort(compareSessions);
}
function compareSessions(a, b) {
  const at = a.startedAt ?? "";
  const bt = b.startedAt ?? "";
  if (at !== bt) return at < bt ? -1 : 1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}
var FORMAT_NAMES = {
  record: ["session record", "session records"],
  transcript: ["Claude Code transcript", "Claude Code transcripts"],
  result: ["Claude Code result object", "Claude Code result objects"],
  export: ["per-message export", "per-message exports"]
};
function describeFiles(files) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
  const parts2 = [...counts].map(([format, n2]) => `${n2} ${FORMAT_NAMES[format][n2 === 1 ? 0 : 1]}`);
  return `Read ${parts2.join(", ")}.`;
}

// src/local/git-history.ts
import { execFile as execFile2 } from "node:child_process";
import { realpathSync as realpathSync2 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import { relative as relative3, sep as sep3 } from "node:path";
var SQUASH_SUBJECT = /^(.*?)\s*\(#(\d{1,9})\)\s*$/;
var MERGE_SUBJECT = /^Merge pull request #(\d{1,9}) from (\S+)/;
var COMMIT = "";
var FIELD = "";
var MAX_OUTPUT = 1 << 30;
var SLICE_MIN_COMMITS = 1e3;
var MAX_SLICES = 4;
async function openRecordHistory(repoDir, recordsDir, options = {}) {
  const ref = options.ref ?? "HEAD";
  const top = await git(repoDir, ["rev-parse", "--show-toplevel"]).catch(() => void 0);
  if (top === void 0)
    return { note: "The records are not in a git repository, so sessions are not attributed to PRs." };
  const root = realpathSync2.native(top.trim());
  let rel;
  try {
    rel = relative3(root, realpathSync2.native(recordsDir));
  } catch {
    return { note: "The records directory cannot be read, so sessions are not attributed to PRs." };
  }
  if (rel.startsWith("..")) {
    return { note: "The records directory is outside the git repository, so sessions are not attributed to PRs." };
  }
  const head = (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => "")).trim();
  if (head === "") return { note: `${ref} names no commit, so sessions are not attributed to PRs.` };
  const prefix = rel === "" ? "" : `${rel.split(sep3).join("/")}/`;
  return { root, head, prefix, ...await mainlineSince(root, head, options.since) };
}
async function attributeHistory(history) {
  const { root, prefix } = history;
  const outputs = await Promise.all(
    slices(history.commits, history.stop).map(
      ([from, until]) => git(root, [
        "log",
        "--first-parent",
        "--diff-merges=first-parent",
        "--no-renames",
        "--diff-filter=A",
        "--name-only",
        "-z",
        `--format=${COMMIT}%H${FIELD}%P${FIELD}%cI${FIELD}%B`,
        from,
        ...until === void 0 ? [] : [`^${until}`]
      ])
    )
  );
  const byFile = /* @__PURE__ */ new Map();
  for (const out of outputs) {
    let landing;
    for (const token of out.split("\0")) {
      if (token.startsWith(COMMIT)) landing = describeCommit(token.slice(1));
      else if (landing !== void 0) {
        const path = token.replace(/^\n/, "");
        if (path.startsWith(prefix) && path.length > prefix.length && !byFile.has(path.slice(prefix.length))) {
          byFile.set(path.slice(prefix.length), landing);
        }
      }
    }
  }
  return byFile;
}
async function recordsBeforeSince(history) {
  if (history.stop === void 0) return /* @__PURE__ */ new Set();
  const out = await git(history.root, [
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    history.stop,
    "--",
    history.prefix || "."
  ]);
  const names = /* @__PURE__ */ new Set();
  for (const path of out.split("\0")) {
    if (path.startsWith(history.prefix) && path.length > history.prefix.length)
      names.add(path.slice(history.prefix.length));
  }
  return names;
}
async function mainlineSince(root, head, since) {
  const commits = [];
  const limit = since === void 0 ? -Infinity : Math.floor(since.getTime() / 1e3);
  for (const line of (await git(root, ["log", "--first-parent", "--format=%H %ct", head])).split("\n")) {
    const [commit, time3] = line.split(" ");
    if (!commit) continue;
    if (Number(time3) < limit) return { commits, stop: commit };
    commits.push(commit);
  }
  return { commits, stop: void 0 };
}
function slices(mainline, stop) {
  const n2 = mainline.length;
  const k = n2 < SLICE_MIN_COMMITS ? 1 : Math.max(1, Math.min(MAX_SLICES, availableParallelism2()));
  const cuts = [0];
  for (let j = 1; j < k; j++) cuts.push(Math.round(n2 * (1 - Math.sqrt(1 - j / k))));
  return cuts.filter((cut, i) => cut < n2 && (i === 0 || cut > cuts[i - 1])).map((cut, i, all) => [mainline[cut], mainline[all[i + 1] ?? n2] ?? stop]);
}
function describeCommit(header) {
  const [hash = "", parents = "", date3 = "", ...rest] = header.split(FIELD);
  const at = Date.parse(date3);
  const base = { landedIn: hash.trim(), landedAt: Number.isNaN(at) ? null : new Date(at).toISOString() };
  const empty = { ...base, pr: null, title: null, branch: null };
  const [subject = "", ...body] = rest.join(FIELD).split("\n");
  if (parents.trim().split(" ").length > 1) {
    const merge3 = MERGE_SUBJECT.exec(subject);
    if (merge3 === null) return { ...empty, via: "merge" };
    const title = body.map((l) => l.trim()).find((l) => l !== "") ?? null;
    const from = merge3[2] ?? "";
    return { ...empty, via: "merge", pr: Number(merge3[1]), title, branch: from.slice(from.indexOf("/") + 1) || null };
  }
  const squash = SQUASH_SUBJECT.exec(subject);
  if (squash === null) return { ...empty, via: "direct" };
  return { ...empty, via: "squash", pr: Number(squash[2]), title: squash[1]?.trim() || null };
}
function git(cwd, args) {
  return new Promise((resolve6, reject) => {
    execFile2(
      "git",
      ["-c", "core.quotePath=off", "--literal-pathspecs", ...args],
      { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT },
      (error2, stdout) => error2 ? reject(error2) : resolve6(stdout)
    );
  });
}

// src/period/load.ts
async function loadPeriodRecords(recordsDir, options = {}) {
  const dir = resolve3(recordsDir);
  const history = await openRecordHistory(options.repoDir ?? dir, dir, { ref: options.ref, since: options.since });
  const notes = [];
  let paths = [dir];
  let attributions = Promise.resolve(/* @__PURE__ */ new Map());
  if ("note" in history) notes.push(history.note);
  else {
    attributions = attributeHistory(history);
    const older = await recordsBeforeSince(history);
    if (older.size > 0) {
      paths = readdirSync2(dir).filter((name) => !older.has(name)).map((name) => join3(dir, name));
      const left = older.size;
      notes.push(
        `${formatInteger(left)} record file${left === 1 ? " was" : "s were"} already on the default branch before ${options.since?.toISOString().slice(0, 10)} and ${left === 1 ? "was" : "were"} not read: no session in this report can be in them.`
      );
    }
  }
  const head = "note" in history ? null : history.head;
  const [ingested, byFile] = await Promise.all([
    ingestPaths(paths, { ...DEFAULT_LIMITS, recordedBy: GENERATOR, formats: ["record"], root: options.root }),
    attributions
  ]);
  notes.unshift(...ingested.notes);
  const byKey = /* @__PURE__ */ new Map();
  let duplicates = 0;
  let uncommitted = 0;
  ingested.results.forEach((result, i) => {
    const shown = ingested.files[i]?.file;
    const path = shown === void 0 ? "" : relative4(dir, resolve3(shown)).split(sep4).join("/");
    const found = byFile.get(path);
    const recent = result.sessions.some((r) => options.since === void 0 || landsAfter(r, options.since));
    if (found === void 0 && head !== null && recent) uncommitted++;
    for (const record2 of result.sessions) {
      const key = `${record2.sessionId}\0${record2.branch ?? ""}`;
      const existing = byKey.get(key);
      if (existing !== void 0) {
        duplicates++;
        byKey.set(key, { record: mergeRecords(existing.record, record2), pr: existing.pr ?? prRef(found) });
      } else byKey.set(key, { record: record2, pr: prRef(found) });
    }
  });
  if (uncommitted > 0) {
    notes.push(
      `${uncommitted} record file${uncommitted === 1 ? " is" : "s are"} not in the history of the checked-out commit (not committed yet?), so ${uncommitted === 1 ? "its session is" : "their sessions are"} not attributed to a PR.`
    );
  }
  if (duplicates > 0) {
    notes.push(
      `${duplicates} record file${duplicates === 1 ? "" : "s"} repeated a session and branch already read; they were merged, not counted twice.`
    );
  }
  return { records: [...byKey.values()], skipped: ingested.skipped, notes, head };
}
function landsAfter(record2, since) {
  const day = sessionDate(record2, "UTC");
  return day === null || Date.parse(`${day}T23:59:59Z`) >= since.getTime();
}
function prRef(a) {
  if (a === void 0) return null;
  return { number: a.pr, title: a.title, via: a.via, commit: a.landedIn, landedAt: a.landedAt, branch: a.branch };
}

// src/action/run-period.ts
init_config();

// src/render/policy.ts
var BAR_CELLS = 10;
var VERDICT = {
  ok: "✅ **Within budget**",
  warning: "⚠️ **Budget warning**",
  over: "🛑 **Over budget**",
  none: "**No budget set**"
};
function budgetBar(share, used) {
  const ratio = share ?? (used > 0 ? 1 : 0);
  const filled = ratio >= 1 ? BAR_CELLS : Math.min(BAR_CELLS - 1, Math.round(ratio * BAR_CELLS));
  return "▰".repeat(filled) + "▱".repeat(BAR_CELLS - filled);
}
function renderBudgetHeadline(report) {
  const budget = report.budget;
  if (budget === void 0 || report.totals.sessions === 0) return "";
  const kind = `${md(budget.kind, 40)} work`;
  const why = report.task === void 0 ? "" : ` (${describeTask(report.task)})`;
  const head = budget.status === "none" ? `${VERDICT.none} for ${kind}${why}.` : `${VERDICT[budget.status]} for ${kind}${why}${budget.budgetKey === "default" ? ", under the default budget" : ""}.`;
  const lines = budget.checks.map((c) => `- ${budgetBar(c.share, c.used)} ${describeBar(c, report)}`);
  if (budget.disallowedModels.length > 0) {
    const models = budget.disallowedModels.map((m) => md(m, 60)).join(", ");
    lines.push(`- ⚠️ Not allowed for ${kind}: ${models}`);
  }
  if (budget.costIsLowerBound && budget.checks.some((c) => c.unit === "usd")) {
    lines.push("- ⚠️ The cost is a lower bound (some models are unpriced): USD budgets may be used more than shown.");
  }
  return lines.length === 0 ? head : `${head}

${lines.join("\n")}`;
}
function describeTask(task) {
  switch (task.source) {
    case "record":
      return `declared in the session records, ${md(task.evidence ?? "")}`;
    case "label":
      return `from label ${md(task.evidence ?? "", 60)}`;
    case "branch":
      return `from branch prefix ${md(task.evidence ?? "", 60)}`;
    case "title":
      return `from the PR title's type ${md(task.evidence ?? "", 40)}`;
    case "default":
      return "the default kind";
  }
}
function describeBar(check, report) {
  const currency = report.currency ?? null;
  const money2 = (n2) => check.unit === "usd" ? formatMoney(n2, currency) : `${formatTokens(n2)} tokens`;
  const atLeast = check.lowerBound ? "≥" : "";
  const share = check.share === null ? "" : `${atLeast}${Math.round(check.share * 100)}% of `;
  const name = check.budget === "perPr" ? "per-PR budget" : "per-session budget";
  const used = check.budget === "perPr" ? `${atLeast}${money2(check.used)} used` : `largest session ${md((check.sessionId ?? "").slice(0, 8))}, ${atLeast}${money2(check.used)}`;
  const over = check.status === "over" ? `, **over by ${atLeast}${money2(check.used - check.limit)}**` : "";
  const counts = [
    check.sessionsOver > 0 ? `${check.sessionsOver} session${check.sessionsOver === 1 ? "" : "s"} over` : "",
    check.sessionsWarning > 0 ? `${check.sessionsWarning} past ${Math.round((report.budget?.warnAt ?? 0) * 100)}%` : ""
  ].filter((c) => c !== "");
  return `${share}${money2(check.limit)} ${name}: ${used}${over}${counts.length > 0 ? `; ${counts.join(", ")}` : ""}`;
}
function renderLocalTotal(report) {
  const currency = report.currency;
  if (currency === void 0 || currency === null) return "";
  const plus = report.totals.costIsLowerBound ? "+" : "";
  return `${formatLocal(report.totals.costUsd, currency)}${plus} at ${currency.perUsd} ${currency.code}/USD`;
}
function renderBaseline(report, maxRows = 50) {
  const baseline = report.baseline;
  if (baseline === void 0 || baseline.source === "none" || baseline.sessions.length === 0) return "";
  const figure = (usd3) => usd3 === null ? "not known" : `**${formatUsd(usd3)}**`;
  const lines = [
    "#### Against the team baseline",
    "",
    `Typical ${md(baseline.kind, 40)} session: ${figure(baseline.scopedUsd)} scoped, ${figure(baseline.openEndedUsd)} open-ended; ${describeSource(report)}.`,
    ""
  ];
  const shown = baseline.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(0, maxRows);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    `${s.scope} (${s.source})`,
    md(s.reason, 100),
    `${formatUsd(s.costUsd)}${s.lowerBound ? "+" : ""}`,
    s.baselineUsd === null ? "–" : formatUsd(s.baselineUsd),
    versus(s)
  ]);
  const hidden = baseline.sessions.length - shown.length;
  if (hidden > 0) rows.push([`${hidden} more`, "", "", "", "", ""]);
  lines.push(
    markdownTable([["Session", "Scope", "Why", "Cost", "Baseline", "Against it"], ...rows], {
      align: ["l", "l", "l", "r", "r", "r"]
    })
  );
  const estimate = baseline.estimate;
  if (estimate !== null && baseline.scopedUsd !== null) {
    const n2 = estimate.sessions;
    const which = n2 === 1 ? "the open-ended session" : `the ${n2} open-ended sessions`;
    const each = n2 === 1 ? "" : " each";
    lines.push(
      "",
      `**Estimate:** had ${which} that cost more than a scoped session cost ${formatUsd(baseline.scopedUsd)}${each} instead, this PR would have cost ${lessTimes(estimate.actualUsd, n2, baseline.scopedUsd)} less. An estimate from the team's typical scoped session, not a measurement.`
    );
  }
  return lines.join("\n");
}
function describeSource(report) {
  const baseline = report.baseline;
  if (baseline === void 0) return "";
  if (baseline.source === "config") {
    return baseline.configKey === "default" ? "from the config (default figures)" : "from the config";
  }
  const history = baseline.history;
  if (history === null) return "";
  const sample = (s, scope) => s === null ? `no ${scope} sessions` : `${s.sessions} ${scope} (${md(s.basis, 40)})`;
  const excluded = history.excludedUnpriced > 0 ? `, ${history.excludedUnpriced} with unpriced models left out` : "";
  return `medians of the last ${history.days} days of merged sessions: ${sample(history.scoped, "scoped")}, ${sample(history.openEnded, "open-ended")}${excluded}`;
}
function versus(s) {
  if (s.baselineUsd === null) return "–";
  const diff = s.costUsd - s.baselineUsd;
  const ratio = s.baselineUsd > 0 ? ` (${(s.costUsd / s.baselineUsd).toFixed(1)}×)` : "";
  return `${diff > 0 ? "+" : ""}${formatUsd(diff)}${ratio}`;
}
var ADVICE_TITLE2 = {
  "cheaper-model": "Cheaper model",
  cache: "Cache",
  "open-ended": "Scope sessions"
};
function renderAdvice(report) {
  const advice = report.advice ?? [];
  if (advice.length === 0) return "";
  const items = advice.map(
    (a) => [
      // <br> rather than a bare newline: comments and job summaries treat newlines differently.
      `- **${ADVICE_TITLE2[a.kind]}:** ${md(a.summary, 500)}<br>${md(a.arithmetic, 300)}`,
      ...a.details.map((d) => `  - ${md(d, 300)}`)
    ].join("\n")
  );
  return [
    "#### Advice",
    "",
    "Arithmetic on this PR's own tokens at the same prices, not a prediction.",
    "",
    ...items
  ].join("\n");
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const parts2 = [headline2(report), renderBudgetHeadline(report)];
  if (report.sessions.length > 0) {
    parts2.push(modelTable(report), sessionTable(report, options.maxSessions ?? 50));
  }
  parts2.push(renderBaseline(report, options.maxSessions ?? 50), renderAdvice(report));
  parts2.push(dataNotes(report, options.maxSkipped ?? 20), ...options.beforeFooter ?? []);
  parts2.push(`<sub>${md(report.generator)} · prices as of ${md(report.priceBook.asOf)}</sub>`);
  return `${parts2.filter((p) => p !== "").join("\n\n")}
`;
}
function headline2(report) {
  const t = report.totals;
  if (t.sessions === 0) return "### Claude Code cost\n\nNo Claude Code sessions in this change.";
  const cost = `${formatUsd(t.costUsd)}${t.costIsLowerBound ? "+" : ""}`;
  const facts = [
    `**${cost}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${t.sessions} session${t.sessions === 1 ? "" : "s"}`,
    `${t.requests} request${t.requests === 1 ? "" : "s"}`,
    `cache hit ${formatPercent(t.cacheHitRate)}`
  ];
  const local2 = renderLocalTotal(report);
  if (local2 !== "") facts.push(local2);
  const lines = [`### Claude Code cost: ${cost}`, "", facts.join(" · ")];
  if (t.costIsLowerBound) {
    lines.push(
      "",
      `> [!WARNING]
> ${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know, so the cost is a lower bound.`
    );
  }
  return lines.join("\n");
}
function modelTable(report) {
  const rows = report.models.map((m) => [
    md(m.model),
    formatInteger(m.requests),
    formatTokens(m.inputTokens),
    formatTokens(m.outputTokens),
    formatTokens(m.cacheWrite5mTokens + m.cacheWrite1hTokens),
    formatTokens(m.cacheReadTokens),
    formatPercent(m.cacheHitRate),
    m.costUsd === null ? "unpriced" : formatUsd(m.costUsd)
  ]);
  return [
    "#### By model",
    "",
    markdownTable(
      [["Model", "Requests", "Input", "Output", "Cache write", "Cache read", "Cache hit", "Cost"], ...rows],
      { align: ["l", "r", "r", "r", "r", "r", "r", "r"] }
    )
  ].join("\n");
}
function sessionTable(report, max) {
  const scopes = new Map((report.baseline?.sessions ?? []).map((b) => [b.sessionId, b.scope]));
  const shown = report.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(0, max);
  const rows = shown.map((s) => [
    md(s.sessionId.slice(0, 8)),
    s.developer === null ? "–" : md(s.developer, 40),
    s.models.map((m) => md(m, 60)).join(", "),
    formatMinutes(s.durationMinutes),
    formatInteger(s.turns),
    formatTokens(s.peakContextTokens),
    scopes.get(s.sessionId) ?? s.scope ?? "–",
    `${formatUsd(s.costUsd)}${s.unpricedTokens > 0 ? "+" : ""}`,
    formatPercent(s.cacheHitRate)
  ]);
  const hidden = report.sessions.length - shown.length;
  if (hidden > 0) {
    const rest = report.sessions.slice().sort((a, b) => b.costUsd - a.costUsd).slice(max);
    const cost = rest.reduce((sum, s) => sum + s.costUsd, 0);
    rows.push([`${hidden} more`, "", "", "", "", "", "", formatUsd(cost), ""]);
  }
  return [
    "#### By session",
    "",
    markdownTable(
      [["Session", "Developer", "Models", "Duration", "Turns", "Peak context", "Scope", "Cost", "Cache hit"], ...rows],
      { align: ["l", "l", "l", "r", "r", "r", "l", "r", "r"] }
    )
  ].join("\n");
}
function dataNotes(report, maxSkipped) {
  const lines = [];
  for (const u of report.unpriced) {
    lines.push(
      `- Unpriced: ${md(u.model)} (${md(u.reason)}): ${formatTokens(u.tokens)} tokens in ${formatInteger(u.requests)} requests, not included in the cost.`
    );
  }
  for (const note of report.notes) lines.push(`- ${md(note, 400)}`);
  if (report.skipped.length > 0) {
    lines.push(
      `- ${formatInteger(report.skipped.length)} input line${report.skipped.length === 1 ? "" : "s"} could not be used:`
    );
    for (const s of report.skipped.slice(0, maxSkipped)) {
      lines.push(`  - ${md(s.file, 200)}${s.line > 0 ? ` line ${s.line}` : ""}: ${md(s.reason, 200)}`);
    }
    if (report.skipped.length > maxSkipped) lines.push(`  - and ${report.skipped.length - maxSkipped} more`);
  }
  lines.push(
    `- Prices: the claude-cost price book as of ${md(report.priceBook.asOf)} (\`claude-cost prices\` lists it).`
  );
  return ["<details><summary>Data notes</summary>", "", ...lines, "", "</details>"].join("\n");
}

// src/action/budget.ts
var BUDGET_STATUSES = ["ok", "warning", "over", "none"];
function budgetStatusOf(report) {
  const status = report.budget?.status;
  return BUDGET_STATUSES.includes(status) ? status : "none";
}
function describeBudgetStatus(status) {
  switch (status) {
    case "ok":
      return "within budget";
    case "warning":
      return "close to the budget (warning)";
    case "over":
      return "over budget";
    case "none":
      return void 0;
  }
}
function shouldFail(status, failOn) {
  switch (failOn) {
    case "never":
      return false;
    case "warning":
      return status === "warning" || status === "over";
    case "over-budget":
      return status === "over";
  }
}

// src/action/comment-data.ts
init_zod();
var COMMENT_DATA_SCHEMA = "claude-cost/comment-data@1";
var DATA_OPEN = "<!-- claude-cost:data v1 ";
var DATA_CLOSE = " -->";
var count4 = number2().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var usd2 = number2().finite().nonnegative();
var UsageTupleSchema = tuple([
  string2().max(200),
  string2().max(10),
  string2().max(16),
  string2().max(32),
  string2().max(16),
  count4,
  count4,
  count4,
  count4,
  count4,
  count4,
  count4
]);
var SessionTokensSchema = object({
  requests: count4,
  inputTokens: count4,
  outputTokens: count4,
  cacheWrite5mTokens: count4,
  cacheWrite1hTokens: count4,
  cacheReadTokens: count4,
  webSearchRequests: count4
});
var SessionLineSchema = object({
  sessionId: string2().max(200),
  costUsd: usd2,
  totalTokens: count4,
  startedAt: string2().max(40).nullable(),
  endedAt: string2().max(40).nullable().optional(),
  developer: string2().max(255).nullable().optional(),
  branch: string2().max(255).nullable().optional(),
  scope: _enum(SCOPES).nullable().optional(),
  models: array(string2().max(200)).max(100).optional(),
  turns: count4.optional(),
  compactions: count4.optional(),
  peakContextTokens: count4.optional(),
  tokens: SessionTokensSchema.optional(),
  usage: array(UsageTupleSchema).max(1e4).optional()
});
var PushTotalsSchema = object({
  headSha: string2().regex(/^[0-9a-f]{40}$/),
  costUsd: usd2,
  totalTokens: count4,
  sessions: count4
});
var CommentDataSchema = object({
  schema: literal(COMMENT_DATA_SCHEMA),
  generator: string2().max(64),
  pullRequest: count4,
  ...PushTotalsSchema.shape,
  costIsLowerBound: boolean2(),
  cacheHitRate: number2().finite().min(0).max(1).nullable(),
  requests: count4,
  inputTokens: count4,
  outputTokens: count4,
  cacheWriteTokens: count4,
  cacheReadTokens: count4,
  budgetStatus: _enum(BUDGET_STATUSES),
  priceBookAsOf: string2().max(32),
  models: array(object({ model: string2().max(200), costUsd: usd2.nullable(), totalTokens: count4 })).optional(),
  sessionLines: array(SessionLineSchema).optional(),
  /** The PR's task kind as the policy classified it (labels included), so the period report agrees. */
  taskKind: string2().max(64).optional(),
  /** What the change line compares with: the last push with a different head. */
  previous: PushTotalsSchema.nullable()
});
function sessionKey(sessionId, branch) {
  return `${sessionId}\0${branch ?? ""}`;
}
function commentData(report, context, usage = /* @__PURE__ */ new Map()) {
  const t = report.totals;
  return {
    schema: COMMENT_DATA_SCHEMA,
    generator: report.generator.slice(0, 64),
    pullRequest: context.pullRequest,
    headSha: context.headSha,
    costUsd: t.costUsd,
    totalTokens: t.totalTokens,
    sessions: t.sessions,
    costIsLowerBound: t.costIsLowerBound,
    cacheHitRate: t.cacheHitRate,
    requests: t.requests,
    inputTokens: t.inputTokens,
    outputTokens: t.outputTokens,
    cacheWriteTokens: t.cacheWrite5mTokens + t.cacheWrite1hTokens,
    cacheReadTokens: t.cacheReadTokens,
    budgetStatus: context.budgetStatus,
    priceBookAsOf: report.priceBook.asOf.slice(0, 32),
    models: report.models.map((m) => ({ model: m.model, costUsd: m.costUsd, totalTokens: m.totalTokens })),
    sessionLines: report.sessions.map((s) => {
      const buckets = usage.get(sessionKey(s.sessionId, s.branch));
      return {
        sessionId: s.sessionId,
        costUsd: s.costUsd,
        totalTokens: s.totalTokens,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        developer: s.developer,
        branch: s.branch,
        scope: s.scope ?? null,
        models: s.models,
        turns: s.turns,
        compactions: s.compactions,
        peakContextTokens: s.peakContextTokens,
        tokens: {
          requests: s.requests,
          inputTokens: s.inputTokens,
          outputTokens: s.outputTokens,
          cacheWrite5mTokens: s.cacheWrite5mTokens,
          cacheWrite1hTokens: s.cacheWrite1hTokens,
          cacheReadTokens: s.cacheReadTokens,
          webSearchRequests: s.webSearchRequests
        },
        ...buckets === void 0 ? {} : { usage: usageTuples(buckets) }
      };
    }),
    ...report.task === void 0 ? {} : { taskKind: report.task.kind.slice(0, 64) },
    previous: context.previous
  };
}
function usageTuples(buckets) {
  const merged = /* @__PURE__ */ new Map();
  for (const b of buckets) {
    const key = `${b.model}\0${b.day}\0${b.speed}\0${b.geo}\0${b.band}`;
    const t = merged.get(key);
    const counts = [
      b.requests,
      b.inputTokens,
      b.outputTokens,
      b.cacheWrite5mTokens,
      b.cacheWrite1hTokens,
      b.cacheReadTokens,
      b.webSearchRequests
    ];
    if (t === void 0) merged.set(key, [b.model, b.day, b.speed, b.geo, b.band, ...counts]);
    else counts.forEach((n2, i) => t[5 + i] = t[5 + i] + n2);
  }
  return [...merged.values()];
}
var DATA_LEVELS = [0, 1, 2, 3];
function withoutDetail(data, level) {
  if (level === 0) return data;
  const { sessionLines, models, ...rest } = data;
  if (level === 1) {
    return { ...rest, models, sessionLines: sessionLines?.map(({ usage: _usage, ...line }) => line) };
  }
  return level === 2 ? { ...rest, models } : rest;
}
function encodeCommentData(data) {
  return `${DATA_OPEN}${Buffer.from(JSON.stringify(data), "utf8").toString("base64")}${DATA_CLOSE}`;
}
function decodeCommentData(body) {
  const start = body.lastIndexOf(DATA_OPEN);
  if (start < 0) return void 0;
  const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
  const encoded = body.slice(start + DATA_OPEN.length, end < 0 ? void 0 : end);
  if (end < 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return void 0;
  try {
    const parsed = CommentDataSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function previousPush(data, headSha) {
  if (data === void 0) return null;
  if (data.headSha === headSha) return data.previous;
  return { headSha: data.headSha, costUsd: data.costUsd, totalTokens: data.totalTokens, sessions: data.sessions };
}
function renderChange(previous, current) {
  if (previous === null) return void 0;
  const short = previous.headSha.slice(0, 7);
  const cost = current.costUsd - previous.costUsd;
  const tokens = current.totalTokens - previous.totalTokens;
  const sessions = current.sessions - previous.sessions;
  if (Math.abs(cost) < 5e-5 && tokens === 0 && sessions === 0) {
    return `#### Since the previous push

No change since ${short}.`;
  }
  const signed = (n2, text2) => n2 > 0 ? `+${text2}` : n2 < 0 ? `−${text2}` : `±${text2}`;
  const facts = [
    `${signed(cost, formatUsd(Math.abs(cost)))} (${formatUsd(previous.costUsd)} → ${formatUsd(current.costUsd)})`,
    `${signed(tokens, formatTokens(Math.abs(tokens)))} tokens`,
    `${signed(sessions, String(Math.abs(sessions)))} session${Math.abs(sessions) === 1 ? "" : "s"}`
  ];
  return `#### Since the previous push

${facts.join(" · ")} compared with ${short}.`;
}

// src/action/comment-body.ts
function markerFor(reportKey) {
  return `<!-- claude-cost:v1 key=${reportKey} -->`;
}
var COMMENT_MAX_CHARS = 65e3;
var SUMMARY_MAX_BYTES = 1e6;
var RUN_LINE_PREFIX = "<sub>Posted by ";
var DETAIL_LEVELS = [
  { maxSessions: 50, maxSkipped: 20 },
  { maxSessions: 20, maxSkipped: 10 },
  { maxSessions: 10, maxSkipped: 3 },
  { maxSessions: 3, maxSkipped: 0 },
  { maxSessions: 0, maxSkipped: 0 }
];
function renderCommentBody(input, maxChars = COMMENT_MAX_CHARS) {
  for (const options of DETAIL_LEVELS) {
    const markdown = renderMarkdown(input.report, {
      ...options,
      beforeFooter: input.change === void 0 ? [] : [input.change]
    });
    for (const dataLevel of DATA_LEVELS) {
      const body = assemble(input, markdown, dataLevel);
      if (body.length <= maxChars) return body;
    }
  }
  return renderMinimalBody(input);
}
function renderMinimalBody(input) {
  const markdown = `${headlineOnly(input.report, input.budgetStatus)}

The full report is too long for a comment; it is in the job summary${input.runUrl === void 0 ? "" : ` of the [workflow run](${input.runUrl})`}.
`;
  return assemble(input, markdown, 3);
}
function renderNoRecordsBody(input) {
  const parts2 = [markerFor(input.reportKey), "No Claude Code sessions in this PR."];
  if (input.runUrl !== void 0) parts2.push(runLine(input.runUrl));
  parts2.push(encodeCommentData(withoutDetail(input.data, 3)));
  return `${parts2.join("\n\n")}
`;
}
function assemble(input, markdown, dataLevel) {
  const parts2 = [markerFor(input.reportKey), markdown.trimEnd()];
  if (input.runUrl !== void 0) parts2.push(runLine(input.runUrl));
  parts2.push(encodeCommentData(withoutDetail(input.data, dataLevel)));
  return `${parts2.join("\n\n")}
`;
}
function runLine(runUrl) {
  return `${RUN_LINE_PREFIX}[this workflow run](${runUrl})</sub>`;
}
function headlineOnly(report, status) {
  const t = report.totals;
  const cost = `${formatUsd(t.costUsd)}${t.costIsLowerBound ? "+" : ""}`;
  const verdict = describeBudgetStatus(status);
  const facts = [
    `**${cost}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${t.sessions} session${t.sessions === 1 ? "" : "s"}`,
    `cache hit ${formatPercent(t.cacheHitRate)}`
  ];
  if (verdict !== void 0) facts.push(`**${verdict}**`);
  const lines = [`### Claude Code cost: ${cost}`, "", facts.join(" · ")];
  const reasons = report.budget?.reasons ?? [];
  if (reasons.length > 0) lines.push("", ...reasons.slice(0, 5).map((reason) => `- ${md(reason, 300)}`));
  if (t.costIsLowerBound)
    lines.push(
      "",
      `${formatTokens(t.unpricedTokens)} tokens are on models the price book does not know: the cost is a lower bound.`
    );
  return lines.join("\n");
}
function sameContent(a, b) {
  const strip = (body) => body.replace(/\r\n/g, "\n").split("\n").filter((line) => !line.startsWith(RUN_LINE_PREFIX)).join("\n").trim();
  return strip(a) === strip(b);
}
function renderNoRecordsSummary(notices) {
  return [...["### Claude Code cost", "No Claude Code sessions in this PR."], ...notices.map(warningBlock)].join("\n\n") + "\n";
}
function warningBlock(notice) {
  return `> [!WARNING]
> ${notice}`;
}
function renderSummary(report, budgetStatus, change2, notices, maxBytes = SUMMARY_MAX_BYTES) {
  const extra = [...change2 === void 0 ? [] : [change2], ...notices.map(warningBlock)];
  for (const options of DETAIL_LEVELS) {
    const text2 = [renderMarkdown(report, options).trimEnd(), ...extra].join("\n\n") + "\n";
    if (Buffer.byteLength(text2, "utf8") <= maxBytes) return text2;
  }
  return [
    headlineOnly(report, budgetStatus),
    "The full report is too large for the job summary; it is in the JSON report (output `report-path`).",
    ...extra
  ].join("\n\n") + "\n";
}

// src/github/search.ts
init_zod();
var SEARCH_RESULT_LIMIT = 1e3;
var PAGE_SIZE = 100;
var SEARCH_QUERY = `query claudeCostMergedPulls($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: ${PAGE_SIZE}, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { number title headRefName mergedAt mergeCommit { oid } } }
  }
}`;
var PullNodeSchema = object({
  number: number2().int().positive(),
  title: string2().transform((s) => s.slice(0, 1024)),
  headRefName: string2().max(255).nullable().optional(),
  mergedAt: iso_exports.datetime({ offset: true }),
  mergeCommit: object({ oid: string2().regex(/^[0-9a-f]{40}$/) }).nullable().optional()
});
var SearchSchema = object({
  search: object({
    issueCount: number2().int().nonnegative(),
    pageInfo: object({ hasNextPage: boolean2(), endCursor: string2().nullable() }),
    // Anything that is not a pull request comes back as an empty object: dropped below.
    nodes: array(unknown().nullable())
  })
});
async function searchMergedPullRequests(gh, range) {
  const found = /* @__PURE__ */ new Map();
  const notes = [];
  let parts2 = 0;
  const read = async (from, to) => {
    const q = `repo:${gh.owner}/${gh.repo} is:pr is:merged merged:${stamp(from)}..${stamp(to)}`;
    let page = await searchPage(gh, q, null);
    if (page.issueCount > SEARCH_RESULT_LIMIT) {
      if (to - from >= 1) {
        const middle = from + Math.floor((to - from) / 2);
        await read(from, middle);
        await read(middle + 1, to);
        return;
      }
      notes.push(
        `${page.issueCount} pull requests were merged within the second ${stamp(from)}; GitHub search lists only ${SEARCH_RESULT_LIMIT} of them.`
      );
    }
    parts2++;
    for (; ; ) {
      for (const pull of page.pulls) found.set(pull.number, pull);
      if (!page.hasNextPage || page.endCursor === null) break;
      page = await searchPage(gh, q, page.endCursor);
    }
  };
  await read(Math.floor(range.from.getTime() / 1e3), Math.floor(range.to.getTime() / 1e3));
  if (parts2 > 1) {
    notes.push(
      `More than ${SEARCH_RESULT_LIMIT} merged pull requests matched, more than one GitHub search returns; the date range was read in ${parts2} parts.`
    );
  }
  const pulls = [...found.values()].sort((a, b) => a.mergedAt < b.mergedAt ? -1 : a.mergedAt > b.mergedAt ? 1 : 0);
  return { pulls, notes };
}
async function searchPage(gh, q, after) {
  const data = SearchSchema.parse(await gh.graphql(SEARCH_QUERY, { q, after }));
  const pulls = [];
  for (const node2 of data.search.nodes) {
    const parsed = PullNodeSchema.safeParse(node2);
    if (!parsed.success) continue;
    const p = parsed.data;
    pulls.push({
      number: p.number,
      title: p.title,
      branch: p.headRefName ?? null,
      mergedAt: p.mergedAt,
      mergeCommit: p.mergeCommit?.oid ?? null
    });
  }
  const { issueCount, pageInfo } = data.search;
  return { issueCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor, pulls };
}
function stamp(seconds) {
  return `${new Date(seconds * 1e3).toISOString().slice(0, 19)}+00:00`;
}

// src/period/comments.ts
var UNKNOWN_MODEL = "unknown-model";
function recordsFromComments(comments) {
  const byKey = /* @__PURE__ */ new Map();
  const skipped = [];
  const tallies = {
    exact: { sessions: 0, prs: /* @__PURE__ */ new Set(), commentUsd: 0 },
    session: { sessions: 0, prs: /* @__PURE__ */ new Set(), commentUsd: 0 },
    pr: { sessions: 0, prs: /* @__PURE__ */ new Set(), commentUsd: 0 }
  };
  let withoutComment = 0;
  let withoutModels = 0;
  let duplicates = 0;
  const ordered = [...comments].sort((a, b) => cmp2(a.pr.mergedAt, b.pr.mergedAt) || a.pr.number - b.pr.number);
  for (const { pr, data } of ordered) {
    if (data === void 0) {
      withoutComment++;
      continue;
    }
    if (data.sessions === 0) continue;
    if (data.models === void 0 || data.models.length === 0) withoutModels++;
    const lines = data.sessionLines;
    const rebuilt = lines === void 0 ? [{ fidelity: "pr", record: prSession(pr, data), commentUsd: data.costUsd }] : lines.map((line) => ({
      fidelity: line.usage === void 0 ? "session" : "exact",
      record: lineSession(pr, data, line),
      commentUsd: line.costUsd
    }));
    for (const { fidelity, record: record2, commentUsd } of rebuilt) {
      const parsed = SessionRecordSchema.safeParse(record2);
      if (!parsed.success) {
        const issue2 = parsed.error.issues[0];
        skipped.push({
          file: `PR #${pr.number} cost comment`,
          line: 0,
          reason: `a session in its hidden data is not a valid record (${issue2?.path.join(".") ?? ""}: ${issue2?.message ?? "invalid"})`.slice(
            0,
            200
          )
        });
        continue;
      }
      const key = `${parsed.data.sessionId}\0${parsed.data.branch ?? ""}`;
      if (byKey.has(key)) {
        duplicates++;
        continue;
      }
      byKey.set(key, { record: parsed.data, pr: prRef2(pr) });
      const tally = tallies[fidelity];
      tally.sessions++;
      tally.prs.add(pr.number);
      tally.commentUsd += commentUsd;
    }
  }
  return {
    records: [...byKey.values()],
    skipped,
    notes: notesFor(tallies, { withoutComment, withoutModels, duplicates })
  };
}
function lineSession(pr, data, line) {
  const day = utcDay4(line.startedAt) ?? utcDay4(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
  const usage = line.usage !== void 0 ? line.usage.map(
    ([model, bucketDay, speed, geo, band, requests, input, output, write5m, write1h, read, web]) => ({
      model,
      day: bucketDay,
      speed,
      geo,
      band,
      origin: "main",
      requests,
      inputTokens: input,
      outputTokens: output,
      cacheWrite5mTokens: write5m,
      cacheWrite1hTokens: write1h,
      cacheReadTokens: read,
      webSearchRequests: web
    })
  ) : estimatedUsage(line.tokens ?? tokensFromMix(data, line.totalTokens), modelsOf(data, line.models), day);
  return {
    ...baseRecord(line.sessionId, data, usage),
    ...optional2("branch", line.branch ?? pr.branch),
    ...optional2("developer", line.developer),
    ...optional2("scope", line.scope),
    ...isTime(line.startedAt) ? { startedAt: line.startedAt } : {},
    ...isTime(line.endedAt) ? { endedAt: line.endedAt } : {},
    turns: line.turns ?? 0,
    compactions: line.compactions ?? 0,
    peakContextTokens: line.peakContextTokens ?? 0
  };
}
function prSession(pr, data) {
  const tokens = {
    requests: data.requests,
    inputTokens: data.inputTokens,
    outputTokens: data.outputTokens,
    // The comment keeps cache writes unsplit; unsplit writes are priced as 5-minute ones.
    cacheWrite5mTokens: data.cacheWriteTokens,
    cacheWrite1hTokens: 0,
    cacheReadTokens: data.cacheReadTokens,
    webSearchRequests: 0
  };
  const day = utcDay4(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
  return {
    ...baseRecord(`pr-${pr.number}`, data, estimatedUsage(tokens, modelsOf(data, void 0), day)),
    ...optional2("branch", pr.branch),
    turns: 0,
    compactions: 0,
    peakContextTokens: 0
  };
}
function baseRecord(sessionId, data, usage) {
  return {
    schema: SESSION_SCHEMA,
    sessionId,
    tool: "claude-code",
    recordedBy: data.generator === "" ? "claude-cost" : data.generator,
    ...data.taskKind === void 0 || data.taskKind === "" ? {} : { task: { kind: data.taskKind } },
    requests: usage.reduce((n2, b) => n2 + b.requests, 0),
    usage,
    source: { format: "record", files: 0, linesRead: 0, duplicatesDropped: 0, skipped: [] }
  };
}
var TOKEN_KEYS = [
  "requests",
  "inputTokens",
  "outputTokens",
  "cacheWrite5mTokens",
  "cacheWrite1hTokens",
  "cacheReadTokens",
  "webSearchRequests"
];
function tokensFromMix(data, total) {
  const [input, output, write, read] = splitByWeights(total, [
    data.inputTokens,
    data.outputTokens,
    data.cacheWriteTokens,
    data.cacheReadTokens
  ]);
  const requests = data.totalTokens === 0 ? 0 : Math.round(data.requests * total / data.totalTokens);
  return {
    requests,
    inputTokens: input ?? 0,
    outputTokens: output ?? 0,
    cacheWrite5mTokens: write ?? 0,
    cacheWrite1hTokens: 0,
    cacheReadTokens: read ?? 0,
    webSearchRequests: 0
  };
}
function modelsOf(data, names) {
  const perModel = new Map((data.models ?? []).map((m) => [m.model, m.totalTokens]));
  const models = names !== void 0 && names.length > 0 ? names : [...perModel.keys()];
  if (models.length === 0) return [{ model: UNKNOWN_MODEL, weight: 1 }];
  return models.map((model) => ({ model, weight: perModel.get(model) ?? 0 }));
}
function estimatedUsage(tokens, models, day) {
  const shares = TOKEN_KEYS.map(
    (key) => splitByWeights(
      tokens[key],
      models.map((m) => m.weight)
    )
  );
  return models.map((m, i) => {
    const bucket = {
      model: m.model,
      day,
      speed: "standard",
      geo: "global",
      band: "unknown",
      origin: "main",
      ...emptyTokens(),
      requests: 0
    };
    TOKEN_KEYS.forEach((key, k) => bucket[key] = shares[k]?.[i] ?? 0);
    return bucket;
  });
}
function splitByWeights(total, weights) {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const even = sum <= 0;
  const exact = weights.map((w) => even ? total / weights.length : total * (w / sum));
  const parts2 = exact.map(Math.floor);
  let left = total - parts2.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length, left--) {
    const i = byRemainder[k]?.i ?? 0;
    parts2[i] = (parts2[i] ?? 0) + 1;
  }
  return parts2;
}
function prRef2(pr) {
  return {
    number: pr.number,
    title: pr.title,
    via: "merge",
    commit: pr.mergeCommit ?? "",
    landedAt: pr.mergedAt,
    branch: pr.branch
  };
}
function notesFor(t, counts) {
  const notes = [];
  const sessions = (n2) => `${n2} session${n2 === 1 ? "" : "s"}`;
  const prs = (n2) => `${n2} PR${n2 === 1 ? "" : "s"}`;
  if (t.session.sessions > 0) {
    const one = t.session.sessions === 1;
    notes.push(
      `${sessions(t.session.sessions)} in ${prs(t.session.prs.size)} ${one ? "is an estimate" : "are estimates"}: the cost comments kept session totals but no usage detail (shortened to fit, or written by an older claude-cost), so prompt-size tiers are not applied and a session on several models is split by its PR's model mix. The comments said ${formatUsd(t.session.commentUsd)}.`
    );
  }
  if (t.pr.sessions > 0) {
    const one = t.pr.sessions === 1;
    notes.push(
      `${prs(t.pr.sessions)} kept only ${one ? "its" : "their"} totals in the cost comment${one ? "" : "s"}: each counts as one session on its merge day, split by its model mix. The comments said ${formatUsd(t.pr.commentUsd)}.`
    );
  }
  if (counts.withoutModels > 0) {
    notes.push(
      `${prs(counts.withoutModels)} kept no per-model figures in their cost comments; sessions with no model named are on "${UNKNOWN_MODEL}", which is unpriced.`
    );
  }
  if (counts.withoutComment > 0) {
    notes.push(
      `${prs(counts.withoutComment)} merged in the range read have no claude-cost comment with readable data by the expected author; their sessions, if any, are not in this report.`
    );
  }
  if (counts.duplicates > 0) {
    notes.push(
      `${sessions(counts.duplicates)} appeared in the comments of more than one PR; each is counted once, with the PR merged first.`
    );
  }
  return notes;
}
function optional2(key, value) {
  return value === null || value === void 0 || value === "" ? {} : { [key]: value };
}
function isTime(value) {
  return value !== null && value !== void 0 && SessionRecordSchema.shape.startedAt.safeParse(value).success;
}
function utcDay4(value) {
  if (!isTime(value)) return null;
  return new Date(Date.parse(value)).toISOString().slice(0, 10);
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/github/comments.ts
function toComment(c) {
  return { id: c.id, nodeId: c.node_id, body: c.body ?? "", author: c.user?.login ?? null, url: c.html_url };
}
async function listIssueComments(gh, issue2) {
  const comments = await gh.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue2,
    per_page: 100
  });
  return comments.map(toComment).sort((a, b) => a.id - b.id);
}
async function createIssueComment(gh, issue2, body) {
  const { data } = await gh.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue2,
    body
  });
  return toComment(data);
}
async function updateIssueComment(gh, id, body) {
  const { data } = await gh.octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    owner: gh.owner,
    repo: gh.repo,
    comment_id: id,
    body
  });
  return toComment(data);
}
async function deleteIssueComment(gh, id) {
  try {
    await gh.octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      owner: gh.owner,
      repo: gh.repo,
      comment_id: id
    });
    return true;
  } catch (error2) {
    if (httpStatus(error2) === 404) return false;
    throw error2;
  }
}
async function minimizeComments(gh, nodeIds) {
  const open5 = [];
  for (let i = 0; i < nodeIds.length; i += 100) {
    const ids = nodeIds.slice(i, i + 100);
    const data = await gh.graphql(
      "query claudeCostMinimized($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }",
      { ids }
    );
    for (const node2 of data.nodes) if (node2?.id !== void 0 && node2.isMinimized !== true) open5.push(node2.id);
  }
  for (const id of open5) {
    await gh.graphql(
      "mutation claudeCostMinimize($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",
      { id }
    );
  }
  return open5.length;
}

// src/action/sticky.ts
async function findOurComments(gh, target) {
  const marker = markerFor(target.reportKey);
  const all = await listIssueComments(gh, target.issue);
  return all.filter((c) => sameLogin(c.author, target.login) && c.body.startsWith(marker));
}
async function upsertSticky(gh, target, mode, existing, bodies) {
  const current = mode === "update" ? existing[0] : existing[existing.length - 1];
  if (current !== void 0 && sameContent(current.body, bodies.full)) {
    if (mode === "update") await removeDuplicates(gh, existing, current.id);
    return { comment: current, action: "unchanged" };
  }
  if (mode === "update" && current !== void 0) {
    const updated = await withShorterOn422(bodies, (body) => updateIssueComment(gh, current.id, body));
    await removeDuplicates(gh, existing, current.id);
    return { comment: updated, action: "updated" };
  }
  const created = await withShorterOn422(bodies, (body) => createIssueComment(gh, target.issue, body));
  if (mode === "new") return { comment: created, action: "created" };
  const ours = await findOurComments(gh, target);
  if (!ours.some((c) => c.id === created.id)) ours.push(created);
  ours.sort((a, b) => a.id - b.id);
  if (mode === "update") {
    const survivor2 = ours[0] ?? created;
    await removeDuplicates(gh, ours, survivor2.id);
    if (survivor2.id === created.id) return { comment: created, action: "created" };
    const updated = sameContent(survivor2.body, bodies.full) ? survivor2 : await withShorterOn422(bodies, (body) => updateIssueComment(gh, survivor2.id, body));
    return { comment: updated, action: "updated" };
  }
  const survivor = ours[ours.length - 1] ?? created;
  const older = ours.filter((c) => c.id !== survivor.id);
  if (mode === "hide-and-new")
    await minimizeComments(
      gh,
      older.map((c) => c.nodeId)
    );
  else for (const c of older) await deleteIssueComment(gh, c.id);
  return { comment: survivor, action: "created" };
}
async function removeDuplicates(gh, comments, keepId) {
  for (const c of comments) if (c.id !== keepId) await deleteIssueComment(gh, c.id);
}
async function withShorterOn422(bodies, post) {
  try {
    return await post(bodies.full);
  } catch (error2) {
    if (httpStatus(error2) !== 422 || bodies.minimal === bodies.full) throw error2;
    return post(bodies.minimal);
  }
}

// src/local/map-limit.ts
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  let failure2;
  const worker = async () => {
    while (failure2 === void 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error2) {
        failure2 ??= { error: error2 };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure2 !== void 0) throw failure2.error;
  return results;
}

// src/action/comments-source.ts
var CONCURRENCY = 4;
async function loadCommentRecords(gh, request2) {
  const { period: period2, now } = request2;
  const from = new Date(previousPeriod(period2).startUtc);
  const to = new Date(Math.max(now.getTime(), Date.parse(period2.endUtc) - 1e3));
  const search = await searchMergedPullRequests(gh, { from, to });
  gh.log.info(`Merged pull requests from ${from.toISOString()} to ${to.toISOString()}: ${search.pulls.length}.`);
  const comments = await mapLimit(search.pulls, CONCURRENCY, async (pr) => {
    const ours = await findOurComments(gh, { issue: pr.number, reportKey: request2.reportKey, login: request2.author });
    const newest = ours[ours.length - 1];
    return { pr, data: newest === void 0 ? void 0 : decodeCommentData(newest.body) };
  });
  const rebuilt = recordsFromComments(comments);
  const read = comments.filter((c) => c.data !== void 0).length;
  return {
    ...rebuilt,
    notes: [
      `Sessions come from the cost comments of ${read} of ${search.pulls.length} PRs merged from ${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)} (comments by ${request2.author}); baselines from history cover those sessions only.`,
      ...search.notes,
      ...rebuilt.notes
    ]
  };
}

// src/github/issues.ts
function toIssue(i) {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? "",
    author: i.user?.login ?? null,
    labels: (i.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? ""),
    state: i.state,
    url: i.html_url
  };
}
async function listIssues(gh, filter) {
  const issues = await gh.octokit.paginate("GET /repos/{owner}/{repo}/issues", {
    owner: gh.owner,
    repo: gh.repo,
    state: "all",
    per_page: 100,
    ..."label" in filter ? { labels: filter.label } : { creator: filter.creator }
  });
  return issues.filter((i) => i.pull_request === void 0).map(toIssue).sort((a, b) => a.number - b.number);
}
async function createIssue(gh, issue2) {
  const { data } = await gh.octokit.request("POST /repos/{owner}/{repo}/issues", {
    owner: gh.owner,
    repo: gh.repo,
    ...issue2
  });
  return toIssue(data);
}
async function updateIssue(gh, number3, changes) {
  const { data } = await gh.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number3,
    ...changes
  });
  return toIssue(data);
}
async function ensureLabel(gh, label) {
  try {
    await gh.octokit.request("GET /repos/{owner}/{repo}/labels/{name}", {
      owner: gh.owner,
      repo: gh.repo,
      name: label.name
    });
    return true;
  } catch (error2) {
    if (httpStatus(error2) !== 404) throw error2;
  }
  try {
    await gh.octokit.request("POST /repos/{owner}/{repo}/labels", { owner: gh.owner, repo: gh.repo, ...label });
    return true;
  } catch (error2) {
    const status = httpStatus(error2);
    if (status === 422) return true;
    if (status === 403) return false;
    throw error2;
  }
}

// src/action/period-issue.ts
var PERIOD_LABEL = {
  name: "claude-cost",
  color: "d97757",
  description: "Claude Code cost reports (claude-cost)"
};
async function upsertPeriodIssue(gh, request2) {
  const labelled = await ensureLabel(gh, PERIOD_LABEL);
  const existing = await findPeriodIssues(gh, request2, labelled);
  const current = existing[0];
  if (current !== void 0) {
    const result = await bringUpToDate(gh, current, request2, labelled);
    await closeDuplicates(gh, existing, current.number);
    return { ...result, labelled };
  }
  const created = await withShorterOn4222(
    request2,
    (body) => createIssue(gh, { title: request2.title, body, labels: labelled ? [PERIOD_LABEL.name] : [] })
  );
  const ours = await findPeriodIssues(gh, request2, labelled);
  if (!ours.some((i) => i.number === created.number)) ours.push(created);
  ours.sort((a, b) => a.number - b.number);
  const survivor = ours[0] ?? created;
  await closeDuplicates(gh, ours, survivor.number);
  if (survivor.number === created.number) return { issue: created, action: "created", labelled };
  return { ...await bringUpToDate(gh, survivor, request2, labelled), labelled };
}
async function findPeriodIssues(gh, request2, labelled) {
  const listed = await listIssues(gh, labelled ? { label: PERIOD_LABEL.name } : { creator: request2.login });
  return listed.filter((i) => sameLogin(i.author, request2.login) && i.body.startsWith(request2.marker));
}
async function bringUpToDate(gh, issue2, request2, labelled) {
  const missingLabel = labelled && !issue2.labels.some((l) => l.toLowerCase() === PERIOD_LABEL.name);
  if (sameContent(issue2.body, request2.body) && issue2.title === request2.title && !missingLabel) {
    return { issue: issue2, action: "unchanged" };
  }
  const updated = await withShorterOn4222(
    request2,
    (body) => updateIssue(gh, issue2.number, {
      title: request2.title,
      body,
      ...missingLabel ? { labels: [...issue2.labels, PERIOD_LABEL.name] } : {}
    })
  );
  return { issue: updated, action: "updated" };
}
async function closeDuplicates(gh, issues, keep) {
  for (const issue2 of issues) {
    if (issue2.number !== keep && issue2.state === "open") {
      await updateIssue(gh, issue2.number, { state: "closed", state_reason: "not_planned" });
    }
  }
}
async function withShorterOn4222(request2, post) {
  try {
    return await post(request2.body);
  } catch (error2) {
    if (httpStatus(error2) !== 422 || request2.minimalBody === request2.body) throw error2;
    return post(request2.minimalBody);
  }
}

// src/action/repo-files.ts
import { lstat as lstat3, mkdir as mkdir2, realpath as realpath2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join4 } from "node:path";

// src/github/files.ts
init_zod();
var ContentsSchema = object({
  type: string2(),
  size: number2().int().nonnegative(),
  sha: string2().regex(/^[0-9a-f]{40}$/),
  content: string2().optional(),
  encoding: string2().optional()
});
async function readFileAtRef(gh, path, ref, maxBytes) {
  let data;
  try {
    ({ data } = await gh.octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
      owner: gh.owner,
      repo: gh.repo,
      ...ref === void 0 ? {} : { ref },
      // The "object" media type answers a directory with an object too, so one shape to check.
      headers: { accept: "application/vnd.github.object+json" }
    }));
  } catch (error2) {
    if (httpStatus(error2) === 404) return { kind: "missing" };
    throw error2;
  }
  const meta2 = ContentsSchema.safeParse(data);
  if (!meta2.success) return { kind: "not-a-file", type: "unknown" };
  if (meta2.data.type !== "file") return { kind: "not-a-file", type: meta2.data.type };
  if (meta2.data.size > maxBytes) return { kind: "too-large", size: meta2.data.size };
  if (meta2.data.encoding === "base64" && meta2.data.content !== void 0) {
    return checked(Buffer.from(meta2.data.content, "base64"), maxBytes);
  }
  const { data: blob } = await gh.octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
    owner: gh.owner,
    repo: gh.repo,
    file_sha: meta2.data.sha
  });
  const parsed = object({ content: string2(), encoding: literal("base64") }).parse(blob);
  return checked(Buffer.from(parsed.content, "base64"), maxBytes);
}
function checked(content, maxBytes) {
  return content.length > maxBytes ? { kind: "too-large", size: content.length } : { kind: "file", content };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/action/repo-files.ts
var MAX_SETTINGS_BYTES = 1024 * 1024;
var RepoFileError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RepoFileError";
  }
};
async function localRepoFile(source, path, input) {
  if (source.kind === "workspace") {
    const root = await realpath2(source.workspace);
    const full = join4(root, path);
    const info = await lstat3(full).catch(() => void 0);
    if (info === void 0) return void 0;
    if (info.isSymbolicLink() || !info.isFile() || !isInside(root, await realpath2(full))) {
      throw new RepoFileError(
        `${input} (${path}) must be a regular file inside the repository, not a link or directory`
      );
    }
    if (info.size > MAX_SETTINGS_BYTES)
      throw new RepoFileError(`${input} (${path}) is larger than ${MAX_SETTINGS_BYTES} bytes`);
    return full;
  }
  const read = await readFileAtRef(source.gh, path, source.ref, MAX_SETTINGS_BYTES);
  switch (read.kind) {
    case "missing":
      return void 0;
    case "not-a-file":
      throw new RepoFileError(`${input} (${path}) must be a regular file in the repository, not a ${read.type}`);
    case "too-large":
      throw new RepoFileError(`${input} (${path}) is larger than ${MAX_SETTINGS_BYTES} bytes`);
    case "file": {
      const target = join4(source.stageDir, path);
      await mkdir2(dirname2(target), { recursive: true });
      await writeFile2(target, read.content);
      return target;
    }
  }
}

// src/action/run-period.ts
async function runPeriod(run3) {
  const { inputs, context, gh, io } = run3;
  const now = run3.now ?? /* @__PURE__ */ new Date();
  const login = authenticatedLogin(gh);
  login.catch(() => {
  });
  const checkout = existsSync2(join5(context.workspace, ".git"));
  if (inputs.periodSource === "records" && !checkout) {
    throw new InputError(
      "period-source records reads the checkout: add actions/checkout with fetch-depth: 0 before claude-cost, or use period-source: comments"
    );
  }
  const work = await mkdtemp(join5(context.runnerTemp, "claude-cost-"));
  const settings = checkout ? { kind: "workspace", workspace: context.workspace } : { kind: "api", gh, ref: void 0, stageDir: join5(work, "settings") };
  const configFile = await localRepoFile(settings, inputs.config, "config");
  const config2 = configFile === void 0 ? defaultConfig() : await readConfigFile(configFile, inputs.config);
  const pricingFile = inputs.pricingFile === void 0 ? void 0 : await localRepoFile(settings, inputs.pricingFile, "pricing-file");
  if (inputs.pricingFile !== void 0 && pricingFile === void 0) {
    throw new Error(`pricing-file ${inputs.pricingFile} was not found in the repository`);
  }
  const book = await priceBookFrom(pricingFile, config2.pricing);
  const period2 = periodOf(inputs, config2, now);
  const loaded = inputs.periodSource === "comments" ? await loadCommentRecords(gh, {
    period: period2,
    now,
    author: inputs.commentAuthor ?? await login,
    reportKey: inputs.reportKey
  }) : await loadCheckoutRecords(inputs, context, period2, config2, io);
  const report = buildPeriodReport({
    records: loaded.records,
    period: period2,
    config: config2,
    book,
    generator: GENERATOR,
    dailyLimit: config2.period.dailyLimit,
    repository: `${context.owner}/${context.repo}`,
    notes: loaded.notes,
    skipped: loaded.skipped
  });
  const shownDir = inputs.outputDir ?? join5(context.runnerTemp, "claude-cost-period");
  const outputDir = isAbsolute2(shownDir) ? shownDir : resolve4(context.workspace, shownDir);
  await writePeriodFiles(outputDir, report);
  io.info(
    `Period ${period2.label} (${period2.timeZone}, source: ${inputs.periodSource}): ${report.totals.sessions} sessions; files in ${shownDir}.`
  );
  const notices = [];
  let issue2;
  let issueError;
  if (inputs.commentMode !== "off") {
    try {
      issue2 = await upsertPeriodIssue(gh, issueRequest(report, await login, context.runUrl));
      io.info(`Issue ${issue2.action}: ${issue2.issue.url}`);
      if (!issue2.labelled) {
        io.warning(
          'The token may not create the "claude-cost" label, so the issue was filed without it and is found again by its author alone; create the label once to find it by label too.'
        );
      }
    } catch (error2) {
      if (httpStatus(error2) === 403) {
        const notice = issueNotPermitted(shownDir);
        io.warning(`${notice} (${describeApiError(error2)})`);
        notices.push(notice);
      } else {
        issueError = error2;
      }
    }
  }
  await io.appendSummary(
    [renderPeriodMarkdown(report).trimEnd(), ...notices.map((n2) => `> [!WARNING]
> ${n2}`)].join("\n\n") + "\n"
  );
  const t = report.totals;
  io.setOutput("total-cost-usd", t.costUsd.toFixed(6));
  io.setOutput("total-tokens", String(t.totalTokens));
  io.setOutput("cache-hit-rate", t.cacheHitRate === null ? "" : t.cacheHitRate.toFixed(4));
  io.setOutput("issue-number", issue2 === void 0 ? "" : String(issue2.issue.number));
  io.setOutput("report-path", outputDir);
  if (issueError !== void 0) throw issueError;
  return { failure: void 0 };
}
function periodOf(inputs, config2, now) {
  try {
    return resolvePeriod(inputs.period, inputs.timeZone ?? config2.period.timeZone, now);
  } catch (error2) {
    if (!(error2 instanceof PeriodSpecError)) throw error2;
    const input = error2.message.includes("time zone") ? "time-zone" : "period";
    const message = error2.message.replace("use --since/--until", "a range such as 2026-10-01..2026-10-15").replace(/--since/g, "the range's first day").replace(/--until/g, "the range's last day");
    throw new InputError(`${input}: ${message}`);
  }
}
async function loadCheckoutRecords(inputs, context, period2, config2, io) {
  const dir = join5(context.workspace, inputs.recordsDir);
  if (!existsSync2(dir)) {
    return {
      records: [],
      notes: [`${inputs.recordsDir} does not exist on the checked-out branch: no session records yet.`],
      skipped: []
    };
  }
  const notes = [];
  if (existsSync2(join5(context.workspace, ".git", "shallow"))) {
    io.warning(shallowCheckout());
    notes.push(shallowCheckout());
  }
  const loaded = await loadPeriodRecords(dir, {
    repoDir: context.workspace,
    root: context.workspace,
    since: attributionSince(period2, config2)
  });
  return { records: loaded.records, notes: [...notes, ...loaded.notes], skipped: loaded.skipped };
}
function issueRequest(report, login, runUrl) {
  const marker = periodMarker(report);
  const footer = runUrl === void 0 ? [] : [runLine(runUrl)];
  const body = (markdown) => `${[marker, markdown.trimEnd(), ...footer].join("\n\n")}
`;
  return {
    marker,
    title: periodTitle(report),
    body: body(renderPeriodMarkdown(report)),
    minimalBody: body(renderPeriodMarkdown(report, { maxRows: 2 })),
    login
  };
}

// src/action/run-pr.ts
import { existsSync as existsSync4 } from "node:fs";
import { mkdir as mkdir4, mkdtemp as mkdtemp2, writeFile as writeFile4 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/action/glob.ts
function globMatcher(globs) {
  const patterns = globs.map(globToRegExp);
  return (path) => patterns.some((re) => re.test(path));
}
function globToRegExp(glob) {
  const trimmed = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  if (!/[*?{]/.test(trimmed)) return new RegExp(`^${escape(trimmed)}(?:/.*)?$`);
  let source = "";
  let braces = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] ?? "";
    if (c === "*" && trimmed[i + 1] === "*") {
      const slashAfter = trimmed[i + 2] === "/";
      source += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") {
      source += "[^/]*";
    } else if (c === "?") {
      source += "[^/]";
    } else if (c === "{") {
      braces++;
      source += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (c === "," && braces > 0) {
      source += "|";
    } else {
      source += escape(c);
    }
  }
  source += ")".repeat(braces);
  return new RegExp(`^${source}$`);
}
function escape(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/action/pipeline.ts
import { existsSync as existsSync3 } from "node:fs";
import { relative as relative5, resolve as resolve5, sep as sep5 } from "node:path";

// src/policy/index.ts
init_config();
function applyPolicy(report, input) {
  const { config: config2, book } = input;
  const pairs = pairSessions(report, input.sessions);
  const notes = [];
  const task = classifyTask(input.sessions, input.pr, config2);
  notes.push(...task.notes);
  const budget = evaluateBudget(report, task.kind, config2, book);
  const scopes = report.sessions.map((line) => classifyScope(line, config2));
  const excludeSessionIds = new Set(input.sessions.map((s) => s.sessionId));
  const history = input.history === void 0 ? void 0 : measureHistory(input.history, { config: config2, book, now: input.now, excludeSessionIds });
  const baseline = compareBaseline(task.kind, report, scopes, chooseBaseline(task.kind, config2, history, notes));
  const advice = [];
  const preferred = resolveBudget(task.kind, config2)?.budget.preferredModel;
  if (preferred !== void 0 && config2.tasks.mechanical.includes(task.kind)) {
    if (resolveModel(book, preferred).ok) push2(advice, cheaperModelAdvice(pairs, task.kind, preferred, book));
    else notes.push(`The preferred model ${preferred} is not in the price book, so no cheaper-model advice is given.`);
  }
  push2(advice, cacheAdvice(pairs, config2.cache.hitRateTarget, book));
  push2(advice, openEndedAdvice(baseline));
  return {
    ...report,
    notes: [...report.notes, ...notes],
    task,
    budget,
    baseline,
    advice,
    currency: config2.currency
  };
}
function push2(list, item) {
  if (item !== null) list.push(item);
}
function pairSessions(report, sessions) {
  if (report.sessions.length !== sessions.length) {
    throw new Error(
      `applyPolicy: the report has ${report.sessions.length} sessions but ${sessions.length} records were given`
    );
  }
  return report.sessions.map((line, i) => {
    const record2 = sessions[i];
    if (record2.sessionId !== line.sessionId) throw new Error("applyPolicy: records are not in the report order");
    return { record: record2, line };
  });
}

// src/pipeline.ts
async function runPipeline(input) {
  return judgeInputs(await ingestInputs(input), input);
}
function ingestInputs(input) {
  return ingestPaths(input.paths, { ...input.limits ?? DEFAULT_LIMITS, root: input.root, recordedBy: GENERATOR });
}
function judgeInputs(ingested, input) {
  const report = buildReport({ ...ingested, book: input.book, generator: GENERATOR });
  const judged = applyPolicy(report, {
    sessions: ingested.sessions,
    config: input.config,
    pr: input.pr,
    history: input.history,
    now: input.now,
    book: input.book
  });
  return { report: { ...judged, notes: [...judged.notes, ...input.notes ?? []] }, sessions: ingested.sessions };
}

// src/action/pipeline.ts
init_config();
async function buildActionReport(request2, now = /* @__PURE__ */ new Date()) {
  const config2 = request2.configFile === void 0 ? defaultConfig() : await readConfigFile(request2.configFile, request2.configName);
  const book = await priceBookFrom(request2.pricingFile, config2.pricing);
  const history = request2.history === void 0 ? void 0 : await readHistory(request2.history);
  const { report, sessions } = await runPipeline({
    paths: [request2.recordsDir],
    book,
    config: config2,
    pr: request2.pullRequest,
    history,
    now
  });
  const usage = sessionUsage(sessions);
  const staged = [resolve5(request2.recordsDir), relative5(process.cwd(), resolve5(request2.recordsDir))];
  const repositoryPath2 = (file) => {
    for (const prefix of staged)
      if (file.startsWith(prefix + sep5))
        return file.slice(prefix.length + 1).split(sep5).join("/");
    return file;
  };
  return {
    report: {
      ...report,
      skipped: [...request2.refused, ...report.skipped.map((s) => ({ ...s, file: repositoryPath2(s.file) }))],
      notes: [...request2.notes, ...report.notes]
    },
    usage
  };
}
function sessionUsage(sessions) {
  const usage = /* @__PURE__ */ new Map();
  const repeated = /* @__PURE__ */ new Set();
  for (const s of sessions) {
    const key = sessionKey(s.sessionId, s.branch);
    if (usage.has(key)) repeated.add(key);
    usage.set(key, s.usage);
  }
  for (const key of repeated) usage.delete(key);
  return usage;
}
async function readHistory({
  dir,
  workspace
}) {
  if (!existsSync3(dir)) return void 0;
  const { sessions } = await ingestPaths([dir], {
    ...DEFAULT_LIMITS,
    root: workspace,
    recordedBy: GENERATOR,
    formats: ["record"]
  });
  return sessions;
}

// src/action/stage.ts
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, join as join6 } from "node:path";
var RECORD_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxFiles: 2e4
};
function newStage(dir) {
  return { dir, files: [], skipped: [], notes: [], admitted: 0, bytes: 0 };
}
function isSafeRelativePath(path) {
  if (path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function admit(stage, path, size, limits) {
  if (size > limits.maxFileBytes) {
    stage.skipped.push({ file: path, line: 0, reason: `file is larger than ${limits.maxFileBytes} bytes` });
    return false;
  }
  if (stage.admitted >= limits.maxFiles) {
    stage.skipped.push({ file: path, line: 0, reason: `more than ${limits.maxFiles} record files in one PR` });
    return false;
  }
  if (stage.bytes + size > limits.maxTotalBytes) {
    stage.skipped.push({
      file: path,
      line: 0,
      reason: `the PR's records exceed ${limits.maxTotalBytes} bytes in total`
    });
    return false;
  }
  stage.admitted++;
  stage.bytes += size;
  return true;
}
async function stageFile(stage, path, content) {
  const target = join6(stage.dir, path);
  await mkdir3(dirname3(target), { recursive: true });
  await writeFile3(target, content, { flag: "wx" });
  stage.files.push(path);
}
function refuse(stage, path, reason) {
  stage.skipped.push({ file: path, line: 0, reason });
}

// src/action/records-api.ts
var CONCURRENCY2 = 4;
async function stageRecordsFromApi(gh, pr, isRecord2, stage, limits) {
  const files = await listPullRequestFiles(gh, pr.number);
  const total = pr.changedFiles ?? files.length;
  if (files.length >= PULL_REQUEST_FILES_LIMIT && total > files.length) {
    stage.notes.push(
      `This PR changes ${total} files; GitHub's API lists only the first ${PULL_REQUEST_FILES_LIMIT}, so records beyond them were not read. Use source: workspace with a full checkout for PRs this large.`
    );
  }
  const wanted = files.filter((f) => f.status !== "removed" && isRecord2(f.path));
  await mapLimit(wanted, CONCURRENCY2, async (file) => {
    if (!isSafeRelativePath(file.path)) {
      refuse(stage, file.path, "not a plain repository path");
      return;
    }
    const read = await readFileAtRef(gh, file.path, pr.headSha, limits.maxFileBytes);
    switch (read.kind) {
      case "missing":
        refuse(stage, file.path, "not found at the head commit");
        break;
      case "not-a-file":
        refuse(stage, file.path, read.type === "symlink" ? "symbolic link not followed" : "not a regular file");
        break;
      case "too-large":
        admit(stage, file.path, read.size, limits);
        break;
      case "file":
        if (admit(stage, file.path, read.content.length, limits)) await stageFile(stage, file.path, read.content);
        break;
    }
  });
}

// src/action/records-workspace.ts
import { execFile as execFile3 } from "node:child_process";
import { constants as constants5 } from "node:fs";
import { lstat as lstat4, open as open4, realpath as realpath3 } from "node:fs/promises";
import { join as join7 } from "node:path";
import { promisify as promisify2 } from "node:util";
var execFileAsync = promisify2(execFile3);
var WorkspaceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "WorkspaceError";
  }
};
async function stageRecordsFromWorkspace(workspace, pr, isRecord2, stage, limits) {
  const root = await realpath3(workspace);
  const changed = await changedPaths(root, pr);
  for (const path of changed.filter(isRecord2)) {
    if (!isSafeRelativePath(path)) {
      refuse(stage, path, "not a plain repository path");
      continue;
    }
    const content = await readChecked(root, path, stage, limits);
    if (content !== void 0) await stageFile(stage, path, content);
  }
}
async function readChecked(root, path, stage, limits) {
  const full = join7(root, path);
  let info;
  try {
    info = await lstat4(full);
  } catch {
    refuse(stage, path, "listed by git but not in the checkout");
    return void 0;
  }
  if (info.isSymbolicLink()) return void refuse(stage, path, "symbolic link not followed");
  if (!isInside(root, await realpath3(full))) return void refuse(stage, path, "outside the workspace");
  if (!info.isFile()) return void refuse(stage, path, "not a regular file");
  if (info.size > limits.maxFileBytes) return void admit(stage, path, info.size, limits);
  const handle = await open4(full, constants5.O_RDONLY | constants5.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
    }
    const size = length === buffer.length ? limits.maxFileBytes + 1 : length;
    if (!admit(stage, path, size, limits)) return void 0;
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
async function git2(root, args) {
  try {
    const { stdout } = await execFileAsync(
      "git",
      ["-c", `safe.directory=${root}`, "-c", "core.quotePath=false", ...args],
      {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024
      }
    );
    return stdout;
  } catch {
    return void 0;
  }
}
async function changedPaths(root, pr) {
  const head = (await git2(root, ["rev-parse", "--verify", "--quiet", "HEAD"]))?.trim();
  if (head === void 0)
    throw new WorkspaceError(
      `source: workspace needs a git checkout of the PR in GITHUB_WORKSPACE; use actions/checkout, or source: api`
    );
  let range;
  if (head === pr.headSha) {
    if (await hasCommit(root, pr.baseSha)) {
      const mergeBase = (await git2(root, ["merge-base", pr.baseSha, head]))?.trim();
      range = [mergeBase ?? pr.baseSha, head];
    }
  } else {
    const secondParent = (await git2(root, ["rev-parse", "--verify", "--quiet", "HEAD^2"]))?.trim();
    if (secondParent !== pr.headSha) {
      throw new WorkspaceError(
        `source: workspace: the checkout is not this PR (HEAD is neither its head commit nor GitHub's merge commit); check out the PR, or use source: api`
      );
    }
    if (await hasCommit(root, "HEAD^1")) range = ["HEAD^1", "HEAD"];
  }
  if (range === void 0) {
    throw new WorkspaceError(
      `source: workspace needs the PR's base commit in the checkout: set fetch-depth: 0 on actions/checkout (2 is enough for the default merge commit), or use source: api`
    );
  }
  const out = await git2(root, [
    "diff",
    "--name-only",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--diff-filter=d",
    ...range,
    "--"
  ]);
  if (out === void 0) throw new WorkspaceError("source: workspace: git diff failed in GITHUB_WORKSPACE");
  return out.split("\0").filter((p) => p !== "");
}
async function hasCommit(root, rev) {
  return await git2(root, ["cat-file", "-e", `${rev}^{commit}`]) !== void 0;
}

// src/action/run-pr.ts
async function runPullRequest(run3) {
  const { inputs, context, pr, gh, io } = run3;
  const limits = run3.limits ?? RECORD_LIMITS;
  const login = inputs.commentMode === "off" ? Promise.resolve("") : authenticatedLogin(gh);
  login.catch(() => {
  });
  const work = await mkdtemp2(join8(context.runnerTemp, "claude-cost-"));
  const stage = newStage(join8(work, "records"));
  await mkdir4(stage.dir);
  const source = chooseSource(inputs, context, pr);
  const isRecord2 = globMatcher(inputs.records);
  if (source === "api") await stageRecordsFromApi(gh, pr, isRecord2, stage, limits);
  else await stageRecordsFromWorkspace(context.workspace, pr, isRecord2, stage, limits);
  stage.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  io.info(`Records in this PR (source: ${source}): ${stage.files.length} read, ${stage.skipped.length} refused.`);
  const settings = source === "api" ? { kind: "api", gh, ref: pr.baseSha, stageDir: join8(work, "settings") } : { kind: "workspace", workspace: context.workspace };
  const configFile = await localRepoFile(settings, inputs.config, "config");
  const pricingFile = inputs.pricingFile === void 0 ? void 0 : await localRepoFile(settings, inputs.pricingFile, "pricing-file");
  if (inputs.pricingFile !== void 0 && pricingFile === void 0) {
    throw new Error(
      `pricing-file ${inputs.pricingFile} was not found in the repository${source === "api" ? " at the base commit" : ""}`
    );
  }
  const { report, usage } = await buildActionReport({
    recordsDir: stage.dir,
    pricingFile,
    configFile,
    configName: inputs.config,
    pullRequest: { labels: pr.labels, branch: pr.headRef, title: pr.title },
    refused: stage.skipped,
    notes: stage.notes,
    // With a checkout, the records already merged measure the team's baseline.
    history: source === "workspace" ? { dir: join8(context.workspace, inputs.recordsDir), workspace: context.workspace } : void 0
  });
  const noRecords = stage.files.length === 0 && stage.skipped.length === 0 && stage.notes.length === 0;
  const budgetStatus = budgetStatusOf(report);
  const notices = [];
  let posted;
  let change2;
  let commentError;
  if (inputs.commentMode !== "off") {
    try {
      const target = { issue: pr.number, reportKey: inputs.reportKey, login: await login };
      const existing = await findOurComments(gh, target);
      const newest = existing[existing.length - 1];
      const previous = previousPush(newest === void 0 ? void 0 : decodeCommentData(newest.body), pr.headSha);
      change2 = noRecords ? void 0 : renderChange(previous, report.totals);
      const data = commentData(report, { headSha: pr.headSha, pullRequest: pr.number, budgetStatus, previous }, usage);
      const parts2 = { reportKey: inputs.reportKey, report, budgetStatus, change: change2, data, runUrl: context.runUrl };
      const full = noRecords ? renderNoRecordsBody(parts2) : renderCommentBody(parts2);
      posted = await upsertSticky(gh, target, inputs.commentMode, existing, {
        full,
        minimal: noRecords ? full : renderMinimalBody(parts2)
      });
      io.info(`Comment ${posted.action}: ${posted.comment.url}`);
    } catch (error2) {
      if (httpStatus(error2) === 403) {
        const notice = commentNotPermitted(pr, context.eventName);
        io.warning(`${notice} (${describeApiError(error2)})`);
        notices.push(notice);
      } else {
        commentError = error2;
      }
    }
  }
  await io.appendSummary(
    noRecords ? renderNoRecordsSummary(notices) : renderSummary(report, budgetStatus, change2, notices)
  );
  const reportPath = join8(work, `report-${inputs.reportKey}.json`);
  await writeFile4(reportPath, renderJson(report));
  const t = report.totals;
  io.setOutput("total-cost-usd", t.costUsd.toFixed(6));
  io.setOutput("total-tokens", String(t.totalTokens));
  io.setOutput("cache-hit-rate", t.cacheHitRate === null ? "" : t.cacheHitRate.toFixed(4));
  io.setOutput("budget-status", budgetStatus);
  io.setOutput("comment-id", posted === void 0 ? "" : String(posted.comment.id));
  io.setOutput("comment-url", posted?.comment.url ?? "");
  io.setOutput("report-path", reportPath);
  if (commentError !== void 0) throw commentError;
  if (noRecords) io.notice("No Claude Code sessions in this PR.");
  if (!shouldFail(budgetStatus, inputs.failOn)) return { failure: void 0 };
  return {
    failure: budgetStatus === "over" ? "The Claude Code sessions in this PR are over budget (see the PR comment or the job summary)." : "The Claude Code sessions in this PR reached the budget warning threshold, and fail-on is warning."
  };
}
function chooseSource(inputs, context, pr) {
  if (inputs.source !== "auto") return inputs.source;
  const tooManyFiles = (pr.changedFiles ?? 0) > PULL_REQUEST_FILES_LIMIT;
  const prCheckout = context.eventName !== "pull_request_target" && existsSync4(join8(context.workspace, ".git"));
  return tooManyFiles && prCheckout ? "workspace" : "api";
}

// src/action/run.ts
var PR_EVENTS = ["pull_request", "pull_request_target"];
var PASS_EVENTS = ["push", "merge_group"];
var PERIOD_EVENTS = ["schedule", "workflow_dispatch"];
var UnsupportedRunError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnsupportedRunError";
  }
};
async function runAction(inputs, context, io, options = {}) {
  const event = context.eventName;
  const gh = () => createGitHub({
    token: inputs.githubToken,
    baseUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    owner: context.owner,
    repo: context.repo,
    log: io,
    timing: options.timing
  });
  if (inputs.mode === "period" || inputs.mode === "auto" && PERIOD_EVENTS.includes(event)) {
    return runPeriod({ inputs, context, gh: gh(), io });
  }
  if (PASS_EVENTS.includes(event)) {
    io.notice(unsupportedEvent(event));
    return { failure: void 0 };
  }
  if (!PR_EVENTS.includes(event) && event !== "workflow_run") {
    if (inputs.mode === "pr") {
      throw new UnsupportedRunError(
        `mode: pr runs on pull_request, pull_request_target or workflow_run events; this run is ${event || "not an event"}.`
      );
    }
    io.notice(unsupportedEvent(event));
    return { failure: void 0 };
  }
  const client = gh();
  const pr = PR_EVENTS.includes(event) ? pullRequestFromEvent(context.event) : await pullRequestOfWorkflowRun(client, context.event);
  if (pr === void 0) {
    if (event === "workflow_run") {
      io.notice("The workflow run that triggered this one belongs to no open pull request; nothing to report.");
      return { failure: void 0 };
    }
    throw new UnsupportedRunError(`the ${event} event payload has no pull request`);
  }
  return runPullRequest({ inputs, context, pr, gh: client, io });
}
async function pullRequestOfWorkflowRun(gh, event) {
  const run3 = workflowRunFromEvent(event);
  if (run3 === void 0) return void 0;
  const number3 = run3.pullRequestNumbers[0] ?? (run3.headOwner !== "" && run3.headBranch !== "" ? await findPullRequestByHead(gh, { owner: run3.headOwner, branch: run3.headBranch, sha: run3.headSha }) : void 0);
  if (number3 === void 0) return void 0;
  const pr = await getPullRequest(gh, number3);
  return { ...pr, headSha: run3.headSha };
}

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function escapeCommandData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function runnerIo(env, write) {
  const command = (name, message) => write(`::${name}::${escapeCommandData(message)}${EOL}`);
  return {
    // Plain lines: a line of our own can only start with "::" if we wrote it so.
    info: (message) => write(`${message.replace(/\r?\n/g, " ")}${EOL}`),
    notice: (message) => command("notice", message),
    warning: (message) => command("warning", message),
    setFailed: (message) => {
      process.exitCode = 1;
      command("error", message);
    },
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) return void write(`Output ${name}: ${value.replace(/\r?\n/g, " ")}${EOL}`);
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
    },
    appendSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
`, "utf8");
    }
  };
}

// src/main.ts
async function run2(env = process.env) {
  const io = runnerIo(env, (text2) => process.stdout.write(text2));
  try {
    const inputs = readInputs((name) => getInput(env, name));
    const context = readRunContext(env);
    const outcome = await runAction(inputs, context, io, { timing: apiTiming(env) });
    if (outcome.failure !== void 0) io.setFailed(outcome.failure);
  } catch (error2) {
    io.setFailed(describeFailure(error2));
  }
}
function apiTiming(env) {
  const raw = env.CLAUDE_COST_API_TIME_SCALE;
  const scale = raw === void 0 || raw === "" ? Number.NaN : Number(raw);
  return scale >= 0 && scale <= 1 ? scaledTiming(scale) : void 0;
}
function describeFailure(error2) {
  if (error2 instanceof Error) return error2.name === "Error" ? error2.message : `${error2.name}: ${error2.message}`;
  return `claude-cost failed: ${String(error2)}`;
}

// src/index.ts
await run2();

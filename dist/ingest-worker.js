import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/ingest/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/ingest/index.ts
import { closeSync as closeSync5, openSync as openSync5, readSync as readSync3 } from "node:fs";

// src/records/write.ts
import { closeSync as closeSync2, constants as constants2, lstatSync as lstatSync2, mkdirSync, openSync as openSync2, readFileSync as readFileSync2 } from "node:fs";

// src/records/identifiers.ts
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

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
var Cached = class {
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
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
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
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
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
var getParsedType = (data) => {
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
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
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
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
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
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count4 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count4--;
      i++;
    }
  }
  return count4;
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
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
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
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
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
  return table;
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
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
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
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
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
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
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
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
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

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
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
var _parseAsync = (_Err) => {
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
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
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
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
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
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

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
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var uuid4 = /* @__PURE__ */ uuid(4);
var uuid6 = /* @__PURE__ */ uuid(6);
var uuid7 = /* @__PURE__ */ uuid(7);
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
var unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
var idnEmail = unicodeEmail;
var browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var mac = (delimiter) => {
  const escapedDelim = escapeRegex(delimiter ?? ":");
  return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
var domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var creditCard = /^\d(?:[ -]?\d){11,18}$/;
var currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
var iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
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
var anyString = /^[\s\S]{0,}$/;
var string = (params) => {
  const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
  return new RegExp(`^${regex}$`);
};
var bigint = /^-?\d+n?$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var _undefined = /^undefined$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
var hex = /^[0-9a-fA-F]*$/;
function fixedBase64(bodyLength, padding) {
  return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
function fixedBase64url(length) {
  return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
var md5_hex = /^[0-9a-fA-F]{32}$/;
var md5_base64 = /* @__PURE__ */ fixedBase64(22, "==");
var md5_base64url = /* @__PURE__ */ fixedBase64url(22);
var sha1_hex = /^[0-9a-fA-F]{40}$/;
var sha1_base64 = /* @__PURE__ */ fixedBase64(27, "=");
var sha1_base64url = /* @__PURE__ */ fixedBase64url(27);
var sha256_hex = /^[0-9a-fA-F]{64}$/;
var sha256_base64 = /* @__PURE__ */ fixedBase64(43, "=");
var sha256_base64url = /* @__PURE__ */ fixedBase64url(43);
var sha384_hex = /^[0-9a-fA-F]{96}$/;
var sha384_base64 = /* @__PURE__ */ fixedBase64(64, "");
var sha384_base64url = /* @__PURE__ */ fixedBase64url(64);
var sha512_hex = /^[0-9a-fA-F]{128}$/;
var sha512_base64 = /* @__PURE__ */ fixedBase64(86, "==");
var sha512_base64url = /* @__PURE__ */ fixedBase64url(86);

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
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
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
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
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
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
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
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
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
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
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
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
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
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
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
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
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
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
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
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

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
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
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
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
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
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
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
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
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
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
var asciiTabOrNewline = /[\t\n\r]/g;
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
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
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
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
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
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
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
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
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
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
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
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
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
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
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
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
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
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
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
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
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
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
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
var NO_SYMBOL_KEYS = [];
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
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
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
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
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
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
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
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
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
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
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
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
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
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
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
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
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
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
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
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
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
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
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
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
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
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
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
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
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
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
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

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
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
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape2(raw, true) : ASSUMED);
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
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
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
var handoff;
var open = [];
var memo = {
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
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
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
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
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
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

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
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
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
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
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
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
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
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
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
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
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
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
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
var literalProcessor = (schema, ctx, json, params) => {
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
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
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
var objectProcessor = (schema, ctx, _json, params) => {
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
var unionProcessor = (schema, ctx, json, params) => {
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
var intersectionProcessor = (schema, ctx, json, params) => {
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
var pendingRecords = /* @__PURE__ */ new WeakMap();
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
var recordProcessor = (schema, ctx, _json, params) => {
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
var nullableProcessor = (schema, ctx, json, params) => {
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
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
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
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
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
var catchProcessor = (schema, ctx, json, params) => {
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
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
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
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
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
var _ZodString = /* @__PURE__ */ $constructor(
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
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
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
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
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
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
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
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
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
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
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
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
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
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
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
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

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

// src/records/schema.ts
var SESSION_SCHEMA = "claude-cost/session@1";
var SPEEDS = ["standard", "fast"];
var PROMPT_BANDS = ["le100k", "100k-200k", "gt200k", "unknown"];
var ORIGINS = ["main", "subagent"];
var SCOPES = ["scoped", "open-ended"];
var SOURCE_FORMATS = ["transcript", "result", "export", "record"];
var count = number2().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var text = (max) => string2().min(1).max(max);
var identifier = string2().min(1).max(200).regex(/^[A-Za-z0-9._:@/[\]+-]+$/, "must be an identifier (letters, digits and ._:@/[]+-)");
var isoTime = iso_exports.datetime({ offset: true });
var utcDay = iso_exports.date();
var UsageBucketSchema = strictObject({
  model: identifier,
  day: utcDay,
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
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
var READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

// src/records/issues.ts
var MAX_REASON = 200;
var PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
function describeIssue(issue2) {
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
  return first === void 0 ? "invalid" : describeIssue(first);
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
  return capReasons([...counts].map(([reason, count4]) => ({ reason, count: count4 })));
}
function capReasons(entries) {
  if (entries.length <= MAX_REASONS) return entries;
  const kept = entries.slice(0, MAX_REASONS - 1);
  const rest = entries.slice(MAX_REASONS - 1).reduce((n, e) => n + e.count, 0);
  return [...kept, { reason: "other reasons", count: rest }];
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
var window = Buffer.alloc(FINGERPRINT_BYTES);
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
    const n = readSync2(fd, window, got, length - got, position + got);
    if (n === 0) return void 0;
    got += n;
  }
  return createHash2("sha256").update(window.subarray(0, length)).digest("hex").slice(0, 32);
}

// src/ingest/transcript/schema.ts
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
var DATETIME = regexes_exports.datetime({ offset: true });

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
  let n = 0;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) n++;
  return text2.endsWith("\n") ? n : n + 1;
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
var VERSION = package_default.version;
var GENERATOR = `claude-cost ${VERSION}`;

// src/ingest/export/schema.ts
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
    const n = index + 1;
    const parsed = ExportMessageSchema.safeParse(raw);
    if (!parsed.success) return problem(n, describeFirstIssue(parsed.error));
    const m = parsed.data;
    const cached2 = m.cached_tokens ?? 0;
    if (cached2 > m.input_tokens) return problem(n, "cached_tokens exceeds input_tokens");
    if ((m.thinking_tokens ?? 0) > m.output_tokens) return problem(n, "thinking_tokens exceeds output_tokens");
    const own2 = m.model === void 0 ? void 0 : isIdentifier(m.model) ? m.model : null;
    if (own2 === null) return problem(n, "model is not an identifier");
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
    requests: usage.reduce((n, b) => n + b.requests, 0),
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
  const checked = SessionRecordSchema.safeParse(record2);
  if (!checked.success) {
    problems.push({ line: 0, reason: `export gives an invalid record: ${describeFirstIssue(checked.error)}` });
    return { record: void 0, problems };
  }
  return { record: checked.data, problems };
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

// src/ingest/result/schema.ts
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
      skipped.push(`${entry}: ${first === void 0 ? "invalid" : describeIssue(first)}`);
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
    requests: buckets.reduce((n, b) => n + b.requests, 0),
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
  const checked = SessionRecordSchema.safeParse(record2);
  if (!checked.success)
    return { ok: false, reason: `result gives an invalid record: ${describeFirstIssue(checked.error)}` };
  return { ok: true, record: checked.data, reportedByModel: fromModels.reportedByModel, skipped };
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
  const earlier = scan.problems.map((p) => p.reason);
  addSession(out, scan.result.value, scan.result.line, path, mtime, options, earlier);
  return out;
}
function addSession(out, value, line, path, mtime, options, earlier) {
  const parsed = parseResultObject(value, {
    fallbackSessionId: sessionIdFromPath(path),
    day: utcDayOf(mtime),
    linesRead: out.linesRead,
    skipped: earlier
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
var COMMA = 44;
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
      while (at < bytes.length && bytes[at] !== COMMA && bytes[at] !== CLOSE_BRACE) at += 1;
    }
    at = skipSpace(bytes, at);
    if (bytes[at] !== COMMA) return void 0;
  }
}
function stringEnd(bytes, open4) {
  for (let at = open4 + 1; at < bytes.length; at += 1) {
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
var realpath = realpathSync.native;

// src/ingest/prefetch.ts
var PROBE_BYTES = 64 * 1024;
var AHEAD_BYTES = 96 * 1024 * 1024;
var STOP_AFTER_CACHED_BYTES = 32 * 1024 * 1024;

// src/ingest/read-ahead.ts
var EMPTY2 = 0;
var READING = 1;
var FILLED = 2;
var SLOT_INTS = 4;
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
function packOutcome(outcome) {
  if (outcome === void 0) return void 0;
  const packed = { format: outcome.format, result: packResult(outcome.result) };
  if (outcome.resume !== void 0) {
    const { point, committed, marks } = outcome.resume;
    packed.resume = { point, committed: committed === void 0 ? void 0 : packResult(committed), marks };
  }
  return packed;
}
function transferList(packed) {
  if (packed === void 0) return [];
  const list = [packed.result.requests.numbers.buffer];
  const committed = packed.resume?.committed;
  if (committed !== void 0) list.push(committed.requests.numbers.buffer);
  return list;
}
function packResult(result) {
  return { ...result, requests: packRequests(result.requests) };
}
function packRequests(requests) {
  const table = [];
  const indexes = /* @__PURE__ */ new Map();
  const unique = new Array(requests.length * 3);
  const numbers = new Float64Array(requests.length * STRIDE);
  requests.forEach((request, i) => {
    let at = i * STRIDE;
    for (const field of NUMBERS) numbers[at++] = request[field];
    numbers[at++] = request.isSidechain ? 1 : 0;
    numbers[at++] = request.reportedCostUsd ?? Number.NaN;
    for (const field of TABLED) {
      const value = request[field];
      if (value === void 0) {
        numbers[at++] = ABSENT2;
        continue;
      }
      let index = indexes.get(value);
      if (index === void 0) {
        index = table.length;
        table.push(value);
        indexes.set(value, index);
      }
      numbers[at++] = index;
    }
    unique[i * 3] = request.messageId;
    unique[i * 3 + 1] = request.requestId;
    unique[i * 3 + 2] = request.timestamp;
  });
  return { count: requests.length, table, unique, numbers };
}

// src/ingest/worker-pool.ts
var WORKER_KIND = "claude-cost/ingest-worker";
var PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
var BUNDLED_WORKER = new URL("./ingest-worker.js", import.meta.url);
var READ_AHEAD_MIN_BYTES = 32 * 1024 * 1024;

// src/ingest/index.ts
var PARSERS = [recordParser, resultParser, exportParser, transcriptParser];
var HEAD_BYTES2 = 64 * 1024;
var FIRST_READ_BYTES = 4 * 1024;
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 ** 4,
  maxJsonBytes: 64 * 1024 ** 2
};
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
  const fd = openSync5(path, READ_NO_FOLLOW3);
  try {
    let bytesRead = readSync3(fd, headBuffer, 0, FIRST_READ_BYTES, 0);
    if (headLength(path, headBuffer, bytesRead) === FIRST_READ_BYTES) {
      bytesRead += readSync3(fd, headBuffer, bytesRead, HEAD_BYTES2 - bytesRead, bytesRead);
    }
    return detectFromHead(path, parsers, headBuffer, bytesRead);
  } finally {
    closeSync5(fd);
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

// src/ingest/worker.ts
async function work(job2, post) {
  const counter = new Int32Array(job2.next);
  for (; ; ) {
    const entry = job2.queue[Atomics.add(counter, 0, 1)];
    if (entry === void 0) break;
    try {
      post({ type: "outcome", index: entry.index, outcome: packOutcome(await readInput(entry.file, job2.task)) });
    } catch {
      post({ type: "failed", index: entry.index });
    }
  }
  post({ type: "done" });
}
var job = workerData;
if (parentPort !== null && job?.kind === WORKER_KIND) {
  const port = parentPort;
  const transfer = (message) => message.type === "outcome" ? transferList(message.outcome) : [];
  void work(job, (message) => port.postMessage(message, transfer(message)));
}

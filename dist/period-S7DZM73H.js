import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  csvDocument,
  csvField,
  html,
  markdownTable,
  md
} from "./chunk-LV3UTBPG.js";
import {
  addTotals,
  buildReport,
  cacheAdvice,
  cacheHitRate,
  cheaperModelAdvice,
  chooseBaseline,
  classifyScope,
  classifyTask,
  compareBaseline,
  evaluateBudget,
  formatInteger,
  formatLocal,
  formatPercent,
  formatTokens,
  formatUsd,
  median,
  openEndedAdvice,
  pickTotals,
  resolveBudget,
  zeroTotals
} from "./chunk-QSYUSC3B.js";
import {
  loadConfig,
  priceBookFrom,
  resolveModel
} from "./chunk-EU4B5VDZ.js";
import "./chunk-LLHTNJT7.js";
import {
  mapLimit
} from "./chunk-Q7ZC5433.js";
import {
  DEFAULT_LIMITS,
  SCOPES,
  SESSION_SCHEMA,
  SessionRecordSchema,
  UnreadablePathError,
  emptyTokens,
  ingestPaths,
  mergeRecords
} from "./chunk-W4OCLY3P.js";
import {
  _enum,
  array,
  boolean,
  iso_exports,
  literal,
  number,
  object,
  string,
  tuple,
  unknown
} from "./chunk-BJAOUQM4.js";
import {
  parseCommandArgs
} from "./chunk-ZKXKXHQW.js";
import "./chunk-ICSKGCHV.js";
import {
  repoRoot
} from "./chunk-IG6NQODR.js";
import {
  GENERATOR,
  VERSION
} from "./chunk-CCFM3K6G.js";
import {
  EXIT,
  UsageError
} from "./chunk-HRLD7PK4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LQK3ML4U.js";

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
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
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
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
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
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
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
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
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
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
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
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
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
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
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
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
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
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
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
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
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
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
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
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
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
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
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
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
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
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
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

// src/commands/period.ts
import { existsSync } from "node:fs";
import { join as join3, relative as relative3, resolve as resolve2 } from "node:path";

// src/github/search.ts
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
  number: number().int().positive(),
  title: string().transform((s) => s.slice(0, 1024)),
  headRefName: string().max(255).nullable().optional(),
  mergedAt: iso_exports.datetime({ offset: true }),
  mergeCommit: object({ oid: string().regex(/^[0-9a-f]{40}$/) }).nullable().optional()
});
var SearchSchema = object({
  search: object({
    issueCount: number().int().nonnegative(),
    pageInfo: object({ hasNextPage: boolean(), endCursor: string().nullable() }),
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
  for (const node of data.search.nodes) {
    const parsed = PullNodeSchema.safeParse(node);
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
  const ordered = [...comments].sort((a, b) => cmp(a.pr.mergedAt, b.pr.mergedAt) || a.pr.number - b.pr.number);
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
    for (const { fidelity, record, commentUsd } of rebuilt) {
      const parsed = SessionRecordSchema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        skipped.push({
          file: `PR #${pr.number} cost comment`,
          line: 0,
          reason: `a session in its hidden data is not a valid record (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"})`.slice(
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
      byKey.set(key, { record: parsed.data, pr: prRef(pr) });
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
  const day = utcDay(line.startedAt) ?? utcDay(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
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
    ...optional("branch", line.branch ?? pr.branch),
    ...optional("developer", line.developer),
    ...optional("scope", line.scope),
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
  const day = utcDay(pr.mergedAt) ?? pr.mergedAt.slice(0, 10);
  return {
    ...baseRecord(`pr-${pr.number}`, data, estimatedUsage(tokens, modelsOf(data, void 0), day)),
    ...optional("branch", pr.branch),
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
function prRef(pr) {
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
function optional(key, value) {
  return value === null || value === void 0 || value === "" ? {} : { [key]: value };
}
function isTime(value) {
  return value !== null && value !== void 0 && SessionRecordSchema.shape.startedAt.safeParse(value).success;
}
function utcDay(value) {
  if (!isTime(value)) return null;
  return new Date(Date.parse(value)).toISOString().slice(0, 10);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
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
function startOfLocalDay(date, zone) {
  const guess = utcMidnight(date);
  const first = guess - offsetAt(guess, zone);
  const second = guess - offsetAt(first, zone);
  return localDateOf(second, zone) === date ? second : first;
}
function isDate(text) {
  const m = DATE.exec(text);
  if (m === null) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}
function utcMidnight(date) {
  const m = DATE.exec(date);
  if (m === null) throw new Error(`not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
function dateString(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
function addDays(date, days) {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(a, b) {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}
function lastDayOfMonth(year, month) {
  return dateString(year, month + 1, 0);
}
function isoWeekOf(date) {
  const ms = utcMidnight(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
}
function isoWeekLabel(date) {
  const { year, week } = isoWeekOf(date);
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

// src/action/budget.ts
var BUDGET_STATUSES = ["ok", "warning", "over", "none"];

// src/action/comment-data.ts
var COMMENT_DATA_SCHEMA = "claude-cost/comment-data@1";
var DATA_OPEN = "<!-- claude-cost:data v1 ";
var DATA_CLOSE = " -->";
var count = number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
var usd = number().finite().nonnegative();
var UsageTupleSchema = tuple([
  string().max(200),
  string().max(10),
  string().max(16),
  string().max(32),
  string().max(16),
  count,
  count,
  count,
  count,
  count,
  count,
  count
]);
var SessionTokensSchema = object({
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  cacheReadTokens: count,
  webSearchRequests: count
});
var SessionLineSchema = object({
  sessionId: string().max(200),
  costUsd: usd,
  totalTokens: count,
  startedAt: string().max(40).nullable(),
  endedAt: string().max(40).nullable().optional(),
  developer: string().max(255).nullable().optional(),
  branch: string().max(255).nullable().optional(),
  scope: _enum(SCOPES).nullable().optional(),
  models: array(string().max(200)).max(100).optional(),
  turns: count.optional(),
  compactions: count.optional(),
  peakContextTokens: count.optional(),
  tokens: SessionTokensSchema.optional(),
  usage: array(UsageTupleSchema).max(1e4).optional()
});
var PushTotalsSchema = object({
  headSha: string().regex(/^[0-9a-f]{40}$/),
  costUsd: usd,
  totalTokens: count,
  sessions: count
});
var CommentDataSchema = object({
  schema: literal(COMMENT_DATA_SCHEMA),
  generator: string().max(64),
  pullRequest: count,
  ...PushTotalsSchema.shape,
  costIsLowerBound: boolean(),
  cacheHitRate: number().finite().min(0).max(1).nullable(),
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheWriteTokens: count,
  cacheReadTokens: count,
  budgetStatus: _enum(BUDGET_STATUSES),
  priceBookAsOf: string().max(32),
  models: array(object({ model: string().max(200), costUsd: usd.nullable(), totalTokens: count })).optional(),
  sessionLines: array(SessionLineSchema).optional(),
  /** The PR's task kind as the policy classified it (labels included), so the period report agrees. */
  taskKind: string().max(64).optional(),
  /** What the change line compares with: the last push with a different head. */
  previous: PushTotalsSchema.nullable()
});
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
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
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
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
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
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
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
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
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
function omit(object2, keysToOmit) {
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
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
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
  const remainingParameters = omit(parameters, omittedParameters);
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
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
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
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
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
function parse2(header, options) {
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
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
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
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
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
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
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
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
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
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
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
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
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
var serializeBigInts = (text) => {
  return text.replace(
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
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
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
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
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
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
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
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
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
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
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
var VERSION4 = "0.0.0-development";
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
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
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
var VERSION5 = "7.0.8";

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
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
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
var VERSION6 = "0.0.0-development";
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
        } catch (error) {
          if (error.status !== 409) throw error;
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
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
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
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
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
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
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
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
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
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
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
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var import_light3 = __toESM(require_light(), 1);
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
    userAgent: `claude-cost-action/${VERSION}`,
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
function httpStatus(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
function describeApiError(error) {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split("\n")[0]?.slice(0, 200) : String(error).slice(0, 200);
  return status === void 0 ? message ?? "unknown error" : `HTTP ${status}: ${message ?? ""}`;
}

// src/github/comments.ts
function toComment(c) {
  return { id: c.id, nodeId: c.node_id, body: c.body ?? "", author: c.user?.login ?? null, url: c.html_url };
}
async function listIssueComments(gh, issue) {
  const comments = await gh.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue,
    per_page: 100
  });
  return comments.map(toComment).sort((a, b) => a.id - b.id);
}

// src/github/identity.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function sameLogin(a, b) {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

// src/action/comment-body.ts
function markerFor(reportKey) {
  return `<!-- claude-cost:v1 key=${reportKey} -->`;
}

// src/action/sticky.ts
async function findOurComments(gh, target) {
  const marker = markerFor(target.reportKey);
  const all = await listIssueComments(gh, target.issue);
  return all.filter((c) => sameLogin(c.author, target.login) && c.body.startsWith(marker));
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

// src/local/git-history.ts
import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { relative, sep as sep2 } from "node:path";
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
  const root = realpathSync.native(top.trim());
  let rel;
  try {
    rel = relative(root, realpathSync.native(recordsDir));
  } catch {
    return { note: "The records directory cannot be read, so sessions are not attributed to PRs." };
  }
  if (rel.startsWith("..")) {
    return { note: "The records directory is outside the git repository, so sessions are not attributed to PRs." };
  }
  const head = (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => "")).trim();
  if (head === "") return { note: `${ref} names no commit, so sessions are not attributed to PRs.` };
  const prefix = rel === "" ? "" : `${rel.split(sep2).join("/")}/`;
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
  const limit2 = since === void 0 ? -Infinity : Math.floor(since.getTime() / 1e3);
  for (const line of (await git(root, ["log", "--first-parent", "--format=%H %ct", head])).split("\n")) {
    const [commit, time] = line.split(" ");
    if (!commit) continue;
    if (Number(time) < limit2) return { commits, stop: commit };
    commits.push(commit);
  }
  return { commits, stop: void 0 };
}
function slices(mainline, stop) {
  const n2 = mainline.length;
  const k = n2 < SLICE_MIN_COMMITS ? 1 : Math.max(1, Math.min(MAX_SLICES, availableParallelism()));
  const cuts = [0];
  for (let j = 1; j < k; j++) cuts.push(Math.round(n2 * (1 - Math.sqrt(1 - j / k))));
  return cuts.filter((cut, i) => cut < n2 && (i === 0 || cut > cuts[i - 1])).map((cut, i, all) => [mainline[cut], mainline[all[i + 1] ?? n2] ?? stop]);
}
function describeCommit(header) {
  const [hash = "", parents = "", date = "", ...rest] = header.split(FIELD);
  const at = Date.parse(date);
  const base = { landedIn: hash.trim(), landedAt: Number.isNaN(at) ? null : new Date(at).toISOString() };
  const empty = { ...base, pr: null, title: null, branch: null };
  const [subject = "", ...body] = rest.join(FIELD).split("\n");
  if (parents.trim().split(" ").length > 1) {
    const merge2 = MERGE_SUBJECT.exec(subject);
    if (merge2 === null) return { ...empty, via: "merge" };
    const title = body.map((l) => l.trim()).find((l) => l !== "") ?? null;
    const from = merge2[2] ?? "";
    return { ...empty, via: "merge", pr: Number(merge2[1]), title, branch: from.slice(from.indexOf("/") + 1) || null };
  }
  const squash = SQUASH_SUBJECT.exec(subject);
  if (squash === null) return { ...empty, via: "direct" };
  return { ...empty, via: "squash", pr: Number(squash[2]), title: squash[1]?.trim() || null };
}
function git(cwd, args) {
  return new Promise((resolve3, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=off", "--literal-pathspecs", ...args],
      { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT },
      (error, stdout) => error ? reject(error) : resolve3(stdout)
    );
  });
}
async function originRepository(repoDir) {
  const url = (await git(repoDir, ["remote", "get-url", "origin"]).catch(() => "")).trim();
  const m = /github\.com[:/]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  return m?.[1] ?? null;
}

// src/period/price.ts
function priceSession(record, book) {
  const report = buildReport({ sessions: [record], skipped: [], notes: [], book, generator: "" });
  const line = report.sessions[0];
  if (line === void 0) throw new Error("priceSession: buildReport returned no session line");
  return {
    record,
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
function cmp2(a, b) {
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
  for (let date = period2.start; date <= period2.end; date = addDays(date, 1)) {
    const week = isoWeekLabel(date);
    const line = weeks.get(week);
    if (line === void 0) weeks.set(week, { week, start: date, end: date, sessions: 0, costUsd: 0, totalTokens: 0 });
    else line.end = date;
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
function developerDays(sessions, limit2) {
  if (limit2.usd === null && limit2.tokens === null) return [];
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
    if (limit2.usd !== null && day.costUsd > limit2.usd) day.over.push("usd");
    if (limit2.tokens !== null && day.totalTokens > limit2.tokens) day.over.push("tokens");
    if (day.over.length > 0) over.push(day);
  }
  return over.sort((a, b) => b.costUsd - a.costUsd || cmp2(a.date, b.date) || cmp2(a.developer ?? "", b.developer ?? ""));
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
  return found.sort((a, b) => b.times - a.times || cmp2(a.sessionId, b.sessionId));
}
function byCost(a, b) {
  return (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.totalTokens - a.totalTokens || cmp2(a.key ?? "", b.key ?? "");
}

// src/period/judge.ts
var STATUS_ORDER = { over: 0, warning: 1, ok: 2, none: 3 };
function judgePrs(prs, config, book) {
  return prs.map((p) => {
    const verdict = evaluateBudget(combineReports(p.all, book, ""), p.taskKind, config, book);
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
function measureFrom(history, window2) {
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
  return { ...window2, costs, excludedUnpriced };
}
function baselinesAndAdvice(sessions, history, config, book, notes) {
  const kinds = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const list = kinds.get(s.session.taskKind);
    if (list === void 0) kinds.set(s.session.taskKind, [s]);
    else list.push(s);
  }
  const byTaskKind = [];
  const advice = [];
  for (const [kind, list] of [...kinds].sort((a, b) => cmp2(a[0], b[0]))) {
    const source = chooseBaseline(kind, config, history, notes);
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
    const preferred = resolveBudget(kind, config)?.budget.preferredModel;
    if (preferred !== void 0 && config.tasks.mechanical.includes(kind) && resolveModel(book, preferred).ok) {
      push(advice, cheaperModelAdvice(pairs, kind, preferred, book), kind);
    }
    push(advice, openEndedAdvice(baseline), kind);
  }
  const everyPair = sessions.map((s) => ({ record: s.priced.record, line: s.priced.line }));
  push(advice, cacheAdvice(everyPair, config.cache.hitRateTarget, book), null);
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

// src/period/types.ts
var PERIOD_REPORT_SCHEMA = "claude-cost/period-report@1";
var PERIOD_SESSION_SCHEMA = "claude-cost/period-session@1";

// src/period/build.ts
var TOP = 10;
function buildPeriodReport(input) {
  const { period: period2, config, book } = input;
  const zone = period2.timeZone;
  const previous = previousPeriod(period2);
  const notes = [...input.notes ?? []];
  const historyDays = config.baseline.historyDays;
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
        config
      ).kind
    );
  }
  const priced = /* @__PURE__ */ new Map();
  const price = (record) => {
    let p = priced.get(record);
    if (p === void 0) {
      p = priceSession(record, book);
      priced.set(record, p);
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
    const taskKind = n2 !== null ? prKinds.get(n2) : classifyTask([attributed.record], { labels: [], branch: attributed.record.branch }, config).kind;
    const scope = classifyScope(p.line, config);
    judged.push({ attributed, priced: p, scope, session: periodSession(attributed, p, taskKind, scope, localDate) });
  }
  judged.sort(
    (a, b) => cmp2(a.session.startedAt ?? a.session.localDate, b.session.startedAt ?? b.session.localDate) || cmp2(a.session.sessionId, b.session.sessionId)
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
  const prs = judgePrs(prInputs, config, book).sort((a, b) => b.costUsd - a.costUsd || a.pr - b.pr);
  const over = overruns(prs);
  const history = measureFrom(
    judged.filter((j) => j.session.localDate >= historySince),
    { days: historyDays, since: historySince, until: period2.end }
  );
  const { byTaskKind, advice } = baselinesAndAdvice(current, history, config, book, notes);
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
    topSessions: [...sessions].sort((a, b) => b.costUsd - a.costUsd || cmp2(a.sessionId, b.sessionId)).slice(0, TOP),
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
    currency: config.currency,
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
function attributionSince(period2, config) {
  const earliest = [
    previousPeriod(period2).start,
    addDays(period2.end, 1 - config.baseline.historyDays)
  ].sort()[0];
  return new Date(Date.parse(`${addDays(earliest, -2)}T00:00:00Z`));
}
function sessionDate(record, zone) {
  if (record.startedAt !== void 0) return localDateOf(Date.parse(record.startedAt), zone);
  let first = null;
  for (const b of record.usage) if (first === null || b.day < first) first = b.day;
  return first;
}
function periodSession(attributed, p, taskKind, scope, localDate) {
  const { line, record } = p;
  const pr = attributed.pr;
  return {
    sessionId: line.sessionId,
    developer: line.developer,
    branch: line.branch,
    pr: pr?.number ?? null,
    prTitle: pr?.number === null ? null : pr?.title ?? null,
    commit: pr?.commit ?? null,
    taskKind,
    taskRef: record.task?.ref ?? null,
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
import { join } from "node:path";

// src/render/period-format.ts
function usd2(value, lowerBound = false) {
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
  const text = `${sign}${formatTokens(Math.abs(c.delta))}`;
  return c.ratio === null ? text : `${text} (${signedPercent(c.ratio)})`;
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
function chartLabel(text, fallback) {
  return SAFE_LABEL.test(text) ? text : fallback;
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
    const { text, num: num2, cls } = typeof c === "string" ? { text: c, num: false, cls: void 0 } : c;
    const classes = [num2 ? "num" : "", cls ?? ""].filter((x) => x !== "").join(" ");
    return `<${tag}${classes === "" ? "" : ` class="${classes}"`}>${text}</${tag}>`;
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
var num = (text) => ({ text, num: true });
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
      num(usd2(p.allCostUsd)),
      p.reasons.map((r) => html(r, 200)).join("<br>")
    ]);
    parts2.push(table(["PR", "Title", "Kind", "Verdict", num("PR cost"), "Why"], rows));
  }
  const limit2 = b.dailyLimit;
  if (limit2.usd === null && limit2.tokens === null)
    parts2.push('<p class="note">No per-developer daily limit is set.</p>');
  else {
    const limits = [
      limit2.usd === null ? "" : formatUsd(limit2.usd),
      limit2.tokens === null ? "" : `${formatTokens(limit2.tokens)} tokens`
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
        num(usd2(d.costUsd))
      ]);
      parts2.push(table(["Developer", "Day", num("Sessions"), num("Tokens"), num("Cost")], rows));
    }
  }
  return section("Budgets", ...parts2);
}
function scopeSection(report) {
  const money = (v) => num(v === null ? "–" : usd2(v));
  const split = report.scope.split.map((s) => [
    s.scope,
    num(formatInteger(s.sessions)),
    num(usd2(s.costUsd)),
    money(s.costPerSessionUsd),
    money(s.medianUsd)
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    html(k.taskKind, 40),
    num(formatInteger(k.scopedSessions)),
    num(formatInteger(k.openEndedSessions)),
    money(k.scopedMedianUsd),
    money(k.openEndedMedianUsd),
    money(k.baselineScopedUsd),
    money(k.baselineOpenEndedUsd),
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
    num(usd2(o.costUsd)),
    num(usd2(o.kindMedianUsd)),
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
${card("total-cost", "Total cost", usd2(t.costUsd, t.costIsLowerBound), `${usdChange(c.costUsd)}${localTotal === "" ? "" : ` · ${localTotal}`}`)}
${card("sessions", "Sessions", formatInteger(t.sessions), countChange(c.sessions))}
${card("per-session", "Per session", t.costPerSessionUsd === null ? "–" : usd2(t.costPerSessionUsd), usdChange(c.costPerSessionUsd))}
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
    num(m.costUsd === null ? "unpriced" : usd2(m.costUsd)),
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
    num(usd2(w.costUsd))
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
    num(g.costUsd === null ? "unpriced" : usd2(g.costUsd)),
    num(g.costPerSessionUsd === null ? "–" : usd2(g.costPerSessionUsd)),
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
    num(usd2(p.costUsd, p.costIsLowerBound)),
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
    num(usd2(s.costUsd, s.unpricedTokens > 0)),
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
      usd2(p.allCostUsd),
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
  const limit2 = b.dailyLimit;
  if (limit2.usd === null && limit2.tokens === null) {
    lines.push("", "No per-developer daily limit is set.");
    return lines.join("\n");
  }
  const limits = [
    limit2.usd === null ? "" : formatUsd(limit2.usd),
    limit2.tokens === null ? "" : `${formatTokens(limit2.tokens)} tokens`
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
      usd2(d.costUsd),
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
  const money = (n2) => n2 === null ? "–" : usd2(n2);
  const split = report.scope.split.map((s) => [
    s.scope,
    formatInteger(s.sessions),
    usd2(s.costUsd),
    money(s.costPerSessionUsd),
    money(s.medianUsd)
  ]);
  const kinds = report.scope.byTaskKind.map((k) => [
    md(k.taskKind, 40),
    formatInteger(k.scopedSessions),
    formatInteger(k.openEndedSessions),
    money(k.scopedMedianUsd),
    money(k.openEndedMedianUsd),
    money(k.baselineScopedUsd),
    money(k.baselineOpenEndedUsd),
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
    usd2(o.costUsd),
    usd2(o.kindMedianUsd),
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
  let text = "";
  for (const maxRows of [options.maxRows ?? 25, 10, 5, 2]) {
    text = render(report, maxRows);
    if (text.length <= MAX_BODY - HEADROOM) return text;
  }
  return text;
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
    `**${usd2(t.costUsd, t.costIsLowerBound)}**`,
    `${formatTokens(t.totalTokens)} tokens`,
    `${plural(t.sessions, "session")} in ${plural(t.prs, "PR")} by ${plural(t.developers, "developer")}`,
    `${usd2(t.costPerSessionUsd ?? 0)} per session`,
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
  const rate = (r) => formatPercent(r);
  const rows = [
    ["Cost", usd2(t.costUsd, t.costIsLowerBound), usd2(b.costUsd, b.costIsLowerBound), usdChange(c.costUsd)],
    ["Sessions", formatInteger(t.sessions), formatInteger(b.sessions), countChange(c.sessions)],
    ["PRs", formatInteger(t.prs), formatInteger(b.prs), countChange(c.prs)],
    ["Cost per session", nullable(t.costPerSessionUsd), nullable(b.costPerSessionUsd), usdChange(c.costPerSessionUsd)],
    ["Tokens", formatTokens(t.totalTokens), formatTokens(b.totalTokens), tokensChange(c.totalTokens)],
    ["Cache hit", rate(t.cacheHitRate), rate(b.cacheHitRate), pointsChange(c.cacheHitRate)]
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
    m.costUsd === null ? "unpriced" : usd2(m.costUsd),
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
    usd2(w.costUsd)
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
    g.costUsd === null ? "unpriced" : usd2(g.costUsd),
    g.costPerSessionUsd === null ? "–" : usd2(g.costPerSessionUsd),
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
      usd2(cost),
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
    usd2(p.costUsd, p.costIsLowerBound),
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
    usd2(s.costUsd, s.unpricedTokens > 0),
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
function nullable(value) {
  return value === null ? "–" : usd2(value);
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
    const path = join(dir, PERIOD_FILES[kind]);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, contents[kind]);
    await rename(temp, path);
    paths[kind] = path;
  }
  return paths;
}

// src/period/load.ts
import { readdirSync } from "node:fs";
import { join as join2, relative as relative2, resolve, sep as sep3 } from "node:path";
async function loadPeriodRecords(recordsDir, options = {}) {
  const dir = resolve(recordsDir);
  const history = await openRecordHistory(options.repoDir ?? dir, dir, { ref: options.ref, since: options.since });
  const notes = [];
  let paths = [dir];
  let attributions = Promise.resolve(/* @__PURE__ */ new Map());
  if ("note" in history) notes.push(history.note);
  else {
    attributions = attributeHistory(history);
    const older = await recordsBeforeSince(history);
    if (older.size > 0) {
      paths = readdirSync(dir).filter((name) => !older.has(name)).map((name) => join2(dir, name));
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
    const path = shown === void 0 ? "" : relative2(dir, resolve(shown)).split(sep3).join("/");
    const found = byFile.get(path);
    const recent = result.sessions.some((r) => options.since === void 0 || landsAfter(r, options.since));
    if (found === void 0 && head !== null && recent) uncommitted++;
    for (const record of result.sessions) {
      const key = `${record.sessionId}\0${record.branch ?? ""}`;
      const existing = byKey.get(key);
      if (existing !== void 0) {
        duplicates++;
        byKey.set(key, { record: mergeRecords(existing.record, record), pr: existing.pr ?? prRef2(found) });
      } else byKey.set(key, { record, pr: prRef2(found) });
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
function landsAfter(record, since) {
  const day = sessionDate(record, "UTC");
  return day === null || Date.parse(`${day}T23:59:59Z`) >= since.getTime();
}
function prRef2(a) {
  if (a === void 0) return null;
  return { number: a.pr, title: a.title, via: a.via, commit: a.landedIn, landedAt: a.landedAt, branch: a.branch };
}

// src/commands/period.ts
var PERIOD_FORMATS = ["markdown", "json", "csv", "ndjson", "html"];
var PERIOD_SOURCES = ["records", "comments"];
var PERIOD_HELP = `Usage: claude-cost period [PERIOD] [options]

The team report for a month or a week: totals; spend by developer, model, task kind and week;
top sessions and PRs; budget overruns; scoped vs open-ended sessions against the baseline;
advice; outliers; and the change against the previous period. Sessions come from the committed
session records and are attributed to their PRs through git history (squash and merge commits).

PERIOD is a month (2026-10) or an ISO week (2026-W44). Default: the previous calendar month.

Options:
  --source SOURCE        records (default): the committed session records, attributed to PRs
                         through git history; or comments: the hidden data of the cost comments
                         on PRs merged since the previous period began, read from GitHub (needs
                         GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise Server)
  --since DATE           first day of a custom period (YYYY-MM-DD), instead of PERIOD
  --until DATE           last day of it, inclusive (default: today)
  --time-zone ZONE       the IANA time zone days and weeks are counted in (default: the
                         config's period.timeZone, else UTC)
  --records DIR          the session records (default: .claude-cost/sessions at the top of the
                         git repository)
  --ref REF              the commit whose history attributes records to PRs (default: HEAD)
  --config FILE          the team policy (default: .github/claude-cost.yml at the top of the git
                         repository, when it exists; otherwise the built-in defaults)
  --daily-limit-usd N    flag developer-days that cost more than N US dollars
  --daily-limit-tokens N flag developer-days that used more than N tokens
  --repository O/NAME    the repository named in sessions.ndjson, and read with --source comments
                         (default: the GitHub origin remote)
  --comment-author LOGIN with --source comments, whose comments are read (default:
                         github-actions[bot], who posts them with the Actions token)
  --report-key KEY       with --source comments, the report key of the comments (default: default)
  --format FORMAT        markdown (default), json, csv, ndjson (one session per line) or html
  --out DIR              also write report.md, report.json, sessions.csv, sessions.ndjson and
                         report.html into DIR; without --format, print their paths instead
  --pricing-file FILE    a price book (JSON) that overrides or extends the shipped one
  -h, --help             show this help

Exit codes: 0 success, 2 bad usage, an unreadable path, an invalid config or a GitHub API error.
`;
async function periodCommand(argv, io, now = /* @__PURE__ */ new Date()) {
  const { values, positionals } = parseCommandArgs(argv, {
    since: { type: "string" },
    until: { type: "string" },
    "time-zone": { type: "string" },
    records: { type: "string" },
    ref: { type: "string" },
    config: { type: "string" },
    "daily-limit-usd": { type: "string" },
    "daily-limit-tokens": { type: "string" },
    repository: { type: "string" },
    source: { type: "string" },
    "comment-author": { type: "string" },
    "report-key": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    "pricing-file": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(PERIOD_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("give at most one PERIOD");
  const spec = periodSpec(positionals[0], values.since, values.until);
  const format = periodFormat(values.format);
  if (values.repository !== void 0 && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repository)) {
    throw new UsageError("--repository must be OWNER/NAME");
  }
  const flagLimit = {
    usd: limit("--daily-limit-usd", values["daily-limit-usd"]),
    tokens: limit("--daily-limit-tokens", values["daily-limit-tokens"])
  };
  const source = periodSource(values.source);
  if (source === "comments" && (values.records !== void 0 || values.ref !== void 0)) {
    throw new UsageError("--records and --ref read committed records; leave them out with --source comments");
  }
  const recordsDir = source === "comments" ? void 0 : values.records !== void 0 ? resolve2(io.cwd, values.records) : await defaultRecordsDir(io.cwd);
  const root = (recordsDir === void 0 ? void 0 : await repoRoot(recordsDir)) ?? await repoRoot(io.cwd);
  const { config } = await loadConfig(values.config, io.cwd, root);
  const dailyLimit = {
    usd: flagLimit.usd ?? config.period.dailyLimit.usd,
    tokens: flagLimit.tokens ?? config.period.dailyLimit.tokens
  };
  let period2;
  try {
    period2 = resolvePeriod(spec, values["time-zone"] ?? config.period.timeZone, now);
  } catch (error) {
    if (error instanceof PeriodSpecError) throw new UsageError(error.message);
    throw error;
  }
  const book = await priceBookFrom(values["pricing-file"], config.pricing);
  const repository = values.repository ?? (root === void 0 ? null : await originRepository(root));
  let loaded;
  if (recordsDir === void 0) {
    if (repository === null) throw new UsageError("--source comments needs --repository OWNER/NAME");
    loaded = await readComments(repository, period2, now, io, values);
  } else {
    try {
      loaded = await loadPeriodRecords(recordsDir, { ref: values.ref, since: attributionSince(period2, config) });
    } catch (error) {
      if (error instanceof UnreadablePathError) throw new UsageError(`--records ${error.message}`);
      throw error;
    }
  }
  const report = buildPeriodReport({
    records: loaded.records,
    period: period2,
    config,
    book,
    generator: GENERATOR,
    dailyLimit,
    repository,
    notes: loaded.notes,
    skipped: loaded.skipped
  });
  if (values.out !== void 0) {
    const paths = await writePeriodFiles(resolve2(io.cwd, values.out), report);
    if (values.format === void 0) {
      for (const path of Object.values(paths)) io.stdout(`${relative3(io.cwd, path) || path}
`);
      return EXIT.ok;
    }
  }
  io.stdout(renderPeriod(report, format));
  return EXIT.ok;
}
function renderPeriod(report, format) {
  switch (format) {
    case "markdown":
      return renderPeriodMarkdown(report);
    case "json":
      return renderPeriodJson(report);
    case "csv":
      return renderSessionsCsv(report);
    case "ndjson":
      return renderSessionsNdjson(report);
    case "html":
      return renderPeriodHtml(report);
  }
}
function periodSpec(positional, since, until) {
  if (positional !== void 0 && (since !== void 0 || until !== void 0)) {
    throw new UsageError("give PERIOD or --since/--until, not both");
  }
  if (until !== void 0 && since === void 0) throw new UsageError("--until needs --since");
  return since !== void 0 ? { since, until } : positional;
}
function periodSource(value) {
  const source = value ?? "records";
  if (!PERIOD_SOURCES.includes(source)) {
    throw new UsageError(`--source must be one of ${PERIOD_SOURCES.join(", ")} (got "${source.slice(0, 40)}")`);
  }
  return source;
}
async function readComments(repository, period2, now, io, values) {
  const token = io.env.GITHUB_TOKEN ?? "";
  if (token === "") {
    throw new UsageError(
      "--source comments reads GitHub: set GITHUB_TOKEN (for example GITHUB_TOKEN=$(gh auth token))"
    );
  }
  const [owner = "", repo = ""] = repository.split("/");
  const scale = Number(io.env.CLAUDE_COST_API_TIME_SCALE ?? "NaN");
  const gh = createGitHub({
    token,
    baseUrl: (io.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    owner,
    repo,
    log: { info: () => {
    }, warning: (message) => io.stderr(`claude-cost: ${message}
`) },
    timing: scale >= 0 && scale <= 1 ? scaledTiming(scale) : void 0
  });
  try {
    return await loadCommentRecords(gh, {
      period: period2,
      now,
      author: values["comment-author"] ?? ACTIONS_BOT_LOGIN,
      reportKey: values["report-key"] ?? "default"
    });
  } catch (error) {
    if (httpStatus(error) === void 0) throw error;
    throw new UsageError(`reading ${repository} from GitHub failed: ${describeApiError(error)}`);
  }
}
function periodFormat(value) {
  const format = value ?? "markdown";
  if (!PERIOD_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${PERIOD_FORMATS.join(", ")} (got "${format.slice(0, 40)}")`);
  }
  return format;
}
function limit(flag, value) {
  if (value === void 0) return null;
  const n2 = Number(value);
  if (value.trim() === "" || !Number.isFinite(n2) || n2 < 0)
    throw new UsageError(`${flag} must be a number of at least 0 (got "${value.slice(0, 40)}")`);
  return n2;
}
async function defaultRecordsDir(cwd) {
  const dir = join3(await repoRoot(cwd) ?? cwd, ".claude-cost", "sessions");
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist; pass --records DIR`);
  return dir;
}
export {
  PERIOD_FORMATS,
  PERIOD_HELP,
  PERIOD_SOURCES,
  periodCommand,
  renderPeriod
};

/**
 * One admission, atomic on the Redis/Valkey server: a Lua script, so that processes on several
 * machines never both take the last slot. Time is the server's (`TIME`), never a caller's: the
 * machines' clocks do not agree.
 *
 * KEYS: the leases (ZSET lease id -> expiry), the starts (ZSET lease id -> start time), the state
 * (HASH: `seq`, a counter; `due`, when the next start is due on the even schedule). A lease id
 * is the server's time and the counter: unique even after a restart emptied the keys, so a late
 * release of a lease from before never removes a new one.
 * ARGV: slots (0: no limit), starts per window (0: no limit), window ms, lease ms.
 * Returns `{1, leaseId}`, or `{0, ms to wait}`.
 *
 * The window and the pacing are the local RatePacer's rules, so one process with the store starts
 * exactly as it does without one: at most `limit` starts in any window, spread one `window/limit`
 * apart (a start may run one interval ahead), and for a limit above 64 the pacing alone with a
 * 64-start window, so that the starts set never holds more than 64 members. When only the slots
 * are full, the answer is "ask again soon": a release in another process is not announced.
 *
 * Every key expires when the account is idle, so a key namespace left behind costs nothing.
 */
export const ADMIT_SCRIPT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local slots, limit, window, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local wait = 0
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if slots > 0 and redis.call('ZCARD', KEYS[1]) >= slots then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  wait = math.min(tonumber(first[2]) - now, 10)
end
local interval, due, span = 0, 0, 0
if limit > 0 then
  interval = window / limit
  local size = math.min(limit, 64)
  span = size == limit and window or size * interval
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - span)
  if redis.call('ZCARD', KEYS[2]) >= size then
    local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + span - now)
  end
  due = tonumber(redis.call('HGET', KEYS[3], 'due') or '0')
  wait = math.max(wait, due - interval - now)
end
if wait > 0 then return {0, math.ceil(wait)} end
local id = t[1] .. '.' .. t[2] .. '.' .. redis.call('HINCRBY', KEYS[3], 'seq', 1)
local idle = math.ceil(math.max(lease, span)) + 1000
if slots > 0 then
  redis.call('ZADD', KEYS[1], now + lease, id)
  redis.call('PEXPIRE', KEYS[1], idle)
end
if limit > 0 then
  redis.call('ZADD', KEYS[2], now, id)
  redis.call('PEXPIRE', KEYS[2], idle)
  redis.call('HSET', KEYS[3], 'due', tostring(math.max(due, now) + interval))
end
redis.call('PEXPIRE', KEYS[3], idle)
return {1, id}`;

/** SHA-1 of ADMIT_SCRIPT, for EVALSHA (core has no hash function of its own; a test checks it). */
export const ADMIT_SCRIPT_SHA = 'b142013c7937ec59744aaf644762d256b708dd94';

/** Gives a lease back: the request ended before its lease expired. KEYS: the leases. ARGV: the lease id. */
export const RELEASE_SCRIPT = "return redis.call('ZREM', KEYS[1], ARGV[1])";

/** SHA-1 of RELEASE_SCRIPT. */
export const RELEASE_SCRIPT_SHA = '1e47337cf850e18b1d7c020b36c73226b97592de';

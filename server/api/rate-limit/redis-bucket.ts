import { Redis } from "ioredis";
import { decide, refillPerMs, type RateLimiter } from "./token-bucket";

// Refill, take and store in one atomic step, on Redis's clock so app servers' clocks never disagree.
// The level goes back as a string: Redis would truncate a Lua number to an integer.
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate) + 1000)
return { allowed, string.format('%.6f', tokens) }
`;

type TakeReply = [number, string];

/** Buckets shared by every app server through Redis. */
export function redisRateLimiter(url: string, keyPrefix: string): RateLimiter {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  redis.defineCommand("lumenTakeToken", { numberOfKeys: 1, lua: TAKE_SCRIPT });
  const take = (key: string, capacity: number, rate: number) =>
    (redis as unknown as { lumenTakeToken(k: string, c: number, r: number): Promise<TakeReply> }).lumenTakeToken(key, capacity, rate);
  return {
    async take(key, limitPerMinute) {
      const [allowed, tokens] = await take(`${keyPrefix}${key}`, limitPerMinute, refillPerMs(limitPerMinute));
      return decide(allowed === 1, Number(tokens), limitPerMinute);
    },
    async close() {
      await redis.quit();
    },
  };
}

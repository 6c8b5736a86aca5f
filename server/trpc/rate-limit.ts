import { TRPCError } from "@trpc/server";
import { rateLimiterFromEnv, type RateLimiter } from "@/server/api";
import { publicProcedure } from "./init";

let limiter: RateLimiter | undefined;

function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

/**
 * Public procedures anyone can call (the customer chat) cost us inference: each caller IP gets a token bucket
 * per procedure, in Redis when `REDIS_URL` is set.
 */
export function ipRateLimitedProcedure(name: string, perMinute: number) {
  return publicProcedure.use(async ({ ctx, next }) => {
    const decision = await (limiter ??= rateLimiterFromEnv()).take(`public:${name}:${clientIp(ctx.headers)}`, perMinute);
    if (!decision.allowed) {
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `Too many requests. Try again in ${decision.retryAfterSeconds} s.` });
    }
    return next();
  });
}

import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "@/server/trpc";
import { createRequestContext } from "@/server/trpc/request-context";

/** The tRPC caller for Server Components: same procedures, same checks, no HTTP hop. */
export const serverApi = cache(async () => {
  const ctx = await createRequestContext(new Headers(await headers()));
  return { api: createCaller(ctx), ctx };
});

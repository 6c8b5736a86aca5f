import { chatEvents, liveEventsResponse } from "@/server/chat";
import { createRequestContext } from "@/server/trpc/request-context";

export const dynamic = "force-dynamic";

/** The agents' live feed for their active organization: which conversation changed. */
export async function GET(request: Request) {
  const ctx = await createRequestContext(request.headers);
  if (!ctx.user || ctx.user.suspended) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  if (!ctx.organization) return Response.json({ error: "You are not a member of this organization." }, { status: 403 });
  const organizationId = ctx.organization.id;
  return liveEventsResponse((send) => chatEvents().onInbox(organizationId, send), request.signal);
}

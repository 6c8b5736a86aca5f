import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  addNote,
  agentConversation,
  agentReplyInput,
  answerFeedbackInput,
  asChatLanguage,
  cannedResponseInput,
  claimConversation,
  createCannedResponse,
  csatInput,
  customerConversation,
  customerMessageInput,
  deleteCannedResponse,
  escalationPolicy,
  handleCustomerMessage,
  inboxCounts,
  inboxInput,
  listCannedResponses,
  listInbox,
  noteInput,
  replyAsAgent,
  rateAnswer,
  rateConversation,
  requestHuman,
  resolveConversation,
  startConversation,
  updateCannedResponse,
  updateEscalationPolicy,
} from "@/server/chat";
import { InferenceError } from "@/server/inference";
import { createTRPCRouter, orgProcedure, publicProcedure } from "../init";
import { ipRateLimitedProcedure } from "../rate-limit";

// Per caller IP and minute: starting conversations and messages that run models.
export const PUBLIC_CHAT_LIMITS = { start: 10, send: 30 } as const;

const visitorToken = z.string().min(20).max(100);
const conversationId = z.object({ conversationId: z.string().min(1) });
const cannedId = z.object({ id: z.string().min(1) });
const member = orgProcedure("MEMBER");
const admin = orgProcedure("ADMIN");

/** A model that failed mid-conversation is the service's fault, not the customer's: 503 with a sentence. */
async function withModels<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InferenceError)) throw error;
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The assistant is unavailable right now. Please try again in a moment.", cause: error });
  }
}

/** Customer side: no sign-in, the visitor token is the key to exactly one conversation. */
const customer = {
  start: ipRateLimitedProcedure("support.start", PUBLIC_CHAT_LIMITS.start)
    .input(z.object({ organization: z.string().min(1).max(80), language: z.enum(["en", "zh"]).optional() }))
    .mutation(({ ctx, input }) => startConversation(ctx.db, { organizationSlug: input.organization, language: input.language })),
  conversation: publicProcedure.input(z.object({ token: visitorToken })).query(({ ctx, input }) => customerConversation(ctx.db, input.token)),
  send: ipRateLimitedProcedure("support.send", PUBLIC_CHAT_LIMITS.send).input(customerMessageInput).mutation(({ ctx, input }) => withModels(() => handleCustomerMessage(ctx.db, input))),
  requestHuman: publicProcedure.input(z.object({ token: visitorToken })).mutation(({ ctx, input }) => requestHuman(ctx.db, input.token)),
  rateAnswer: publicProcedure.input(answerFeedbackInput).mutation(({ ctx, input }) => rateAnswer(ctx.db, input)),
  rateConversation: publicProcedure.input(csatInput).mutation(({ ctx, input }) => rateConversation(ctx.db, input)),
};

/** Agent side: members of the active organization; canned responses and escalation settings are managed by admins. */
const agent = {
  counts: member.query(({ ctx }) => inboxCounts(ctx.db, ctx.organization.id)),
  inbox: member.input(inboxInput).query(({ ctx, input }) => listInbox(ctx.db, ctx.organization.id, asChatLanguage(ctx.user.locale), input)),
  view: member
    .input(conversationId)
    .query(({ ctx, input }) => agentConversation(ctx.db, ctx.organization.id, input.conversationId, asChatLanguage(ctx.user.locale))),
  claim: member.input(conversationId).mutation(({ ctx, input }) => claimConversation(ctx.db, ctx.organization.id, ctx.user.id, input.conversationId)),
  reply: member.input(agentReplyInput).mutation(({ ctx, input }) => withModels(() => replyAsAgent(ctx.db, ctx.organization.id, ctx.user.id, input))),
  resolve: member.input(conversationId).mutation(({ ctx, input }) => resolveConversation(ctx.db, ctx.organization.id, input.conversationId)),
  addNote: member.input(noteInput).mutation(({ ctx, input }) => addNote(ctx.db, ctx.organization.id, ctx.user.id, input)),
  cannedResponses: member.query(({ ctx }) => listCannedResponses(ctx.db, ctx.organization.id)),
  createCannedResponse: admin.input(cannedResponseInput).mutation(({ ctx, input }) => createCannedResponse(ctx.db, ctx.organization.id, input)),
  updateCannedResponse: admin
    .input(cannedResponseInput.extend(cannedId.shape))
    .mutation(({ ctx, input: { id, ...data } }) => updateCannedResponse(ctx.db, ctx.organization.id, id, data)),
  deleteCannedResponse: admin.input(cannedId).mutation(({ ctx, input }) => deleteCannedResponse(ctx.db, ctx.organization.id, input.id)),
  escalationPolicy: member.query(({ ctx }) => escalationPolicy(ctx.db, ctx.organization.id)),
  updateEscalationPolicy: admin
    .input(
      z.object({
        negativeMessages: z.number().int().min(1).max(20),
        negativeThreshold: z.number().min(0.5).max(1),
        unansweredLimit: z.number().int().min(1).max(20),
        handoffOnRequest: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => updateEscalationPolicy(ctx.db, ctx.organization.id, input)),
};

export const supportRouter = createTRPCRouter({ ...customer, ...agent });

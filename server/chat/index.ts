// Public surface of the support chat: conversations, the customer-message pipeline, escalation, the agent inbox.
export { agentConversation, inboxCounts, inboxInput, INBOX_QUEUES, listInbox, type AgentConversationView, type InboxQueue } from "./agent-inbox";
export { addNote, agentReplyInput, claimConversation, noteInput, replyAsAgent, resolveConversation } from "./agent-actions";
export { answerMode, groundedPrompt, HANDOFF_NOTICE, SAFE_REPLY, type AnswerMode } from "./answer";
export { ATTACHMENT_MAX_BYTES } from "./attachments";
export { cannedResponseInput, createCannedResponse, deleteCannedResponse, listCannedResponses, updateCannedResponse } from "./canned-responses";
export { conversationForVisitor, customerConversation, publicOrganization, startConversation, type CustomerConversationView } from "./conversations";
export { customerMessageInput, handleCustomerMessage, MESSAGE_MAX_CHARS, requestHuman, type CustomerMessageOutcome } from "./customer-message";
export { defaultChatDeps, type ChatDeps, type Passage, type Retrieve } from "./deps";
export { asksForHuman, DEFAULT_POLICY, escalationPolicy, updateEscalationPolicy, type EscalationReason, type PolicySettings } from "./escalation";
export { chatEvents, ChatEventBus, type ConversationEvent, type InboxEvent } from "./events";
export { liveEventsResponse } from "./event-stream";
export { answerFeedbackInput, csatInput, rateAnswer, rateConversation } from "./feedback";
export { asChatLanguage, CHAT_LANGUAGES, detectLanguage, type ChatLanguage } from "./language";
export type { AgentMessageView, Citation, CustomerMessageView } from "./views";

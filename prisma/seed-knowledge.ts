// Demo knowledge about Lumen itself, in English and Chinese, for the "Acme Support" demo organization.
// Idempotent: entries are keyed by (externalId, language) and unchanged entries are left alone.
import type { Db } from "../server/db";
import { importKnowledge, type ImportResult } from "../server/kb";

const EN = `# Lumen help

## [lumen-api-keys] How do I create an API key?
Open "API keys" in the dashboard and press "Create key". Choose its scopes (for example translation or embeddings). The secret is shown once: copy it then. Admins can revoke a key at any time; revoked keys stop working immediately.

## [lumen-plans] Which plans does Lumen offer?
Free includes a monthly allowance of units for trying the API and the support chat. Pro and Business add more units, more seats and higher rate limits. Compare them on the Pricing page.

## [lumen-billing] How is usage billed?
Every successful API call records usage units once, even when a request is retried with the same Idempotency-Key. Failed calls are never billed. Usage is reported to Stripe and shown under "Usage" and "Billing".

## [lumen-languages] Which languages does Lumen support?
The dashboard, the support chat and the knowledge base work in English and Chinese. The chat translates between the customer's language and the agent's language.

## [lumen-escalation] When does the bot hand a conversation to a human agent?
When the customer asks for a person, when sentiment turns negative, or when the knowledge base holds no answer. The conversation then enters the agent inbox.

## [lumen-privacy] What happens to my data?
Your knowledge, conversations and usage belong to your organization and are never shared with other organizations. Models run on our servers or in your browser; we do not send your data to third-party AI services.

## [lumen-browser-models] Can models run in my browser?
Yes. Sentiment, translation and vision can run on your device with WebGPU or WebAssembly, so the data stays in the browser. When a device cannot run a model, Lumen falls back to our servers.

## [lumen-knowledge] How does the bot know my products?
Add FAQ entries and documents under "Knowledge" or import a help-center Markdown file. The bot searches them by keywords and by meaning and cites the passages it used.

## [lumen-rate-limits] What are the API rate limits?
Each API key has a request rate limit that depends on the plan. When it is exceeded the API answers 429 with a Retry-After header.

## [lumen-team] How do I invite my team?
Open "Settings" → "Members", enter a colleague's email and choose a role: member, admin or owner. Invitations expire after seven days.

## [lumen-support-hours] How do I contact Lumen support?
Write to support through the chat on our website. Our team answers on business days from 9:00 to 18:00 China Standard Time.
`;

const ZH = `# Lumen 帮助

## [lumen-api-keys] 如何创建 API 密钥？
在控制台打开“API 密钥”，点击“创建密钥”，选择权限范围（例如翻译或向量嵌入）。密钥只显示一次，请立即复制。管理员可以随时吊销密钥，吊销后立即失效。

## [lumen-plans] Lumen 有哪些套餐？
免费版每月包含一定用量，可试用 API 和客服聊天。专业版和企业版提供更多用量、更多席位和更高的速率限制。详情请查看价格页面。

## [lumen-billing] 用量如何计费？
每次成功的 API 调用只记录一次用量，即使使用相同的幂等键重试也不会重复计费。失败的调用不计费。用量会同步到 Stripe，并显示在“用量”和“账单”页面。

## [lumen-languages] Lumen 支持哪些语言？
控制台、客服聊天和知识库支持中文和英文。聊天会在客户语言和客服语言之间自动翻译。

## [lumen-escalation] 机器人什么时候转人工客服？
当客户要求人工服务、情绪变得负面，或者知识库中找不到答案时，对话会转入客服收件箱。

## [lumen-privacy] 我的数据会被如何处理？
知识库、对话和用量数据属于您的组织，绝不会与其他组织共享。模型运行在我们的服务器或您的浏览器中，我们不会把您的数据发送给第三方 AI 服务。

## [lumen-browser-models] 模型可以在浏览器里运行吗？
可以。情感分析、翻译和图像识别可以通过 WebGPU 或 WebAssembly 在您的设备上运行，数据不离开浏览器。设备无法运行模型时，Lumen 会自动改用服务器。

## [lumen-knowledge] 机器人怎么了解我的产品？
在“知识库”中添加常见问题和文档，或导入帮助中心 Markdown 文件。机器人会按关键词和语义检索，并引用所用的段落。

## [lumen-rate-limits] API 有速率限制吗？
每个 API 密钥都有与套餐相关的请求速率限制。超过限制时，API 返回 429 和 Retry-After 响应头。

## [lumen-team] 如何邀请团队成员？
打开“设置”→“成员”，输入同事的邮箱并选择角色：成员、管理员或所有者。邀请七天后过期。

## [lumen-support-hours] 如何联系 Lumen 客服？
请通过我们网站上的聊天联系客服。工作日 9:00 至 18:00（北京时间）有人工回复。
`;

export async function seedDemoKnowledge(db: Db, organizationId: string): Promise<ImportResult[]> {
  const actor = { organizationId, actorId: null };
  return [
    await importKnowledge(db, actor, { fileName: "lumen-help.en.md", content: EN, language: "en" }),
    await importKnowledge(db, actor, { fileName: "lumen-help.zh.md", content: ZH, language: "zh" }),
  ];
}

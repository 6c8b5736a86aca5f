/** Copy-paste examples for the API docs page; `{base}` becomes this server's `/api/v1` URL. */
export const EXAMPLES = {
  curlChat: `curl {base}/chat/completions \\
  -H "Authorization: Bearer $LUMEN_API_KEY" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  -d '{"model": "lumen-chat", "messages": [{"role": "user", "content": "Hello!"}]}'`,
  curlTranslate: `curl {base}/translations \\
  -H "Authorization: Bearer $LUMEN_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"text": "Where is my order?", "target": "zh"}'`,
  curlSentiment: `curl {base}/sentiment \\
  -H "Authorization: Bearer $LUMEN_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"input": ["I love it, thanks!", "我很生气"]}'`,
  curlVision: `curl {base}/vision/classify \\
  -H "Authorization: Bearer $LUMEN_API_KEY" \\
  -F file=@photo.jpg -F top_k=3`,
  sdkNode: `import OpenAI from "openai";

const client = new OpenAI({ apiKey: process.env.LUMEN_API_KEY, baseURL: "{base}" });

const reply = await client.chat.completions.create({
  model: "lumen-chat",
  messages: [{ role: "user", content: "Hello!" }],
});
console.log(reply.choices[0].message.content, reply.usage);

const stream = await client.chat.completions.create({
  model: "lumen-chat",
  messages: [{ role: "user", content: "Hello!" }],
  stream: true,
  stream_options: { include_usage: true },
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? "");

const { data } = await client.embeddings.create({ model: "lumen-embeddings", input: ["refund", "password"] });`,
  sdkPython: `import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["LUMEN_API_KEY"], base_url="{base}")
reply = client.chat.completions.create(
    model="lumen-chat",
    messages=[{"role": "user", "content": "Hello!"}],
)
print(reply.choices[0].message.content)`,
  error: `{
  "error": {
    "type": "rate_limit_error",
    "code": "rate_limit_exceeded",
    "message": "Rate limit of 60 requests per minute reached. Retry in 1 s.",
    "param": null,
    "request_id": "req_5f0c…"
  }
}`,
} as const;

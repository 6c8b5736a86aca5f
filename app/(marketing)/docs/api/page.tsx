import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getT } from "@/app/_i18n/server";
import { EXAMPLES } from "./examples";

export const metadata = { title: "API documentation" };

const ENDPOINTS = [
  { path: "/chat/completions", scope: "chat", unit: "tokens" },
  { path: "/embeddings", scope: "embeddings", unit: "tokens" },
  { path: "/translations", scope: "translate", unit: "characters" },
  { path: "/sentiment", scope: "sentiment", unit: "characters" },
  { path: "/vision/classify", scope: "vision", unit: "images" },
] as const;

const ERROR_STATUSES = ["400", "401", "403", "409", "422", "429", "503", "504"] as const;

function Code({ children }: { children: string }) {
  return <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs leading-relaxed text-slate-100">{children}</pre>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

async function apiBaseUrl(): Promise<string> {
  if (process.env.APP_URL) return `${process.env.APP_URL.replace(/\/$/, "")}/api/v1`;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}/api/v1`;
}

export default async function ApiDocsPage() {
  const t = await getT();
  const base = await apiBaseUrl();
  const example = (name: keyof typeof EXAMPLES) => EXAMPLES[name].replaceAll("{base}", base);
  const p = "text-sm leading-relaxed text-slate-700";
  return (
    <article className="mx-auto max-w-4xl space-y-10 px-4 py-12">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("apiDocs.title")}</h1>
        <p className={p}>{t("apiDocs.intro")}</p>
        <p className={p}>
          {t("apiDocs.openapi")}{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-indigo-600 hover:text-indigo-500">
            /api/v1/openapi.json
          </a>
        </p>
      </header>

      <Section title={t("apiDocs.authTitle")}>
        <p className={p}>{t("apiDocs.authBody")}</p>
        <Code>{`Authorization: Bearer sk_live_…`}</Code>
      </Section>

      <Section title={t("apiDocs.endpointsTitle")}>
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("apiDocs.columns.endpoint")}</th>
                <th className="py-2 pr-4 font-medium">{t("apiDocs.columns.scope")}</th>
                <th className="py-2 pr-4 font-medium">{t("apiDocs.columns.unit")}</th>
                <th className="py-2 font-medium">{t("apiDocs.columns.description")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {ENDPOINTS.map((endpoint) => (
                <tr key={endpoint.path}>
                  <td className="py-2 pr-4 font-mono text-xs whitespace-nowrap">POST /api/v1{endpoint.path}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{endpoint.scope}</td>
                  <td className="py-2 pr-4">{t(`apiDocs.units.${endpoint.unit}`)}</td>
                  <td className="py-2 text-slate-700">{t(`apiDocs.endpoints.${endpoint.scope}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className={p}>{t("apiDocs.demoModels")}</p>
      </Section>

      <Section title={t("apiDocs.curlTitle")}>
        <Code>{example("curlChat")}</Code>
        <Code>{example("curlTranslate")}</Code>
        <Code>{example("curlSentiment")}</Code>
        <Code>{example("curlVision")}</Code>
      </Section>

      <Section title={t("apiDocs.sdkTitle")}>
        <p className={p}>{t("apiDocs.sdkBody")}</p>
        <Code>{example("sdkNode")}</Code>
        <Code>{example("sdkPython")}</Code>
      </Section>

      <Section title={t("apiDocs.errorsTitle")}>
        <p className={p}>{t("apiDocs.errorsBody")}</p>
        <Code>{EXAMPLES.error}</Code>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {ERROR_STATUSES.map((status) => (
            <li key={status}>
              <span className="font-mono">{status}</span> — {t(`apiDocs.errors.${status}`)}
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t("apiDocs.limitsTitle")}>
        <p className={p}>{t("apiDocs.limitsBody")}</p>
      </Section>

      <Section title={t("apiDocs.idempotencyTitle")}>
        <p className={p}>{t("apiDocs.idempotencyBody")}</p>
      </Section>
    </article>
  );
}

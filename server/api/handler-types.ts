import type { ApiScope } from "@/server/api-keys";

export type UnitKind = "tokens" | "characters" | "images";

/** What one successful call used: becomes one UsageEvent. */
export interface Usage {
  units: number;
  unitKind: UnitKind;
  model: string;
  ranOn: string;
}

export interface ApiContext {
  request: Request;
  requestId: string;
  organizationId: string;
  apiKeyId: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
}

export type ApiResult =
  | { kind: "json"; body: unknown; model: string; tiny: boolean; usage: Usage }
  /** Server-sent events: each yielded value is one `data:` line; the generator returns the usage when it finishes. */
  | { kind: "events"; model: string; tiny: boolean; events: AsyncGenerator<unknown, Usage> };

export type ApiHandler = (ctx: ApiContext) => Promise<ApiResult>;

export interface ApiRouteOptions {
  scope: ApiScope;
  /** Task name recorded on the usage event. */
  task: string;
}

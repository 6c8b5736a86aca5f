import { openApiDocument } from "@/server/api";

export function GET(): Response {
  return Response.json(openApiDocument());
}

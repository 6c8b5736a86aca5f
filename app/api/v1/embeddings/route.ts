import { apiRoute } from "@/server/api";

export const POST = apiRoute("/embeddings");

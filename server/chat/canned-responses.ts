import { z } from "zod";
import type { Db } from "@/server/db";
import { notFound } from "@/server/errors";

export const cannedResponseInput = z.object({ title: z.string().trim().min(1).max(80), body: z.string().trim().min(1).max(4000) });

export const listCannedResponses = (db: Db, organizationId: string) =>
  db.cannedResponse.findMany({ where: { organizationId }, orderBy: { title: "asc" }, select: { id: true, title: true, body: true } });

export async function createCannedResponse(db: Db, organizationId: string, input: z.input<typeof cannedResponseInput>) {
  const data = cannedResponseInput.parse(input);
  return db.cannedResponse.create({ data: { organizationId, ...data }, select: { id: true, title: true, body: true } });
}

export async function updateCannedResponse(db: Db, organizationId: string, id: string, input: z.input<typeof cannedResponseInput>) {
  const data = cannedResponseInput.parse(input);
  const { count } = await db.cannedResponse.updateMany({ where: { id, organizationId }, data });
  if (count === 0) throw notFound("The canned response");
  return { id, ...data };
}

export async function deleteCannedResponse(db: Db, organizationId: string, id: string) {
  const { count } = await db.cannedResponse.deleteMany({ where: { id, organizationId } });
  if (count === 0) throw notFound("The canned response");
  return { id };
}

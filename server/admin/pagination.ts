import { z } from "zod";

export const pageInput = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type PageInput = z.infer<typeof pageInput>;

export const pageWindow = ({ page, pageSize }: { page: number; pageSize: number }) => ({ skip: (page - 1) * pageSize, take: pageSize });
